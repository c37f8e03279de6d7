import { and, asc, eq, lt, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { z } from 'zod';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Config } from '../config/config.ts';
import type { FieldCipher, FieldContext } from '../crypto/field-cipher.ts';
import type { Db, Tx } from '../db/types.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { createSession, loadSessionUser } from '../sessions/session.service.ts';
import { users } from '../users/user.schema.ts';
import { createPendingLogin, type AuthDeps } from './login.service.ts';
import { oidcFlows, organisationOidc } from './oidc.schema.ts';
import { safeEqual } from './tokens.ts';

/** How long a started login may take at the identity provider. */
export const OIDC_FLOW_MINUTES = 10;
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
/**
 * Binds a flow to the browser that started it (the cookie holds the flow's state): without it, an
 * attacker could start a flow, log in at the provider as themselves and send the victim the
 * callback link (login CSRF). SameSite=Lax, because the callback is a cross-site navigation.
 */
export const OIDC_STATE_COOKIE = 'keten_oidc_state';
const SCOPE = 'openid email';

/**
 * Authentication methods (RFC 8176 `amr` values) by which a provider proves that it used more than
 * one factor, so that Keten does not ask for its own TOTP code again (only when the organisation's
 * configuration says `trustProviderMfa`):
 * - `mfa` (multiple factors), `otp` (one-time password), `hwk` (hardware-bound key, such as a
 *   FIDO2 security key) count on their own;
 * - a software key (`swk`) or a smart card (`sc`, e.g. the Belgian eID) counts together with the
 *   user's PIN or biometric unlock (`pin`, `fpt`, `face`).
 * A password alone (`pwd`), knowledge questions, SMS or a missing `amr` never count.
 */
export const PROVIDER_MFA_AMR = ['mfa', 'otp', 'hwk'] as const;
export const PROVIDER_KEY_AMR = ['swk', 'sc'] as const;
export const PROVIDER_UNLOCK_AMR = ['pin', 'fpt', 'face'] as const;

export function providerProvedMfa(amr: unknown): boolean {
  if (!Array.isArray(amr)) {
    return false;
  }
  const values = new Set(amr.filter((v): v is string => typeof v === 'string'));
  const has = (list: readonly string[]): boolean => list.some((v) => values.has(v));
  return has(PROVIDER_MFA_AMR) || (has(PROVIDER_KEY_AMR) && has(PROVIDER_UNLOCK_AMR));
}

/**
 * Where to go after login: a path on this site only. `//evil.example`, `/\evil.example`, absolute
 * URLs, control characters and backslashes are refused (open redirect).
 */
export function isSafeReturnTo(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s\p{Cc}]/u.test(value)) {
    return false;
  }
  try {
    const base = 'https://keten.invalid';
    return new URL(value, base).origin === base;
  } catch {
    return false;
  }
}

export const ReturnToSchema = z
  .string()
  .max(500)
  .refine(isSafeReturnTo, { message: 'must be a path on this site, starting with a single /' });

/** The codes the login page shows after a failed OpenID Connect login (`/login?error=<code>`). */
export const OIDC_LOGIN_ERRORS = ['oidc_no_account', 'oidc_failed', 'oidc_email_unverified', 'oidc_second_factor_required'] as const;
export type OidcLoginError = (typeof OIDC_LOGIN_ERRORS)[number];

export function publicBaseUrl(config: Config): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

export function oidcRedirectUri(config: Config): string {
  return `${publicBaseUrl(config)}${OIDC_CALLBACK_PATH}`;
}

const secretContext = (organisationId: string): FieldContext => ({ table: 'organisation_oidc', row: organisationId, column: 'client_secret' });

type OidcRow = typeof organisationOidc.$inferSelect;

/** Organisations whose people may log in through their own identity provider (public: login page). */
export async function findOidcProviders(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationOidc)
    .innerJoin(organisations, eq(organisations.id, organisationOidc.organisationId))
    .where(eq(organisationOidc.enabled, true))
    .orderBy(asc(organisations.name));
}

