import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import { int, num, Period } from './insights-sql';

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

/**
 * SQL for co-creation figures: ideas, supports, campaigns, tags, statuses and decisions of one community
 * over one period, on (community_id, time) indexes (the promises and exports have their own repositories).
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
}
