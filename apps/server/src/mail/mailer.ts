import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import type { Config } from '../config/config.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one mail. Only job handlers call it, after the change that caused the mail committed. */
export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * A failed delivery, without the server's text: SMTP replies quote the recipient's address, and
 * the job queue keeps error messages in its table and logs (which hold ids and codes only).
 */
export class MailDeliveryError extends Error {
  constructor(cause: unknown) {
    const c = cause as { code?: unknown; responseCode?: unknown } | null;
    const code = typeof c?.code === 'string' ? c.code : 'unknown';
    const reply = typeof c?.responseCode === 'number' ? ` (SMTP ${c.responseCode})` : '';
    super(`Mail delivery failed: ${code}${reply}`);
    this.name = 'MailDeliveryError';
  }
}

interface LogSink {
  info(message: string): void;
}

/**
 * SMTP through nodemailer when SMTP_URL is set (options such as `?ignoreTLS=true` ride on the URL);
 * otherwise the embedded/dev outbox: every mail becomes an .eml file in `config.mail.outboxDir`.
 * One line is logged at start, without addresses (they are personal data of the recipients).
 */
export function createMailer(config: Config, log: LogSink): Mailer {
  const { smtpUrl, from, outboxDir } = config.mail;
  if (smtpUrl) {
    const transport = createTransport(smtpUrl, { from });
    log.info('Mail is sent through the SMTP server configured in SMTP_URL');
    return {
      kind: 'smtp',
      send: async (m) => {
        try {
          await transport.sendMail({ to: m.to, subject: m.subject, text: m.text, html: m.html });
        } catch (err) {
          throw new MailDeliveryError(err);
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  log.info(`No SMTP_URL: mails are written as .eml files to ${outboxDir}`);
  return {
    kind: 'outbox',
    send: async (m) => {
      const info = await transport.sendMail({ to: m.to, subject: m.subject, text: m.text, html: m.html });
      // With `buffer: true` nodemailer hands back the whole RFC 822 source as a Buffer.
      if (!Buffer.isBuffer(info.message)) {
        throw new Error('The outbox transport returned a stream instead of a buffer');
      }
      const source = info.message;
      // Mails carry invitation links (secrets until used): owner-only folder and files. The file
      // name holds a time and a random id, never the recipient.
      mkdirSync(outboxDir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
      writeFileSync(path.join(outboxDir, name), source, { mode: 0o600 });
    },
    close: () => transport.close(),
  };
}
