import { Injectable } from '@nestjs/common';
import { Db, queryRows, runSql, sql, SqlFragment, sqlParam } from '@palabre/core';
import type { TimeCursor } from './moderation.repository';

export interface PostLogValues {
  communityId: string;
  memberId: string;
  kind: string;
  bodyHash: string;
  duplicateSince: Date;
  now: Date;
  parentId?: string;
  withSuspension?: boolean;
}

export interface SuspensionRow {
  id: string;
  community_id: string;
  member_id: string;
  reason: string;
  until: Date;
  created_by: string | null;
  created_at: Date;
  lifted_at: Date | null;
  lifted_by: string | null;
}

export interface PostStats {
  role: string | null;
  joined_at: Date | null;
  roots_since_join: number;
  answers_since_join: number;
  last_post_at: Date | null;
  same_body_recently: boolean;
  /** A recent post with the same text answered the same thread or idea (or nothing, or elsewhere). */
  same_body_not_elsewhere: boolean;
  /** The end of an active suspension, when asked for (withSuspension), else null. */
  suspended_until: Date | null;
}

/** SQL for suspensions and the posting log the anti-abuse limits count. */
@Injectable()
export class SuspensionsRepository {
  async activeSuspension(db: Db, communityId: string, memberId: string, now: Date): Promise<SuspensionRow | null> {
    const rows: SuspensionRow[] = await db.query(
      `SELECT * FROM suspensions WHERE community_id = $1 AND member_id = $2 AND lifted_at IS NULL AND until > $3`,
      [communityId, memberId, now],
    );
    return rows[0] ?? null;
  }

  /** activeSuspension for one member in many communities, in one statement: each community where one runs, with its end. */
  async runningUntilAmong(db: Db, memberId: string, communityIds: readonly string[], now: Date): Promise<Map<string, Date>> {
    const rows = await queryRows<{ community_id: string; until: Date }>(
      db,
      `SELECT community_id, max(until) AS until FROM suspensions
        WHERE member_id = $1 AND community_id = ANY($2::uuid[]) AND lifted_at IS NULL AND until > $3
        GROUP BY community_id`,
      [memberId, communityIds, now],
    );
    return new Map(rows.map((row) => [row.community_id, row.until]));
  }

