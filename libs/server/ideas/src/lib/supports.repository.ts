import { Injectable } from '@nestjs/common';
import { advisoryKey, Db, queryRows, rawSql, runSql, sql, SqlFragment, sqlParam, TransactionRunner } from '@palabre/core';
import { OPEN_STATUSES } from './idea-status.machine';
import type { IdeaRow, SupportersByAffiliationRow } from './ideas.rows';

const OPEN = `'{${OPEN_STATUSES.join(',')}}'::text[]`;

/** Thresholds of the space, used to stamp `qualified_at` in the statement that counts the support. */
export interface QualificationRule {
  threshold: number | null;
  windowDays: number | null;
}

/** Supports and the counters that mirror them; every change to one changes the other in the same transaction. */
@Injectable()
export class SupportsRepository {
  constructor(private readonly db: TransactionRunner) {}

  /**
   * Serialises one member's supports in one space, so that counting the budget and adding a
   * support cannot interleave with another of their supports (held until the transaction ends).
   */
  async lockBudget(tx: Db, spaceId: string, memberId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey(`idea-budget:${spaceId}:${memberId}`)]);
  }

  /** Supports the member has on open ideas of the space: what their budget counts. */
  async openSupportsOf(db: Db, spaceId: string, memberId: string): Promise<number> {
    const rows: Array<{ count: string }> = await db.query(
      `SELECT count(*) FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
        WHERE s.member_id = $1 AND i.space_id = $2 AND i.status = ANY(${OPEN})`,
      [memberId, spaceId],
    );
    return Number(rows[0].count);
  }

  async openSupportsBySpace(memberId: string, spaceIds: readonly string[]): Promise<Array<{ space_id: string; count: number }>> {
    const rows: Array<{ space_id: string; count: string }> = await this.db.reader.query(
      `SELECT i.space_id, count(*) FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
        WHERE s.member_id = $1 AND i.space_id = ANY($2::uuid[]) AND i.status = ANY(${OPEN}) GROUP BY i.space_id`,
      [memberId, spaceIds],
    );
    return rows.map((row) => ({ space_id: row.space_id, count: Number(row.count) }));
  }

  /** ON CONFLICT keeps concurrent supports from double counting: only an inserted row is counted. */
  async insert(tx: Db, ideaId: string, memberId: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO idea_supports (idea_id, member_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (idea_id, member_id) DO NOTHING RETURNING 1`,
      [ideaId, memberId, now],
    );
    return rows.length > 0;
  }

  /**
   * insert and adjustCount(+1) in one statement, with a write check's CTEs (WriteGate.writeCheckInStatement, whose `gate`
   * row comes back as JSON for its verify): the counter moves only when the support is new and the idea still open (the
   * UPDATE takes its row lock and re-reads it). `inserted` false: the member already supported it, nothing changed;
   * `idea` null with `inserted` true: the idea closed meanwhile, the caller rolls back.
   */
  async insertCounting(tx: Db, ideaId: string, memberId: string, rule: QualificationRule, now: Date, checks: SqlFragment): Promise<{ gate: Record<string, unknown>; inserted: boolean; idea: IdeaRow | null }> {
    const at = sqlParam(now);
    const threshold = sqlParam(rule.threshold);
    const windowDays = sqlParam(rule.windowDays);
    const [row] = await runSql<IdeaRow & { gate__: Record<string, unknown>; inserted__: boolean }>(
      tx,
      sql`WITH ${checks},
       inserted AS (
         INSERT INTO idea_supports (idea_id, member_id, created_at) VALUES (${ideaId}::uuid, ${memberId}::uuid, ${at}::timestamptz)
         ON CONFLICT (idea_id, member_id) DO NOTHING RETURNING idea_id
       ),
       counted AS (
         UPDATE ideas SET support_count = support_count + 1,
                qualified_at = CASE
                  WHEN qualified_at IS NULL AND status = 'OPEN' AND ${threshold}::int IS NOT NULL AND support_count + 1 >= ${threshold}::int
                   AND (${windowDays}::int IS NULL OR created_at + make_interval(days => ${windowDays}::int) > ${at}::timestamptz) THEN ${at}::timestamptz
                  ELSE qualified_at END
          WHERE id = (SELECT idea_id FROM inserted) AND status = ANY(${rawSql(OPEN)}) RETURNING *
       )
       SELECT (SELECT to_jsonb(gate) FROM gate) AS gate__, EXISTS (SELECT 1 FROM inserted) AS inserted__, counted.* FROM (SELECT 1) one LEFT JOIN counted ON true`,
    );
    const { gate__: gate, inserted__: inserted, ...idea } = row;
    return { gate, inserted, idea: idea.id ? (idea as IdeaRow) : null };
  }

  async delete(tx: Db, ideaId: string, memberId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM idea_supports WHERE idea_id = $1 AND member_id = $2 RETURNING 1`, [ideaId, memberId]);
    return rows.length > 0;
  }

  /**
   * Adds `delta` to the counter of an idea that is still open (re-checked under the row lock, so a
   * concurrent close wins) and stamps `qualified_at` when the threshold is reached in its window.
   * Returns null when the idea closed meanwhile: the caller rolls back.
   */
  /** The idea as updated (null when it is no longer open): callers answer with it, no reload. */
  async adjustCount(tx: Db, ideaId: string, delta: number, rule: QualificationRule, now: Date): Promise<IdeaRow | null> {
    const rows = await queryRows<IdeaRow>(
      tx,
      `UPDATE ideas SET support_count = support_count + $2,
              qualified_at = CASE
                WHEN qualified_at IS NULL AND status = 'OPEN' AND $3::int IS NOT NULL AND support_count + $2 >= $3::int
                 AND ($4::int IS NULL OR created_at + make_interval(days => $4::int) > $5::timestamptz) THEN $5::timestamptz
                ELSE qualified_at END
        WHERE id = $1 AND status = ANY(${OPEN}) RETURNING *`,
      [ideaId, delta, rule.threshold, rule.windowDays, now],
    );
    return rows[0] ?? null;
  }

  /** Which of `ideaIds` the member supports. */
  async supportedBy(memberId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ idea_id: string }> = await this.db.reader.query(`SELECT idea_id FROM idea_supports WHERE member_id = $1 AND idea_id = ANY($2::uuid[])`, [memberId, ideaIds]);
    return new Set(rows.map((row) => row.idea_id));
  }

  /** Supporters by their role in the idea's community: shown, never weighted. */
  async byAffiliation(ideaIds: readonly string[]): Promise<SupportersByAffiliationRow[]> {
    const rows: Array<{ idea_id: string; members: string; staff: string; moderators: string }> = await this.db.reader.query(
      `SELECT s.idea_id,
              count(*) FILTER (WHERE m.role IS NULL OR m.role = 'MEMBER') AS members,
              count(*) FILTER (WHERE m.role IN ('OWNER', 'BRAND_STAFF')) AS staff,
              count(*) FILTER (WHERE m.role = 'MODERATOR') AS moderators
         FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
         LEFT JOIN memberships m ON m.community_id = i.community_id AND m.member_id = s.member_id
        WHERE s.idea_id = ANY($1::uuid[]) GROUP BY s.idea_id`,
      [ideaIds],
    );
    return rows.map((row) => ({ idea_id: row.idea_id, members: Number(row.members), staff: Number(row.staff), moderators: Number(row.moderators) }));
  }

  /** Copies the source's supporters onto the target, skipping those already there; returns who was moved. */
  async copyForMerge(tx: Db, sourceId: string, targetId: string, now: Date): Promise<{ moved: string[]; alreadyOnTarget: string[] }> {
    const sources: Array<{ member_id: string }> = await tx.query(`SELECT member_id FROM idea_supports WHERE idea_id = $1 ORDER BY member_id`, [sourceId]);
    const moved: Array<{ member_id: string }> = await tx.query(
      `INSERT INTO idea_supports (idea_id, member_id, created_at, via_merge_from)
       SELECT $2, member_id, $3, $1 FROM idea_supports WHERE idea_id = $1
       ON CONFLICT (idea_id, member_id) DO NOTHING RETURNING member_id`,
      [sourceId, targetId, now],
    );
    const movedIds = new Set(moved.map((row) => row.member_id));
    return { moved: [...movedIds].sort(), alreadyOnTarget: sources.map((row) => row.member_id).filter((id) => !movedIds.has(id)) };
  }

  /** Removes from the target the supports a merge added (those not withdrawn since); returns how many. */
  async removeMerged(tx: Db, sourceId: string, targetId: string): Promise<number> {
    const rows = await queryRows(tx, `DELETE FROM idea_supports WHERE idea_id = $1 AND via_merge_from = $2 RETURNING 1`, [targetId, sourceId]);
    return rows.length;
  }

  /** Sets a counter to a known value (merge/unmerge), in the transaction that changed the rows. */
  async addToCount(tx: Db, ideaId: string, delta: number): Promise<number> {
    const rows = await queryRows<{ support_count: number }>(tx, `UPDATE ideas SET support_count = support_count + $2 WHERE id = $1 RETURNING support_count`, [ideaId, delta]);
    return rows[0].support_count;
  }
}
