import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { TimeCursor } from './moderation.repository';

export interface AppealRow {
  id: string;
  action_id: string;
  community_id: string;
  appellant_id: string;
  note: string;
  excluded_moderator_id: string | null;
  status: 'OPEN' | 'UPHELD' | 'REVERSED';
  due_at: Date;
  created_at: Date;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolution_reason: string | null;
}

export interface FeaturedRow {
  content_type: string;
  content_id: string;
  community_id: string;
  note: string;
  curator_id: string | null;
  featured_at: Date;
}

export interface FeaturedPageKey {
  communityId: string;
  limit: number;
  before: TimeCursor;
}

/** SQL for appeals and featured content. */
@Injectable()
export class AppealsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async insertAppeal(tx: Db, values: { actionId: string; communityId: string; appellantId: string; note: string; excludedModeratorId: string | null; dueAt: Date; now: Date }): Promise<AppealRow | null> {
    const rows: AppealRow[] = await tx.query(
      `INSERT INTO appeals (action_id, community_id, appellant_id, note, excluded_moderator_id, status, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, 'OPEN', $6, $7) ON CONFLICT (action_id) DO NOTHING RETURNING *`,
      [values.actionId, values.communityId, values.appellantId, values.note, values.excludedModeratorId, values.dueAt, values.now],
    );
    return rows[0] ?? null;
  }

  async lockAppeal(tx: Db, appealId: string): Promise<AppealRow | null> {
    const rows: AppealRow[] = await tx.query(`SELECT * FROM appeals WHERE id = $1 FOR UPDATE`, [appealId]);
    return rows[0] ?? null;
  }

  async findAppeal(db: Db, appealId: string): Promise<AppealRow | null> {
    const rows: AppealRow[] = await db.query(`SELECT * FROM appeals WHERE id = $1`, [appealId]);
    return rows[0] ?? null;
  }

  async resolveAppeal(tx: Db, values: { appealId: string; status: 'UPHELD' | 'REVERSED'; by: string; reason: string; now: Date }): Promise<AppealRow> {
    const rows = await queryRows<AppealRow>(tx, `UPDATE appeals SET status = $2, resolved_by = $3, resolution_reason = $4, resolved_at = $5 WHERE id = $1 RETURNING *`, [
      values.appealId,
      values.status,
      values.by,
      values.reason,
      values.now,
    ]);
    return rows[0];
  }

  /** Open appeals a moderator may decide (not those against their own actions), soonest due first. */
  async openAppealsFor(communityId: string, moderatorId: string, limit: number, after: TimeCursor): Promise<AppealRow[]> {
    return this.db.reader.query(
      `SELECT * FROM appeals
        WHERE community_id = $1 AND status = 'OPEN' AND excluded_moderator_id IS DISTINCT FROM $2
          AND ($3::timestamptz IS NULL OR (due_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY due_at, id LIMIT $5`,
      [communityId, moderatorId, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  async countOpenAppealsFor(communityId: string, moderatorId: string): Promise<number> {
    const rows: Array<{ count: string }> = await this.db.reader.query(
      `SELECT count(*) FROM appeals WHERE community_id = $1 AND status = 'OPEN' AND excluded_moderator_id IS DISTINCT FROM $2`,
      [communityId, moderatorId],
    );
    return Number(rows[0].count);
  }

  async upsertFeatured(tx: Db, values: { contentType: string; contentId: string; communityId: string; note: string; curatorId: string; now: Date }): Promise<FeaturedRow> {
    const rows: FeaturedRow[] = await tx.query(
      `INSERT INTO featured_content (content_type, content_id, community_id, note, curator_id, featured_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (content_type, content_id) DO UPDATE SET note = EXCLUDED.note, curator_id = EXCLUDED.curator_id
       RETURNING *`,
      [values.contentType, values.contentId, values.communityId, values.note, values.curatorId, values.now],
    );
    return rows[0];
  }

  async deleteFeatured(tx: Db, contentType: string, contentId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM featured_content WHERE content_type = $1 AND content_id = $2 RETURNING 1`, [contentType, contentId]);
    return rows.length > 0;
  }

  /** One page of featured content per community, newest first, in one statement. */
  async featuredPages(keys: readonly FeaturedPageKey[]): Promise<FeaturedRow[][]> {
    const rows: Array<FeaturedRow & { key_index: string }> = await this.db.reader.query(
      `SELECT page.*, k.key_index FROM
         unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::uuid[]) WITH ORDINALITY AS k(community_id, lim, before_at, before_id, key_index)
         CROSS JOIN LATERAL (
           SELECT f.* FROM featured_content f
            WHERE f.community_id = k.community_id
              AND (k.before_at IS NULL OR (f.featured_at, f.content_id) < (k.before_at, k.before_id))
            ORDER BY f.featured_at DESC, f.content_id DESC
            LIMIT k.lim
         ) page`,
      [keys.map((k) => k.communityId), keys.map((k) => k.limit), keys.map((k) => k.before?.at ?? null), keys.map((k) => k.before?.id ?? null)],
    );
    const pages: FeaturedRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) pages[Number(key_index) - 1].push(row);
    return pages;
  }

  async countFeatured(communityIds: readonly string[]): Promise<Array<{ community_id: string; count: string }>> {
    return this.db.reader.query(`SELECT community_id, count(*) FROM featured_content WHERE community_id = ANY($1::uuid[]) GROUP BY community_id`, [communityIds]);
  }
}
