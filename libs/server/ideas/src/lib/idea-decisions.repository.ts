import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { IdeaStatus } from './idea-status.machine';
import type { CreditRow, DecisionRow } from './ideas.rows';

/** SQL for decisions on ideas and the credit offered with them. */
@Injectable()
export class IdeaDecisionsRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

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
