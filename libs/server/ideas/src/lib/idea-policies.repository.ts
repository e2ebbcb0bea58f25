import { Injectable } from '@nestjs/common';
import { Db } from '@palabre/core';
import type { IdeaPolicyRow, IdeaRow } from './ideas.rows';

export interface PolicyValues {
  supportBudget: number | null;
  updateEveryDays: number;
  supportThreshold: number | null;
  thresholdWindowDays: number | null;
  reviewCadenceDays: number | null;
}

const POLICY_COLUMNS = ['space_id', 'support_budget', 'update_every_days', 'support_threshold', 'threshold_window_days', 'review_cadence_days', 'review_anchor_at', 'updated_at'] as const;

/** An idea_policies row as ideaWithPolicy reads it next to its idea: every column prefixed, null without a policy. */
type PolicyColumns = { [K in (typeof POLICY_COLUMNS)[number] as `policy_${K}`]: IdeaPolicyRow[K] | null };

/** SQL for the policy of each ideas space (budgets, thresholds, review cadence). */
@Injectable()
export class IdeaPoliciesRepository {
  async policiesOf(db: Db, spaceIds: readonly string[]): Promise<IdeaPolicyRow[]> {
    return db.query(`SELECT * FROM idea_policies WHERE space_id = ANY($1::uuid[])`, [spaceIds]);
  }

  /**
   * An idea with its space's policy (null when the space has none) in one statement: what a support reads
   * before its write (one round trip fewer than the idea, then the policy). Null when the idea does not exist.
   */
  async ideaWithPolicy(db: Db, ideaId: string): Promise<{ idea: IdeaRow; policy: IdeaPolicyRow | null } | null> {
    const rows: Array<IdeaRow & PolicyColumns> = await db.query(
      `SELECT i.*, ${POLICY_COLUMNS.map((column) => `p.${column} AS policy_${column}`).join(', ')}
         FROM ideas i LEFT JOIN idea_policies p ON p.space_id = i.space_id WHERE i.id = $1`,
      [ideaId],
    );
    if (rows.length === 0) return null;
    const { policy_space_id, policy_support_budget, policy_update_every_days, policy_support_threshold, policy_threshold_window_days, policy_review_cadence_days, policy_review_anchor_at, policy_updated_at, ...idea } = rows[0];
    const policy: IdeaPolicyRow | null =
      policy_space_id === null
        ? null
        : {
            space_id: policy_space_id,
            support_budget: policy_support_budget,
            update_every_days: policy_update_every_days!,
            support_threshold: policy_support_threshold,
            threshold_window_days: policy_threshold_window_days,
            review_cadence_days: policy_review_cadence_days,
            review_anchor_at: policy_review_anchor_at!,
            updated_at: policy_updated_at!,
          };
    return { idea, policy };
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
