import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/user.schema.ts';

export const AUTH_METHODS = ['password_totp', 'password_recovery_code', 'oidc', 'oidc_totp'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/**
 * Sessions live in the database (revocable, shared by every server instance). The cookie holds a
 * random token; only its SHA-256 is stored, so a database read does not yield usable sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    /** Synchroniser token for CSRF protection, sent back in the x-csrf-token header. */
    csrfToken: text().notNull(),
    authMethod: text().$type<AuthMethod>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Failed-login bookkeeping per key: `acct:<keyed hash of the e-mail>` (so unknown accounts are
 * throttled exactly like known ones) and `ip:<address>`.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/** A login that passed the password (or OIDC) step and waits for the TOTP code. */
export const pendingLogins = pgTable('pending_logins', {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  method: text().$type<'password' | 'oidc'>().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
