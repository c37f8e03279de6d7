import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupFileError, BackupPassphraseError, BackupWriter, openBackup, readBackupHeader } from './backup-format.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'keten-backup-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KDF = { n: 2 ** 10, r: 8, p: 1 };
const header = { createdAt: '2026-11-22T21:00:00.000Z', database: 'pglite' as const, migration: { applied: 3, latest: '0003_x' } };

async function write(name: string, lines: string[], chunkBytes = 64): Promise<string> {
  const file = path.join(dir, name);
  const w = await BackupWriter.create(file, { passphrase: 'a long test passphrase', header, chunkBytes, kdf: KDF });
  for (const l of lines) {
    await w.writeLine(l);
  }
  await w.close();
  return file;
}

async function readAll(file: string, passphrase = 'a long test passphrase'): Promise<string[]> {
  const b = await openBackup(file, passphrase);
  try {
    const out: string[] = [];
    for await (const l of b.lines()) {
      out.push(l);
    }
    return out;
  } finally {
    await b.close();
  }
}

/** The frames after the header: [offset, length] of each. */
function frames(bytes: Buffer): [number, number][] {
  let pos = 8 + 4 + bytes.readUInt32BE(8) + 32;
  const out: [number, number][] = [];
  while (pos < bytes.length) {
    const len = 4 + bytes.readUInt32BE(pos) + 16;
    out.push([pos, len]);
    pos += len;
  }
  return out;
}

describe('the backup file format', () => {
  it('gives back exactly the lines written, across chunk boundaries and multi-byte characters', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `{"i":${i},"name":"Ŝtéfan ${'é'.repeat(i % 17)} 🚀"}`);
    lines.push('');
    const file = await write('many.bak', lines, 50);
    expect(await readAll(file)).toEqual(lines);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(await readBackupHeader(file)).toMatchObject({ version: 1, database: 'pglite', migration: { latest: '0003_x' } });
  });

  it('an empty body is one authenticated last chunk', async () => {
    const file = await write('empty.bak', []);
    expect(await readAll(file)).toEqual([]);
  });

  it('refuses a wrong passphrase before reading the body', async () => {
    const file = await write('pass.bak', ['x']);
    await expect(openBackup(file, 'another passphrase')).rejects.toBeInstanceOf(BackupPassphraseError);
  });

  it('refuses swapped chunks, a dropped last chunk, appended bytes and an edited header', async () => {
    const file = await write('frames.bak', Array.from({ length: 30 }, (_, i) => `line ${i} ${'x'.repeat(20)}`), 64);
    const bytes = readFileSync(file);
    const f = frames(bytes);
    expect(f.length).toBeGreaterThan(3);
    const [a, b] = [f[1]!, f[2]!];
    const swapped = Buffer.concat([bytes.subarray(0, a[0]), bytes.subarray(b[0], b[0] + b[1]), bytes.subarray(a[0], a[0] + a[1]), bytes.subarray(b[0] + b[1])]);
    const last = f[f.length - 1]!;
    const cases: Record<string, Buffer> = {
      swapped,
      dropped: bytes.subarray(0, last[0]),
      appended: Buffer.concat([bytes, Buffer.from([0, 0, 0, 0])]),
    };
    for (const [name, content] of Object.entries(cases)) {
      const p = path.join(dir, `bad-${name}.bak`);
      writeFileSync(p, content);
      await expect(readAll(p), name).rejects.toBeInstanceOf(BackupFileError);
    }
    const edited = Buffer.from(bytes);
    // A header that still parses but claims another migration level: its HMAC no longer matches.
    edited.write('0004_x', edited.indexOf(Buffer.from('0003_x')));
    writeFileSync(path.join(dir, 'bad-header.bak'), edited);
    await expect(readAll(path.join(dir, 'bad-header.bak'))).rejects.toBeInstanceOf(BackupPassphraseError);
    writeFileSync(path.join(dir, 'not.bak'), 'hello');
    await expect(readAll(path.join(dir, 'not.bak'))).rejects.toThrow(/not a Keten backup/);
  });
});