/** Thrown when the provider cannot be reached or answers with unusable metadata. */
export class OidcProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The identity provider cannot be reached', { cause });
    this.name = 'OidcProviderUnavailableError';
  }
}

async function discover(deps: AuthDeps, row: OidcRow): Promise<client.Configuration> {
  const secret = row.clientSecret ? deps.cipher.decrypt(row.clientSecret, secretContext(row.organisationId)) : null;
  try {
    return await client.discovery(
      new URL(row.issuer),
      row.clientId,
      { redirect_uris: [oidcRedirectUri(deps.config)], response_types: ['code'] },
      // A confidential client authenticates with its secret; without one, PKCE alone protects the code.
      secret ? client.ClientSecretBasic(secret) : client.None(),
      // Deprecated only as a warning sign: used solely with KETEN_OIDC_ALLOW_HTTP, refused in production.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      deps.config.oidc.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  } catch (err) {
    throw new OidcProviderUnavailableError(err);
  }
}

async function findEnabledConfig(db: Db | Tx, organisationId: string): Promise<OidcRow | null> {
  const [row] = await db
    .select()
    .from(organisationOidc)
    .where(and(eq(organisationOidc.organisationId, organisationId), eq(organisationOidc.enabled, true)));
  return row ?? null;
}

/**
 * Starts an authorisation-code flow with PKCE (S256), state and nonce. Returns the provider's
 * authorisation URL, or null when the organisation offers no OpenID Connect login.
 */
export async function startOidcLogin(
  deps: AuthDeps,
  input: { organisationId: string; returnTo: string },
): Promise<{ authorizationUrl: string; state: string } | null> {
  const row = await findEnabledConfig(deps.db, input.organisationId);
  if (!row) {
    return null;
  }
  const configuration = await discover(deps, row);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(deps.config),
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  await deps.db.transaction(async (tx) => {
    // Abandoned flows are cleaned up by the next start.
    await tx.delete(oidcFlows).where(lt(oidcFlows.expiresAt, new Date()));
    await tx.insert(oidcFlows).values({
      state,
      organisationId: row.organisationId,
      codeVerifier,
      nonce,
      returnTo: input.returnTo,
      expiresAt: new Date(Date.now() + OIDC_FLOW_MINUTES * 60_000),
    });
  });
  return { authorizationUrl: url.href, state };
}

/** The code exchange: PKCE verifier, state, nonce and ID token checked by openid-client. */
async function exchangeCode(
  deps: AuthDeps,
  flow: typeof oidcFlows.$inferSelect,
  query: string,
): Promise<{ email: unknown; emailVerified: unknown; amr: unknown }> {
  const row = await findEnabledConfig(deps.db, flow.organisationId);
  if (!row) {
    throw new Error('OpenID Connect was disabled for this organisation during the login');
  }
  const configuration = await discover(deps, row);
  const currentUrl = new URL(oidcRedirectUri(deps.config));
  currentUrl.search = query;
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) {
    throw new Error('The provider returned no ID token');
  }
  // The provider's MFA counts only where the organisation trusts it.
  const amr = row.trustProviderMfa ? claims.amr : undefined;
  if (typeof claims.email === 'string') {
    return { email: claims.email, emailVerified: claims.email_verified, amr };
  }
  // With conforming providers the ID token of a code flow holds no profile claims: ask the
  // UserInfo endpoint, which checks that it speaks about the same subject.
  const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  return { email: info.email, emailVerified: info.email_verified, amr };
}

export type OidcCallbackOutcome =
  /** No such flow, expired, already used, or not started in this browser. */
  | { kind: 'invalid_state' }
  | { kind: 'session'; session: { id: string; token: string; csrfToken: string; expiresAt: Date }; userId: string; returnTo: string }
  | { kind: 'second_factor'; pendingToken: string }
  | { kind: 'refused'; error: OidcLoginError; problem?: { name: string; code?: string } };

