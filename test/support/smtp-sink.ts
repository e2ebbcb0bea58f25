import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Lower-case header name → raw value. */
  headers: Record<string, string>;
}

export interface SmtpSink {
  url: string;
  mails: SunkMail[];
  /** The next `count` messages are refused with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  refused: number;
  to(address: string): SunkMail[];
  close(): Promise<void>;
}

/** A real SMTP server on a free port (smtp-server); what the api sends lands here, parsed with mailparser. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: SunkMail[] = [];
  let toRefuse = 0;
  const sink = {} as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          sink.refused += 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        void simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
          mails.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', messageId: parsed.messageId ?? '', headers });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refused: 0,
    refuseNext: (count: number) => {
      toRefuse = count;
    },
    to: (address: string) => mails.filter((mail) => mail.to.includes(address.toLowerCase()) || mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The token of the first `${publicUrl}/account/<page>?token=…` link in a mail's text. */
export function linkToken(mail: SunkMail, page: string): string {
  const match = new RegExp(`/account/${page}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${page} link in: ${mail.text}`);
  return match[1];
}
