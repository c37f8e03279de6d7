import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export const MIN_PASSPHRASE_LENGTH = 12;

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) {
        process.stderr.write(chunk);
      }
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * The backup passphrase: KETEN_BACKUP_PASSPHRASE, or asked on the terminal (twice when a new
 * backup is made, so a typing error cannot make it unreadable).
 */
export async function backupPassphrase(env: NodeJS.ProcessEnv, purpose: 'backup' | 'restore'): Promise<string> {
  const fromEnv = env.KETEN_BACKUP_PASSPHRASE;
  let passphrase: string;
  if (fromEnv) {
    passphrase = fromEnv;
  } else if (process.stdin.isTTY) {
    passphrase = await askHidden('Backup passphrase: ');
    if (purpose === 'backup' && (await askHidden('Repeat the passphrase: ')) !== passphrase) {
      throw new Error('The two passphrases differ. Nothing was written.');
    }
  } else {
    throw new Error('Set KETEN_BACKUP_PASSPHRASE, or run the command in a terminal to type the passphrase.');
  }
  if (purpose === 'backup' && passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`The backup passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long.`);
  }
  return passphrase;
}
