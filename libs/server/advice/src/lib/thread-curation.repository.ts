import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface PinRow {
  thread_id: string;
  space_id: string;
  pinned_by: string | null;
  pinned_at: Date;
}

/**
 * Curation storage of threads: pins, duplicates, moves and tag changes. Advice owns `thread_pins` and
 * `thread_duplicates` (a thread's list order and search read them in the same statement as the threads);
 * moderation holds the rules (who may curate, the pin limit, the audit) and calls this public face.
 */
@Injectable()
export class ThreadCurationRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Serialises pin changes in one space, so the limit holds under concurrent pins. */
  async lockSpacePins(tx: Db, spaceId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('pins:' || $1))`, [spaceId]);
  }

  async countPins(tx: Db, spaceId: string): Promise<number> {
    const rows: Array<{ count: number }> = await tx.query(`SELECT count(*)::int AS count FROM thread_pins WHERE space_id = $1`, [spaceId]);
    return rows[0].count;
  }

  async insertPin(tx: Db, values: { threadId: string; spaceId: string; by: string; now: Date }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO thread_pins (thread_id, space_id, pinned_by, pinned_at) VALUES ($1, $2, $3, $4) ON CONFLICT (thread_id) DO NOTHING RETURNING 1`,
      [values.threadId, values.spaceId, values.by, values.now],
    );
    return rows.length > 0;
  }

  async deletePin(tx: Db, threadId: string): Promise<boolean> {
    return (await queryRows(tx, `DELETE FROM thread_pins WHERE thread_id = $1 RETURNING 1`, [threadId])).length > 0;
  }

  /** Pinned threads of each space, oldest pin first (the order lists show them in). */
  async pinsOfSpaces(spaceIds: readonly string[]): Promise<PinRow[]> {
    return this.db.reader.query(`SELECT * FROM thread_pins WHERE space_id = ANY($1::uuid[]) ORDER BY pinned_at, thread_id`, [spaceIds]);
  }

  /** Moves a thread and its replies; ids do not change, so links and follows keep working. */
  async moveThread(tx: Db, threadId: string, toSpaceId: string): Promise<void> {
    await tx.query(`UPDATE threads SET space_id = $2 WHERE id = $1`, [threadId, toSpaceId]);
    await tx.query(`UPDATE replies SET space_id = $2 WHERE thread_id = $1`, [threadId, toSpaceId]);
  }

  async originalOf(db: Db, threadId: string): Promise<string | null> {
    const rows: Array<{ original_id: string }> = await db.query(`SELECT original_id FROM thread_duplicates WHERE thread_id = $1`, [threadId]);
    return rows[0]?.original_id ?? null;
  }

  async originalsOf(threadIds: readonly string[]): Promise<Array<{ thread_id: string; original_id: string }>> {
    return this.db.reader.query(`SELECT thread_id, original_id FROM thread_duplicates WHERE thread_id = ANY($1::uuid[])`, [threadIds]);
  }

  async markDuplicate(tx: Db, values: { threadId: string; originalId: string; by: string; reason: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO thread_duplicates (thread_id, original_id, closed_by, closed_at, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (thread_id) DO UPDATE SET original_id = EXCLUDED.original_id, closed_by = EXCLUDED.closed_by, closed_at = EXCLUDED.closed_at, reason = EXCLUDED.reason`,
      [values.threadId, values.originalId, values.by, values.now, values.reason],
    );
  }

  /**
   * Replaces every tag of `from` by `into` on the space's threads, keeping each thread's tag
   * order and dropping the duplicates a merge creates. Returns how many threads changed.
   */
  async replaceTags(tx: Db, spaceId: string, from: readonly string[], into: string): Promise<number> {
    const rows = await queryRows(
      tx,
      `UPDATE threads t SET tags = ARRAY(
          SELECT tag FROM (
            SELECT CASE WHEN u.tag = ANY($2::text[]) THEN $3 ELSE u.tag END AS tag, u.position
              FROM unnest(t.tags) WITH ORDINALITY AS u(tag, position)
          ) renamed GROUP BY tag ORDER BY min(position))
        WHERE t.space_id = $1 AND t.tags && $2::text[]
        RETURNING 1`,
      [spaceId, from, into],
    );
    return rows.length;
  }

  /** For the curator's data export (moderation's provider shows them under "curation you carried out"). */
  async pinsBy(db: Db, memberId: string): Promise<Array<{ thread_id: string; pinned_at: Date }>> {
    return queryRows(db, `SELECT thread_id, pinned_at FROM thread_pins WHERE pinned_by = $1 ORDER BY pinned_at, thread_id`, [memberId]);
  }

  async duplicatesClosedBy(db: Db, memberId: string): Promise<Array<{ thread_id: string; original_id: string; reason: string; closed_at: Date }>> {
    return queryRows(db, `SELECT thread_id, original_id, reason, closed_at FROM thread_duplicates WHERE closed_by = $1 ORDER BY closed_at, thread_id`, [memberId]);
  }

  /** Erasure: the curation stays, its curator is forgotten. */
  async forgetCurator(tx: Db, memberId: string): Promise<void> {
    await tx.query(`UPDATE thread_pins SET pinned_by = NULL WHERE pinned_by = $1`, [memberId]);
    await tx.query(`UPDATE thread_duplicates SET closed_by = NULL WHERE closed_by = $1`, [memberId]);
  }
}
