import { Injectable } from '@nestjs/common';
import { Db, rawSql, runSql, sql, SqlFragment, sqlParam, TransactionRunner, visibleSql } from '@palabre/core';
import { AuthorColumns, authorColumnsSql } from '@palabre/communities';
import type { ThreadKind, ThreadOrder } from './advice.enums';
import { CommitmentRow, groupKeys, prefixed, RevisionRow, THREAD_COLUMNS, THREAD_SUMMARY_COLUMNS, ThreadPageRow, ThreadRow, ThreadSummaryRow } from './advice.rows';

export interface ThreadsFilterValues {
  kind: ThreadKind | null;
  tag: string | null;
  unanswered: boolean;
  overdue: boolean;
}

/** One page of threads of one space, for one viewer. Keys of one request share viewerId and now. */
export interface ThreadsPageKey {
  spaceId: string;
  /** The viewer moderates this space's community: hidden threads stay in the list for them. */
  moderator: boolean;
  viewerId: string | null;
  limit: number;
  order: ThreadOrder;
  filter: ThreadsFilterValues;
  /** `pinAt` is the pin time when the page ended on a pinned thread, else null. */
  after: { pinAt: string | null; n: number; at: string; id: string } | null;
  now: Date;
}

/** Sort columns (all descending) and the cursor comparison of each order; cursors always carry [n, at, id]. */
const ORDER_KEYS: Record<ThreadOrder, { orderBy: string; after: string }> = {
  LATEST_ACTIVITY: { orderBy: 't.last_activity_at DESC, t.id DESC', after: '(t.last_activity_at, t.id) < (k.after_at, k.after_id)' },
  NEWEST: { orderBy: 't.created_at DESC, t.id DESC', after: '(t.created_at, t.id) < (k.after_at, k.after_id)' },
  MOST_REPLIED: { orderBy: 't.reply_count DESC, t.last_activity_at DESC, t.id DESC', after: '(t.reply_count, t.last_activity_at, t.id) < (k.after_n, k.after_at, k.after_id)' },
};

/** Sort keys of a thread row for `order`: what the page cursor encodes. */
export function threadSortKey(row: ThreadSummaryRow, order: ThreadOrder): { n: number; at: string; id: string } {
  return {
    n: order === 'MOST_REPLIED' ? row.reply_count : 0,
    at: (order === 'NEWEST' ? row.created_at : row.last_activity_at).toISOString(),
    id: row.id,
  };
}

/** SQL for threads, revisions and response commitments (replies live in RepliesRepository, search in SearchRepository). */
@Injectable()
export class AdviceRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async findThreadsByIds(ids: readonly string[], db: Db = this.reader): Promise<ThreadRow[]> {
    if (ids.length === 0) return [];
    return db.query(`SELECT ${THREAD_COLUMNS} FROM threads WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * findThreadsByIds with each thread's author and their role (authorColumnsSql): every thread page, reply and thread
   * access reads it. Generic plan: PostgreSQL never chose it by itself (0 generic of 8 executions: `id = ANY($1)` is
   * estimated at 10 rows) and planned 0.23 ms for 0.06 ms of execution; generic, 0.03 + 0.12 ms, the same primary-key lookup.
   */
  async findThreadsWithAuthors(ids: readonly string[]): Promise<Array<ThreadRow & AuthorColumns>> {
    if (ids.length === 0) return [];
    return this.db.genericPlanReader.query(`SELECT t.*, ${authorColumnsSql('t.community_id', 't.author_id')} FROM (SELECT ${THREAD_COLUMNS} FROM threads WHERE id = ANY($1::uuid[])) t`, [ids]);
  }

  /** The bodies of threads read without them (lists), for a list that asks for them. */
  async findThreadBodies(ids: readonly string[]): Promise<Array<Pick<ThreadRow, 'id' | 'body' | 'body_html'>>> {
    if (ids.length === 0) return [];
    return this.reader.query(`SELECT id, body, body_html FROM threads WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * The latest threads each member started in each community that everyone there may read (not hidden,
   * removed or deleted), newest first: what their public profile shows. One statement for every key.
   */
  async recentPublicThreads(keys: ReadonlyArray<{ communityId: string; memberId: string; limit: number }>): Promise<ThreadSummaryRow[][]> {
    if (keys.length === 0) return [];
    const rows: Array<ThreadSummaryRow & { key_index: string }> = await this.reader.query(
      `SELECT page.*, k.key_index FROM unnest($1::uuid[], $2::uuid[], $3::int[]) WITH ORDINALITY AS k(community_id, member_id, size, key_index)
         CROSS JOIN LATERAL (
           SELECT ${prefixed(THREAD_SUMMARY_COLUMNS, 't')} FROM threads t
            WHERE t.community_id = k.community_id AND t.author_id = k.member_id
              AND t.removed_at IS NULL AND t.hidden_at IS NULL AND t.deleted_at IS NULL
            ORDER BY t.created_at DESC, t.id DESC LIMIT k.size) page`,
      [keys.map((key) => key.communityId), keys.map((key) => key.memberId), keys.map((key) => key.limit)],
    );
    const pages: ThreadSummaryRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) pages[Number(key_index) - 1]!.push(row);
    return pages;
  }

