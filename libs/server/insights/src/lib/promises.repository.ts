import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import { int, num, OPEN_STATUSES_SQL, Period, STAFF_ROLES_SQL } from './insights-sql';

export interface QuestionFiguresRow {
  asked: number;
  answered: number;
  median_seconds: number | null;
  p90_seconds: number | null;
  committed_due: number;
  within_commitment: number;
}

export interface ResponderSideRow {
  side: 'STAFF' | 'MEMBER';
  questions: number;
  responders: number;
}

export interface OverdueTotalsRow {
  overdue: number;
  median_overdue_seconds: number | null;
  max_overdue_seconds: number | null;
}

export interface OverdueIdeaRow {
  id: string;
  title: string;
  status: string;
  due_at: Date;
  overdue_seconds: number;
}

export interface HealthRow {
  active_members: number;
  new_members: number;
  kudos_given: number;
  accepted_answers: number;
}

export interface ReportOutcomeRow {
  outcome: 'OPEN' | 'ACTIONED' | 'DISMISSED';
  reports: number;
  reporters: number;
}

/** SQL for the public promises of a community: answers to questions, who answers, overdue updates, and its health (reports and their outcomes). Periods are half-open: from <= t < to. */
@Injectable()
export class PromisesRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  /**
   * Questions asked in the period: answer times (first reply by someone other than the asker), and the
   * space's announced commitment: a question counts once it was answered or its commitment ran out by `now`.
   */
  async questionFigures(communityId: string, period: Period, now: Date): Promise<QuestionFiguresRow> {
    const [row] = await queryRows<Record<string, unknown>>(
      this.reader,
      `WITH q AS (
         SELECT t.created_at, t.first_response_at, t.created_at + c.hours * interval '1 hour' AS committed_by
           FROM threads t LEFT JOIN space_response_commitments c ON c.space_id = t.space_id
          WHERE t.community_id = $1 AND t.kind = 'QUESTION' AND t.created_at >= $2 AND t.created_at < $3
            AND t.deleted_at IS NULL AND t.removed_at IS NULL
       )
       SELECT count(*) AS asked,
              count(first_response_at) AS answered,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at)) AS median_seconds,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at)) AS p90_seconds,
              count(*) FILTER (WHERE committed_by IS NOT NULL AND (first_response_at IS NOT NULL OR committed_by <= $4)) AS committed_due,
              count(*) FILTER (WHERE committed_by IS NOT NULL AND first_response_at <= committed_by) AS within_commitment
         FROM q`,
      [communityId, period.from, period.to, now],
    );
    return {
      asked: int(row['asked']),
      answered: int(row['answered']),
      median_seconds: num(row['median_seconds']),
      p90_seconds: num(row['p90_seconds']),
      committed_due: int(row['committed_due']),
      within_commitment: int(row['within_commitment']),
    };
  }

  /** Answered questions of the period by who gave the first reply: brand staff (owner, brand staff) or members. */
  async respondersBySide(communityId: string, period: Period): Promise<ResponderSideRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT CASE WHEN m.role IN ${STAFF_ROLES_SQL} THEN 'STAFF' ELSE 'MEMBER' END AS side,
              count(*) AS questions, count(DISTINCT r.author_id) AS responders
         FROM threads t
         CROSS JOIN LATERAL (
           SELECT r.author_id FROM replies r WHERE r.thread_id = t.id AND r.author_id IS DISTINCT FROM t.author_id
            ORDER BY r.created_at, r.id LIMIT 1
         ) r
         LEFT JOIN memberships m ON m.community_id = t.community_id AND m.member_id = r.author_id
        WHERE t.community_id = $1 AND t.kind = 'QUESTION' AND t.created_at >= $2 AND t.created_at < $3
          AND t.deleted_at IS NULL AND t.removed_at IS NULL AND t.first_response_at IS NOT NULL
        GROUP BY 1`,
      [communityId, period.from, period.to],
    );
    const bySide = new Map(rows.map((row) => [String(row['side']), row]));
    return (['STAFF', 'MEMBER'] as const).map((side) => ({ side, questions: int(bySide.get(side)?.['questions']), responders: int(bySide.get(side)?.['responders']) }));
  }

  /** Open ideas whose promised status update is late at `now` (a point in time, not a period). */
  async overdueTotals(communityId: string, now: Date): Promise<OverdueTotalsRow> {
    const [row] = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT count(*) AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM $2::timestamptz - next_update_due_at)) AS median_overdue_seconds,
              max(extract(epoch FROM $2::timestamptz - next_update_due_at)) AS max_overdue_seconds
         FROM ideas
        WHERE community_id = $1 AND next_update_due_at IS NOT NULL AND next_update_due_at < $2
          AND status IN ${OPEN_STATUSES_SQL} AND hidden_at IS NULL AND removed_at IS NULL`,
      [communityId, now],
    );
    return { overdue: int(row['overdue']), median_overdue_seconds: num(row['median_overdue_seconds']), max_overdue_seconds: num(row['max_overdue_seconds']) };
  }

  async mostOverdueIdeas(communityId: string, now: Date, limit: number): Promise<OverdueIdeaRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT id, title, status, next_update_due_at AS due_at, extract(epoch FROM $2::timestamptz - next_update_due_at) AS overdue_seconds
         FROM ideas
        WHERE community_id = $1 AND next_update_due_at IS NOT NULL AND next_update_due_at < $2
          AND status IN ${OPEN_STATUSES_SQL} AND hidden_at IS NULL AND removed_at IS NULL
        ORDER BY next_update_due_at, id LIMIT $3`,
      [communityId, now, limit],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      title: String(row['title']),
      status: String(row['status']),
      due_at: row['due_at'] as Date,
      overdue_seconds: int(row['overdue_seconds']),
    }));
  }

  async health(communityId: string, period: Period): Promise<HealthRow> {
    const [row] = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT
         (SELECT count(*) FROM (
            SELECT author_id AS member_id FROM threads WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
            UNION SELECT author_id FROM replies WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
            UNION SELECT author_id FROM ideas WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
            UNION SELECT author_id FROM idea_comments WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
            UNION SELECT s.member_id FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
                   WHERE i.community_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND s.via_merge_from IS NULL
            UNION SELECT giver_id FROM kudos WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
          ) active WHERE member_id IS NOT NULL) AS active_members,
         (SELECT count(*) FROM memberships WHERE community_id = $1 AND joined_at >= $2 AND joined_at < $3) AS new_members,
         (SELECT count(*) FROM kudos WHERE community_id = $1 AND created_at >= $2 AND created_at < $3) AS kudos_given,
         (SELECT count(*) FROM recognition_answers WHERE community_id = $1 AND accepted_at >= $2 AND accepted_at < $3) AS accepted_answers`,
      [communityId, period.from, period.to],
    );
    return {
      active_members: int(row['active_members']),
      new_members: int(row['new_members']),
      kudos_given: int(row['kudos_given']),
      accepted_answers: int(row['accepted_answers']),
    };
  }

  /**
   * Reports filed in the period by outcome: still OPEN, ACTIONED (the content was hidden or removed
   * when the reports were closed) or DISMISSED (reports dismissed, or the content restored).
   */
  async reportOutcomes(communityId: string, period: Period): Promise<ReportOutcomeRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT outcome, count(*) AS reports, count(DISTINCT reporter_id) AS reporters FROM (
         SELECT r.reporter_id,
                CASE WHEN r.resolved_at IS NULL THEN 'OPEN'
                     WHEN a.action IN ('HIDE', 'REMOVE', 'AUTO_HIDE') THEN 'ACTIONED'
                     ELSE 'DISMISSED' END AS outcome
           FROM content_reports r JOIN moderation_cases c ON c.id = r.case_id
           LEFT JOIN LATERAL (
             SELECT a.action FROM moderation_actions a
              WHERE a.target_type = r.content_type AND a.target_id = r.content_id AND a.created_at <= r.resolved_at
                AND a.action IN ('HIDE', 'REMOVE', 'AUTO_HIDE', 'RESTORE', 'DISMISS_REPORTS')
              ORDER BY a.created_at DESC, a.id DESC LIMIT 1
           ) a ON r.resolved_at IS NOT NULL
          WHERE c.community_id = $1 AND r.created_at >= $2 AND r.created_at < $3
       ) reports GROUP BY outcome`,
      [communityId, period.from, period.to],
    );
    const byOutcome = new Map(rows.map((row) => [String(row['outcome']), row]));
    return (['OPEN', 'ACTIONED', 'DISMISSED'] as const).map((outcome) => ({
      outcome,
      reports: int(byOutcome.get(outcome)?.['reports']),
      reporters: int(byOutcome.get(outcome)?.['reporters']),
    }));
  }
}
