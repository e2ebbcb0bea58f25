import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Job } from 'pg-boss';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  Db,
  hashSingleUseToken,
  isSingleUseTokenShaped,
  JobQueue,
  RateLimitRule,
  RateLimitService,
  RequestContext,
  TransactionRunner,
  unauthenticated,
} from '@palabre/core';
import { AccountLinksRepository, AccountMailRow } from './account-links.repository';
import { AccountMailSender } from './account-mail.sender';
import { addressInUseNoticeMail, confirmEmailChangeMail, emailChangedNoticeMail, verifyEmailMail } from './account-emails';
import { emailTaken, invalidLink, sameEmail, TOO_MANY_EMAILS } from './account-errors';
import { PasswordChecks } from './password-checks';

export const VERIFICATION_REQUEST_QUEUE = 'email-verification-request';

interface VerificationRequest {
  email: string;
}

/**
 * Proving an address: the verification link sent at sign-up and on request, and the change of address,
 * which takes effect only when the new address is proved (the old one is then told, without a link).
 */
@Injectable()
export class EmailVerificationService implements OnModuleInit, OnApplicationBootstrap {
  private readonly perMember: RateLimitRule;
  private readonly perEmail: RateLimitRule;
  private readonly perAddress: RateLimitRule;

  constructor(
    private readonly db: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly links: AccountLinksRepository,
    private readonly sender: AccountMailSender,
    private readonly passwords: PasswordChecks,
    private readonly rateLimits: RateLimitService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.perMember = { name: 'account-mail-member', points: config.ACCOUNT_EMAILS_PER_HOUR, durationSeconds: 3600 };
    this.perEmail = { name: 'verification-email', points: config.ACCOUNT_EMAILS_PER_HOUR, durationSeconds: 3600 };
    this.perAddress = { name: 'verification-address', points: config.ACCOUNT_EMAILS_PER_HOUR * 4, durationSeconds: 3600 };
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.started();
    // The address in a request is kept an hour at most.
    await this.jobs.boss.createQueue(VERIFICATION_REQUEST_QUEUE, { retentionSeconds: 3600, deleteAfterSeconds: 3600, retryLimit: 5, retryBackoff: true });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.MAIL_WORKER_ENABLED) return;
    await this.jobs.boss.work<VerificationRequest>(VERIFICATION_REQUEST_QUEUE, { batchSize: 1, localConcurrency: 2, pollingIntervalSeconds: 0.5 }, async ([job]: Job<VerificationRequest>[]) =>
      this.handleResendRequest(job.data.email),
    );
  }

  /** Called in the sign-up transaction: the first link goes out if and only if the account is created. */
  async sendVerification(tx: Db, account: Pick<AccountMailRow, 'id' | 'handle' | 'email' | 'locale'>): Promise<void> {
    const ttl = this.config.EMAIL_VERIFICATION_TTL_MINUTES;
    await this.sender.sendLink(tx, {
      memberId: account.id,
      purpose: 'VERIFY_EMAIL',
      email: account.email,
      now: this.clock.now(),
      ttlMinutes: ttl,
      mail: verifyEmailMail(account.locale, this.sender.publicUrl, account.handle, ttl),
    });
  }

  /**
   * Tells the holder of `email` that someone tried to use it (sign-up or email change), or, on a sign-up
   * for an account still waiting for its link, sends a new link; false when no account has it. The caller answers the same either way, so only the holder learns of the attempt.
   */
  async tellAddressHolder(tx: Db, email: string, attempt: 'sign-up' | 'email-change'): Promise<boolean> {
    const holder = await this.links.accountByEmail(tx, email);
    if (!holder) return false;
    if (attempt === 'sign-up' && !holder.email_verified_at) {
      // Most likely the holder signing up again for want of the first link: a fresh one serves them, and only the address gets it.
      await this.sendVerification(tx, holder);
      return true;
    }
    await this.sender.sendNotice(tx, {
      key: `address-in-use:${holder.id}:${randomUUID()}`,
      to: holder.email,
      audience: 'address-holder',
      mail: addressInUseNoticeMail(holder.locale, this.sender.publicUrl, holder.handle, attempt),
    });
    return true;
  }

  /** A new link (the previous ones stop working); nothing is sent when the address is verified already. */
  async requestEmailVerification(ctx: RequestContext): Promise<boolean> {
    const memberId = this.memberOf(ctx);
    await this.rateLimits.consume(this.perMember, memberId, 1, TOO_MANY_EMAILS.en, TOO_MANY_EMAILS.fr);
    await this.db.run(async (tx) => {
      const account = await this.links.accountOf(tx, memberId);
      if (account && !account.email_verified_at) await this.sendVerification(tx, account);
    });
    return true;
  }

  /**
   * A new link for the account signing up with `email`, asked for signed out (the account cannot sign in
   * before it is verified). Answers true for every address, doing the same work (the rate limits, one job
   * queued); the job, out of the request's time, mails a link only to an account that is not verified yet.
   */
  async resendVerification(ctx: RequestContext, email: string): Promise<boolean> {
    await this.rateLimits.consume(this.perAddress, ctx.ipAddress, 1, TOO_MANY_EMAILS.en, TOO_MANY_EMAILS.fr);
    await this.rateLimits.consume(this.perEmail, email.toLowerCase(), 1, TOO_MANY_EMAILS.en, TOO_MANY_EMAILS.fr);
    await this.jobs.boss.send(VERIFICATION_REQUEST_QUEUE, { email } satisfies VerificationRequest);
    return true;
  }

  async handleResendRequest(email: string): Promise<void> {
    await this.db.run(async (tx) => {
      const account = await this.links.accountByEmail(tx, email);
      if (account && !account.email_verified_at) await this.sendVerification(tx, account);
    });
  }

  /**
   * Uses a verification link in the caller's transaction (which opens the session it signs in with):
   * the member it proves, or an invalid-link error.
   */
  async consumeVerificationLink(tx: Db, token: string, now: Date): Promise<string> {
    if (!isSingleUseTokenShaped(token)) throw invalidLink();
    const link = await this.links.consume(tx, hashSingleUseToken(token), 'VERIFY_EMAIL', now);
    if (!link) throw invalidLink();
    await this.links.markVerified(tx, link.member_id, link.email, now);
    return link.member_id;
  }

  async changeEmail(ctx: RequestContext, newEmail: string, currentPassword: string): Promise<boolean> {
    const memberId = this.memberOf(ctx);
    await this.passwords.requireCurrent(ctx, memberId, currentPassword);
    await this.rateLimits.consume(this.perMember, memberId, 1, TOO_MANY_EMAILS.en, TOO_MANY_EMAILS.fr);
    await this.db.run(async (tx) => {
      const account = await this.links.accountOf(tx, memberId);
      if (!account) throw unauthenticated();
      if (account.email.toLowerCase() === newEmail.toLowerCase()) throw sameEmail();
      // Another account's address gets the same answer (no CONFLICT saying it is registered); its holder is told.
      if (await this.tellAddressHolder(tx, newEmail, 'email-change')) return;
      const ttl = this.config.EMAIL_VERIFICATION_TTL_MINUTES;
      await this.sender.sendLink(tx, {
        memberId,
        purpose: 'CHANGE_EMAIL',
        email: newEmail,
        now: this.clock.now(),
        ttlMinutes: ttl,
        mail: confirmEmailChangeMail(account.locale, this.sender.publicUrl, account.handle, ttl),
      });
    });
    return true;
  }

  /** The proved new address replaces the old one; a verified old address is told, with no link. */
  async confirmEmailChange(token: string): Promise<boolean> {
    if (!isSingleUseTokenShaped(token)) throw invalidLink();
    const now = this.clock.now();
    const outcome = await this.db.run(async (tx) => {
      const link = await this.links.consume(tx, hashSingleUseToken(token), 'CHANGE_EMAIL', now);
      if (!link) return 'invalid' as const;
      const before = await this.links.accountOf(tx, link.member_id);
      if (!before) return 'invalid' as const;
      if (!(await this.links.replaceEmail(tx, link.member_id, link.email, now))) return 'taken' as const;
      await this.links.invalidate(tx, link.member_id, 'RESET_PASSWORD', now);
      await this.links.invalidate(tx, link.member_id, 'VERIFY_EMAIL', now);
      if (before.email_verified_at) {
        await this.sender.sendNotice(tx, {
          key: `email-changed:${link.member_id}:${now.toISOString()}`,
          to: before.email,
          // The old address was proved and the account just left it: the notice is the one email it still gets.
          audience: 'former-address',
          mail: emailChangedNoticeMail(before.locale, before.handle),
        });
      }
      return 'ok' as const;
    });
    if (outcome === 'invalid') throw invalidLink();
    if (outcome === 'taken') throw emailTaken('token');
    return true;
  }

  private memberOf(ctx: RequestContext): string {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor.memberId;
  }
}
