import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role, UiLanguage } from '@keten/shared';
import { encryptedBytea } from '../db/columns.ts';
import { organisations } from '../organisations/organisation.schema.ts';

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * Professionals using Keten. Their names and work e-mail are personal data of staff, visible to
 * their own organisation's administrator and to platform administrators; never to other partners
 * beyond the display name on a record's history.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    /** Lower-cased work e-mail; unique login name. */
    email: text().notNull(),
    displayName: text().notNull(),
    jobTitle: text(),
    language: text().$type<UiLanguage>().notNull().default('nl'),
    status: text().$type<UserStatus>().notNull().default('invited'),
    /** argon2id hash; null until the invitation is accepted or for OIDC-only users. */
    passwordHash: text(),
    /** TOTP secret, encrypted (AAD users:<id>:totp_secret). */
    totpSecret: encryptedBytea(),
    totpEnrolledAt: timestamp({ withTimezone: true }),
    /** Last TOTP time step accepted, so a code cannot be replayed within its window. */
    totpLastStep: integer(),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), index().on(t.organisationId)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().$type<Role>().notNull(),
    grantedBy: uuid(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** One-time recovery codes, stored as keyed hashes (the codes are random, so HMAC suffices). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/** Single-use invitation links (72 h). Only the hash of the token is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);
