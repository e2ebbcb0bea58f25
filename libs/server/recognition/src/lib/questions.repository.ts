import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface QuestionRow {
  thread_id: string;
  community_id: string;
  asker_id: string | null;
  asked_at: Date;
  is_first_question: boolean;
  welcomed_by: string | null;
  answered_at: Date | null;
}

/** Questions as advice announced them through its events; recognition's own projection. */
@Injectable()
export class QuestionsRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** A question is a newcomer's first when its asker has asked none before in this community. */
  async insert(tx: Db, values: { threadId: string; communityId: string; askerId: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO recognition_questions (thread_id, community_id, asker_id, asked_at, is_first_question)
       VALUES ($1, $2, $3, $4, NOT EXISTS (SELECT 1 FROM recognition_questions WHERE community_id = $2 AND asker_id = $3))
       ON CONFLICT (thread_id) DO NOTHING`,
      [values.threadId, values.communityId, values.askerId, values.now],
    );
  }

  async markAnswered(tx: Db, threadId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE recognition_questions SET answered_at = $2 WHERE thread_id = $1 AND answered_at IS NULL`, [threadId, now]);
  }

  /** Records the first reply by someone else to a newcomer's first question; null if it is not that. */
  async welcome(tx: Db, threadId: string, replierId: string): Promise<QuestionRow | null> {
    const rows = await queryRows<QuestionRow>(
      tx,
      `UPDATE recognition_questions SET welcomed_by = $2
          WHERE thread_id = $1 AND is_first_question AND welcomed_by IS NULL AND answered_at IS NULL AND asker_id IS DISTINCT FROM $2
          RETURNING *`,
      [threadId, replierId],
    );
    return rows[0] ?? null;
  }

  async askerOf(tx: Db, threadId: string): Promise<string | null | undefined> {
    const rows: Array<{ asker_id: string | null }> = await tx.query(`SELECT asker_id FROM recognition_questions WHERE thread_id = $1`, [threadId]);
    return rows.length === 0 ? undefined : rows[0].asker_id;
  }

  async remove(tx: Db, threadId: string): Promise<void> {
    await tx.query(`DELETE FROM recognition_questions WHERE thread_id = $1`, [threadId]);
  }

  /**
   * Unanswered questions of others in a community: first those whose askers helped `memberId`
   * before (answered their questions or were thanked by them), then the longest waiting.
   */
  async suggestions(communityId: string, memberId: string, limit: number): Promise<Array<QuestionRow & { asker_helped_me: boolean }>> {
    return this.db.reader.query(
      `WITH helpers AS (
         SELECT reply_author_id AS member_id FROM recognition_answers WHERE community_id = $1 AND question_author_id = $2
         UNION SELECT receiver_id FROM kudos WHERE community_id = $1 AND giver_id = $2
       )
       SELECT q.*, coalesce(q.asker_id IN (SELECT member_id FROM helpers), false) AS asker_helped_me
         FROM recognition_questions q
        WHERE q.community_id = $1 AND q.answered_at IS NULL AND q.asker_id IS DISTINCT FROM $2
        ORDER BY asker_helped_me DESC, q.asked_at, q.thread_id
        LIMIT $3`,
      [communityId, memberId, limit],
    );
  }
}