  async spaceHasThreads(spaceId: string): Promise<boolean> {
    const rows: unknown[] = await this.reader.query(`SELECT 1 FROM threads WHERE space_id = $1 LIMIT 1`, [spaceId]);
    return rows.length > 0;
  }

  async lockThread(tx: Db, id: string): Promise<ThreadRow | null> {
    const rows: ThreadRow[] = await tx.query(`SELECT ${THREAD_COLUMNS} FROM threads WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async insertThread(
    tx: Db,
    values: { spaceId: string; communityId: string; authorId: string; kind: ThreadKind; title: string; body: string; bodyHtml: string; tags: string[]; searchConfig: string; expectedFirstResponseAt: Date | null; now: Date },
  ): Promise<ThreadRow> {
    const rows: ThreadRow[] = await tx.query(
      `INSERT INTO threads (space_id, community_id, author_id, kind, title, body, body_html, tags, search_config, expected_first_response_at, last_activity_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::regconfig, $10, $11, $11, $11) RETURNING ${THREAD_COLUMNS}`,
      [values.spaceId, values.communityId, values.authorId, values.kind, values.title, values.body, values.bodyHtml, values.tags, values.searchConfig, values.expectedFirstResponseAt, values.now],
    );
    return rows[0];
  }

  async updateThreadContent(tx: Db, id: string, values: { title: string; body: string; bodyHtml: string; now: Date }): Promise<void> {
    await tx.query(`UPDATE threads SET title = $2, body = $3, body_html = $4, updated_at = $5 WHERE id = $1`, [id, values.title, values.body, values.bodyHtml, values.now]);
  }

  async insertRevision(tx: Db, values: { postKind: 'THREAD' | 'REPLY'; postId: string; title: string | null; body: string; editedAt: Date }): Promise<void> {
    await tx.query(`INSERT INTO post_revisions (post_kind, post_id, title, body, edited_at) VALUES ($1, $2, $3, $4, $5)`, [values.postKind, values.postId, values.title, values.body, values.editedAt]);
  }

  async revisionsOf(postIds: readonly string[]): Promise<RevisionRow[]> {
    if (postIds.length === 0) return [];
    return this.reader.query(`SELECT post_id, title, body, edited_at FROM post_revisions WHERE post_id = ANY($1::uuid[]) ORDER BY edited_at DESC, id DESC`, [postIds]);
  }

  /** The author's content goes; a placeholder row stays so the replies keep their context. */
  async markThreadDeleted(tx: Db, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE threads SET body = '', body_html = '', tags = '{}', deleted_at = $2, updated_at = $2 WHERE id = $1`, [id, now]);
    await tx.query(`DELETE FROM post_revisions WHERE post_id = $1`, [id]);
  }

  async deleteThread(tx: Db, id: string): Promise<void> {
    await tx.query(`DELETE FROM post_revisions WHERE post_id = $1 OR post_id IN (SELECT id FROM replies WHERE thread_id = $1)`, [id]);
    await tx.query(`DELETE FROM threads WHERE id = $1`, [id]);
  }

