import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  KETEN_DATA_DIR: z.string().min(1).default('./data'),
  KETEN_DEMO: booleanFromEnv.optional(),
  KETEN_BODY_LIMIT: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  KETEN_WEB_DIST: z.string().min(1).optional(),
  KETEN_PUBLIC_URL: z.url().optional(),
  KETEN_SECRETS_FILE: z.string().min(1).optional(),
  KETEN_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Comma-separated `version:base64key` pairs, newest last; each key 32 bytes. */
  KETEN_ENCRYPTION_KEYS: z.string().optional(),
  KETEN_BLIND_INDEX_KEY: z.string().optional(),
  KETEN_AUDIT_SIGNING_KEY: z.string().optional(),
  KETEN_JOBS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  KETEN_WORKER: booleanFromEnv.default(true),
  KETEN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  KETEN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  /** Failures per account before each further attempt must wait (progressive delay). */
  KETEN_LOGIN_DELAY_AFTER: z.coerce.number().int().min(1).max(1000).default(3),
  /** Failures per account before it is locked for KETEN_LOGIN_LOCK_MINUTES. */
  KETEN_LOGIN_LOCK_AFTER: z.coerce.number().int().min(1).max(10_000).default(10),
  KETEN_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Failures per IP address before that address is locked. */
  KETEN_LOGIN_IP_LOCK_AFTER: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** Login requests per minute per IP address (HTTP-level limit, before the per-account delay). */
  KETEN_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  KETEN_COOKIE_SECURE: booleanFromEnv.default(true),
  /**
   * Allow OpenID Connect providers on plain http (a local test or development provider only).
   * Refused in production: tokens and codes would travel in clear text.
   */
  KETEN_OIDC_ALLOW_HTTP: booleanFromEnv.default(false),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  KETEN_MAIL_FROM: z.string().min(3).default('Keten <no-reply@keten.example>'),
  /** Proof-of-work difficulty of the public report form, in leading zero bits (16 ≈ 65k hashes). */
  KETEN_PUBLIC_REPORT_POW_BITS: z.coerce.number().int().min(0).max(24).default(16),
  /** Signal submissions per minute per IP (a whole police zone may sit behind one address). */
  KETEN_SIGNAL_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  KETEN_PUBLIC_REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Hours an urgent referral may stay unanswered before the sender is alerted and the recipient's coordinator escalated to. */
  KETEN_REFERRAL_URGENT_ANSWER_HOURS: z.coerce.number().min(0.01).max(24 * 7).default(4),
  /** Hours a normal referral may stay unanswered before the same alert. */
  KETEN_REFERRAL_ANSWER_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(24),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the quick-exit button of the victim pages sends the visitor (a neutral site). */
  KETEN_QUICK_EXIT_URL: z.url({ protocol: /^https?$/ }).default('https://www.meteo.be/'),
  /** Largest file the document library accepts, in bytes. */
  KETEN_DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Largest attachment a victim file accepts, in bytes (stored encrypted). */
  KETEN_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string };
  dataDir: string;
  demo: boolean;
  bodyLimit: number;
  webDist: string | null;
  publicUrl: string | null;
  secretsFile: string | null;
  secretsFromEnv: {
    sessionSecret?: string;
    encryptionKeys?: string;
    blindIndexKey?: string;
    auditSigningKey?: string;
  };
  jobs: { pollMs: number; worker: boolean };
  logLevel: Env['LOG_LEVEL'];
  sessions: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  login: { delayAfter: number; lockAfter: number; lockMinutes: number; ipLockAfter: number; ratePerMinute: number };
  mail: { smtpUrl: string | null; from: string; outboxDir: string };
  publicReports: { powBits: number; perHour: number };
  signals: { ratePerMinute: number };
  oidc: { allowHttp: boolean };
  knowledge: { quickExitUrl: string; documentMaxBytes: number };
  cases: { referralAnswerHours: { urgent: number; normal: number }; attachmentMaxBytes: number };
}

export class ConfigError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The repository root: two levels above apps/server/src/config. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