/** Error name and code for the log: openid-client's messages may quote provider responses. */
function describeProblem(err: unknown): { name: string; code?: string } {
  const e = err instanceof OidcProviderUnavailableError ? err.cause : err;
  if (e instanceof Error) {
    const code = (e as { code?: unknown; error?: unknown }).error ?? (e as { code?: unknown }).code;
    return { name: e.name, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'unknown' };
}

/**
 * Finishes a flow at the callback: the flow is consumed (single use) whatever happens next, the
 * code is exchanged with the PKCE verifier, the ID token's nonce is checked, and the e-mail address
 * the provider vouches for is matched to an existing, active Keten user of the same organisation.
 * The provider never creates accounts and never grants roles: both come from Keten.
 */
export async function completeOidcLogin(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { query: string; state: string; stateCookie: string | undefined; userAgent: string | null },
): Promise<OidcCallbackOutcome> {
  if (!input.stateCookie || !safeEqual(input.stateCookie, input.state)) {
    return { kind: 'invalid_state' };
  }
  const [flow] = await deps.db.delete(oidcFlows).where(eq(oidcFlows.state, input.state)).returning();
  if (!flow || flow.expiresAt.getTime() <= Date.now()) {
    return { kind: 'invalid_state' };
  }
  // Before a user is found, failures name no user: the provider's e-mail address is never kept.
  const audit = (cause: 'unknown_account' | 'provider_error' | 'email_unverified') =>
    deps.db.transaction(async (tx) => {
      await recordAudit(tx, ctx, { action: 'auth.login_failed', details: { cause, method: 'oidc' } });
    });

  let identity: { email: unknown; emailVerified: unknown; amr: unknown };
  try {
    identity = await exchangeCode(deps, flow, input.query);
  } catch (err) {
    await audit('provider_error');
    return { kind: 'refused', error: 'oidc_failed', problem: describeProblem(err) };
  }
  if (typeof identity.email !== 'string' || identity.email.trim().length === 0) {
    await audit('unknown_account');
    return { kind: 'refused', error: 'oidc_no_account' };
  }
  // An address the provider has not verified proves nothing about who logs in.
  if (identity.emailVerified !== undefined && identity.emailVerified !== true) {
    await audit('email_unverified');
    return { kind: 'refused', error: 'oidc_email_unverified' };
  }
  const email = identity.email.trim().toLowerCase();
  const amr = identity.amr;

  return deps.db.transaction(async (tx): Promise<OidcCallbackOutcome> => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, eq(users.organisationId, flow.organisationId)));
    const failed = async (cause: 'unknown_account' | 'account_disabled' | 'second_factor_missing', userId?: string) => {
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        ...(userId ? { recordType: 'user' as const, recordId: userId } : {}),
        details: { cause, method: 'oidc', ...(userId ? { userId } : {}) },
      });
    };
    // A user of another organisation with this address is "unknown" here: a provider speaks only
    // for its own organisation's people.
    if (!user || user.status === 'invited') {
      await failed('unknown_account');
      return { kind: 'refused', error: 'oidc_no_account' };
    }
    if (user.status !== 'active') {
      await failed('account_disabled', user.id);
      return { kind: 'refused', error: 'oidc_no_account' };
    }
    if (!providerProvedMfa(amr)) {
      if (!user.totpSecret || !user.totpEnrolledAt) {
        await failed('second_factor_missing', user.id);
        return { kind: 'refused', error: 'oidc_second_factor_required' };
      }
      // Keten asks its own TOTP code; POST /api/auth/second-factor finishes with method oidc_totp.
      return { kind: 'second_factor', pendingToken: await createPendingLogin(tx, user.id, 'oidc') };
    }
    await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
    const session = await createSession(tx, { userId: user.id, method: 'oidc', ip: ctx.ip, userAgent: input.userAgent }, deps.config.sessions);
    const sessionUser = await loadSessionUser(tx, user.id);
    const userCtx: RequestContext = {
      ...ctx,
      actor: {
        kind: 'user',
        userId: user.id,
        organisationId: user.organisationId,
        organisationType: sessionUser?.organisationType ?? '',
        roles: sessionUser?.roles ?? [],
        sessionId: session.id,
      },
    };
    await recordAudit(tx, userCtx, {
      action: 'auth.login_succeeded',
      recordType: 'session',
      recordId: session.id,
      details: { userId: user.id, sessionId: session.id, method: 'oidc' },
    });
    return { kind: 'session', session, userId: user.id, returnTo: flow.returnTo ?? '/' };
  });
}

