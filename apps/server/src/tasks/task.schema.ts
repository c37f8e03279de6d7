import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TaskKind } from '@keten/shared';

/**
 * Deadlines as tasks, per organisation (and optionally one assignee). Ids and codes only: the
 * task list shows the record's reference; the viewer opens the record through its own scope.
 * `dedupeKey` makes generation idempotent (the deadline scan may run any number of times).
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<TaskKind>().notNull(),
    recordType: text().$type<'victim_file' | 'referral'>().notNull(),
    recordId: uuid().notNull(),
    organisationId: uuid().notNull(),
    assigneeUserId: uuid(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    /** When the reminder becomes due (dueAt − leadDays for expiry reminders). */
    remindAt: timestamp({ withTimezone: true }).notNull(),
    leadDays: integer(),
    status: text().$type<'open' | 'done'>().notNull().default('open'),
    dedupeKey: text().notNull(),
    remindedAt: timestamp({ withTimezone: true }),
    /** Marked done by a person (null when closed by the procedure itself or still open). */
    doneAt: timestamp({ withTimezone: true }),
    doneByUserId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tasks_dedupe').on(t.dedupeKey), index().on(t.organisationId, t.status, t.dueAt), index().on(t.status, t.remindAt)],
);
