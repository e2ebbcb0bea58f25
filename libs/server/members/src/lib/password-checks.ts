import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, inFrench, RateLimitRule, RateLimitService, RequestContext, tooManyRequests } from '@palabre/core';
import { wrongCurrentPassword } from './account-errors';
import { MembersRepository } from './members.repository';
import { PasswordHasher } from './password-hasher';

/** The current password, asked before changing the password or the email; failures are rate-limited per member. */
@Injectable()
export class PasswordChecks {
  readonly hasher: PasswordHasher;
  private readonly failures: RateLimitRule;

  constructor(
    private readonly members: MembersRepository,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hasher = new PasswordHasher(config.PASSWORD_HASH_COST_LOG2);
    const window = config.AUTH_FAILURE_WINDOW_SECONDS;
    this.failures = { name: 'current-password-fail', points: config.AUTH_FAILURES_PER_ACCOUNT, durationSeconds: window, blockSeconds: window };
  }

  async requireCurrent(_ctx: RequestContext, memberId: string, password: string): Promise<void> {
    const state = await this.rateLimits.limiter(this.failures).get(memberId);
    if (state && state.consumedPoints >= this.failures.points) {
      const wait = Math.ceil(state.msBeforeNext / 1000);
      throw inFrench(tooManyRequests(`Too many wrong passwords; try again in ${wait} seconds`, wait), `Trop de mots de passe erronés ; réessayez dans ${wait} secondes`);
    }
    const [member] = await this.members.findByIds([memberId]);
    if (member && (await this.hasher.verify(password, member.password_hash))) return;
    await this.rateLimits.limiter(this.failures).penalty(memberId, 1);
    throw wrongCurrentPassword();
  }
}
