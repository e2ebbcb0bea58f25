import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { IdeaStatus } from './idea-status.machine';
import type { CampaignRow, CreditRow, DecisionRow, IdeaPolicyRow, IdeaRow, MergeRow, ReviewRoundRow } from './ideas.rows';

export interface PolicyValues {
  supportBudget: number | null;
  updateEveryDays: number;
  supportThreshold: number | null;
  thresholdWindowDays: number | null;
  reviewCadenceDays: number | null;
}

/** SQL for what surrounds ideas: policies, campaigns, review rounds, merges, decisions and credits. */
@Injectable()
export class IdeasExtrasRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

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

  async campaignsByIds(db: Db, ids: readonly string[]): Promise<CampaignRow[]> {
    return db.query(`SELECT * FROM campaigns WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async campaignsOfSpaces(spaceIds: readonly string[]): Promise<CampaignRow[]> {
    return this.reader.query(`SELECT * FROM campaigns WHERE space_id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC`, [spaceIds]);
  }

  // --- review rounds -------------------------------------------------------------------------

  /** Past rounds of each space, newest first (at most `perSpace` each). */
  async roundsOfSpaces(spaceIds: readonly string[], perSpace: number): Promise<ReviewRoundRow[]> {
    return this.reader.query(
      `SELECT r.* FROM unnest($1::uuid[]) AS k(space_id)
         CROSS JOIN LATERAL (SELECT * FROM review_rounds r WHERE r.space_id = k.space_id ORDER BY r.cutoff_at DESC LIMIT $2) r`,
      [spaceIds, perSpace],
    );
  }

  /**
   * Records the latest cut-off at or before `now` of each space with a review cadence, unless it
   * is already recorded; returns only the rounds this call created (so each is processed once).
   */
  async openDueRounds(tx: Db, now: Date): Promise<ReviewRoundRow[]> {
    return tx.query(
      `INSERT INTO review_rounds (space_id, cutoff_at, decision_due_at, processed_at)
       SELECT p.space_id, due.cutoff_at, due.cutoff_at + make_interval(days => p.update_every_days), $1::timestamptz
         FROM idea_policies p
         CROSS JOIN LATERAL (
           SELECT p.review_anchor_at + make_interval(days => p.review_cadence_days * floor(extract(epoch FROM ($1::timestamptz - p.review_anchor_at)) / (p.review_cadence_days * 86400))::int) AS cutoff_at
         ) due
        WHERE p.review_cadence_days IS NOT NULL AND due.cutoff_at > p.review_anchor_at
       ON CONFLICT (space_id, cutoff_at) DO NOTHING
       RETURNING *`,
      [now],
    );
  }

  /** Qualified OPEN ideas of a space at a round's cut-off (locked): the scheduler moves them to UNDER_REVIEW. */
  async qualifiedAtCutoff(tx: Db, round: ReviewRoundRow): Promise<IdeaRow[]> {
    return tx.query(
      `SELECT * FROM ideas
        WHERE space_id = $1 AND status = 'OPEN' AND qualified_at IS NOT NULL AND qualified_at <= $2 AND removed_at IS NULL
        ORDER BY id FOR UPDATE`,
      [round.space_id, round.cutoff_at],
    );
  }

  /** OPEN ideas that missed their threshold window (locked): the scheduler expires them, their supports return to budgets. */
  async dueToExpire(tx: Db, now: Date): Promise<Array<IdeaRow & { support_threshold: number; threshold_window_days: number }>> {
    return tx.query(
      `SELECT i.*, p.support_threshold, p.threshold_window_days FROM ideas i
         JOIN idea_policies p ON p.space_id = i.space_id
        WHERE p.support_threshold IS NOT NULL AND p.threshold_window_days IS NOT NULL
          AND i.status = 'OPEN' AND i.qualified_at IS NULL
          AND i.created_at + make_interval(days => p.threshold_window_days) <= $1
        ORDER BY i.id FOR UPDATE OF i`,
      [now],
    );
  }

  async ideasOfRounds(roundIds: readonly string[]): Promise<IdeaRow[]> {
    return this.reader.query(`SELECT * FROM ideas WHERE review_round_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY support_count DESC, id`, [roundIds]);
  }

  /** Ideas waiting for the next cut-off: OPEN and qualified. */
  async qualifiedOpenIdeas(spaceIds: readonly string[]): Promise<IdeaRow[]> {
    return this.reader.query(
      `SELECT * FROM ideas WHERE space_id = ANY($1::uuid[]) AND status = 'OPEN' AND qualified_at IS NOT NULL AND removed_at IS NULL ORDER BY support_count DESC, id`,
      [spaceIds],
    );
  }

  // --- merges ----------------------------------------------------------------------------------

  async insertMerge(
    tx: Db,
    values: { source: IdeaRow; targetId: string; rationale: string; mergedBy: string; moved: string[]; alreadyOnTarget: string[]; now: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO idea_merges (source_id, target_id, rationale, merged_by, merged_at, source_status_before, source_next_update_due_at_before, moved_member_ids, already_on_target_member_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::uuid[])`,
      [values.source.id, values.targetId, values.rationale, values.mergedBy, values.now, values.source.status, values.source.next_update_due_at, values.moved, values.alreadyOnTarget],
    );
  }

  async activeMergeOf(tx: Db, sourceId: string): Promise<MergeRow | null> {
    const rows: MergeRow[] = await tx.query(`SELECT * FROM idea_merges WHERE source_id = $1 AND unmerged_at IS NULL FOR UPDATE`, [sourceId]);
    return rows[0] ?? null;
  }

  async closeMerge(tx: Db, mergeId: string, by: string, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_merges SET unmerged_at = $2, unmerged_by = $3 WHERE id = $1`, [mergeId, now, by]);
  }

  /** Puts the source back exactly as it was before the merge. */
  async restoreSource(tx: Db, merge: MergeRow, now: Date): Promise<IdeaRow> {
    const rows = await queryRows<IdeaRow>(
      tx,
      `UPDATE ideas SET status = $2, next_update_due_at = $3, merged_into_id = NULL, updated_at = $4 WHERE id = $1 RETURNING *`,
      [merge.source_id, merge.source_status_before, merge.source_next_update_due_at_before, now],
    );
    return rows[0];
  }

  // --- decisions and credits ------------------------------------------------------------------

  async upsertDecision(tx: Db, values: { ideaId: string; status: IdeaStatus; summary: string; decidedBy: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO idea_decisions (idea_id, status, summary, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (idea_id) DO UPDATE SET status = EXCLUDED.status, summary = EXCLUDED.summary, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
      [values.ideaId, values.status, values.summary, values.decidedBy, values.now],
    );
  }

  async decisionsOf(ideaIds: readonly string[]): Promise<DecisionRow[]> {
    return this.reader.query(`SELECT * FROM idea_decisions WHERE idea_id = ANY($1::uuid[])`, [ideaIds]);
  }

  async offerCredits(tx: Db, ideaId: string, memberIds: readonly string[], now: Date): Promise<void> {
    if (memberIds.length === 0) return;
    await tx.query(
      `INSERT INTO idea_credits (idea_id, member_id, offered_at) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT (idea_id, member_id) DO NOTHING`,
      [ideaId, memberIds, now],
    );
  }

  /** Accepts a pending offer; null when there is none (declined, never offered, or already accepted). */
  async acceptCredit(tx: Db, ideaId: string, memberId: string, now: Date): Promise<CreditRow | null> {
    const rows = await queryRows<CreditRow>(
      tx,
      `UPDATE idea_credits SET accepted_at = $3 WHERE idea_id = $1 AND member_id = $2 AND accepted_at IS NULL RETURNING *`,
      [ideaId, memberId, now],
    );
    return rows[0] ?? null;
  }

  /** Declining deletes the offer: nothing keeps the member's name. */
  async deleteCredit(tx: Db, ideaId: string, memberId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM idea_credits WHERE idea_id = $1 AND member_id = $2 RETURNING 1`, [ideaId, memberId]);
    return rows.length > 0;
  }

  async acceptedCreditsOf(ideaIds: readonly string[]): Promise<CreditRow[]> {
    return this.reader.query(`SELECT * FROM idea_credits WHERE idea_id = ANY($1::uuid[]) AND accepted_at IS NOT NULL ORDER BY accepted_at, member_id`, [ideaIds]);
  }

  async creditsOfMember(memberId: string, ideaIds: readonly string[]): Promise<CreditRow[]> {
    return this.reader.query(`SELECT * FROM idea_credits WHERE member_id = $1 AND idea_id = ANY($2::uuid[])`, [memberId, ideaIds]);
  }
}
