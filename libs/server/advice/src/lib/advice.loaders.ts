import { Injectable } from '@nestjs/common';
import { groupByKeys, orderByKeys, RequestContext } from '@palabre/core';
import { AuthorsLoader } from '@palabre/communities';
import { AdviceRepository, ThreadsPageKey } from './advice.repository';
import type { CommitmentRow, ReplyRow, ReplyWithAuthor, RevisionRow, ThreadPageRow, ThreadRow, ThreadSummaryRow } from './advice.rows';
import { RepliesPageKey, RepliesRepository } from './replies.repository';

/**
 * Every value of the key, as one JSON array of primitives: JSON.stringify of the key object itself took
 * V8's slow path for the Date in it (~4 µs a request more).
 */
function threadsPageKey(key: ThreadsPageKey, limit: number, after: ThreadsPageKey['after']): string {
  const { filter } = key;
  return JSON.stringify([key.spaceId, key.moderator, key.viewerId, limit, key.order, filter.kind, filter.tag, filter.unanswered, filter.overdue, after?.pinAt, after?.n, after?.at, after?.id, key.now.getTime()]);
}

type RepliesCountKey = Pick<RepliesPageKey, 'threadId' | 'moderator' | 'viewerId'>;

/** Per-request DataLoaders for advice; every related or list field goes through one of these. */
@Injectable()
export class AdviceLoaders {
  constructor(
    private readonly repo: AdviceRepository,
    private readonly replies: RepliesRepository,
    private readonly authors: AuthorsLoader,
  ) {}

  /** Threads by id, each read with its author (primed: Thread.author of a thread page needs no statement). */
  threadById(ctx: RequestContext) {
    return ctx.loaders.get<string, ThreadRow | null>('advice.threadById', async (ids) => {
      const rows: ThreadRow[] = [];
      for (const { author_member, author_role, ...row } of await this.repo.findThreadsWithAuthors(ids)) {
        rows.push(row);
        this.authors.prime(ctx, row.community_id, { author_member, author_role });
      }
      return orderByKeys(ids, rows, (row) => row.id);
    });
  }

  /** Bodies of threads that came from a list (read without them). */
  threadBody(ctx: RequestContext) {
    return ctx.loaders.get<string, Pick<ThreadRow, 'id' | 'body' | 'body_html'> | null>('advice.threadBody', async (ids) => orderByKeys(ids, await this.repo.findThreadBodies(ids), (row) => row.id));
  }

  recentPublicThreads(ctx: RequestContext) {
    return ctx.loaders.get<{ communityId: string; memberId: string; limit: number }, ThreadSummaryRow[]>('advice.recentPublicThreads', (keys) => this.repo.recentPublicThreads(keys), {
      cacheKeyFn: (key) => `${key.communityId}:${key.memberId}:${key.limit}`,
    });
  }

  replyById(ctx: RequestContext) {
    return ctx.loaders.get<string, ReplyRow | null>('advice.replyById', async (ids) => orderByKeys(ids, await this.replies.findRepliesByIds(ids), (row) => row.id));
  }

  threadsPage(ctx: RequestContext) {
    return ctx.loaders.get<ThreadsPageKey, ThreadPageRow[]>('advice.threadsPage', (keys) => this.repo.threadsPages(keys), { cacheKeyFn: (key) => threadsPageKey(key, key.limit, key.after) });
  }

  threadsCount(ctx: RequestContext) {
    return ctx.loaders.get<ThreadsPageKey, number>('advice.threadsCount', (keys) => this.repo.countThreads(keys), { cacheKeyFn: (key) => threadsPageKey(key, 0, null) });
  }

  repliesPage(ctx: RequestContext) {
    return ctx.loaders.get<RepliesPageKey, ReplyWithAuthor[]>('advice.repliesPage', (keys) => this.replies.repliesPages(keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  }

  repliesCount(ctx: RequestContext) {
    return ctx.loaders.get<RepliesCountKey, number>('advice.repliesCount', (keys) => this.replies.countReplies(keys), { cacheKeyFn: (key) => JSON.stringify([key.threadId, key.moderator, key.viewerId]) });
  }

  revisions(ctx: RequestContext) {
    return ctx.loaders.get<string, RevisionRow[]>('advice.revisions', async (ids) => groupByKeys(ids, await this.repo.revisionsOf(ids), (row) => row.post_id));
  }

  commitment(ctx: RequestContext) {
    return ctx.loaders.get<string, CommitmentRow | null>('advice.commitment', async (ids) => orderByKeys(ids, await this.repo.commitmentsOf(ids), (row) => row.space_id));
  }
}