// --- administration ------------------------------------------------------------------------

export const OidcConfigSchema = z.object({
  organisationId: z.uuid(),
  issuer: z.string(),
  clientId: z.string(),
  /** The secret itself is write-only: it never leaves the server. */
  hasClientSecret: z.boolean(),
  trustProviderMfa: z.boolean(),
  enabled: z.boolean(),
  /** The redirect URI to register at the provider. */
  redirectUri: z.string(),
  createdAt: z.iso.datetime(),
});
export type OidcConfig = z.infer<typeof OidcConfigSchema>;

export const SetOidcConfigSchema = z.strictObject({
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(200),
  /** Absent: keep the stored secret. null: remove it (public client, PKCE only). */
  clientSecret: z.string().min(1).max(1000).nullable().optional(),
  trustProviderMfa: z.boolean(),
  enabled: z.boolean(),
});
export type SetOidcConfig = z.infer<typeof SetOidcConfigSchema>;

function presentConfig(config: Config, row: OidcRow): OidcConfig {
  return {
    organisationId: row.organisationId,
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: row.clientSecret !== null,
    trustProviderMfa: row.trustProviderMfa,
    enabled: row.enabled,
    redirectUri: oidcRedirectUri(config),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getOidcConfig(db: Db | Tx, config: Config, organisationId: string): Promise<OidcConfig | null> {
  const [row] = await db.select().from(organisationOidc).where(eq(organisationOidc.organisationId, organisationId));
  return row ? presentConfig(config, row) : null;
}

/**
 * Creates or replaces an organisation's OpenID Connect configuration, audited in the same
 * transaction. The caller has loaded the organisation and checked the permission.
 */
export async function setOidcConfig(
  tx: Tx,
  ctx: RequestContext,
  deps: { config: Config; cipher: FieldCipher },
  organisationId: string,
  input: SetOidcConfig,
): Promise<OidcConfig> {
  const [before] = await tx.select().from(organisationOidc).where(eq(organisationOidc.organisationId, organisationId)).for('update');
  const clientSecret =
    input.clientSecret === undefined
      ? (before?.clientSecret ?? null)
      : input.clientSecret === null
        ? null
        : deps.cipher.encrypt(input.clientSecret, secretContext(organisationId));
  const values = {
    // Kept exactly as given: discovery compares it with the provider's own issuer value.
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecret,
    trustProviderMfa: input.trustProviderMfa,
    enabled: input.enabled,
  };
  const [row] = await tx
    .insert(organisationOidc)
    .values({ organisationId, ...values })
    .onConflictDoUpdate({ target: organisationOidc.organisationId, set: values })
    .returning();
  if (!row) {
    throw new Error('organisation_oidc upsert returned nothing');
  }
  const changes: Record<string, { before: boolean | null; after: boolean }> = {};
  for (const flag of ['enabled', 'trustProviderMfa'] as const) {
    if (before?.[flag] !== row[flag]) {
      changes[flag] = { before: before ? before[flag] : null, after: row[flag] };
    }
  }
  const fields: string[] = [];
  if (before?.issuer !== row.issuer) {
    fields.push('issuer');
  }
  if (before?.clientId !== row.clientId) {
    fields.push('clientId');
  }
  if (input.clientSecret !== undefined && (input.clientSecret !== null || before?.clientSecret)) {
    fields.push('clientSecret');
  }
  await recordAudit(tx, ctx, {
    action: 'organisation.oidc_configured',
    recordType: 'organisation',
    recordId: organisationId,
    details: { organisationId, created: !before, changes, fields },
  });
  return presentConfig(deps.config, row);
}
