import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '../database/transaction-runner';
import type { ContentKind } from '../content/content-registry';
import type { SqlFragment } from '../database/sql';
import type { RequestContext } from '../context/request-context';

/**
 * assertCanPost's work carried by the writer's own INSERT: `ctes` (`name AS (…)`, comma-separated, including one named
 * `gate` giving one row) go at the top of the writer's WITH; the writer hands `to_jsonb` of the `gate` row to `verify`,
 * which throws as assertCanPost would. The writer's INSERT runs even when verify then throws: the caller's
 * transaction must roll back (as after assertCanPost throwing).
 */
export interface PostCheckInStatement {
  ctes: SqlFragment;
  verify(gate: Record<string, unknown>): Promise<void>;
}

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
  /**
   * assertCanWrite's rule for one member in many communities at once, without raising: the communities among
   * `communityIds` where they may not write now, each with when that ends (the viewer permission fields of a page
   * ask it in one statement). Without it the WriteGate asks assertCanWrite once per community.
   */
  writeBlocksAmong?(db: Db, memberId: string, communityIds: readonly string[]): Promise<Map<string, Date>>;
  /** assertCanWrite as part of the writer's statement (same contract as PostCheckInStatement), or null (then the writer calls assertCanWrite). */
  writeCheckInStatement?(db: Db, communityId: string, memberId: string): PostCheckInStatement | null;
  /** assertCanPost as part of the writer's statement (see PostCheckInStatement), or null when it cannot be (then the writer calls assertCanPost). */
  postCheckInStatement?(db: Db, post: PostAttempt): PostCheckInStatement | null;
}

/** The end of a block a guard refuses without saying until when: the latest date there is. */
const UNKNOWN_END = new Date(8.64e15);

/**
 * The one check every community write goes through, in the writer's transaction:
 *
 *   await this.writeGate.assertCanWrite(tx, communityId, memberId);        // support, kudos, report, edit
 *   await this.writeGate.assertCanPost(tx, { communityId, memberId, kind, body }); // thread, reply, idea, comment
 *
 * With no guard registered every write passes. The viewer permission fields ask the same rule through
 * viewerCanWrite / viewerWriteBlockedUntil (batched per request), so a button never shows for a write refused here.
 */
@Injectable()
export class WriteGate {
  private readonly guards: WriteGuard[] = [];

  constructor(private readonly db: TransactionRunner) {}

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

  /**
   * When the viewer's block on writing in this community ends (a running suspension: what assertCanWrite would answer
   * SUSPENDED with), null when they may write there or are signed out. One per-request DataLoader: every viewer
   * permission field of a page asks it, all communities in one statement. The viewer's own writes clear it
   * (ctx.loaders.clearAll). A block without an end (a guard with no writeBlocksAmong) reads as the far future.
   */
  viewerWriteBlockedUntil(ctx: RequestContext, communityId: string): Promise<Date | null> {
    if (!ctx.memberId || this.guards.length === 0) return Promise.resolve(null);
    return ctx.loaders.get<string, Date | null>('writeGate.viewerBlockedUntil', async (ids) => {
      // Read when the batch runs: the viewer of the request as it is then.
      const memberId = ctx.memberId;
      if (!memberId) return ids.map(() => null);
      const db = this.db.reader;
      const blocks = new Map<string, Date>();
      for (const guard of this.guards) {
        const found = guard.writeBlocksAmong ? await guard.writeBlocksAmong(db, memberId, ids) : await this.blocksOneByOne(guard, db, memberId, ids);
        for (const [id, until] of found) if (!blocks.has(id) || until > blocks.get(id)!) blocks.set(id, until);
      }
      return ids.map((id) => blocks.get(id) ?? null);
    }).load(communityId);
  }

  /** viewerWriteBlockedUntil as a yes/no: the rule the viewer permission fields (viewerCanGiveKudos…) share with assertCanWrite. */
  async viewerCanWrite(ctx: RequestContext, communityId: string): Promise<boolean> {
    return ctx.memberId !== null && ctx.memberId !== undefined && (await this.viewerWriteBlockedUntil(ctx, communityId)) === null;
  }

  private async blocksOneByOne(guard: WriteGuard, db: Db, memberId: string, ids: readonly string[]): Promise<Map<string, Date>> {
    const blocks = new Map<string, Date>();
    for (const id of ids) {
      await guard.assertCanWrite(db, id, memberId).catch(() => blocks.set(id, UNKNOWN_END));
    }
    return blocks;
  }

  /** assertCanWrite's check to send with the writer's statement, when the one registered guard can; null otherwise (then call assertCanWrite). */
  writeCheckInStatement(db: Db, communityId: string, memberId: string): PostCheckInStatement | null {
    if (this.guards.length !== 1) return null;
    return this.guards[0].writeCheckInStatement?.(db, communityId, memberId) ?? null;
  }

  /**
   * assertCanPost's checks to send with the writer's INSERT (one statement fewer), when the one registered guard can
   * (moderation's, when the transaction took the poster's lock with BEGIN: postLockName); null otherwise, and then the
   * writer calls assertCanPost.
   */
  postCheckInStatement(db: Db, post: PostAttempt): PostCheckInStatement | null {
    if (this.guards.length !== 1) return null;
    return this.guards[0].postCheckInStatement?.(db, post) ?? null;
  }

  /** assertCanWrite plus the posting limits. Call it inside the transaction that inserts the post (which rolls back if it throws). */
  async assertCanPost(db: Db, post: PostAttempt): Promise<void> {
    for (const guard of this.guards) await guard.assertCanPost(db, post);
  }
}

/**
 * The advisory lock (`pg_advisory_xact_lock(hashtext(name))`) that serialises one member's posts in one community, so the
 * posting limits see every earlier post. A writer that knows both ids before its transaction passes it to
 * `TransactionRunner.run(work, { textLocks: [postLockName(...)] })`: taken with BEGIN, one statement fewer.
 */
export function postLockName(communityId: string, memberId: string): string {
  return `post:${communityId.toLowerCase()}:${memberId.toLowerCase()}`;
}
