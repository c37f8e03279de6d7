import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';

/*
 * The backup file: a plaintext header (authenticated with a key derived from the passphrase)
 * followed by the body in encrypted chunks (AES-256-GCM, one nonce per chunk, "last chunk" flag
 * in the nonce so that a truncated file is refused). Nothing is decrypted into use before its
 * chunk's tag has been checked, and neither side holds more than one chunk in memory.
 *
 *   "KETENBAK" | u32 BE header length | header JSON | HMAC-SHA256(header key, all before it)
 *   frames:     u32 BE ciphertext length | ciphertext | 16-byte GCM tag
 *
 * Key: scrypt(passphrase, random salt) → 64 bytes: 32 for AES, 32 for the header HMAC.
 * Nonce: 7 random bytes (header) | u32 BE chunk counter | 1 byte last-chunk flag.
 * AAD of every chunk: SHA-256 of the header bytes, so a header cannot be swapped.
 */

export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('KETENBAK', 'ascii');
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** Large enough for any chunk we write (plaintext chunk + a little). */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** scrypt cost: N=2^17, r=8 (≈128 MiB, a fraction of a second), the usual file-encryption setting. */
export const DEFAULT_KDF = { n: 2 ** 17, r: 8, p: 1 } as const;

export const BackupHeaderSchema = z.strictObject({
  format: z.literal('keten-backup'),
  version: z.literal(BACKUP_FORMAT_VERSION),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    n: z.int().min(2 ** 10).max(2 ** 22),
    r: z.int().min(1).max(32),
    p: z.int().min(1).max(16),
    salt: z.base64(),
  }),
  cipher: z.literal('aes-256-gcm'),
  noncePrefix: z.base64(),
  chunkBytes: z.int().positive().max(MAX_FRAME_BYTES),
  createdAt: z.iso.datetime(),
  /** The database the backup was taken from. */
  database: z.enum(['pglite', 'postgresql']),
  /** The schema level: the number of applied migrations and the newest one's tag. */
  migration: z.strictObject({ applied: z.int().nonnegative(), latest: z.string().nullable() }),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** The passphrase does not open this file (or its header was altered). */
export class BackupPassphraseError extends BackupFileError {
  constructor() {
    super('The passphrase does not open this backup (wrong passphrase, or the file header was altered). Nothing was changed.');
    this.name = 'BackupPassphraseError';
  }
}

interface Keys {
  aes: Buffer;
  mac: Buffer;
}

async function deriveKeys(passphrase: string, kdf: BackupHeader['kdf']): Promise<Keys> {
  const salt = Buffer.from(kdf.salt, 'base64');
  const out = await new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 64, { N: kdf.n, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.n * kdf.r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
  return { aes: out.subarray(0, 32), mac: out.subarray(32, 64) };
}

function nonce(prefix: Buffer, counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0, 0, 7);
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

export interface BackupWriterOptions {
  passphrase: string;
  header: Omit<BackupHeader, 'format' | 'version' | 'kdf' | 'cipher' | 'noncePrefix' | 'chunkBytes'>;
  chunkBytes?: number;
  kdf?: { n: number; r: number; p: number };
}

/**
 * Writes a backup to `<file>.partial` and renames it into place on `close()`, so a crashed or
 * failed backup never leaves a file that looks complete. The file is created with mode 0600.
 */
export class BackupWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private counter = 0;
  private bytesWritten = 0;
  private closed = false;

  private constructor(
    private readonly fh: FileHandle,
    private readonly file: string,
    private readonly keys: Keys,
    private readonly prefix: Buffer,
    private readonly aad: Buffer,
    private readonly chunkBytes: number,
  ) {}

  static async create(file: string, options: BackupWriterOptions): Promise<BackupWriter> {
    const kdfParams = options.kdf ?? DEFAULT_KDF;
    const header: BackupHeader = {
      format: 'keten-backup',
      version: BACKUP_FORMAT_VERSION,
      kdf: { name: 'scrypt', ...kdfParams, salt: randomBytes(16).toString('base64') },
      cipher: 'aes-256-gcm',
      noncePrefix: randomBytes(7).toString('base64'),
      chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
      ...options.header,
    };
    const keys = await deriveKeys(options.passphrase, header.kdf);
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(json.length);
    const head = Buffer.concat([MAGIC, len, json]);
    const mac = createHmac('sha256', keys.mac).update(head).digest();
    const fh = await open(`${file}.partial`, 'w', 0o600);
    await fh.write(Buffer.concat([head, mac]));
    const writer = new BackupWriter(fh, file, keys, Buffer.from(header.noncePrefix, 'base64'), createHash('sha256').update(head).digest(), header.chunkBytes);
    writer.bytesWritten = head.length + mac.length;
    return writer;
  }

  /** Appends one line of the body (a newline is added). */
  async writeLine(line: string): Promise<void> {
    const b = Buffer.from(`${line}\n`, 'utf8');
    this.pending.push(b);
    this.pendingBytes += b.length;
    if (this.pendingBytes >= this.chunkBytes) {
      await this.flush(false);
    }
  }

  private async flush(last: boolean): Promise<void> {
    const all = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    // Full chunks first; the rest stays pending unless this is the end.
    let offset = 0;
    while (all.length - offset >= this.chunkBytes || (last && offset <= all.length)) {
      const end = Math.min(all.length, offset + this.chunkBytes);
      const isLast = last && end === all.length;
      await this.writeFrame(all.subarray(offset, end), isLast);
      offset = end;
      if (isLast) {
        return;
      }
    }
    if (offset < all.length) {
      this.pending.push(all.subarray(offset));
      this.pendingBytes = all.length - offset;
    }
  }

  private async writeFrame(plain: Buffer, last: boolean): Promise<void> {
    if (this.counter >= 0xffffffff) {
      throw new BackupFileError('Backup too large for one file');
    }
    const cipher = createCipheriv('aes-256-gcm', this.keys.aes, nonce(this.prefix, this.counter++, last));
    cipher.setAAD(this.aad);
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(ct.length);
    const frame = Buffer.concat([len, ct, cipher.getAuthTag()]);
    await this.fh.write(frame);
    this.bytesWritten += frame.length;
  }

  /** Writes the last chunk, syncs and renames the file into place; returns its size in bytes. */
  async close(): Promise<number> {
    if (this.closed) {
      return this.bytesWritten;
    }
    this.closed = true;
    await this.flush(true);
    await this.fh.sync();
    await this.fh.close();
    await rename(`${this.file}.partial`, this.file);
    return this.bytesWritten;
  }

  /** Removes the partial file after a failure. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.fh.close().catch(() => undefined);
    }
    await rm(`${this.file}.partial`, { force: true });
  }
}

async function readExactly(fh: FileHandle, length: number, position: number): Promise<Buffer | null> {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, position + got);
    if (bytesRead === 0) {
      return got === 0 ? null : buf.subarray(0, got);
    }
    got += bytesRead;
  }
  return buf;
}

export interface OpenedBackup {
  header: BackupHeader;
  /** The body, line by line; each chunk is authenticated before any of its lines is given out. */
  lines(): AsyncGenerator<string>;
  close(): Promise<void>;
}

