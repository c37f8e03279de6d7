import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, solveChallenge } from './proof-of-work.ts';

describe('the proof-of-work solver', () => {
  it('counts leading zero bits like the server', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x80]))).toBe(16);
    expect(leadingZeroBits(new Uint8Array([0, 0x0f]))).toBe(12);
    expect(leadingZeroBits(new Uint8Array([0xff]))).toBe(0);
  });

  it('finds a nonce whose SHA-256 has the asked number of leading zero bits, reporting progress', async () => {
    const challenge = '1893456000000.10.abcdefghijklmnop.signature';
    const progress: number[] = [];
    const nonce = await solveChallenge(challenge, 10, {
      batchSize: 64,
      onProgress: (attempts) => progress.push(attempts),
    });
    const hash = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    expect(leadingZeroBits(new Uint8Array(hash))).toBeGreaterThanOrEqual(10);
    expect(progress.every((n, i) => i === 0 || n > (progress[i - 1] ?? 0))).toBe(true);
  });

  it('can be stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveChallenge('x', 40, { signal: controller.signal, batchSize: 8 })).rejects.toThrow(
      'stopped',
    );
  });
});
