/**
 * The browser's half of the public form's proof-of-work (apps/server/src/signals/proof-of-work.ts):
 * find a nonce such that SHA-256(challenge + ":" + nonce) starts with `difficulty` zero bits. Works
 * in small batches and yields between them, so the page stays responsive on a slow phone.
 */

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

export type Digest = (data: Uint8Array) => Promise<ArrayBuffer>;

const subtleDigest: Digest = (data) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);

export interface SolveOptions {
  /** Hashes per batch before giving the event loop back. */
  batchSize?: number;
  /** Called after each batch with the number of attempts so far and the expected number. */
  onProgress?: (attempts: number, expected: number) => void;
  signal?: AbortSignal;
  digest?: Digest;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function solveChallenge(
  challenge: string,
  difficulty: number,
  options: SolveOptions = {},
): Promise<string> {
  const { batchSize = 256, onProgress, signal, digest = subtleDigest } = options;
  const encoder = new TextEncoder();
  const expected = 2 ** difficulty;
  for (let n = 0; ;) {
    const batch: Promise<{ nonce: string; bits: number }>[] = [];
    for (let i = 0; i < batchSize; i++, n++) {
      const nonce = n.toString(36);
      batch.push(
        digest(encoder.encode(`${challenge}:${nonce}`)).then((hash) => ({
          nonce,
          bits: leadingZeroBits(new Uint8Array(hash)),
        })),
      );
    }
    const results = await Promise.all(batch);
    const found = results.find((r) => r.bits >= difficulty);
    if (found) {
      return found.nonce;
    }
    if (signal?.aborted) {
      throw new DOMException('The check was stopped', 'AbortError');
    }
    onProgress?.(n, expected);
    await yieldToBrowser();
  }
}
