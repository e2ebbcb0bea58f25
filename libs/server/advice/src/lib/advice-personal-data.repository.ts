import { Injectable } from '@nestjs/common';
import { Clock, ContentChoice, Db, queryRows, scrubMentionsIn } from '@palabre/core';

/** Where people write free text in advice's tables : erasure rewrites mentions of the leaver there (rendered copies too). */
export const ADVICE_MENTION_COLUMNS: readonly string[] = ['threads.title', 'threads.body', 'threads.body_html', 'replies.body', 'replies.body_html', 'post_revisions.title', 'post_revisions.body', 'thread_duplicates.reason', 'space_response_commitments.text'];

/** The SQL of advice's personal-data provider: what the member's export reads and what erasure changes. */
@Injectable()
export class AdvicePersonalDataRepository {
  constructor(private readonly clock: Clock) {}

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const threads = await queryRows(
      db,
      `SELECT id, kind, title, body, tags, created_at AS "createdAt", updated_at AS "updatedAt" FROM threads
        WHERE author_id = $1 AND removed_at IS NULL AND deleted_at IS NULL ORDER BY created_at, id`,
      [memberId],
    );
    const replies = await queryRows(
      db,
      `SELECT r.id, r.thread_id AS "threadId", r.body, r.created_at AS "createdAt", r.updated_at AS "updatedAt" FROM replies r
        WHERE r.author_id = $1 AND r.removed_at IS NULL AND r.deleted_at IS NULL ORDER BY r.created_at, r.id`,
      [memberId],
    );
    const revisions = await queryRows(
      db,
      `SELECT pr.post_kind AS "postKind", pr.post_id AS "postId", pr.title, pr.body, pr.edited_at AS "editedAt" FROM post_revisions pr
        WHERE pr.post_id IN (SELECT id FROM threads WHERE author_id = $1 UNION ALL SELECT id FROM replies WHERE author_id = $1)
        ORDER BY pr.edited_at, pr.id`,
      [memberId],
    );
    return { threads, replies, revisions };
  }

  /**
   * ANONYMISE keeps posts under the tombstone author. DELETE removes them as deletePost does:
   * what others replied to stays as an emptied "deleted by its author" placeholder, the rest goes,
   * and reply counters are corrected in the same transaction.
   */
  async erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    await tx.query(`UPDATE space_response_commitments SET updated_by = NULL WHERE updated_by = $1`, [memberId]);
    if (choice !== 'DELETE') return;
    const now = this.clock.now();
    await tx.query(
      `DELETE FROM post_revisions WHERE post_id IN (SELECT id FROM threads WHERE author_id = $1 UNION ALL SELECT id FROM replies WHERE author_id = $1)`,
      [memberId],
    );
    await tx.query(`UPDATE threads SET accepted_reply_id = NULL WHERE accepted_reply_id IN (SELECT id FROM replies WHERE author_id = $1)`, [memberId]);
    await tx.query(
      `UPDATE replies r SET body = '', body_html = '', deleted_at = coalesce(r.deleted_at, $2), updated_at = $2
        WHERE r.author_id = $1 AND EXISTS (SELECT 1 FROM replies a WHERE a.in_reply_to_id = r.id)`,
      [memberId, now],
    );
    await tx.query(
      `WITH gone AS (DELETE FROM replies r WHERE r.author_id = $1 AND NOT EXISTS (SELECT 1 FROM replies a WHERE a.in_reply_to_id = r.id) RETURNING thread_id)
       UPDATE threads t SET reply_count = t.reply_count - g.n FROM (SELECT thread_id, count(*)::int AS n FROM gone GROUP BY thread_id) g WHERE t.id = g.thread_id`,
      [memberId],
    );
    await tx.query(
      `UPDATE threads SET title = '(deleted by its author)', body = '', body_html = '', tags = '{}', deleted_at = coalesce(deleted_at, $2), updated_at = $2
        WHERE author_id = $1 AND reply_count > 0`,
      [memberId, now],
    );
    await tx.query(`DELETE FROM threads WHERE author_id = $1 AND reply_count = 0`, [memberId]);
  }

  /** Mentions of an erased member in what others wrote (source and rendered copy) name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    await scrubMentionsIn(tx, ADVICE_MENTION_COLUMNS, pattern, label);
  }
}
