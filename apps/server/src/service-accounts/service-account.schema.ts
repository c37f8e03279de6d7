import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ServiceCapability } from '@keten/shared';
import { organisations } from '../organisations/organisation.schema.ts';

/** Machine accounts (e.g. metrics scraping). Their capabilities never touch personal data. */
export const serviceAccounts = pgTable('service_accounts', {
  id: uuid().primaryKey().defaultRandom(),
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id),
  name: text().notNull(),
  capabilities: text().array().$type<ServiceCapability[]>().notNull(),
  createdBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp({ withTimezone: true }),
});

/** API tokens are shown once; only their SHA-256 is stored, with a short prefix to recognise them. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceAccountId: uuid()
      .notNull()
      .references(() => serviceAccounts.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    prefix: text().notNull(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.serviceAccountId)],
);
