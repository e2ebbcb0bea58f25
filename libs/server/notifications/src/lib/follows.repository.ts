import { Injectable } from '@nestjs/common';
import { Db, queryRows, runSql, sql, SqlFragment, TransactionRunner } from '@palabre/core';
import type { FollowTargetType, FollowRow, PreferencesRow, AudienceRow } from './notifications.rows';
import { DEFAULT_PREFERENCES } from './notifications.rows';

/** The only place that writes SQL for follows, and who to tell about a target (followers and named members, with their preferences). */
@Injectable()
export class FollowsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async follow(tx: Db, values: { memberId: string; targetType: FollowTargetType; targetId: string; communityId: string | null; now: Date }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [values.memberId, values.targetType, values.targetId, values.communityId, values.now],
    );
    return rows.length > 0;
  }

  async unfollow(tx: Db, memberId: string, targetType: FollowTargetType, targetId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM follows WHERE member_id = $1 AND target_type = $2 AND target_id = $3 RETURNING 1`, [memberId, targetType, targetId]);
    return rows.length > 0;
  }

  /** Which of these targets the member follows (`type:id` keys). */
  async followedAmong(memberId: string, targets: ReadonlyArray<{ type: FollowTargetType; id: string }>): Promise<Set<string>> {
    if (targets.length === 0) return new Set();
    const rows: Array<{ key: string }> = await this.db.reader.query(
      `SELECT target_type || ':' || target_id AS key FROM follows WHERE member_id = $1 AND (target_type || ':' || target_id) = ANY($2::text[])`,
      [memberId, targets.map((target) => `${target.type}:${target.id}`)],
    );
    return new Set(rows.map((row) => row.key));
  }

  async followsPage(memberId: string, limit: number, after: { createdAt: string; key: string } | null): Promise<FollowRow[]> {
    return this.db.reader.query(
      `SELECT member_id, target_type, target_id, community_id, created_at FROM follows
        WHERE member_id = $1 AND ($2::timestamptz IS NULL OR (created_at, target_type || ':' || target_id) > ($2::timestamptz, $3::text))
        ORDER BY created_at, target_type || ':' || target_id LIMIT $4`,
      [memberId, after?.createdAt ?? null, after?.key ?? '', limit],
    );
  }

  async countFollows(memberId: string): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(`SELECT count(*)::int AS count FROM follows WHERE member_id = $1`, [memberId]);
    return rows[0]?.count ?? 0;
  }

  /**
   * The members to tell, in one statement: followers of any of the targets plus `memberIds`,
   * never `exclude`, each once, kept only if they may still see the community (public, or a
   * member of it; everyone when it is null), with their preferences (defaults when unset).
   */
  async audienceOf(tx: Db, values: AudienceValues): Promise<AudienceRow[]> {
    return toAudience(await runSql<AudienceSqlRow>(tx, audienceQuery(values)));
  }

  /** audienceOf as one jsonb value (a scalar subquery), for a writer's own statement (EventsService.onPrefetch); read it with audienceFromJson. */
  audienceSql(values: AudienceValues): SqlFragment {
    return sql`(SELECT coalesce(jsonb_agg(to_jsonb(audience_rows)), '[]'::jsonb) FROM (${audienceQuery(values)}) audience_rows)`;
  }

  /** Members named by `handles` whom the author may mention: both members of the community, mentions left on. */
  async mentionable(tx: Db, values: { communityId: string; authorId: string; handles: readonly string[] }): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT mb.id FROM members mb
         JOIN memberships m ON m.community_id = $1 AND m.member_id = mb.id
         LEFT JOIN notification_preferences p ON p.member_id = mb.id
        WHERE lower(mb.handle) = ANY($3::text[]) AND mb.id <> $2 AND coalesce(p.mentions, true)
          AND EXISTS (SELECT 1 FROM memberships a WHERE a.community_id = $1 AND a.member_id = $2)`,
      [values.communityId, values.authorId, values.handles],
    );
    return rows.map((row) => row.id);
  }
}

export interface AudienceValues {
  follows: ReadonlyArray<{ type: FollowTargetType; id: string }>;
  memberIds: readonly string[];
  communityId: string | null;
  exclude: readonly string[];
  actorId: string | null;
}

type AudienceSqlRow = Omit<PreferencesRow, 'member_id'> & { member_id: string; following: boolean; has_preferences: boolean };

function audienceQuery(values: AudienceValues): SqlFragment {
  const community = values.communityId;
  return sql`WITH candidates AS (
         SELECT f.member_id, true AS following FROM follows f WHERE (f.target_type || ':' || f.target_id) = ANY(${values.follows.map((target) => `${target.type}:${target.id}`)}::text[])
         UNION ALL SELECT named.id, false FROM unnest(${values.memberIds}::uuid[]) AS named(id)
       ), audience AS (
         SELECT member_id, bool_or(following) AS following FROM candidates WHERE NOT (member_id = ANY(${values.exclude}::uuid[])) GROUP BY member_id
       )
       SELECT a.member_id, a.following, p.member_id IS NOT NULL AS has_preferences,
              p.cadence, p.digest_day, p.digest_hour, p.timezone, p.quiet_from, p.quiet_to, p.weekly_contact_budget, p.email, p.auto_follow_own, p.mentions
         FROM audience a LEFT JOIN notification_preferences p ON p.member_id = a.member_id
        WHERE NOT EXISTS (SELECT 1 FROM member_mutes mm WHERE mm.muter_id = a.member_id AND mm.muted_id = ${values.actorId}::uuid)
          AND (${community}::uuid IS NULL OR EXISTS (
                SELECT 1 FROM members mb JOIN communities c ON c.id = ${community}::uuid
                 WHERE mb.id = a.member_id AND (c.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.member_id = mb.id))))`;
}

function toAudience(rows: readonly AudienceSqlRow[]): AudienceRow[] {
  return rows.map(({ member_id, following, has_preferences, ...preferences }) => ({
    memberId: member_id,
    following,
    preferences: has_preferences ? { member_id, ...preferences } : { member_id, ...DEFAULT_PREFERENCES },
  }));
}

/** The rows of audienceSql's value (columns as to_jsonb gives them: the same JS values pg's parsers give for these types). */
export function audienceFromJson(value: unknown): AudienceRow[] {
  return toAudience(Array.isArray(value) ? (value as AudienceSqlRow[]) : []);
}
