import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '@palabre/core';
import type { MemberInCommunity } from './reputation.repository';

export interface ReciprocityRow {
  kudos_given: number;
  kudos_received: number;
  answers_given: number;
  answers_received: number;
  members_helped: number;
  helped_by: number;
  since: Date | null;
}

export interface ProfileRow {
  member_id: string;
  show_reciprocity: boolean;
  appear_on_recognition_board: boolean;
}

/** A board shows at most this many members (alphabetically). */
export const BOARD_SIZE = 100;

export interface BoardKey {
  communityId: string;
  start: Date;
  end: Date;
}

export interface BoardRow {
  member_id: string;
  kudos_received: number;
  accepted_answers: number;
  credits_accepted: number;
}

/** Reciprocity balances, profile choices, board settings and the monthly board. */
@Injectable()
export class ReciprocityRepository {
  constructor(private readonly db: TransactionRunner) {}

  /**
   * Balances for (community, member) pairs in one statement. A member "helped" someone whose
   * question they answered or who thanked them with kudos; "helped by" is the mirror.
   */
  async balances(keys: readonly MemberInCommunity[]): Promise<ReciprocityRow[]> {
    if (keys.length === 0) return [];
    const rows: Array<ReciprocityRow & { key_index: string }> = await this.db.reader.query(
      `SELECT k.key_index,
         (SELECT count(*) FROM kudos WHERE community_id = k.community_id AND giver_id = k.member_id)::int AS kudos_given,
         (SELECT count(*) FROM kudos WHERE community_id = k.community_id AND receiver_id = k.member_id)::int AS kudos_received,
         (SELECT count(*) FROM recognition_answers WHERE community_id = k.community_id AND reply_author_id = k.member_id)::int AS answers_given,
         (SELECT count(*) FROM recognition_answers WHERE community_id = k.community_id AND question_author_id = k.member_id)::int AS answers_received,
         (SELECT count(DISTINCT other) FROM (
             SELECT question_author_id AS other FROM recognition_answers WHERE community_id = k.community_id AND reply_author_id = k.member_id
             UNION ALL SELECT giver_id FROM kudos WHERE community_id = k.community_id AND receiver_id = k.member_id) helped
           WHERE other IS NOT NULL)::int AS members_helped,
         (SELECT count(DISTINCT other) FROM (
             SELECT reply_author_id AS other FROM recognition_answers WHERE community_id = k.community_id AND question_author_id = k.member_id
             UNION ALL SELECT receiver_id FROM kudos WHERE community_id = k.community_id AND giver_id = k.member_id) helpers)::int AS helped_by,
         (SELECT joined_at FROM memberships WHERE community_id = k.community_id AND member_id = k.member_id) AS since
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(community_id, member_id, key_index)
       ORDER BY k.key_index`,
      [keys.map((k) => k.communityId), keys.map((k) => k.memberId)],
    );
    return rows.map(({ key_index: _index, ...row }) => row);
  }

  /** Members who helped `memberId` in a community (answered their questions or were thanked by them). */
  async helpersOf(communityId: string, memberId: string): Promise<string[]> {
    const rows: Array<{ member_id: string }> = await this.db.reader.query(
      `SELECT reply_author_id AS member_id FROM recognition_answers WHERE community_id = $1 AND question_author_id = $2
       UNION SELECT receiver_id FROM kudos WHERE community_id = $1 AND giver_id = $2`,
      [communityId, memberId],
    );
    return rows.map((row) => row.member_id);
  }

  async profiles(memberIds: readonly string[]): Promise<ProfileRow[]> {
    if (memberIds.length === 0) return [];
    return this.db.reader.query(`SELECT member_id, show_reciprocity, appear_on_recognition_board FROM member_profiles WHERE member_id = ANY($1::uuid[])`, [memberIds]);
  }

  async saveProfile(tx: Db, memberId: string, change: { showReciprocity?: boolean; appearOnRecognitionBoard?: boolean }, now: Date): Promise<ProfileRow> {
    const rows: ProfileRow[] = await tx.query(
      `INSERT INTO member_profiles (member_id, show_reciprocity, appear_on_recognition_board, updated_at)
       VALUES ($1, coalesce($2, false), coalesce($3, false), $4)
       ON CONFLICT (member_id) DO UPDATE SET
         show_reciprocity = coalesce($2, member_profiles.show_reciprocity),
         appear_on_recognition_board = coalesce($3, member_profiles.appear_on_recognition_board),
         updated_at = $4
       RETURNING member_id, show_reciprocity, appear_on_recognition_board`,
      [memberId, change.showReciprocity ?? null, change.appearOnRecognitionBoard ?? null, now],
    );
    return rows[0];
  }

  async boardEnabled(communityIds: readonly string[]): Promise<boolean[]> {
    if (communityIds.length === 0) return [];
    const rows: Array<{ community_id: string; board_enabled: boolean }> = await this.db.reader.query(
      `SELECT community_id, board_enabled FROM recognition_settings WHERE community_id = ANY($1::uuid[])`,
      [communityIds],
    );
    const enabled = new Set(rows.filter((row) => row.board_enabled).map((row) => row.community_id));
    return communityIds.map((id) => enabled.has(id));
  }

  async setBoardEnabled(tx: Db, communityId: string, enabled: boolean, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO recognition_settings (community_id, board_enabled, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (community_id) DO UPDATE SET board_enabled = EXCLUDED.board_enabled, updated_at = EXCLUDED.updated_at`,
      [communityId, enabled, now],
    );
  }

  /**
   * The monthly board of each requested community in one statement: only members who opted in
   * and still belong to the community, alphabetically (a board of thanks, not a ranking).
   */
  async boards(keys: readonly BoardKey[]): Promise<BoardRow[][]> {
    if (keys.length === 0) return [];
    const rows: Array<BoardRow & { key_index: string }> = await this.db.reader.query(
      `SELECT k.key_index, s.member_id, s.kudos_received, s.accepted_answers, s.credits_accepted
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS k(community_id, start_at, end_at, key_index)
         CROSS JOIN LATERAL (
           SELECT acts.member_id, mb.handle, sum(acts.kudos)::int AS kudos_received, sum(acts.answers)::int AS accepted_answers, sum(acts.credits)::int AS credits_accepted
             FROM (
               SELECT receiver_id AS member_id, 1 AS kudos, 0 AS answers, 0 AS credits FROM kudos
                WHERE community_id = k.community_id AND created_at >= k.start_at AND created_at < k.end_at
               UNION ALL
               SELECT reply_author_id, 0, 1, 0 FROM recognition_answers
                WHERE community_id = k.community_id AND accepted_at >= k.start_at AND accepted_at < k.end_at
               UNION ALL
               SELECT member_id, 0, 0, 1 FROM recognition_credits
                WHERE community_id = k.community_id AND accepted_at >= k.start_at AND accepted_at < k.end_at
             ) acts
             JOIN member_profiles p ON p.member_id = acts.member_id AND p.appear_on_recognition_board
             JOIN memberships ms ON ms.community_id = k.community_id AND ms.member_id = acts.member_id
             JOIN members mb ON mb.id = acts.member_id
            GROUP BY acts.member_id, mb.handle
            ORDER BY lower(mb.handle)
            LIMIT ${BOARD_SIZE}
         ) s
        ORDER BY k.key_index, lower(s.handle)`,
      [keys.map((k) => k.communityId), keys.map((k) => k.start), keys.map((k) => k.end)],
    );
    const boards: BoardRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) boards[Number(key_index) - 1].push(row);
    return boards;
  }
}