/**
 * Reads configuration from the environment (after an optional `.env` in the working directory).
 * A bad value stops the process with a message naming the variable.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, options: { readDotEnv?: boolean } = {}): Config {
  if (options.readDotEnv && existsSync('.env')) {
    process.loadEnvFile('.env');
  }
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.KETEN_DATA_DIR);
  const issues: string[] = [];

  const database: Config['database'] = e.DATABASE_URL
    ? { kind: 'postgresql', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') };

  // Demo data is fictional but must never be seeded into a production deployment.
  let demo = e.KETEN_DEMO ?? database.kind === 'pglite';
  if (production && e.KETEN_DEMO === true) {
    issues.push('KETEN_DEMO: demo data can never be enabled when NODE_ENV=production');
  }
  if (production) {
    demo = false;
  }

  if (production) {
    // In production, secrets come from the environment or from a file outside the data directory.
    const fromFile = e.KETEN_SECRETS_FILE ? path.resolve(e.KETEN_SECRETS_FILE) : null;
    if (fromFile && (fromFile + path.sep).startsWith(dataDir + path.sep)) {
      issues.push('KETEN_SECRETS_FILE: must not be inside KETEN_DATA_DIR in production');
    }
    if (!fromFile) {
      for (const name of ['KETEN_SESSION_SECRET', 'KETEN_ENCRYPTION_KEYS', 'KETEN_BLIND_INDEX_KEY', 'KETEN_AUDIT_SIGNING_KEY'] as const) {
        if (!e[name]) {
          issues.push(`${name}: required in production (or set KETEN_SECRETS_FILE to a file outside the data directory)`);
        }
      }
    }
  }
  if (production && e.KETEN_OIDC_ALLOW_HTTP) {
    issues.push('KETEN_OIDC_ALLOW_HTTP: identity providers must use https in production');
  }
  if (issues.length > 0) {
    throw new ConfigError(issues);
  }

  const defaultWebDist = path.join(REPO_ROOT, 'apps/web/dist');
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    demo,
    bodyLimit: e.KETEN_BODY_LIMIT,
    webDist: e.KETEN_WEB_DIST ? path.resolve(e.KETEN_WEB_DIST) : existsSync(defaultWebDist) ? defaultWebDist : null,
    publicUrl: e.KETEN_PUBLIC_URL ?? null,
    secretsFile: e.KETEN_SECRETS_FILE ? path.resolve(e.KETEN_SECRETS_FILE) : null,
    secretsFromEnv: {
      ...(e.KETEN_SESSION_SECRET ? { sessionSecret: e.KETEN_SESSION_SECRET } : {}),
      ...(e.KETEN_ENCRYPTION_KEYS ? { encryptionKeys: e.KETEN_ENCRYPTION_KEYS } : {}),
      ...(e.KETEN_BLIND_INDEX_KEY ? { blindIndexKey: e.KETEN_BLIND_INDEX_KEY } : {}),
      ...(e.KETEN_AUDIT_SIGNING_KEY ? { auditSigningKey: e.KETEN_AUDIT_SIGNING_KEY } : {}),
    },
    jobs: { pollMs: e.KETEN_JOBS_POLL_MS, worker: e.KETEN_WORKER },
    logLevel: e.LOG_LEVEL,
    sessions: { idleMinutes: e.KETEN_SESSION_IDLE_MINUTES, absoluteHours: e.KETEN_SESSION_ABSOLUTE_HOURS, cookieSecure: e.KETEN_COOKIE_SECURE },
    login: {
      delayAfter: e.KETEN_LOGIN_DELAY_AFTER,
      lockAfter: e.KETEN_LOGIN_LOCK_AFTER,
      lockMinutes: e.KETEN_LOGIN_LOCK_MINUTES,
      ipLockAfter: e.KETEN_LOGIN_IP_LOCK_AFTER,
      ratePerMinute: e.KETEN_LOGIN_RATE_PER_MINUTE,
    },
    signals: { ratePerMinute: e.KETEN_SIGNAL_RATE_PER_MINUTE },
    cases: { referralAnswerHours: { urgent: e.KETEN_REFERRAL_URGENT_ANSWER_HOURS, normal: e.KETEN_REFERRAL_ANSWER_HOURS }, attachmentMaxBytes: e.KETEN_ATTACHMENT_MAX_BYTES },
    publicReports: { powBits: e.KETEN_PUBLIC_REPORT_POW_BITS, perHour: e.KETEN_PUBLIC_REPORTS_PER_HOUR },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.KETEN_MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    oidc: { allowHttp: e.KETEN_OIDC_ALLOW_HTTP },
    knowledge: { quickExitUrl: e.KETEN_QUICK_EXIT_URL, documentMaxBytes: e.KETEN_DOCUMENT_MAX_BYTES },
  };
}
