import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface DraftRow {
  id: string;
  member_id: string;
  community_id: string;
  place_type: 'Space' | 'Thread' | 'Idea';
  place_id: string;
  title: string | null;
  body: string;
  created_at: Date;
  updated_at: Date;
}

export interface DraftPlace {
  type: DraftRow['place_type'];
  id: string;
}

/** The only place that writes SQL for drafts (posting deletes them through the drafts migration's triggers). */
@Injectable()
export class DraftsRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** One draft per member and place: saving again replaces it. */
  async save(values: { memberId: string; communityId: string; place: DraftPlace; title: string | null; body: string; now: Date }): Promise<DraftRow> {
    const rows: DraftRow[] = await this.db.run((tx) =>
      tx.query(
        `INSERT INTO drafts (member_id, community_id, place_type, place_id, title, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (member_id, place_type, place_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
         RETURNING *`,
        [values.memberId, values.communityId, values.place.type, values.place.id, values.title, values.body, values.now],
      ),
    );
    return rows[0];
  }

  async find(memberId: string, place: DraftPlace): Promise<DraftRow | null> {
    const rows: DraftRow[] = await this.db.reader.query(`SELECT * FROM drafts WHERE member_id = $1 AND place_type = $2 AND place_id = $3`, [memberId, place.type, place.id]);
    return rows[0] ?? null;
  }

  async ofMember(memberId: string, limit: number, db: Db = this.db.reader): Promise<DraftRow[]> {
    return db.query(`SELECT * FROM drafts WHERE member_id = $1 ORDER BY updated_at DESC, id LIMIT $2`, [memberId, limit]);
  }

  async delete(memberId: string, place: DraftPlace): Promise<boolean> {
    const rows = await this.db.run((tx) => queryRows(tx, `DELETE FROM drafts WHERE member_id = $1 AND place_type = $2 AND place_id = $3 RETURNING 1`, [memberId, place.type, place.id]));
    return rows.length > 0;
  }

  async deleteOf(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM drafts WHERE member_id = $1`, [memberId]);
  }

  async purgeOlderThan(tx: Db, cutoff: Date): Promise<void> {
    await tx.query(`DELETE FROM drafts WHERE updated_at < $1`, [cutoff]);
  }
}
