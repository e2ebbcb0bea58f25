import { Inject, Injectable } from '@nestjs/common';
import { ModerationErrorCode, Role } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, AppError, Clock, Db, holdsTextLock, PostAttempt, PostCheckInStatement, postLockName, WriteGuard } from '@palabre/core';
import { SavedRepliesRepository, STAFF_ROLES } from '@palabre/communities';
import { PostLogValues, PostStats, SuspensionsRepository } from './suspensions.repository';
import { bodyFingerprint, DUPLICATE_WINDOW_MINUTES, postLimitViolation } from './post-limits';

const suspended = (until: Date) =>
  new AppError(ModerationErrorCode.Suspended, `You are suspended in this community until ${until.toISOString()}: you can still read, but not post, reply, edit, support, give kudos or report`, {
    until: until.toISOString(),
  });

/** Moderation's rules for every community write, registered with core's WriteGate. */
@Injectable()
export class ModerationWriteGuard implements WriteGuard {
  constructor(
    private readonly suspensions: SuspensionsRepository,
    private readonly savedReplies: SavedRepliesRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertCanWrite(db: Db, communityId: string, memberId: string): Promise<void> {
    const suspension = await this.suspensions.activeSuspension(db, communityId, memberId, this.clock.now());
    if (suspension) throw suspended(suspension.until);
  }

  /** assertCanWrite's suspension rule for a viewer across a page's communities (one statement): where it runs, until when. */
  writeBlocksAmong(db: Db, memberId: string, communityIds: readonly string[]): Promise<Map<string, Date>> {
    return this.suspensions.runningUntilAmong(db, memberId, communityIds, this.clock.now());
  }

  /** The suspension read in the writer's own statement (a `gate` row with `suspended_until`). */
  writeCheckInStatement(_db: Db, communityId: string, memberId: string): PostCheckInStatement {
    return {
      ctes: this.suspensions.suspensionCte(communityId, memberId, this.clock.now()),
      verify: async (gate) => {
        if (gate['suspended_until']) throw suspended(new Date(gate['suspended_until'] as string));
      },
    };
  }

  /**
   * Two statements: lock the poster and check the suspension, then read the history and log the post. One when the
   * transaction took the poster's lock with its BEGIN (postLockName): the suspension comes with the history.
   */
  async assertCanPost(db: Db, post: PostAttempt): Promise<void> {
    const now = this.clock.now();
    const locked = holdsTextLock(db, postLockName(post.communityId, post.memberId));
    if (!locked) {
      const suspension = await this.suspensions.lockPosterFindingSuspension(db, post.communityId, post.memberId, now);
      if (suspension) throw suspended(suspension.until);
    }
    const stats = await this.suspensions.postStatsLoggingPost(db, this.logValues(post, now, locked));
    await this.check(db, post, stats, now);
  }

  /** With the poster's lock taken by BEGIN: the suspension, history and post log go with the writer's INSERT. */
  postCheckInStatement(db: Db, post: PostAttempt): PostCheckInStatement | null {
    if (!holdsTextLock(db, postLockName(post.communityId, post.memberId))) return null;
    const now = this.clock.now();
    return {
      ctes: this.suspensions.postStatsCtes(this.logValues(post, now, true)),
      verify: async (gate) => {
        const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));
        const stats: PostStats = {
          role: (gate['role'] as string | null) ?? null,
          joined_at: date(gate['joined_at']),
          suspended_until: date(gate['suspended_until']),
          roots_since_join: Number(gate['roots_since_join']),
          answers_since_join: Number(gate['answers_since_join']),
          last_post_at: date(gate['last_post_at']),
          same_body_recently: gate['same_body_recently'] === true,
          same_body_not_elsewhere: gate['same_body_not_elsewhere'] === true,
        };
        await this.check(db, post, stats, now);
      },
    };
  }

  private logValues(post: PostAttempt, now: Date, withSuspension: boolean): PostLogValues {
    return {
      communityId: post.communityId,
      memberId: post.memberId,
      kind: post.kind,
      bodyHash: bodyFingerprint(post.body),
      duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000),
      now,
      parentId: post.parentId,
      withSuspension,
    };
  }

  /** The suspension (when read with the history) and the posting limits; the post was logged by the same statement. */
  private async check(db: Db, post: PostAttempt, stats: PostStats, now: Date): Promise<void> {
    if (stats.suspended_until) throw suspended(stats.suspended_until);
    const violation = postLimitViolation(
      post.kind,
      {
        role: stats.role as Role | null,
        joinedAt: stats.joined_at,
        rootsSinceJoin: stats.roots_since_join,
        answersSinceJoin: stats.answers_since_join,
        lastPostAt: stats.last_post_at,
        sameBodyRecently: stats.same_body_recently && !(await this.isSavedReplyElsewhere(db, post, stats)),
      },
      now,
      this.config.POST_FLOOD_INTERVAL_SECONDS,
    );
    if (violation) throw violation;
  }

  /**
   * The duplicate limit is against spam: the brand team answering several threads with one of its saved
   * replies is not spam. The same text twice in one thread still is.
   */
  private async isSavedReplyElsewhere(db: Db, post: PostAttempt, stats: PostStats): Promise<boolean> {
    if (stats.same_body_not_elsewhere || !post.parentId || !STAFF_ROLES.includes(stats.role as Role)) return false;
    const fingerprint = bodyFingerprint(post.body);
    return (await this.savedReplies.ofCommunity(db, post.communityId)).some((saved) => bodyFingerprint(saved.reply_text) === fingerprint);
  }
}
