import { CommunitiesErrorCode } from '@palabre/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  APP_CONFIG,
  AppError,
  AppConfig,
  badInput,
  Clock,
  ContentChoice,
  OutboxRetentionService,
  CredentialVerifier,
  notFound,
  PersonalDataRegistry,
  RateLimitRule,
  RateLimitService,
  RequestContext,
  tooManyRequests,
  TransactionRunner,
  mentionPattern,
} from '@palabre/core';
import { AccountDeletionRow, PrivacyRepository } from './privacy.repository';

/** "former member #12": the stable label content keeps after an ANONYMISE erasure. */
export const formerMemberLabel = (formerNumber: string): string => `former member #${formerNumber}`;

/** Erasure (GDPR article 17): scheduled with a grace period, then carried out by every provider in one transaction. */
@Injectable()
export class AccountErasureService {
  private readonly wrongPasswords: RateLimitRule = { name: 'account-deletion-password', points: 5, durationSeconds: 900, blockSeconds: 900 };
  private verifier: CredentialVerifier | null = null;

  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: PrivacyRepository,
    private readonly personalData: PersonalDataRegistry,
    private readonly clock: Clock,
    private readonly rateLimits: RateLimitService,
    private readonly moduleRef: ModuleRef,
    private readonly outbox: OutboxRetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async scheduleDeletion(ctx: RequestContext, input: { password: string; contentChoice: ContentChoice }): Promise<AccountDeletionRow> {
    const memberId = ctx.actor!.memberId;
    await this.confirmPassword(memberId, input.password);
    const blockers = (await Promise.all(this.personalData.providers().map((provider) => provider.blockers?.(this.db.reader, memberId) ?? []))).flat();
    if (blockers.length > 0) throw new AppError(CommunitiesErrorCode.LastOwner, blockers.join('; '), { reasons: blockers });
    const now = this.clock.now();
    const executeAfter = new Date(now.getTime() + this.config.ACCOUNT_DELETION_GRACE_DAYS * 86_400_000);
    return this.db.run((tx) => this.repo.scheduleDeletion(tx, { memberId, choice: input.contentChoice, now, executeAfter }));
  }

  async cancelDeletion(ctx: RequestContext): Promise<boolean> {
    const cancelled = await this.db.run((tx) => this.repo.cancelDeletion(tx, ctx.actor!.memberId));
    if (!cancelled) throw notFound('A scheduled account deletion');
    return true;
  }

  async scheduled(ctx: RequestContext): Promise<AccountDeletionRow | null> {
    const row = await this.repo.findDeletion(this.db.reader, ctx.actor!.memberId);
    return row && !row.executed_at ? row : null;
  }

  /** Carries out every deletion whose grace period is over, one member per transaction; returns how many. */
  async executeDue(max = 20): Promise<number> {
    let done = 0;
    while (done < max) {
      const erased = await this.db.run(async (tx) => {
        const now = this.clock.now();
        const due = await this.repo.claimDueDeletion(tx, now);
        if (!due) return false;
        const identity = await this.repo.currentIdentity(tx, due.member_id);
        const formerNumber = await this.repo.nextFormerNumber(tx);
        const label = formerMemberLabel(formerNumber);
        for (const provider of this.personalData.providers()) await provider.erase(tx, due.member_id, due.content_choice, label);
        // Other members' words that mention the leaver by handle now name the former member instead.
        if (identity) for (const provider of this.personalData.providers()) await provider.scrubMentions?.(tx, mentionPattern(identity.handle), label);
        await this.outbox.scrubMember(tx, due.member_id, due.content_choice === 'DELETE');
        if (identity) await this.outbox.scrubIdentities(tx, [identity.handle, identity.email], label);
        await this.repo.markErased(tx, due.member_id, formerNumber, now);
        return true;
      });
      if (!erased) return done;
      done += 1;
    }
    return done;
  }

  private async confirmPassword(memberId: string, password: string): Promise<void> {
    const limiter = this.rateLimits.limiter(this.wrongPasswords);
    const state = await limiter.get(memberId);
    if (state && state.consumedPoints >= this.wrongPasswords.points) {
      throw tooManyRequests(`Too many wrong passwords; try again in ${Math.ceil(state.msBeforeNext / 1000)} seconds`, Math.ceil(state.msBeforeNext / 1000));
    }
    if (await this.credentials().verifyPassword(memberId, password)) return;
    await limiter.penalty(memberId, 1);
    throw badInput('The password is incorrect; type your current password to confirm the deletion', { field: 'password' });
  }

  /** Members provides the verifier; privacy does not import members. */
  private credentials(): CredentialVerifier {
    this.verifier ??= this.moduleRef.get(CredentialVerifier, { strict: false });
    if (!this.verifier) throw new Error('No CredentialVerifier is registered (the members module provides it)');
    return this.verifier;
  }
}
