import { generate, generateSecret, verify } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Keten';

export function newTotpSecret(): string {
  return generateSecret();
}

export function otpauthUri(secret: string, accountName: string): string {
  const label = encodeURIComponent(`${ISSUER}:${accountName}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(ISSUER)}&algorithm=SHA1&digits=6&period=${TOTP_PERIOD_SECONDS}`;
}

export async function qrDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
}

export async function currentTotp(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * Verifies a 6-digit code with ±1 step of clock drift. Returns the accepted time step, so the
 * caller can refuse a replay of the same (or an older) step.
 */
export async function verifyTotp(secret: string, token: string, lastStep: number | null, at: Date = new Date()): Promise<number | null> {
  if (!/^\d{6}$/.test(token)) {
    return null;
  }
  const epoch = Math.floor(at.getTime() / 1000);
  const result = await verify({ secret, token, epoch, epochTolerance: TOTP_PERIOD_SECONDS });
  if (!result.valid) {
    return null;
  }
  // otplib reports the matched time step (epoch / period, shifted by the accepted drift).
  const matched = result as { timeStep?: number; delta?: number };
  const step = matched.timeStep ?? Math.floor(epoch / TOTP_PERIOD_SECONDS) + (matched.delta ?? 0);
  if (lastStep !== null && step <= lastStep) {
    return null;
  }
  return step;
}
