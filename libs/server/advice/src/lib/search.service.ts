import { Injectable } from '@nestjs/common';
import { SpaceKind } from '@palabre/contracts';
import { Connection, decodeCursor, pageSize, RequestContext, toConnection } from '@palabre/core';
import { CommunitiesPolicy } from '@palabre/communities';
import { AdviceLoaders } from './advice.loaders';
import type { ThreadRow } from './advice.rows';
import { MATCH_START, MATCH_STOP, SearchRepository, SearchRow } from './search.repository';
import { ReplyType, SearchHitType, SearchKind, ThreadType } from './advice.types';
import { searchConfigFor } from './advice.service';
import { synonymPairs } from './search-synonyms';

const SIMILAR_LIMIT = 5;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Snippets are plain text from PostgreSQL (Markdown made plain first): escaped here, with only the match markers turned into <mark>. */
export function snippetHtml(headline: string): string {
  return escapeHtml(headline).split(MATCH_START).join('<mark>').split(MATCH_STOP).join('</mark>');
}

/** Full-text search in a community's language, and duplicate detection while writing. */
@Injectable()
export class SearchService {
  constructor(
    private readonly repo: SearchRepository,
    private readonly loaders: AdviceLoaders,
    private readonly communities: CommunitiesPolicy,
  ) {}

  async search(ctx: RequestContext, input: { communityId: string; query: string; kinds: SearchKind[]; first?: number; after?: string }): Promise<Connection<SearchHitType>> {
    const { community, role } = await this.communities.requireVisibleCommunity(ctx, input.communityId);
    const first = pageSize(input);
    const cursor = decodeCursor(input.after, ['offset']);
    const offset = cursor ? Math.max(0, Math.floor(Number(cursor[0])) || 0) : 0;
    const values = {
      communityId: community.id,
      config: searchConfigFor(community.locale),
      query: input.query,
      kinds: [...new Set(input.kinds)],
      viewerId: ctx.memberId,
      moderator: this.communities.isModeratorRole(role),
      synonyms: synonymPairs(community.locale, input.query),
    };
    const rows = await this.repo.search({ ...values, offset, limit: first + 1 });
    const hits = await this.toHits(ctx, rows.slice(0, first));
    // Ranked results page by position: the cursor is the offset after the hit.
    const positions = new Map(hits.map((hit, index) => [hit, offset + index + 1]));
    const connection = toConnection(hits, first, cursor !== null, (hit) => [positions.get(hit) ?? 0], (hit) => hit, () => this.repo.countSearch(values));
    return { ...connection, pageInfo: { ...connection.pageInfo, hasNextPage: rows.length > first } };
  }

  async similarThreads(ctx: RequestContext, spaceId: string, text: string): Promise<ThreadRow[]> {
    const { community, role } = await this.communities.requireVisibleSpace(ctx, spaceId, SpaceKind.DISCUSSION);
    return this.repo.similarThreads({ spaceId, config: searchConfigFor(community.locale), text, viewerId: ctx.memberId, moderator: this.communities.isModeratorRole(role), limit: SIMILAR_LIMIT });
  }

  private async toHits(ctx: RequestContext, rows: SearchRow[]): Promise<SearchHitType[]> {
    const threads = this.loaders.threadById(ctx);
    for (const row of rows) threads.prime(row.thread.id, row.thread);
    const replies = await this.loaders.replyById(ctx).loadMany(rows.flatMap((row) => (row.reply_id ? [row.reply_id] : [])));
    const repliesById = new Map(replies.flatMap((reply) => (reply && !(reply instanceof Error) ? [[reply.id, reply] as const] : [])));
    return rows.map((row) => {
      const reply = row.reply_id ? repliesById.get(row.reply_id) : undefined;
      return Object.assign(new SearchHitType(), {
        kind: row.kind as SearchKind,
        rank: Number(row.rank),
        snippet: snippetHtml(row.snippet),
        thread: ThreadType.from(row.thread),
        reply: reply ? ReplyType.from(reply) : null,
      });
    });
  }
}
