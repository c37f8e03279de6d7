import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config/config.ts';

export interface EncryptionKey {
  version: number;
  key: Buffer;
}

export interface Secrets {
  sessionSecret: string;
  /** Oldest first; the last one encrypts new values. */
  encryptionKeys: EncryptionKey[];
  blindIndexKey: Buffer;
  auditSigningKey: KeyObject;
  auditVerifyKey: KeyObject;
  source: 'environment' | 'file' | 'generated';
}

const SecretsFileSchema = z.object({
  sessionSecret: z.string().min(32),
  encryptionKeys: z.string().min(1),
  blindIndexKey: z.string().min(1),
  auditSigningKey: z.string().min(1),
});
type SecretsFile = z.infer<typeof SecretsFileSchema>;

export function parseEncryptionKeys(spec: string): EncryptionKey[] {
  const keys = spec.split(',').map((part) => {
    const [v, b64] = part.trim().split(':');
    const version = Number(v);
    const key = Buffer.from(b64 ?? '', 'base64');
    if (!Number.isInteger(version) || version < 1 || version > 255) {
      throw new Error('KETEN_ENCRYPTION_KEYS: each entry must be "version:base64key" with version 1–255');
    }
    if (key.length !== 32) {
      throw new Error(`KETEN_ENCRYPTION_KEYS: key version ${version} must be 32 bytes (base64)`);
    }
    return { version, key };
  });
  return keys.sort((a, b) => a.version - b.version);
}

function decodeKey32(name: string, b64: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) {
    throw new Error(`${name} must be 32 bytes (base64)`);
  }
  return key;
}

export function generateSecretsFile(): SecretsFile {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    sessionSecret: randomBytes(48).toString('base64url'),
    encryptionKeys: `1:${randomBytes(32).toString('base64')}`,
    blindIndexKey: randomBytes(32).toString('base64'),
    auditSigningKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

function fromFileShape(f: SecretsFile, source: Secrets['source']): Secrets {
  const auditSigningKey = createPrivateKey(f.auditSigningKey);
  return {
    sessionSecret: f.sessionSecret,
    encryptionKeys: parseEncryptionKeys(f.encryptionKeys),
    blindIndexKey: decodeKey32('blindIndexKey', f.blindIndexKey),
    auditSigningKey,
    auditVerifyKey: createPublicKey(auditSigningKey),
    source,
  };
}

export function secretsFilePath(config: Config): string {
  return config.secretsFile ?? path.join(config.dataDir, 'keten-secrets.json');
}

/**
 * Secrets come from the environment, from KETEN_SECRETS_FILE, or — outside production only — from
 * a key file generated on first start in the data directory (mode 0600, with a warning).
 */
export function loadSecrets(config: Config, warn: (msg: string) => void): Secrets {
  const env = config.secretsFromEnv;
  if (env.sessionSecret && env.encryptionKeys && env.blindIndexKey && env.auditSigningKey) {
    return fromFileShape(
      {
        sessionSecret: env.sessionSecret,
        encryptionKeys: env.encryptionKeys,
        blindIndexKey: env.blindIndexKey,
        auditSigningKey: env.auditSigningKey.includes('BEGIN') ? env.auditSigningKey : Buffer.from(env.auditSigningKey, 'base64').toString(),
      },
      'environment',
    );
  }
  const file = secretsFilePath(config);
  if (existsSync(file)) {
    const parsed = SecretsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(`The secrets file ${file} is not valid: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    return fromFileShape({ ...parsed.data, ...pickDefined(env) }, 'file');
  }
  if (config.production) {
    throw new Error(`No secrets: set them in the environment or in KETEN_SECRETS_FILE (${file} does not exist)`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const generated = generateSecretsFile();
  writeFileSync(file, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  warn(
    `Generated new secrets in ${file} (mode 0600). Keep this file: without it the encrypted data cannot be read. ` +
      'In production, provide secrets from the environment or a file outside the data directory.',
  );
  return fromFileShape(generated, 'generated');
}

function pickDefined(env: Config['secretsFromEnv']): Partial<SecretsFile> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'));
}
