import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { OrganisationType } from '@keten/shared';
import { encryptedBytea } from '../db/columns.ts';
import { victimFiles } from '../victim-files/victim-file.schema.ts';

/**
 * The protection procedure of one victim file (section PR), run on the configuration it started
 * with: `country` + `configVersion` name the ProcedureConfig, so history is read with its own rules.
 */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid().primaryKey().defaultRandom(),
    victimFileId: uuid()
      .notNull()
      .references(() => victimFiles.id, { onDelete: 'cascade' }),
    country: text().$type<'BE' | 'NL'>().notNull(),
    configVersion: integer().notNull(),
    phase: text().notNull(),
    status: text().$type<'running' | 'ended'>().notNull().default('running'),
    startedOn: date({ mode: 'string' }).notNull(),
    endReason: text(),
    endedOn: date({ mode: 'string' }),
    /** Guardian of a minor (recorded by the Guardianship Service); encrypted, ID-like. */
    guardianName: encryptedBytea(),
    guardianAppointedOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('procedures_victim_file').on(t.victimFileId)],
);

/** Every move of the procedure (transition, end), dated: the PR timeline. */
export const procedureEvents = pgTable(
  'procedure_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    kind: text().$type<'started' | 'transition' | 'ended'>().notNull(),
    code: text().notNull(),
    fromPhase: text(),
    toPhase: text(),
    occurredOn: date({ mode: 'string' }).notNull(),
    organisationId: uuid().notNull(),
    userId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.procedureId, t.createdAt)],
);

/**
 * Open requests addressed to a partner: a residence document (Immigration Office), a confirmation
 * that the person is still regarded as a victim (reference magistrate), the hand-out of a document
 * (municipality). An open request is a `referred` grant on the file for the addressee.
 */
export const procedureRequests = pgTable(
  'procedure_requests',
  {
    id: uuid().primaryKey(),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    victimFileId: uuid().notNull(),
    kind: text().$type<'document' | 'confirmation' | 'hand_out'>().notNull(),
    phase: text().notNull(),
    documentCode: text(),
    transitionCode: text(),
    /** For a hand-out: the document request it belongs to. */
    documentRequestId: uuid(),
    toOrganisationId: uuid().notNull(),
    toOrganisationType: text().$type<OrganisationType>().notNull(),
    fromOrganisationId: uuid().notNull(),
    status: text().$type<'open' | 'done' | 'refused' | 'cancelled'>().notNull().default('open'),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    requestedOn: date({ mode: 'string' }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    answeredBy: uuid(),
    issuedOn: date({ mode: 'string' }),
    expiresOn: date({ mode: 'string' }),
    /** ID: the document's number, encrypted, with a blind index for exact look-up. */
    documentNumber: encryptedBytea(),
    documentNumberIdx: text(),
    confirmed: boolean(),
    handedOutOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
  },
  (t) => [index().on(t.toOrganisationId, t.status), index().on(t.procedureId, t.kind), index().on(t.expiresOn)],
);

/** Dated statements on the conditions (break contact, guidance, cooperation …); a breach names its source. */
export const conditionStatements = pgTable(
  'condition_statements',
  {
    id: uuid().primaryKey().defaultRandom(),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    condition: text().notNull(),
    status: text().$type<'met' | 'breached'>().notNull(),
    statedOn: date({ mode: 'string' }).notNull(),
    source: text().$type<OrganisationType>(),
    organisationId: uuid().notNull(),
    userId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.procedureId)],
);
