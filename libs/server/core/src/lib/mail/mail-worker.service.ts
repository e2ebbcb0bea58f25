import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter } from 'prom-client';
import type { Job } from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from './job-queue.service';
import { mailMessageId } from './mail-ids';
import { deriveLinkToken, LINK_TOKEN_PLACEHOLDER } from './mail-layout';
import { createMailTransport, MailTransport } from './mail-transport';
import { MAIL_QUEUE, MailAddressPolicy, MailJobData } from './mail.types';

const mailSent = new Counter({ name: 'palabre_mail_sent_total', help: 'Emails handed to the transport', labelNames: ['category'] });
const mailAttemptsFailed = new Counter({ name: 'palabre_mail_attempts_failed_total', help: 'Email attempts that failed (retried with backoff)', labelNames: ['category'] });
const mailSkipped = new Counter({ name: 'palabre_mail_skipped_total', help: 'Email jobs completed without sending', labelNames: ['reason'] });

/** A claim older than this belongs to an attempt that died mid-send (jobs expire after 120 s). */
const STALE_CLAIM_MS = 5 * 60_000;

export type MailOutcome = { sent: true; messageId: string } | { skipped: 'unverified-address' | 'already-sent' };

/**
 * Sends queued email. The delivery ledger (mail_deliveries) is what makes a message go out once:
 * a claim is committed before the SMTP exchange and marked sent right after it, and a retried or
 * duplicated job whose key is already sent completes without sending. A failed exchange drops the claim
 * and throws, so pg-boss retries with exponential backoff until the job is failed for an operator.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailWorker');
  private readonly transport: MailTransport;
  private policy: MailAddressPolicy | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly db: TransactionRunner,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = createMailTransport(config);
  }

  get destination(): string {
    return this.transport.description;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.MAIL_WORKER_ENABLED) return;
    await this.jobs.started();
    await this.jobs.boss.work<MailJobData>(MAIL_QUEUE, { batchSize: 1, localConcurrency: 4, pollingIntervalSeconds: 0.5 }, async ([job]: Job<MailJobData>[]) => this.deliver(job.data));
    this.logger.log(`email goes to ${this.transport.description}`);
  }

  /** One delivery attempt of one message. */
  async deliver(mail: MailJobData): Promise<MailOutcome> {
    if (mail.audience === 'verified' && !(await this.addressPolicy().isVerifiedAddress(mail.to))) {
      mailSkipped.inc({ reason: 'unverified-address' });
      return { skipped: 'unverified-address' };
    }
    const messageId = mailMessageId(mail.idempotencyKey, this.config.SMTP_FROM);
    if (!(await this.claim(mail, messageId))) {
      mailSkipped.inc({ reason: 'already-sent' });
      return { skipped: 'already-sent' };
    }
    const token = mail.linkId ? deriveLinkToken(this.config.AUTH_SECRET, mail.linkId) : '';
    const withToken = (value: string) => (mail.linkId ? value.split(LINK_TOKEN_PLACEHOLDER).join(token) : value);
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
    if (mail.listUnsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${withToken(mail.listUnsubscribeUrl)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      await this.transport.send({ from: this.config.SMTP_FROM, to: mail.to, subject: mail.subject, text: withToken(mail.text), html: withToken(mail.html), messageId, headers });
    } catch (error) {
      mailAttemptsFailed.inc({ category: mail.category });
      await this.db.reader.query(`DELETE FROM mail_deliveries WHERE idempotency_key = $1 AND state = 'sending'`, [mail.idempotencyKey]);
      this.logger.warn(`email ${messageId} not sent, will retry: ${String(error)}`);
      throw error;
    }
    await this.db.reader.query(`UPDATE mail_deliveries SET state = 'sent', sent_at = now() WHERE idempotency_key = $1`, [mail.idempotencyKey]);
    mailSent.inc({ category: mail.category });
    return { sent: true, messageId };
  }

  /** True when this attempt may send: no earlier delivery, or only a claim left by an attempt that died mid-send. */
  private async claim(mail: MailJobData, messageId: string): Promise<boolean> {
    const rows: Array<{ claimed: boolean }> = await this.db.reader.query(
      `INSERT INTO mail_deliveries (idempotency_key, message_id, category, state, claimed_at) VALUES ($1, $2, $3, 'sending', now())
       ON CONFLICT (idempotency_key) DO UPDATE SET claimed_at = now()
         WHERE mail_deliveries.state = 'sending' AND mail_deliveries.claimed_at < now() - $4::interval
       RETURNING true AS claimed`,
      [mail.idempotencyKey, messageId, mail.category, `${STALE_CLAIM_MS / 1000} seconds`],
    );
    if (rows.length > 0) return true;
    const [existing] = (await this.db.reader.query(`SELECT state FROM mail_deliveries WHERE idempotency_key = $1`, [mail.idempotencyKey])) as Array<{ state: string }>;
    if (existing?.state === 'sent') return false;
    // Another attempt holds a fresh claim (mid-send right now): try again later rather than send twice.
    throw new Error('another attempt is sending this message; retrying later');
  }

  private addressPolicy(): MailAddressPolicy {
    if (!this.policy) {
      try {
        this.policy = this.moduleRef.get(MailAddressPolicy, { strict: false });
      } catch {
        // Deny by default: without the accounts lib nothing proves an address.
        this.policy = { isVerifiedAddress: async () => false };
      }
    }
    return this.policy as MailAddressPolicy;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