/** Reads only the header, without a passphrase (for messages such as "made on …"). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const fh = await open(file, 'r');
  try {
    return (await readHead(fh)).header;
  } finally {
    await fh.close();
  }
}

async function readHead(fh: FileHandle): Promise<{ header: BackupHeader; head: Buffer; mac: Buffer }> {
  const start = await readExactly(fh, MAGIC.length + 4, 0);
  if (!start || start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BackupFileError('This is not a Keten backup file.');
  }
  const len = start.readUInt32BE(MAGIC.length);
  if (len > MAX_HEADER_BYTES) {
    throw new BackupFileError('The backup header is damaged.');
  }
  const json = await readExactly(fh, len, start.length);
  const mac = await readExactly(fh, 32, start.length + len);
  if (!json || json.length < len || !mac || mac.length < 32) {
    throw new BackupFileError('The backup file is truncated.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw new BackupFileError('The backup header is damaged.');
  }
  const header = BackupHeaderSchema.safeParse(parsed);
  if (!header.success) {
    const version = (parsed as { version?: unknown } | null)?.version;
    throw new BackupFileError(
      typeof version === 'number' && version !== BACKUP_FORMAT_VERSION
        ? `This backup has format version ${version}; this Keten reads version ${BACKUP_FORMAT_VERSION}.`
        : 'The backup header is damaged.',
    );
  }
  return { header: header.data, head: Buffer.concat([start, json]), mac };
}

/** Opens a backup: checks the header with the passphrase (wrong passphrase → BackupPassphraseError). */
export async function openBackup(file: string, passphrase: string): Promise<OpenedBackup> {
  const fh = await open(file, 'r');
  try {
    const { header, head, mac } = await readHead(fh);
    const keys = await deriveKeys(passphrase, header.kdf);
    const expected = createHmac('sha256', keys.mac).update(head).digest();
    if (!timingSafeEqual(expected, mac)) {
      throw new BackupPassphraseError();
    }
    const aad = createHash('sha256').update(head).digest();
    const prefix = Buffer.from(header.noncePrefix, 'base64');
    const bodyStart = head.length + 32;
    async function* chunks(): AsyncGenerator<Buffer> {
      let position = bodyStart;
      let counter = 0;
      for (;;) {
        const lenBuf = await readExactly(fh, 4, position);
        if (!lenBuf || lenBuf.length < 4) {
          throw new BackupFileError('The backup file is truncated (its last part is missing).');
        }
        const len = lenBuf.readUInt32BE(0);
        if (len > MAX_FRAME_BYTES) {
          throw new BackupFileError('The backup file is damaged.');
        }
        const frame = await readExactly(fh, len + TAG_BYTES, position + 4);
        if (!frame || frame.length < len + TAG_BYTES) {
          throw new BackupFileError('The backup file is truncated.');
        }
        position += 4 + len + TAG_BYTES;
        const next = await readExactly(fh, 1, position);
        const last = next === null;
        const decipher = createDecipheriv('aes-256-gcm', keys.aes, nonce(prefix, counter++, last));
        decipher.setAAD(aad);
        decipher.setAuthTag(frame.subarray(len));
        let plain: Buffer;
        try {
          plain = Buffer.concat([decipher.update(frame.subarray(0, len)), decipher.final()]);
        } catch {
          throw new BackupFileError(
            last
              ? 'The backup file is damaged or truncated (a part does not authenticate). Nothing was changed.'
              : 'The backup file is damaged (a part does not authenticate). Nothing was changed.',
          );
        }
        yield plain;
        if (last) {
          return;
        }
      }
    }
    async function* lines(): AsyncGenerator<string> {
      const decoder = new StringDecoder('utf8');
      let rest = '';
      for await (const chunk of chunks()) {
        rest += decoder.write(chunk);
        let nl = rest.indexOf('\n');
        while (nl >= 0) {
          yield rest.slice(0, nl);
          rest = rest.slice(nl + 1);
          nl = rest.indexOf('\n');
        }
      }
      rest += decoder.end();
      if (rest.length > 0) {
        throw new BackupFileError('The backup body ends in the middle of a line.');
      }
    }
    return { header, lines, close: () => fh.close() };
  } catch (err) {
    await fh.close();
    throw err;
  }
}
