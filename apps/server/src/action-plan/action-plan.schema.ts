import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ActionPlanStatus, LocalizedText } from '@keten/shared';
import { organisations } from '../organisations/organisation.schema.ts';
import { users } from '../users/user.schema.ts';

/*
 * The national action plan's projects as records (follow-up by the coordination bureau and the
 * responsible bodies). Policy data, no personal data, except the author of a progress note (a
 * staff member's user id, shown to logged-in professionals by display name).
 * The 2021–2025 plan is imported once by a migration from action-plan-2021-2025.data.ts.
 */

export interface ActionPlanChapterRow {
  chapter: number;
  title: LocalizedText;
}

export const actionPlans = pgTable('action_plans', {
  code: text().primaryKey(),
  title: jsonb().$type<LocalizedText>().notNull(),
  startYear: integer().notNull(),
  endYear: integer().notNull(),
  chapters: jsonb().$type<ActionPlanChapterRow[]>().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The bodies the plan names as responsible (ministries, services, working groups). */
export const actionPlanBodies = pgTable('action_plan_bodies', {
  code: text().primaryKey(),
  name: jsonb().$type<LocalizedText>().notNull(),
});

/**
 * Which Keten organisations act for a body: their users may add progress notes and change the
 * status of the body's projects. Linked by the coordination bureau.
 */
export const actionPlanBodyOrganisations = pgTable(
  'action_plan_body_organisations',
  {
    bodyCode: text()
      .notNull()
      .references(() => actionPlanBodies.code, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.bodyCode, t.organisationId] }), index().on(t.organisationId)],
);

export interface EvidenceLink {
  label: string;
  url: string;
}

export const actionPlanProjects = pgTable(
  'action_plan_projects',
  {
    id: uuid().primaryKey().defaultRandom(),
    planCode: text()
      .notNull()
      .references(() => actionPlans.code),
    /** Stable within the plan: section and row, e.g. `2.2-3`. */
    code: text().notNull(),
    chapter: integer().notNull(),
    section: text().notNull(),
    sectionTitle: text().notNull(),
    /** Dutch (the plan's language) and an English working translation. */
    title: jsonb().$type<{ nl: string; en?: string }>().notNull(),
    description: text().notNull().default(''),
    responsibleText: text().notNull(),
    startYear: integer().notNull(),
    endYear: integer().notNull(),
    /** "to be repeated in the following years". */
    recurring: boolean().notNull().default(false),
    timingText: text().notNull(),
    status: text().$type<ActionPlanStatus>().notNull().default('not_started'),
    evidenceLinks: jsonb().$type<EvidenceLink[]>().notNull().default(sql`'[]'::jsonb`),
    /** Optimistic locking: every change (and every progress note) increments it. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('action_plan_projects_plan_code').on(t.planCode, t.code),
    index().on(t.planCode, t.chapter),
    index('action_plan_projects_title_trgm').using('gin', sql`(${t.title} ->> 'nl') gin_trgm_ops`),
  ],
);

export const actionPlanProjectBodies = pgTable(
  'action_plan_project_bodies',
  {
    projectId: uuid()
      .notNull()
      .references(() => actionPlanProjects.id, { onDelete: 'cascade' }),
    bodyCode: text()
      .notNull()
      .references(() => actionPlanBodies.code),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.bodyCode] }), index().on(t.bodyCode)],
);

export const actionPlanProgressNotes = pgTable(
  'action_plan_progress_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    projectId: uuid()
      .notNull()
      .references(() => actionPlanProjects.id, { onDelete: 'cascade' }),
    noteDate: date().notNull(),
    /** Progress in words. Policy text: the form asks not to name people. */
    text: text().notNull(),
    statusAfter: text().$type<ActionPlanStatus>(),
    organisationId: uuid().references(() => organisations.id),
    authorId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.projectId, t.noteDate)],
);
