import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';

export interface RenderedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

export interface MailTransport {
  /** Where mail goes, for start-up messages: an SMTP server or the local mailbox folder. */
  readonly description: string;
  send(mail: RenderedMail): Promise<void>;
  close(): void;
}

/** `${DATA_DIR}/mailbox`: where mail lands without SMTP_URL. */
export const mailboxDirOf = (config: AppConfig): string => resolve(config.DATA_DIR, 'mailbox');

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise a local mailbox: nodemailer's stream transport
 * renders the same message, written as one .eml file per email (open it in any mail client) with a .txt
 * copy of its text part (links unwrapped).
 */
export function createMailTransport(config: AppConfig): MailTransport {
  if (config.SMTP_URL) {
    const smtp: Transporter = createTransport(config.SMTP_URL);
    return {
      description: `SMTP ${new URL(config.SMTP_URL).host}`,
      send: async (mail) => {
        await smtp.sendMail(mail);
      },
      close: () => smtp.close(),
    };
  }
  const dir = mailboxDirOf(config);
  const stream: Transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `local mailbox ${dir}`,
    send: async (mail) => {
      const info = (await stream.sendMail(mail)) as { message: Buffer };
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${mail.messageId.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}`;
      await writeFile(join(dir, `${name}.eml`), info.message);
      // The .eml is encoded for transport (long lines wrapped); a plain copy keeps links whole, to click in a terminal.
      await writeFile(join(dir, `${name}.txt`), `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}`);
    },
    close: () => stream.close(),
  };
}
