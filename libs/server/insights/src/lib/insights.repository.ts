import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface Period {
  from: Date;
  to: Date;
}

const STAFF_ROLES_SQL = `('OWNER', 'BRAND_STAFF')`;
const OPEN_STATUSES_SQL = `('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS')`;

export interface CoCreationTotalsRow {
  ideas_proposed: number;
  supports_given: number;
  contributors: number;
}

export interface IdeaRankingRow {
  id: string;
  title: string;
  status: string;
  support_count: number;
  period_supports: number;
  recent_supports: number;
  rank_by_supports: number;
  rank_by_velocity: number;
}

export interface CampaignSupportsRow {
  id: string;
  title: string;
  supports: number;
  supporters: number;
}

export interface TagUsageRow {
  tag: string;
  ideas: number;
  authors: number;
}

export interface StatusCountRow {
  status: string;
  ideas: number;
}

export interface DecisionRow {
  idea_id: string;
  title: string;
  status: string;
  decided_at: Date;
  rationale_length: number;
}

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

export interface ExportIdeaRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  status: string;
  created_at: Date;
  space_name: string;
  campaign_title: string | null;
  support_count: number;
  supporters_members: number;
  supporters_staff: number;
  supporters_moderators: number;
  comment_count: number;
  history: Array<{ from: string | null; to: string; rationale: string; at: string }>;
  credited: string[];
}

export interface IdeaExportRow {
  id: string;
  community_id: string;
  space_id: string | null;
  campaign_id: string | null;
  format: 'CSV' | 'JSON';
  requested_by: string;
  requested_at: Date;
  link_expires_at: Date;
  downloaded_at: Date | null;
}

/** Numbers come back from PostgreSQL as strings (bigint, numeric): every row is normalised here. */
const int = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The only place that writes SQL for insights: aggregations over the tables of advice, ideas,
 * recognition and moderation, always "one community, one period" on (community_id, time) indexes.
 * Periods are half-open: from <= t < to.
 */