  /** The suspensions still running in a community, soonest to end first, after the cursor (until, id). */
  async running(db: Db, communityId: string, now: Date, limit: number, after: TimeCursor): Promise<SuspensionRow[]> {
    return queryRows<SuspensionRow>(
      db,
      `SELECT * FROM suspensions
        WHERE community_id = $1 AND lifted_at IS NULL AND until > $2
          AND ($3::timestamptz IS NULL OR (until, id) > ($3::timestamptz, $4::uuid))
        ORDER BY until, id LIMIT $5`,
      [communityId, now, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  async countRunning(db: Db, communityId: string, now: Date): Promise<number> {
    const rows = await queryRows<{ count: string }>(db, `SELECT count(*) FROM suspensions WHERE community_id = $1 AND lifted_at IS NULL AND until > $2`, [communityId, now]);
    return Number(rows[0].count);
  }

  /** activeSuspension's end as a CTE named `gate` (one row, `suspended_until`), for a writer's own statement. */
  suspensionCte(communityId: string, memberId: string, now: Date): SqlFragment {
    return sql`gate AS (SELECT (SELECT max(s.until) FROM suspensions s WHERE s.community_id = ${communityId}::uuid AND s.member_id = ${memberId}::uuid AND s.lifted_at IS NULL AND s.until > ${now}::timestamptz) AS suspended_until)`;
  }

  /**
   * Replaces the member's current suspension here (if any) with a new one. Two suspensions of the same member
   * at once take turns (a transaction lock per member and community): the second replaces the first, as it
   * would a moment later, instead of meeting the one-current-suspension index.
   */
  async suspend(tx: Db, values: { communityId: string; memberId: string; reason: string; until: Date; by: string; now: Date }): Promise<SuspensionRow> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('suspend:' || $1::text || ':' || $2::text))`, [values.communityId, values.memberId]);
    await tx.query(`UPDATE suspensions SET lifted_at = $3, lifted_by = $4 WHERE community_id = $1 AND member_id = $2 AND lifted_at IS NULL`, [
      values.communityId,
      values.memberId,
      values.now,
      values.by,
    ]);
    const rows: SuspensionRow[] = await tx.query(
      `INSERT INTO suspensions (community_id, member_id, reason, until, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [values.communityId, values.memberId, values.reason, values.until, values.by, values.now],
    );
    return rows[0];
  }

  /** Lifts the current suspension; null when there was none still running. */
  async lift(tx: Db, communityId: string, memberId: string, by: string, now: Date): Promise<SuspensionRow | null> {
    const rows = await queryRows<SuspensionRow>(
      tx,
      `UPDATE suspensions SET lifted_at = $3, lifted_by = $4 WHERE community_id = $1 AND member_id = $2 AND lifted_at IS NULL AND until > $3 RETURNING *`,
      [communityId, memberId, now, by],
    );
    return rows[0] ?? null;
  }

  /**
   * Serialises one member's posts in one community, so concurrent posts are counted one after
   * the other, and reads the suspension running when the statement began (as a read before the lock would).
   */
  async lockPosterFindingSuspension(tx: Db, communityId: string, memberId: string, now: Date): Promise<{ until: Date } | null> {
    const rows: Array<{ until: Date | null }> = await tx.query(
      `SELECT (SELECT max(s.until) FROM suspensions s WHERE s.community_id = $1::uuid AND s.member_id = $2::uuid AND s.lifted_at IS NULL AND s.until > $3) AS until
         FROM (SELECT pg_advisory_xact_lock(hashtext('post:' || $1::text || ':' || $2::text))) locked`,
      [communityId, memberId, now],
    );
    return rows[0].until ? { until: rows[0].until } : null;
  }

  /**
   * The poster's history, read in a statement that starts after lockPosterFindingSuspension (so it sees
   * every earlier post committed), and the new post logged by the same statement (its history excludes it).
   * A post that breaks a limit must roll its transaction back, taking the log entry with it.
   */
  async postStatsLoggingPost(tx: Db, values: PostLogValues): Promise<PostStats> {
    const [row] = await runSql<PostStats>(tx, sql`WITH ${this.postStatsCtes(values)} SELECT * FROM gate`);
    return row;
  }

  /**
   * postStatsLoggingPost as CTEs (`gate_logged`, the INSERT, and `gate`, its one row), for a writer that sends them with
   * its own INSERT (WriteGate.postCheckInStatement): the statement must start after the poster's lock was taken.
   * withSuspension: the active suspension too (when the poster's lock came with BEGIN, so no statement checked it).
   */
  postStatsCtes(values: PostLogValues): SqlFragment {
    const community = sqlParam(values.communityId);
    const member = sqlParam(values.memberId);
    const hash = sqlParam(values.bodyHash);
    const since = sqlParam(values.duplicateSince);
    const now = sqlParam(values.now);
    const parent = sqlParam(values.parentId ?? null);
    const suspension = values.withSuspension
      ? sql`(SELECT max(s.until) FROM suspensions s WHERE s.community_id = ${community}::uuid AND s.member_id = ${member}::uuid AND s.lifted_at IS NULL AND s.until > ${now})`
      : sql`NULL::timestamptz`;
    return sql`gate_logged AS (INSERT INTO post_log (community_id, member_id, kind, body_hash, created_at, parent_id) VALUES (${community}, ${member}, ${values.kind}, ${hash}, ${now}, ${parent})),
       gate AS (
       SELECT m.role, m.joined_at, ${suspension} AS suspended_until,
              (SELECT count(*)::int FROM post_log p WHERE p.community_id = ${community} AND p.member_id = ${member} AND p.kind IN ('THREAD', 'IDEA') AND p.created_at >= m.joined_at) AS roots_since_join,
              (SELECT count(*)::int FROM post_log p WHERE p.community_id = ${community} AND p.member_id = ${member} AND p.kind IN ('REPLY', 'IDEA_COMMENT') AND p.created_at >= m.joined_at) AS answers_since_join,
              (SELECT max(p.created_at) FROM post_log p WHERE p.community_id = ${community} AND p.member_id = ${member}) AS last_post_at,
              EXISTS (SELECT 1 FROM post_log p WHERE p.member_id = ${member} AND p.body_hash = ${hash} AND p.created_at > ${since}) AS same_body_recently,
              EXISTS (SELECT 1 FROM post_log p WHERE p.member_id = ${member} AND p.body_hash = ${hash} AND p.created_at > ${since}
                        AND (p.parent_id IS NULL OR ${parent}::uuid IS NULL OR p.parent_id = ${parent}::uuid OR p.community_id <> ${community})) AS same_body_not_elsewhere
         FROM (SELECT 1) one LEFT JOIN memberships m ON m.community_id = ${community} AND m.member_id = ${member})`;
  }

}
