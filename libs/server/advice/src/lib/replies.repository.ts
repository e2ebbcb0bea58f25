import { Injectable } from '@nestjs/common';
import { Db, rawSql, runSql, sql, SqlFragment, sqlParam, TransactionRunner, visibleSql } from '@palabre/core';
import { AuthorColumns, authorColumnsSql } from '@palabre/communities';
import { groupKeys, prefixed, REPLY_COLUMNS, ReplyRow, ReplyWithAuthor, ThreadRow } from './advice.rows';

/**
 * What insertReplyChecked's statement answers: the write check's row as JSON, the reply's columns (all null when
 * nothing was inserted: the thread was locked, deleted or gone) and the caller's extra columns (`prefetch_`…).
 */
type CheckedReplyRow = { gate: Record<string, unknown>; id: string | null } & Omit<ReplyRow, 'id'> & { [column: `prefetch_${string}`]: unknown };

const isExtraColumn = (column: string): column is `prefetch_${string}` => column.startsWith('prefetch_');

export interface RepliesPageKey {
  threadId: string;
  moderator: boolean;
  viewerId: string | null;
  limit: number;
  after: { at: string; id: string } | null;
}

/** SQL for replies: the reply write path (insert and count, edit, delete) and the pages of a thread. */
@Injectable()
export class RepliesRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async findRepliesByIds(ids: readonly string[], db: Db = this.reader): Promise<ReplyRow[]> {
    if (ids.length === 0) return [];
    return db.query(`SELECT ${REPLY_COLUMNS} FROM replies WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async lockReply(tx: Db, id: string): Promise<ReplyRow | null> {
    const rows: ReplyRow[] = await tx.query(`SELECT ${REPLY_COLUMNS} FROM replies WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Inserts a reply and counts it on its thread in one statement; the first reply by someone else is the
   * first response. The counting UPDATE takes the thread's row lock (ordering replies with moderation,
   * keeping reply_count exact) and writes nothing when the thread is locked or deleted by then: null.
   */
  async insertReply(
    tx: Db,
    values: { thread: ThreadRow; authorId: string; body: string; bodyHtml: string; inReplyToId: string | null; searchConfig: string; byStaff: boolean; now: Date },
  ): Promise<ReplyRow | null> {
    const rows: ReplyRow[] = await tx.query(
      `WITH counted AS (
         UPDATE threads SET reply_count = reply_count + 1, last_activity_at = $9,
                first_response_at = CASE WHEN $10::boolean AND first_response_at IS NULL THEN $9 ELSE first_response_at END,
                staff_responded = staff_responded OR $11::boolean
          WHERE id = $1 AND locked_at IS NULL AND deleted_at IS NULL
         RETURNING id
       )
       INSERT INTO replies (thread_id, space_id, community_id, author_id, body, body_html, in_reply_to_id, search_config, created_at, updated_at)
       SELECT counted.id, $2, $3, $4, $5, $6, $7, $8::regconfig, $9, $9 FROM counted RETURNING ${REPLY_COLUMNS}`,
      [
        values.thread.id,
        values.thread.space_id,
        values.thread.community_id,
        values.authorId,
        values.body,
        values.bodyHtml,
        values.inReplyToId,
        values.searchConfig,
        values.now,
        values.thread.author_id !== values.authorId,
        values.byStaff,
      ],
    );
    return rows[0] ?? null;
  }

  /**
   * insertReply with the posting checks in the same statement (WriteGate.postCheckInStatement): its CTEs run first (the
   * post log), then the thread's counting UPDATE and the INSERT. Gives the reply (null when the thread is locked, deleted
   * or gone), the `gate` row as JSON, for the check's verify, and `extraColumns`' values.
   */
  async insertReplyChecked(
    tx: Db,
    values: { thread: ThreadRow; authorId: string; body: string; bodyHtml: string; inReplyToId: string | null; searchConfig: string; byStaff: boolean; now: Date },
    checks: SqlFragment,
    extraColumns: SqlFragment = sql``,
  ): Promise<{ reply: ReplyRow | null; gate: Record<string, unknown>; extra: Record<string, unknown> }> {
    const now = sqlParam(values.now);
    const [row] = await runSql<CheckedReplyRow>(
      tx,
      sql`WITH ${checks},
       counted AS (
         UPDATE threads SET reply_count = reply_count + 1, last_activity_at = ${now},
                first_response_at = CASE WHEN ${values.thread.author_id !== values.authorId}::boolean AND first_response_at IS NULL THEN ${now} ELSE first_response_at END,
                staff_responded = staff_responded OR ${values.byStaff}::boolean
          WHERE id = ${values.thread.id} AND locked_at IS NULL AND deleted_at IS NULL
         RETURNING id
       ),
       inserted AS (
         INSERT INTO replies (thread_id, space_id, community_id, author_id, body, body_html, in_reply_to_id, search_config, created_at, updated_at)
         SELECT counted.id, ${values.thread.space_id}::uuid, ${values.thread.community_id}::uuid, ${values.authorId}::uuid, ${values.body}, ${values.bodyHtml}, ${values.inReplyToId}::uuid, ${values.searchConfig}::regconfig, ${now}, ${now}
           FROM counted RETURNING ${rawSql(REPLY_COLUMNS)}
       )
       SELECT (SELECT to_jsonb(gate) FROM gate) AS gate, inserted.*${extraColumns} FROM (SELECT 1) one LEFT JOIN inserted ON true`,
    );
    const { gate, id, ...columns } = row;
    // The extra columns go to `extra` only: the reply keeps its own columns.
    const extra: Record<string, unknown> = {};
    for (const column of Object.keys(columns)) {
      if (!isExtraColumn(column)) continue;
      extra[column] = columns[column];
      delete columns[column];
    }
    return { reply: id === null ? null : { ...columns, id }, gate, extra };
  }

