import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig, Db, deriveLinkToken, hashSingleUseToken, MailAudience, MailOutbox, publicBaseUrlOf } from '@palabre/core';
import { AccountLinkPurpose, AccountLinksRepository } from './account-links.repository';

/** The rendered email of an account flow: one transactional message, with a single-use link or none. */
export interface AccountMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Creates single-use account links and queues their emails in the caller's transaction. The token is
 * derived from a random link id with the server secret: the link row keeps its hash, the job keeps the id.
 */
@Injectable()
export class AccountMailSender {
  constructor(
    private readonly links: AccountLinksRepository,
    private readonly mail: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get publicUrl(): string {
    return publicBaseUrlOf(this.config);
  }

  async sendLink(tx: Db, values: { memberId: string; purpose: AccountLinkPurpose; email: string; now: Date; ttlMinutes: number; mail: AccountMail }): Promise<void> {
    const linkId = randomUUID();
    const tokenHash = hashSingleUseToken(deriveLinkToken(this.config.AUTH_SECRET, linkId));
    const expiresAt = new Date(values.now.getTime() + values.ttlMinutes * 60_000);
    await this.links.create(tx, { id: linkId, tokenHash, memberId: values.memberId, purpose: values.purpose, email: values.email, now: values.now, expiresAt });
    // Only the reset goes to the proved address alone; verification and change links prove the address themselves.
    const audience: MailAudience = values.purpose === 'RESET_PASSWORD' ? 'verified' : 'address-proof';
    await this.mail.enqueue(tx, { ...values.mail, to: values.email, category: 'transactional', idempotencyKey: `account-link:${linkId}`, linkId, audience });
  }

  async sendNotice(tx: Db, values: { key: string; to: string; audience: MailAudience; mail: AccountMail }): Promise<void> {
    await this.mail.enqueue(tx, { ...values.mail, to: values.to, category: 'transactional', idempotencyKey: values.key, audience: values.audience });
  }
}
