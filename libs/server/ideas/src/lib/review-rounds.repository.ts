import { Injectable } from '@nestjs/common';
import { Db, TransactionRunner } from '@palabre/core';
import type { IdeaRow, ReviewRoundRow } from './ideas.rows';

/** SQL for review rounds and the ideas the scheduler moves: cut-offs, qualified ideas, missed thresholds. */
@Injectable()
export class ReviewRoundsRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

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
}
