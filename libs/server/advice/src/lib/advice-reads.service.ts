import { Injectable } from '@nestjs/common';
import { canSee, Clock, Connection, decodeCursor, pageSize, RequestContext, toConnection, TIME_ID_CURSOR } from '@palabre/core';
import { AuthorsLoader, CommunitiesPolicy } from '@palabre/communities';
import { AdviceLoaders } from './advice.loaders';
import { AdvicePolicy } from './advice.policy';
import { threadSortKey, ThreadsFilterValues } from './advice.repository';
import type { ReplyRow, ThreadRow, ThreadSummaryRow } from './advice.rows';
import type { ThreadOrder } from './advice.types';

/** What the API reads of threads and replies for a viewer: pages, visibility, and what the viewer may do (AdviceService writes). */
@Injectable()
export class AdviceReadsService {
  constructor(
    private readonly loaders: AdviceLoaders,
    private readonly policy: AdvicePolicy,
    private readonly communities: CommunitiesPolicy,
    private readonly clock: Clock,
    private readonly authors: AuthorsLoader,
  ) {}

  async threadsOf(ctx: RequestContext, space: { localId: string; communityId: string }, args: { first?: number; after?: string }, order: ThreadOrder, filter: ThreadsFilterValues): Promise<Connection<ThreadSummaryRow>> {
    const first = pageSize(args);
    const cursor = decodeCursor(args.after, ['timestamp?', 'number', 'timestamp', 'uuid']);
    const key = {
      spaceId: space.localId,
      moderator: await this.communities.moderates(ctx, space.communityId),
      viewerId: ctx.memberId,
      limit: first + 1,
      order,
      filter,
      after: cursor ? { pinAt: cursor[0] === null ? null : String(cursor[0]), n: Number(cursor[1]), at: String(cursor[2]), id: String(cursor[3]) } : null,
      // Only the overdue filter depends on time; a fixed value elsewhere keeps one batch per request.
      now: filter.overdue ? this.clock.now() : new Date(0),
    };
    const rows = await this.loaders.threadsPage(ctx).load(key);
    // The page brought its authors along: Thread.author needs no further statement.
    for (const row of rows) this.authors.prime(ctx, row.community_id, row.author);
    return toConnection(
      rows,
      first,
      cursor !== null,
      (row) => {
        const sort = threadSortKey(row, order);
        return [row.pinned_at?.toISOString() ?? null, sort.n, sort.at, sort.id];
      },
      ({ pinned_at: _pin, author: _author, ...row }) => row,
      () => this.loaders.threadsCount(ctx).load(key),
    );
  }

  async repliesOf(ctx: RequestContext, thread: { localId: string; communityId: string }, args: { first?: number; after?: string }): Promise<Connection<ReplyRow>> {
    const first = pageSize(args);
    const cursor = decodeCursor(args.after, TIME_ID_CURSOR);
    const moderator = await this.communities.moderates(ctx, thread.communityId);
    const rows = await this.loaders.repliesPage(ctx).load({
      threadId: thread.localId,
      moderator,
      viewerId: ctx.memberId,
      limit: first + 1,
      after: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : null,
    });
    for (const { author, ...row } of rows) {
      this.loaders.replyById(ctx).prime(row.id, row);
      // The page brought its authors along: Reply.author needs no further statement.
      this.authors.prime(ctx, row.community_id, author);
    }
    return toConnection(
      rows,
      first,
      cursor !== null,
      (row) => [row.created_at.toISOString(), row.id],
      ({ author: _author, ...row }) => row,
      () => this.loaders.repliesCount(ctx).load({ threadId: thread.localId, moderator, viewerId: ctx.memberId }),
    );
  }

  /** Whether editPost (action 'edit') or deletePost ('delete') would let the viewer change this reply. */
  viewerMayChangeReply(ctx: RequestContext, reply: { authorId: string | null; threadId: string; communityId: string; deleted: boolean }, action: 'edit' | 'delete'): Promise<boolean> {
    return this.policy.mayChangeReply(ctx, reply, action);
  }

  /** Whether editPost ('edit') or deletePost ('delete') would let the viewer change this thread. */
  viewerMayChangeThread(ctx: RequestContext, thread: { localId: string; authorId: string | null; communityId: string; deleted: boolean }, action: 'edit' | 'delete'): Promise<boolean> {
    return this.policy.mayChangeThread(ctx, thread, action);
  }

  /** Whether reply() would take the viewer's reply in this thread (the posting limits aside). */
  viewerMayReply(ctx: RequestContext, thread: { localId: string; communityId: string }): Promise<boolean> {
    return this.policy.mayReply(ctx, thread);
  }

  /** Whether acceptAnswer (or unacceptAnswer once accepted) would let the viewer choose this reply as the answer. */
  viewerMayAccept(ctx: RequestContext, reply: { threadId: string; communityId: string; deleted: boolean; hidden: boolean }): Promise<boolean> {
    return this.policy.mayAccept(ctx, reply);
  }

  /** Whether the viewer moderates this community (hide, lock, move… its threads): the moderation rule, asked without raising. */
  viewerModerates(ctx: RequestContext, communityId: string): Promise<boolean> {
    return this.communities.moderates(ctx, communityId);
  }

  /** A reply as this viewer may see it, or null (hidden from them, removed, missing). */
  async visibleReply(ctx: RequestContext, replyId: string | null, thread: { communityId: string }): Promise<ReplyRow | null> {
    if (!replyId) return null;
    const [reply, moderator] = await Promise.all([this.loaders.replyById(ctx).load(replyId), this.communities.moderates(ctx, thread.communityId)]);
    return reply && canSee(reply, ctx.memberId, moderator) ? reply : null;
  }

  async visibleThread(ctx: RequestContext, threadId: string): Promise<ThreadRow | null> {
    const [thread] = await this.policy.visibleThreads(ctx, [await this.loaders.threadById(ctx).load(threadId)]);
    return thread;
  }
}
