import { Injectable } from '@nestjs/common';
import { Db } from '@palabre/core';
import type { IdeaPolicyRow } from './ideas.rows';

export interface PolicyValues {
  supportBudget: number | null;
  updateEveryDays: number;
  supportThreshold: number | null;
  thresholdWindowDays: number | null;
  reviewCadenceDays: number | null;
}

/** SQL for the policy of each ideas space (budgets, thresholds, review cadence). */
@Injectable()
export class IdeaPoliciesRepository {
  async policiesOf(db: Db, spaceIds: readonly string[]): Promise<IdeaPolicyRow[]> {
    return db.query(`SELECT * FROM idea_policies WHERE space_id = ANY($1::uuid[])`, [spaceIds]);
  }

  /** The review calendar restarts from `now` only when the cadence changes. */
  async upsertPolicy(tx: Db, spaceId: string, values: PolicyValues, now: Date): Promise<IdeaPolicyRow> {
    const rows: IdeaPolicyRow[] = await tx.query(
      `INSERT INTO idea_policies (space_id, support_budget, update_every_days, support_threshold, threshold_window_days, review_cadence_days, review_anchor_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (space_id) DO UPDATE SET
         support_budget = EXCLUDED.support_budget, update_every_days = EXCLUDED.update_every_days,
         support_threshold = EXCLUDED.support_threshold, threshold_window_days = EXCLUDED.threshold_window_days,
         review_anchor_at = CASE WHEN idea_policies.review_cadence_days IS DISTINCT FROM EXCLUDED.review_cadence_days THEN EXCLUDED.review_anchor_at ELSE idea_policies.review_anchor_at END,
         review_cadence_days = EXCLUDED.review_cadence_days, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [spaceId, values.supportBudget, values.updateEveryDays, values.supportThreshold, values.thresholdWindowDays, values.reviewCadenceDays, now],
    );
    return rows[0];
  }
}
