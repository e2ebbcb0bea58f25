import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface SavedReplyRow {
  id: string;
  community_id: string;
  title: string;
  reply_text: string;
  created_at: Date;
  updated_at: Date;
}

/** The most saved replies a community keeps: the duplicate check reads them all. */
export const MAX_SAVED_REPLIES = 200;

/** SQL for the brand team's saved replies. */
@Injectable()
export class SavedRepliesRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** By title; also what moderation's duplicate limit compares a staff post with. */
  ofCommunity(db: Db, communityId: string): Promise<SavedReplyRow[]> {
    return queryRows<SavedReplyRow>(db, `SELECT * FROM saved_replies WHERE community_id = $1 ORDER BY title, id LIMIT ${MAX_SAVED_REPLIES}`, [communityId]);
  }

  async find(id: string): Promise<SavedReplyRow | null> {
    return (await queryRows<SavedReplyRow>(this.db.reader, `SELECT * FROM saved_replies WHERE id = $1`, [id]))[0] ?? null;
  }

  async count(tx: Db, communityId: string): Promise<number> {
    return (await queryRows<{ n: number }>(tx, `SELECT count(*)::int AS n FROM saved_replies WHERE community_id = $1`, [communityId]))[0].n;
  }

  /** Null when the title is taken in the community. */
  async insert(tx: Db, values: { communityId: string; title: string; text: string; now: Date }): Promise<SavedReplyRow | null> {
    const rows = await queryRows<SavedReplyRow>(
      tx,
      `INSERT INTO saved_replies (community_id, title, reply_text, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (community_id, title) DO NOTHING RETURNING *`,
      [values.communityId, values.title, values.text, values.now],
    );
    return rows[0] ?? null;
  }

  /** Null when another saved reply of the community has this title. */
  async update(tx: Db, values: { id: string; title: string; text: string; now: Date }): Promise<SavedReplyRow | null> {
    const rows = await queryRows<SavedReplyRow>(
      tx,
      `UPDATE saved_replies s SET title = $2, reply_text = $3, updated_at = $4
        WHERE s.id = $1 AND NOT EXISTS (SELECT 1 FROM saved_replies o WHERE o.community_id = s.community_id AND o.title = $2 AND o.id <> s.id)
        RETURNING *`,
      [values.id, values.title, values.text, values.now],
    );
    return rows[0] ?? null;
  }

  async delete(tx: Db, id: string): Promise<boolean> {
    return (await queryRows(tx, `DELETE FROM saved_replies WHERE id = $1 RETURNING id`, [id])).length > 0;
  }
}
