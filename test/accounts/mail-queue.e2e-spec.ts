import type { INestApplication } from '@nestjs/common';
import { JobQueue, listFailedJobs, MailOutbox, MailWorker, retryFailedJobs, TransactionRunner, type MailMessage } from '@palabre/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { readUntil, startPlatform, type Platform } from '../support/harness';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';

const METRICS_TOKEN = 'mail-queue-metrics-token';

jest.setTimeout(90_000);

let sequence = 0;
const message = (overrides: Partial<MailMessage> = {}): MailMessage => {
  sequence += 1;
  return {
    to: `queue${sequence}@example.test`,
    subject: `Message ${sequence}`,
    text: 'Hello',
    html: '<p>Hello</p>',
    category: 'transactional',
    // An address proof goes out without a verified account, which keeps these specs about the queue itself.
    audience: 'address-proof',
    idempotencyKey: `spec:${Date.now()}:${sequence}`,
    ...overrides,
  };
};

describe('mail queue', () => {
  let platform: Platform;
  let smtp: SmtpSink;
  let second: INestApplication | undefined;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    platform = await startPlatform({ config: { SMTP_URL: smtp.url, MAIL_WORKER_ENABLED: 'true', MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1', METRICS_TOKEN: METRICS_TOKEN } });
  });

  afterAll(async () => {
    await second?.close();
    await platform?.close();
    await smtp?.close();
  });

  const outbox = () => platform.app.get(MailOutbox);
  const jobState = async (key: string) =>
    (await platform.db.query(`SELECT state, retry_count FROM pgboss.job WHERE name = 'mail' AND data->>'idempotencyKey' = $1`, [key])).rows[0] as { state: string; retry_count: number } | undefined;

  it('enqueues in the caller’s transaction: a rolled-back change leaves no email', async () => {
    const kept = message();
    const dropped = message();
    await platform.app.get(TransactionRunner).run((tx) => outbox().enqueue(tx, kept));
    await expect(
      platform.app.get(TransactionRunner).run(async (tx) => {
        await outbox().enqueue(tx, dropped);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await readUntil(() => smtp.to(kept.to), (found) => found.length === 1, 10_000);
    expect(smtp.to(kept.to)).toHaveLength(1);
    expect(await jobState(dropped.idempotencyKey)).toBeUndefined();
  });

  it('retries a failed SMTP delivery with backoff until it succeeds, then sends it once', async () => {
    const mail = message();
    smtp.refuseNext(2);
    await outbox().enqueue(null, mail);
    const done = await readUntil(() => jobState(mail.idempotencyKey), (job) => job?.state === 'completed', 30_000);
    expect(done).toEqual({ state: 'completed', retry_count: 2 });
    expect(smtp.refused).toBe(2);
    expect(smtp.to(mail.to)).toHaveLength(1);
  });

  it('keeps a message that used up its retries as failed, for an operator to list and retry', async () => {
    const mail = message();
    smtp.refuseNext(3);
    await outbox().enqueue(null, mail);
    await readUntil(() => jobState(mail.idempotencyKey), (job) => job?.state === 'failed', 30_000);
    const boss = platform.app.get(JobQueue).boss;
    const failed = (await listFailedJobs(boss)).filter((job) => job.key === mail.idempotencyKey);
    expect(failed).toEqual([expect.objectContaining({ queue: 'mail', to: mail.to, attempts: 3 })]);
    const metrics = await (await fetch(`${platform.apiUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    expect(metrics).toMatch(/palabre_jobs\{queue="mail",state="failed"\} [1-9]/);
    expect(metrics).toMatch(/palabre_mail_attempts_failed_total\{category="transactional"\} [1-9]/);

    expect(await retryFailedJobs(boss, [failed[0].id])).toBe(1);
    await readUntil(() => smtp.to(mail.to), (found) => found.length === 1, 20_000);
    expect(smtp.to(mail.to)).toHaveLength(1);
    // The worker marks the job completed just after the SMTP server accepted the message: wait for it.
    expect((await readUntil(() => jobState(mail.idempotencyKey), (job) => job?.state === 'completed', 10_000))?.state).toBe('completed');
  });

  it('sends a message once when it is enqueued twice or its job runs again after a crash', async () => {
    const mail = message();
    expect(await outbox().enqueue(null, mail)).toBe(true);
    expect(await outbox().enqueue(null, mail)).toBe(false);
    await readUntil(() => smtp.to(mail.to), (found) => found.length === 1, 10_000);
    // The worker writes "sent" just after the SMTP server accepted the message.
    const sentState = async () => (await platform.db.query(`SELECT state FROM mail_deliveries WHERE idempotency_key = $1`, [mail.idempotencyKey])).rows[0]?.state;
    await readUntil(sentState, (state) => state === 'sent', 10_000);
    // A worker that crashed after sending, before completing its job: the job runs again, the ledger says sent.
    expect(await platform.app.get(MailWorker).deliver({ ...mail, audience: 'address-proof' })).toEqual({ skipped: 'already-sent' });
    const ledger = await platform.db.query(`SELECT state, message_id FROM mail_deliveries WHERE idempotency_key = $1`, [mail.idempotencyKey]);
    expect(ledger.rows).toEqual([{ state: 'sent', message_id: smtp.to(mail.to)[0].messageId }]);
    expect(smtp.to(mail.to)).toHaveLength(1);
  });

  it('sends each message once with two api processes working the same queue', async () => {
    second = await createApiApp(platform.config);
    const mails = Array.from({ length: 20 }, () => message());
    await platform.app.get(TransactionRunner).run(async (tx) => {
      for (const mail of mails) await outbox().enqueue(tx, mail);
    });
    await readUntil(() => mails.every((mail) => smtp.to(mail.to).length > 0), (all) => all, 30_000);
    expect(mails.map((mail) => smtp.to(mail.to).length)).toEqual(mails.map(() => 1));
  });
});
