import { Injectable } from '@nestjs/common';
import type { Db } from '../database/transaction-runner';
import type { ContentKind } from '../content/content-registry';

/** A write that creates member-visible text: the anti-abuse limits apply to these. */
export interface PostAttempt {
  communityId: string;
  memberId: string;
  kind: ContentKind;
  /** The text posted (title + body, as the feature sees fit); compared for duplicates. */
  body: string;
  /** The thread or idea a reply or comment answers: the brand team may post a saved reply in several. */
  parentId?: string;
}

/**
 * Rules a write must pass, registered by the feature that owns them (moderation: suspensions,
 * new-member limits, duplicates, flood). Features that write call the WriteGate, never the
 * owner of the rules, so advice, ideas and recognition need not import moderation.
 */
export interface WriteGuard {
  /** Throws (e.g. SUSPENDED) when the member may not write in this community at all. */
  assertCanWrite(db: Db, communityId: string, memberId: string): Promise<void>;
  /**
   * assertCanWrite's check, then the posting limits (NEW_MEMBER_LIMIT, DUPLICATE_CONTENT, TOO_MANY_REQUESTS);
   * records the post in the same step, so when it throws the caller's transaction must roll back.
   */
  assertCanPost(db: Db, post: PostAttempt): Promise<void>;
}

/**
 * The one check every community write goes through, in the writer's transaction:
 *
 *   await this.writeGate.assertCanWrite(tx, communityId, memberId);        // support, kudos, report
 *   await this.writeGate.assertCanPost(tx, { communityId, memberId, kind, body }); // thread, reply, idea, comment
 *
 * With no guard registered every write passes.
 */
@Injectable()
export class WriteGate {
  private readonly guards: WriteGuard[] = [];

  register(guard: WriteGuard): void {
    this.guards.push(guard);
  }

  async assertCanWrite(db: Db, communityId: string, memberId: string): Promise<void> {
    for (const guard of this.guards) await guard.assertCanWrite(db, communityId, memberId);
  }

  /** The same rule as a yes/no (e.g. realtime joins: a suspended member leaves the community's live rooms). */
  async canWrite(db: Db, communityId: string, memberId: string): Promise<boolean> {
    try {
      await this.assertCanWrite(db, communityId, memberId);
      return true;
    } catch {
      return false;
    }
  }

  /** assertCanWrite plus the posting limits. Call it inside the transaction that inserts the post (which rolls back if it throws). */
  async assertCanPost(db: Db, post: PostAttempt): Promise<void> {
    for (const guard of this.guards) await guard.assertCanPost(db, post);
  }
}
