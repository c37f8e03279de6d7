import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database on port 8080 with demo data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.database.kind).toBe('pglite');
    expect(c.demo).toBe(true);
    expect(c.bodyLimit).toBe(1024 * 1024);
  });

  it('uses PostgreSQL when DATABASE_URL is set, without demo data unless asked', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/keten' });
    expect(c.database).toEqual({ kind: 'postgresql', url: 'postgres://u@127.0.0.1:5432/keten' });
    expect(c.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', KETEN_DEMO: 'true' }).demo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ KETEN_DEMO: 'maybe' })).toThrow(/KETEN_DEMO/);
  });

  it('never allows demo data in production and requires secrets there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', KETEN_DEMO: 'true' })).toThrow(/KETEN_DEMO/);
    try {
      loadConfig({ NODE_ENV: 'production' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).issues.join('\n')).toMatch(/KETEN_SESSION_SECRET[\s\S]*KETEN_ENCRYPTION_KEYS/);
    }
    const prod = loadConfig({ NODE_ENV: 'production', KETEN_SECRETS_FILE: '/etc/keten/secrets.json', KETEN_DATA_DIR: '/var/lib/keten' });
    expect(prod.demo).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', KETEN_SECRETS_FILE: '/var/lib/keten/secrets.json', KETEN_DATA_DIR: '/var/lib/keten' }),
    ).toThrow(/outside|inside/);
  });
});
