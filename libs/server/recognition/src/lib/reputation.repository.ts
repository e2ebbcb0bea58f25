import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { ReputationSource } from './recognition.rules';

export interface AnswerRow {
  thread_id: string;
  reply_id: string;
  community_id: string;
  reply_author_id: string;
  question_author_id: string | null;
  accepted_at: Date;
}

export interface CreditRow {
  idea_id: string;
  member_id: string;
  community_id: string;
  accepted_at: Date;
}

export interface MemberInCommunity {
  communityId: string;
  memberId: string;
}

/** The reputation ledger and balances, and the accepted answers and credits recognition has heard of. */
@Injectable()
export class ReputationRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Appends to the ledger and moves the balance in the same transaction. */
  async addPoints(tx: Db, entry: { communityId: string; memberId: string; source: ReputationSource; sourceId: string; points: number; now: Date }): Promise<void> {
    await tx.query(`INSERT INTO reputation_events (community_id, member_id, source, source_id, points, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      entry.communityId,
      entry.memberId,
      entry.source,
      entry.sourceId,
      entry.points,
      entry.now,
    ]);
    await tx.query(
      `INSERT INTO reputations (community_id, member_id, points) VALUES ($1, $2, $3)
       ON CONFLICT (community_id, member_id) DO UPDATE SET points = reputations.points + EXCLUDED.points`,
      [entry.communityId, entry.memberId, entry.points],
    );
  }

  /** One member's points in one community (0 without any); the source recognition registers with core's ReputationLookup. */
  async pointsIn(db: Db, communityId: string, memberId: string): Promise<number> {
    const rows: Array<{ points: number }> = await db.query(`SELECT points FROM reputations WHERE community_id = $1 AND member_id = $2`, [communityId, memberId]);
    return Number(rows[0]?.points ?? 0);
  }

  async pointsOf(keys: readonly MemberInCommunity[]): Promise<number[]> {
    if (keys.length === 0) return [];
    const rows: Array<{ key_index: string; points: number }> = await this.db.reader.query(
      `SELECT k.key_index, r.points FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(community_id, member_id, key_index)
         JOIN reputations r ON r.community_id = k.community_id AND r.member_id = k.member_id`,
      [keys.map((k) => k.communityId), keys.map((k) => k.memberId)],
    );
    const points = keys.map(() => 0);
    for (const row of rows) points[Number(row.key_index) - 1] = Number(row.points);
    return points;
  }

  /** The accepted answer of a thread, locked: accept and unaccept of one thread are serialised. */
  async lockAnswer(tx: Db, threadId: string): Promise<AnswerRow | null> {
    const rows: AnswerRow[] = await tx.query(`SELECT * FROM recognition_answers WHERE thread_id = $1 FOR UPDATE`, [threadId]);
    return rows[0] ?? null;
  }

  async insertAnswer(tx: Db, values: Omit<AnswerRow, 'accepted_at'> & { accepted_at: Date }): Promise<AnswerRow | null> {
    const rows: AnswerRow[] = await tx.query(
      `INSERT INTO recognition_answers (thread_id, reply_id, community_id, reply_author_id, question_author_id, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (thread_id) DO NOTHING RETURNING *`,
      [values.thread_id, values.reply_id, values.community_id, values.reply_author_id, values.question_author_id, values.accepted_at],
    );
    return rows[0] ?? null;
  }

  async deleteAnswer(tx: Db, threadId: string): Promise<AnswerRow | null> {
    const rows = await queryRows<AnswerRow>(tx, `DELETE FROM recognition_answers WHERE thread_id = $1 RETURNING *`, [threadId]);
    return rows[0] ?? null;
  }

  /** How many accepted answers a helper has in a community, and in how many distinct ISO weeks. */
  async answerStats(tx: Db, communityId: string, memberId: string): Promise<{ answers: number; weeks: number }> {
    const rows: Array<{ answers: string; weeks: string }> = await tx.query(
      `SELECT count(*) AS answers, count(DISTINCT date_trunc('week', accepted_at AT TIME ZONE 'UTC')) AS weeks
         FROM recognition_answers WHERE community_id = $1 AND reply_author_id = $2`,
      [communityId, memberId],
    );
    return { answers: Number(rows[0].answers), weeks: Number(rows[0].weeks) };
  }

  async insertCredit(tx: Db, values: CreditRow): Promise<CreditRow | null> {
    const rows: CreditRow[] = await tx.query(
      `INSERT INTO recognition_credits (idea_id, member_id, community_id, accepted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (idea_id, member_id) DO NOTHING RETURNING *`,
      [values.idea_id, values.member_id, values.community_id, values.accepted_at],
    );
    return rows[0] ?? null;
  }
}
