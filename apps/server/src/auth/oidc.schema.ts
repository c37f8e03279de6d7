import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { encryptedBytea } from '../db/columns.ts';
import { organisations } from '../organisations/organisation.schema.ts';

/**
 * OpenID Connect login per organisation. Users are still provisioned in Keten (request and
 * approval); the identity provider only proves who they are. Roles always come from Keten.
 */
export const organisationOidc = pgTable('organisation_oidc', {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  issuer: text().notNull(),
  clientId: text().notNull(),
  /** Encrypted (AAD organisation_oidc:<organisationId>:client_secret). */
  clientSecret: encryptedBytea(),
  /** When the provider proves MFA (amr contains mfa/otp/hwk), Keten does not ask for TOTP again. */
  trustProviderMfa: boolean().notNull().default(true),
  enabled: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** State of an authorisation-code + PKCE flow in progress (10 minutes). */
export const oidcFlows = pgTable('oidc_flows', {
  state: text().primaryKey(),
  organisationId: uuid().notNull(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  returnTo: text(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
