import { Inject, Injectable } from '@nestjs/common';
import { ModerationErrorCode, Role } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, AppError, Clock, Db, PostAttempt, WriteGuard } from '@palabre/core';
import { SavedRepliesRepository, STAFF_ROLES } from '@palabre/communities';
import { PostStats, SuspensionsRepository } from './suspensions.repository';
import { bodyFingerprint, DUPLICATE_WINDOW_MINUTES, postLimitViolation } from './post-limits';

const suspended = (until: Date) =>
  new AppError(ModerationErrorCode.Suspended, `You are suspended in this community until ${until.toISOString()}: you can still read, but not post, reply, support, give kudos or report`, {
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

  /** Two statements: lock the poster and check the suspension, then read the history and log the post. */
  async assertCanPost(db: Db, post: PostAttempt): Promise<void> {
    const now = this.clock.now();
    const suspension = await this.suspensions.lockPosterFindingSuspension(db, post.communityId, post.memberId, now);
    if (suspension) throw suspended(suspension.until);
    const stats = await this.suspensions.postStatsLoggingPost(db, {
      communityId: post.communityId,
      memberId: post.memberId,
      kind: post.kind,
      bodyHash: bodyFingerprint(post.body),
      duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000),
      now,
      parentId: post.parentId,
    });
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
