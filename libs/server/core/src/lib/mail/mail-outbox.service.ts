import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/transaction-runner';
import { PersonalDataRegistry } from '../privacy/personal-data';
import { JobQueue } from './job-queue.service';
import { MailPersonalData } from './mail.personal-data';
import { mailJobId } from './mail-ids';
import { MAIL_QUEUE, MailJobData, MailMessage } from './mail.types';

const KEPT_SECONDS = 14 * 86_400;

/**
 * The mail port: features hand it a rendered message, inside their own transaction when they have one,
 * so an email exists if and only if the change that caused it committed. A worker (MailWorker) sends it.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly personalData: PersonalDataRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.personalData.register(new MailPersonalData());
    await this.jobs.started();
    // createQueue is idempotent; retry settings travel with each job, so a changed setting applies to new mail.
    await this.jobs.boss.createQueue(MAIL_QUEUE, { retentionSeconds: KEPT_SECONDS, deleteAfterSeconds: KEPT_SECONDS });
  }

  /** Enqueues one message; false when a message with the same idempotency key was enqueued already. */
  async enqueue(db: Db | null, message: MailMessage): Promise<boolean> {
    if (message.category === 'notification' && !message.listUnsubscribeUrl) throw new Error('notification mail needs a one-click unsubscribe URL');
    const data: MailJobData = { ...message, audience: message.audience ?? 'verified' };
    const id = await this.jobs.boss.send(MAIL_QUEUE, data, {
      id: mailJobId(message.idempotencyKey),
      retryLimit: this.config.MAIL_RETRY_LIMIT,
      retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      retryDelayMax: 6 * 3600,
      expireInSeconds: 120,
      ...(db ? JobQueue.inTransaction(db) : {}),
    });
    return id !== null;
  }
}