  async updateReplyContent(tx: Db, id: string, values: { body: string; bodyHtml: string; now: Date }): Promise<void> {
    await tx.query(`UPDATE replies SET body = $2, body_html = $3, updated_at = $4 WHERE id = $1`, [id, values.body, values.bodyHtml, values.now]);
  }

  async markReplyDeleted(tx: Db, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE replies SET body = '', body_html = '', deleted_at = $2, updated_at = $2 WHERE id = $1`, [id, now]);
    await tx.query(`DELETE FROM post_revisions WHERE post_id = $1`, [id]);
  }

  /** Removes the reply and uncounts it, in one transaction. */
  async deleteReply(tx: Db, reply: ReplyRow): Promise<void> {
    await tx.query(`DELETE FROM post_revisions WHERE post_id = $1`, [reply.id]);
    const deleted: unknown[] = await tx.query(`DELETE FROM replies WHERE id = $1 RETURNING 1`, [reply.id]);
    if (deleted.length > 0) await tx.query(`UPDATE threads SET reply_count = reply_count - 1 WHERE id = $1`, [reply.thread_id]);
  }

  async hasAnswers(db: Db, replyId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM replies WHERE in_reply_to_id = $1 LIMIT 1`, [replyId]);
    return rows.length > 0;
  }

  /**
   * One page of replies per thread, in one statement, each with its author and their role in the
   * community (so a thread page does not need another round for the reply authors).
   */
  async repliesPages(keys: readonly RepliesPageKey[]): Promise<ReplyWithAuthor[][]> {
    const pages: ReplyWithAuthor[][] = keys.map(() => []);
    for (const group of groupKeys(keys, (key) => JSON.stringify([key.viewerId]))) {
      // Generic plan: the thread's index range whatever the values (EXPLAIN: see TransactionRunner.genericPlanReader).
      const rows: Array<ReplyRow & AuthorColumns & { key_index: string }> = await this.db.genericPlanReader.query(
        `SELECT page.*, k.key_index, ${authorColumnsSql('page.community_id', 'page.author_id')}
           FROM unnest($1::uuid[], $2::boolean[], $3::int[], $4::timestamptz[], $5::uuid[]) WITH ORDINALITY AS k(thread_id, moderator, lim, after_at, after_id, key_index)
           CROSS JOIN LATERAL (
             SELECT ${prefixed(REPLY_COLUMNS, 'r')} FROM replies r
              WHERE r.thread_id = k.thread_id
                AND ${visibleSql('r', '$6::uuid', 'k.moderator')}
                AND (k.after_id IS NULL OR (r.created_at, r.id) > (k.after_at, k.after_id))
              ORDER BY r.created_at, r.id
              LIMIT k.lim
           ) page`,
        [
          group.map(({ key }) => key.threadId),
          group.map(({ key }) => key.moderator),
          group.map(({ key }) => key.limit),
          group.map(({ key }) => key.after?.at ?? null),
          group.map(({ key }) => key.after?.id ?? null),
          group[0].key.viewerId,
        ],
      );
      for (const { key_index, author_member, author_role, ...row } of rows) pages[group[Number(key_index) - 1].index].push({ ...row, author: { author_member, author_role } });
    }
    return pages;
  }

  async countReplies(keys: ReadonlyArray<{ threadId: string; moderator: boolean; viewerId: string | null }>): Promise<number[]> {
    const counts = keys.map(() => 0);
    for (const group of groupKeys(keys, (key) => JSON.stringify([key.viewerId]))) {
      const rows: Array<{ key_index: string; count: string }> = await this.reader.query(
        `SELECT k.key_index, (SELECT count(*) FROM replies r WHERE r.thread_id = k.thread_id AND ${visibleSql('r', '$3::uuid', 'k.moderator')}) AS count
           FROM unnest($1::uuid[], $2::boolean[]) WITH ORDINALITY AS k(thread_id, moderator, key_index)`,
        [group.map(({ key }) => key.threadId), group.map(({ key }) => key.moderator), group[0].key.viewerId],
      );
      for (const row of rows) counts[group[Number(row.key_index) - 1].index] = Number(row.count);
    }
    return counts;
  }

}
