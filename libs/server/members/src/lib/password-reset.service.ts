import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import type { Job } from 'pg-boss';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  hashSingleUseToken,
  isSingleUseTokenShaped,
  JobQueue,
  RateLimitRule,
  RateLimitService,
  RequestContext,
  TransactionRunner,
  unauthenticated,
} from '@palabre/core';
import { AccountLinksRepository } from './account-links.repository';
import { AccountMailSender } from './account-mail.sender';
import { passwordChangedNoticeMail, resetPasswordMail } from './account-emails';
import { invalidLink, TOO_MANY_RESETS } from './account-errors';
import { PasswordChecks } from './password-checks';
import { SessionsRepository } from './sessions.repository';

export const PASSWORD_RESET_QUEUE = 'password-reset-request';

interface ResetRequest {
  email: string;
}

/**
 * Password reset and change. A reset request does the same work whether or not the address has an
 * account: after the rate limits, it queues one job holding the address and answers. The job (in a
 * worker, out of the request's time) looks the account up and, for a verified address, sends the link.
 */
@Injectable()
export class PasswordResetService implements OnModuleInit, OnApplicationBootstrap {
  private readonly perEmail: RateLimitRule;
  private readonly perAddress: RateLimitRule;

  constructor(
    private readonly db: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly links: AccountLinksRepository,
    private readonly sessions: SessionsRepository,
    private readonly sender: AccountMailSender,
    private readonly passwords: PasswordChecks,
    private readonly rateLimits: RateLimitService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.perEmail = { name: 'password-reset-email', points: config.ACCOUNT_EMAILS_PER_HOUR, durationSeconds: 3600 };
    this.perAddress = { name: 'password-reset-address', points: config.ACCOUNT_EMAILS_PER_HOUR * 4, durationSeconds: 3600 };
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.started();
    // The address in a request is kept an hour at most.
    await this.jobs.boss.createQueue(PASSWORD_RESET_QUEUE, { retentionSeconds: 3600, deleteAfterSeconds: 3600, retryLimit: 5, retryBackoff: true });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.MAIL_WORKER_ENABLED) return;
    await this.jobs.boss.work<ResetRequest>(PASSWORD_RESET_QUEUE, { batchSize: 1, localConcurrency: 4, pollingIntervalSeconds: 0.5 }, async ([job]: Job<ResetRequest>[]) => this.handleRequest(job.data.email));
  }

  /** Answers true for every address; TOO_MANY_REQUESTS per address asked for and per client address. */
  async requestPasswordReset(ctx: RequestContext, email: string): Promise<boolean> {
    await this.rateLimits.consume(this.perAddress, ctx.ipAddress, 1, TOO_MANY_RESETS.en, TOO_MANY_RESETS.fr);
    await this.rateLimits.consume(this.perEmail, email.toLowerCase(), 1, TOO_MANY_RESETS.en, TOO_MANY_RESETS.fr);
    await this.jobs.boss.send(PASSWORD_RESET_QUEUE, { email } satisfies ResetRequest);
    return true;
  }

  /** The request's work: a link only for an account whose address is proved (an unproved one gets no other email). */
  async handleRequest(email: string): Promise<void> {
    await this.db.run(async (tx) => {
      const account = await this.links.accountByEmail(tx, email);
      if (!account?.email_verified_at) return;
      const ttl = this.config.PASSWORD_RESET_TTL_MINUTES;
      await this.sender.sendLink(tx, {
        memberId: account.id,
        purpose: 'RESET_PASSWORD',
        email: account.email,
        now: this.clock.now(),
        ttlMinutes: ttl,
        mail: resetPasswordMail(account.locale, this.sender.publicUrl, account.handle, ttl),
      });
    });
  }

  /** Sets the password from a reset link and ends every session of the account. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    if (!isSingleUseTokenShaped(token)) throw invalidLink();
    const passwordHash = await this.passwords.hasher.hash(newPassword);
    const now = this.clock.now();
    const ok = await this.db.run(async (tx) => {
      const link = await this.links.consume(tx, hashSingleUseToken(token), 'RESET_PASSWORD', now);
      if (!link) return false;
      await this.links.setPasswordHash(tx, link.member_id, passwordHash);
      await this.links.invalidate(tx, link.member_id, 'RESET_PASSWORD', now);
      await this.sessions.revokeAllOf(tx, link.member_id, null, now, 'password_reset');
      return true;
    });
    if (!ok) throw invalidLink();
    return true;
  }

  /** The current password is required; every other session ends, this one stays. */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    const { memberId, sessionId } = ctx.actor;
    await this.passwords.requireCurrent(ctx, memberId, currentPassword);
    const passwordHash = await this.passwords.hasher.hash(newPassword);
    const now = this.clock.now();
    await this.db.run(async (tx) => {
      await this.links.setPasswordHash(tx, memberId, passwordHash);
      await this.links.invalidate(tx, memberId, 'RESET_PASSWORD', now);
      await this.sessions.revokeAllOf(tx, memberId, sessionId, now, 'password_changed');
      const account = await this.links.accountOf(tx, memberId);
      if (account) {
        await this.sender.sendNotice(tx, { key: `password-changed:${memberId}:${now.toISOString()}`, to: account.email, audience: 'verified', mail: passwordChangedNoticeMail(account.locale, account.handle) });
      }
    });
    return true;
  }
}
