import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { CampaignRow } from './ideas.rows';

/** SQL for campaigns: questions the brand asks in an ideas space. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async insertCampaign(
    tx: Db,
    values: { spaceId: string; communityId: string; title: string; brief: string; briefHtml: string; submissionsCloseAt: Date; supportClosesAt: Date; createdBy: string; now: Date },
  ): Promise<CampaignRow> {
    const rows: CampaignRow[] = await tx.query(
      `INSERT INTO campaigns (space_id, community_id, title, brief, brief_html, submissions_close_at, support_closes_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [values.spaceId, values.communityId, values.title, values.brief, values.briefHtml, values.submissionsCloseAt, values.supportClosesAt, values.createdBy, values.now],
    );
    return rows[0];
  }

  /** Ends a campaign now: its submission and support windows close at `now` (never later than they were set). */
  async closeCampaign(tx: Db, id: string, now: Date): Promise<CampaignRow | undefined> {
    // UPDATE … RETURNING answers [rows, count] through the driver: queryRows keeps the rows.
    const rows = await queryRows<CampaignRow>(
      tx,
      `UPDATE campaigns SET submissions_close_at = least(submissions_close_at, $2), support_closes_at = least(support_closes_at, $2) WHERE id = $1 RETURNING *`,
      [id, now],
    );
    return rows[0];
  }

  async campaignsByIds(db: Db, ids: readonly string[]): Promise<CampaignRow[]> {
    return db.query(`SELECT * FROM campaigns WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async campaignsOfSpaces(spaceIds: readonly string[]): Promise<CampaignRow[]> {
    return this.reader.query(`SELECT * FROM campaigns WHERE space_id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC`, [spaceIds]);
  }
}