@Injectable()
export class InsightsRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async coCreationTotals(communityId: string, period: Period): Promise<CoCreationTotalsRow> {
    const [row] = await queryRows<Record<string, unknown>>(
      this.reader,
      `WITH proposed AS (
         SELECT author_id FROM ideas WHERE community_id = $1 AND created_at >= $2 AND created_at < $3 AND removed_at IS NULL
       ), supported AS (
         SELECT s.member_id FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
          WHERE i.community_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND s.via_merge_from IS NULL
       ), commented AS (
         SELECT author_id FROM idea_comments WHERE community_id = $1 AND created_at >= $2 AND created_at < $3 AND removed_at IS NULL
       )
       SELECT (SELECT count(*) FROM proposed) AS ideas_proposed,
              (SELECT count(*) FROM supported) AS supports_given,
              (SELECT count(*) FROM (
                 SELECT author_id AS member_id FROM proposed UNION SELECT member_id FROM supported UNION SELECT author_id FROM commented
               ) everyone WHERE member_id IS NOT NULL) AS contributors`,
      [communityId, period.from, period.to],
    );
    return { ideas_proposed: int(row['ideas_proposed']), supports_given: int(row['supports_given']), contributors: int(row['contributors']) };
  }

  /**
   * Ideas ranked by supports given in the period and by supports in the week before `velocityEnd`
   * (support velocity); only the first `limit` of each ranking come back.
   */
  async topIdeas(communityId: string, period: Period, velocityFrom: Date, velocityEnd: Date, limit: number): Promise<IdeaRankingRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `WITH counted AS (
         SELECT i.id, i.title, i.status, i.support_count,
                count(*) FILTER (WHERE s.created_at >= $2 AND s.created_at < $3) AS period_supports,
                count(*) FILTER (WHERE s.created_at >= $4 AND s.created_at < $5) AS recent_supports
           FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
          WHERE i.community_id = $1 AND i.hidden_at IS NULL AND i.removed_at IS NULL AND s.via_merge_from IS NULL
            AND ((s.created_at >= $2 AND s.created_at < $3) OR (s.created_at >= $4 AND s.created_at < $5))
          GROUP BY i.id
       ), ranked AS (
         SELECT counted.*,
                row_number() OVER (ORDER BY period_supports DESC, support_count DESC, id) AS rank_by_supports,
                row_number() OVER (ORDER BY recent_supports DESC, period_supports DESC, id) AS rank_by_velocity
           FROM counted
       )
       SELECT * FROM ranked WHERE (rank_by_supports <= $6 AND period_supports > 0) OR (rank_by_velocity <= $6 AND recent_supports > 0)`,
      [communityId, period.from, period.to, velocityFrom, velocityEnd, limit],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      title: String(row['title']),
      status: String(row['status']),
      support_count: int(row['support_count']),
      period_supports: int(row['period_supports']),
      recent_supports: int(row['recent_supports']),
      rank_by_supports: int(row['rank_by_supports']),
      rank_by_velocity: int(row['rank_by_velocity']),
    }));
  }

  async supportsPerCampaign(communityId: string, period: Period): Promise<CampaignSupportsRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT c.id, c.title, count(*) AS supports, count(DISTINCT s.member_id) AS supporters
         FROM idea_supports s JOIN ideas i ON i.id = s.idea_id JOIN campaigns c ON c.id = i.campaign_id
        WHERE i.community_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND s.via_merge_from IS NULL
        GROUP BY c.id, c.title ORDER BY supports DESC, c.id`,
      [communityId, period.from, period.to],
    );
    return rows.map((row) => ({ id: String(row['id']), title: String(row['title']), supports: int(row['supports']), supporters: int(row['supporters']) }));
  }

  async tagUsage(communityId: string, period: Period): Promise<TagUsageRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT t.tag, count(*) AS ideas, count(DISTINCT i.author_id) AS authors
         FROM ideas i CROSS JOIN LATERAL unnest(i.tags) AS t(tag)
        WHERE i.community_id = $1 AND i.created_at >= $2 AND i.created_at < $3 AND i.removed_at IS NULL
        GROUP BY t.tag ORDER BY ideas DESC, t.tag`,
      [communityId, period.from, period.to],
    );
    return rows.map((row) => ({ tag: String(row['tag']), ideas: int(row['ideas']), authors: int(row['authors']) }));
  }

  /** Ideas proposed in the period, by their current status (statuses are public). */
  async ideasPerStatus(communityId: string, period: Period): Promise<StatusCountRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT status, count(*) AS ideas FROM ideas
        WHERE community_id = $1 AND created_at >= $2 AND created_at < $3 AND removed_at IS NULL
        GROUP BY status ORDER BY status`,
      [communityId, period.from, period.to],
    );
    return rows.map((row) => ({ status: String(row['status']), ideas: int(row['ideas']) }));
  }

  async decisions(communityId: string, period: Period, limit: number): Promise<{ total: number; averageLength: number | null; rows: DecisionRow[] }> {
    const rows = await queryRows<Record<string, unknown>>(
      this.reader,
      `SELECT d.idea_id, i.title, d.status, d.decided_at, char_length(d.summary) AS rationale_length,
              count(*) OVER () AS total, avg(char_length(d.summary)) OVER () AS average_length
         FROM idea_decisions d JOIN ideas i ON i.id = d.idea_id
        WHERE i.community_id = $1 AND d.decided_at >= $2 AND d.decided_at < $3 AND i.removed_at IS NULL
        ORDER BY d.decided_at DESC, d.idea_id LIMIT $4`,
      [communityId, period.from, period.to, limit],
    );
    return {
      total: int(rows[0]?.['total']),
      averageLength: num(rows[0]?.['average_length']),
      rows: rows.map((row) => ({
        idea_id: String(row['idea_id']),
        title: String(row['title']),
        status: String(row['status']),
        decided_at: row['decided_at'] as Date,
        rationale_length: int(row['rationale_length']),
      })),
    };
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

  // --- export of co-creation input -------------------------------------------------------------

  async spaceOf(spaceId: string): Promise<{ id: string; community_id: string; kind: string } | null> {
    const rows = await queryRows<{ id: string; community_id: string; kind: string }>(this.reader, `SELECT id, community_id, kind FROM spaces WHERE id = $1`, [spaceId]);
    return rows[0] ?? null;
  }

  async campaignOf(campaignId: string): Promise<{ id: string; community_id: string; space_id: string } | null> {
    const rows = await queryRows<{ id: string; community_id: string; space_id: string }>(this.reader, `SELECT id, community_id, space_id FROM campaigns WHERE id = $1`, [campaignId]);
    return rows[0] ?? null;
  }

  async roleIn(db: Db, communityId: string, memberId: string): Promise<string | null> {
    const rows = await queryRows<{ role: string }>(db, `SELECT role FROM memberships WHERE community_id = $1 AND member_id = $2`, [communityId, memberId]);
    return rows[0]?.role ?? null;
  }

  async insertExport(tx: Db, values: { communityId: string; spaceId: string | null; campaignId: string | null; format: string; requestedBy: string; now: Date; linkHash: string; linkExpiresAt: Date }): Promise<IdeaExportRow> {
    const [row] = await queryRows<IdeaExportRow>(
      tx,
      `INSERT INTO idea_exports (community_id, space_id, campaign_id, format, requested_by, requested_at, link_hash, link_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, community_id, space_id, campaign_id, format, requested_by, requested_at, link_expires_at, downloaded_at`,
      [values.communityId, values.spaceId, values.campaignId, values.format, values.requestedBy, values.now, values.linkHash, values.linkExpiresAt],
    );
    return row;
  }

  /** The export behind a live link, locked so that two downloads of one link cannot both succeed. */
  async lockByLink(tx: Db, linkHash: string, now: Date): Promise<IdeaExportRow | null> {
    const rows = await queryRows<IdeaExportRow>(
      tx,
      `SELECT id, community_id, space_id, campaign_id, format, requested_by, requested_at, link_expires_at, downloaded_at
         FROM idea_exports WHERE link_hash = $1 AND link_expires_at > $2 AND downloaded_at IS NULL FOR UPDATE`,
      [linkHash, now],
    );
    return rows[0] ?? null;
  }

  async consumeLink(tx: Db, exportId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_exports SET link_hash = NULL, downloaded_at = $2 WHERE id = $1`, [exportId, now]);
  }

  /** Links that can no longer be used keep no capability: their hash goes. */
  async forgetExpiredLinks(tx: Db, now: Date): Promise<void> {
    await tx.query(`UPDATE idea_exports SET link_hash = NULL WHERE link_hash IS NOT NULL AND link_expires_at <= $1`, [now]);
  }

  async exportsRequestedBy(db: Db, memberId: string): Promise<Array<{ format: string; requestedAt: Date; downloadedAt: Date | null }>> {
    return queryRows(db, `SELECT format, requested_at AS "requestedAt", downloaded_at AS "downloadedAt" FROM idea_exports WHERE requested_by = $1 ORDER BY requested_at, id`, [memberId]);
  }

  async deleteExportsRequestedBy(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM idea_exports WHERE requested_by = $1`, [memberId]);
  }

  /**
   * Each visible idea of the scope with what co-creation input it carries: no email, no supporter
   * identity; credited members by handle, only once they accepted the credit.
   */
  async ideasForExport(db: Db, scope: { communityId: string; spaceId: string | null; campaignId: string | null }): Promise<ExportIdeaRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      `SELECT i.id, i.title, i.body, i.tags, i.status, i.created_at, sp.name AS space_name, c.title AS campaign_title,
              i.support_count, i.comment_count,
              coalesce(aff.members, 0) AS supporters_members, coalesce(aff.staff, 0) AS supporters_staff, coalesce(aff.moderators, 0) AS supporters_moderators,
              coalesce((SELECT json_agg(json_build_object('from', h.from_status, 'to', h.to_status, 'rationale', h.rationale, 'at', h.changed_at) ORDER BY h.id)
                          FROM idea_status_changes h WHERE h.idea_id = i.id), '[]'::json) AS history,
              coalesce((SELECT array_agg(mb.handle::text ORDER BY ic.accepted_at, mb.handle)
                          FROM idea_credits ic JOIN members mb ON mb.id = ic.member_id
                         WHERE ic.idea_id = i.id AND ic.accepted_at IS NOT NULL), '{}') AS credited
         FROM ideas i
         JOIN spaces sp ON sp.id = i.space_id
         LEFT JOIN campaigns c ON c.id = i.campaign_id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE m.role IS NULL OR m.role = 'MEMBER') AS members,
                  count(*) FILTER (WHERE m.role IN ${STAFF_ROLES_SQL}) AS staff,
                  count(*) FILTER (WHERE m.role = 'MODERATOR') AS moderators
             FROM idea_supports s LEFT JOIN memberships m ON m.community_id = i.community_id AND m.member_id = s.member_id
            WHERE s.idea_id = i.id
         ) aff ON true
        WHERE i.community_id = $1 AND ($2::uuid IS NULL OR i.space_id = $2) AND ($3::uuid IS NULL OR i.campaign_id = $3)
          AND i.hidden_at IS NULL AND i.removed_at IS NULL
        ORDER BY i.created_at, i.id`,
      [scope.communityId, scope.spaceId, scope.campaignId],
    );
    return rows.map((row) => ({
      id: String(row['id']),
      title: String(row['title']),
      body: String(row['body']),
      tags: (row['tags'] as string[]) ?? [],
      status: String(row['status']),
      created_at: row['created_at'] as Date,
      space_name: String(row['space_name']),
      campaign_title: (row['campaign_title'] as string | null) ?? null,
      support_count: int(row['support_count']),
      supporters_members: int(row['supporters_members']),
      supporters_staff: int(row['supporters_staff']),
      supporters_moderators: int(row['supporters_moderators']),
      comment_count: int(row['comment_count']),
      history: row['history'] as ExportIdeaRow['history'],
      credited: (row['credited'] as string[]) ?? [],
    }));
  }
}