  async setAcceptedReply(tx: Db, threadId: string, replyId: string | null): Promise<void> {
    await tx.query(`UPDATE threads SET accepted_reply_id = $2 WHERE id = $1`, [threadId, replyId]);
  }

  async commitmentsOf(spaceIds: readonly string[]): Promise<CommitmentRow[]> {
    if (spaceIds.length === 0) return [];
    return this.reader.query(`SELECT space_id, hours, text FROM space_response_commitments WHERE space_id = ANY($1::uuid[])`, [spaceIds]);
  }

  async findCommitment(db: Db, spaceId: string): Promise<CommitmentRow | null> {
    const rows: CommitmentRow[] = await db.query(`SELECT space_id, hours, text FROM space_response_commitments WHERE space_id = $1`, [spaceId]);
    return rows[0] ?? null;
  }

  async saveCommitment(tx: Db, values: { spaceId: string; hours: number | null; text: string; memberId: string; now: Date }): Promise<void> {
    if (values.hours === null) {
      await tx.query(`DELETE FROM space_response_commitments WHERE space_id = $1`, [values.spaceId]);
      return;
    }
    await tx.query(
      `INSERT INTO space_response_commitments (space_id, hours, text, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (space_id) DO UPDATE SET hours = EXCLUDED.hours, text = EXCLUDED.text, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [values.spaceId, values.hours, values.text, values.memberId, values.now],
    );
  }

  /** Time to first response of the space's questions asked since `since`. */
  async firstResponseStats(db: Db, spaceId: string, since: Date): Promise<{ samples: number; medianSeconds: number | null }> {
    const rows: Array<{ samples: number; median_seconds: number | null }> = await db.query(
      `SELECT count(*)::int AS samples, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at)) AS median_seconds
         FROM threads
        WHERE space_id = $1 AND kind = 'QUESTION' AND first_response_at IS NOT NULL AND created_at >= $2 AND removed_at IS NULL`,
      [spaceId, since],
    );
    return { samples: rows[0]?.samples ?? 0, medianSeconds: rows[0]?.median_seconds === null || rows[0]?.median_seconds === undefined ? null : Number(rows[0].median_seconds) };
  }

  /**
   * One page of threads per key; one statement per distinct (order, filter, size) of a request.
   * Pinned threads come first, oldest pin first (as moderation lists them), then the rest in `order`.
   */
  async threadsPages(keys: readonly ThreadsPageKey[]): Promise<ThreadPageRow[][]> {
    const pages: ThreadPageRow[][] = keys.map(() => []);
    for (const group of groupKeys(keys, (key) => JSON.stringify([key.order, key.filter, key.limit, key.viewerId, key.now.toISOString()]))) {
      const { order, filter, limit, viewerId, now } = group[0].key;
      const sort = ORDER_KEYS[order];
      const [orderBy, after] = [rawSql(sort.orderBy), rawSql(sort.after)];
      const columns = rawSql(prefixed(THREAD_SUMMARY_COLUMNS, 't'));
      const visible = visibleSql('t', sql`${sqlParam(viewerId)}::uuid`, sql`k.moderator`);
      const filtered = threadFilterSql('t', filter, now);
      const size = sqlParam(limit);
      // Generic plan: the same index scans whatever the values, without planning 3 KB of SQL per request.
      const rows = await runSql<Omit<ThreadPageRow, 'author'> & AuthorColumns & { key_index: string }>(
        this.db.genericPlanReader,
        sql`SELECT page.*, k.key_index, ${rawSql(authorColumnsSql('page.community_id', 'page.author_id'))} FROM
           unnest(${group.map(({ key }) => key.spaceId)}::uuid[], ${group.map(({ key }) => key.moderator)}::boolean[], ${group.map(({ key }) => key.after?.n ?? null)}::bigint[],
                  ${group.map(({ key }) => key.after?.at ?? null)}::timestamptz[], ${group.map(({ key }) => key.after?.id ?? null)}::uuid[], ${group.map(({ key }) => key.after?.pinAt ?? null)}::timestamptz[])
             WITH ORDINALITY AS k(space_id, moderator, after_n, after_at, after_id, after_pin_at, key_index)
           CROSS JOIN LATERAL (
             -- Pinned threads (thread_pins) come before all others, by pin time then id;
             -- unpinned ones follow in the list's order. A cursor on a pinned thread carries its pin
             -- time: after it come later pins and every unpinned thread; after an unpinned one, only
             -- unpinned ones. Both parts are read apart, each in its index order and limited, then
             -- merged: one sort over the join of all the space's threads with their pins uses no index.
             SELECT t.* FROM (
               (SELECT ${columns}, p.pinned_at FROM thread_pins p
                  JOIN threads t ON t.id = p.thread_id AND t.space_id = p.space_id
                 WHERE p.space_id = k.space_id
                   AND ${visible}
                   AND ${filtered}
                   AND (k.after_id IS NULL OR (k.after_pin_at IS NOT NULL AND (p.pinned_at, t.id) > (k.after_pin_at, k.after_id)))
                 ORDER BY p.pinned_at, t.id
                 LIMIT ${size})
               UNION ALL
               (SELECT ${columns}, NULL::timestamptz AS pinned_at FROM threads t
                 WHERE t.space_id = k.space_id
                   AND ${visible}
                   AND ${filtered}
                   AND NOT EXISTS (SELECT 1 FROM thread_pins p WHERE p.thread_id = t.id AND p.space_id = t.space_id)
                   AND (k.after_id IS NULL OR k.after_pin_at IS NOT NULL OR ${after})
                 ORDER BY ${orderBy}
                 LIMIT ${size})
             ) t
             ORDER BY (t.pinned_at IS NULL), t.pinned_at, CASE WHEN t.pinned_at IS NOT NULL THEN t.id END, ${orderBy}
             LIMIT ${size}
           ) page`,
      );
      for (const { key_index, author_member, author_role, ...row } of rows) pages[group[Number(key_index) - 1].index].push({ ...row, author: { author_member, author_role } });
    }
    return pages;
  }

  async countThreads(keys: readonly ThreadsPageKey[]): Promise<number[]> {
    const counts = keys.map(() => 0);
    for (const group of groupKeys(keys, (key) => JSON.stringify([key.filter, key.viewerId, key.now.toISOString()]))) {
      const { filter, viewerId, now } = group[0].key;
      const rows = await runSql<{ key_index: string; count: string }>(
        this.reader,
        sql`SELECT k.key_index, (SELECT count(*) FROM threads t WHERE t.space_id = k.space_id AND ${visibleSql('t', sql`${viewerId}::uuid`, sql`k.moderator`)} AND ${threadFilterSql('t', filter, now)}) AS count
           FROM unnest(${group.map(({ key }) => key.spaceId)}::uuid[], ${group.map(({ key }) => key.moderator)}::boolean[]) WITH ORDINALITY AS k(space_id, moderator, key_index)`,
      );
      for (const row of rows) counts[group[Number(row.key_index) - 1].index] = Number(row.count);
    }
    return counts;
  }
}

/** The list filters of a threads page, over the thread aliased `alias`; each value is sent once. */
function threadFilterSql(alias: string, filter: ThreadsFilterValues, now: Date): SqlFragment {
  const t = rawSql(alias);
  const [kind, tag, unansweredOnly, overdueOnly, at] = [filter.kind, filter.tag, filter.unanswered, filter.overdue, now].map(sqlParam);
  const unanswered = sql`${t}.kind = 'QUESTION' AND ${t}.first_response_at IS NULL AND ${t}.deleted_at IS NULL`;
  return sql`(${kind}::text IS NULL OR ${t}.kind = ${kind}::text)
      AND (${tag}::text IS NULL OR ${t}.tags @> ARRAY[${tag}::text])
      AND (NOT ${unansweredOnly}::boolean OR (${unanswered}))
      AND (NOT ${overdueOnly}::boolean OR (${unanswered} AND ${t}.accepted_reply_id IS NULL AND ${t}.expected_first_response_at < ${at}::timestamptz))`;
}
