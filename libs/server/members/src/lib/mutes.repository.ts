import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { MemberRow } from './members.repository';

/** The only place that writes SQL for mutes. */
@Injectable()
export class MutesRepository {
  constructor(private readonly db: TransactionRunner) {}

  get reader(): Db {
    return this.db.reader;
  }

  async mute(tx: Db, muterId: string, mutedId: string, now: Date): Promise<void> {
    await tx.query(`INSERT INTO member_mutes (muter_id, muted_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [muterId, mutedId, now]);
  }

  async unmute(tx: Db, muterId: string, mutedId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM member_mutes WHERE muter_id = $1 AND muted_id = $2 RETURNING 1`, [muterId, mutedId]);
    return rows.length > 0;
  }

  /** The members `muterId` muted, most recent first, with when. */
  async mutedBy(muterId: string, db: Db = this.reader): Promise<Array<MemberRow & { muted_at: Date }>> {
    return db.query(
      `SELECT m.*, mm.created_at AS muted_at FROM member_mutes mm JOIN members m ON m.id = mm.muted_id WHERE mm.muter_id = $1 ORDER BY mm.created_at DESC, m.id`,
      [muterId],
    );
  }

  /** Which of `authorIds` the viewer muted (a DataLoader batch). */
  async mutedAmong(muterId: string, authorIds: readonly string[]): Promise<Set<string>> {
    if (authorIds.length === 0) return new Set();
    const rows: Array<{ muted_id: string }> = await this.reader.query(`SELECT muted_id FROM member_mutes WHERE muter_id = $1 AND muted_id = ANY($2::uuid[])`, [muterId, authorIds]);
    return new Set(rows.map((row) => row.muted_id));
  }

  /** Which of `memberIds` muted `authorId`: they hear nothing from them. */
  async mutersAmong(db: Db, authorId: string, memberIds: readonly string[]): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows: Array<{ muter_id: string }> = await db.query(`SELECT muter_id FROM member_mutes WHERE muted_id = $1 AND muter_id = ANY($2::uuid[])`, [authorId, memberIds]);
    return new Set(rows.map((row) => row.muter_id));
  }

  /** `muter:muted` keys of the pairs that are mutes. */
  async mutedPairs(db: Db, pairs: ReadonlyArray<{ muterId: string; actorId: string }>): Promise<Set<string>> {
    const rows: Array<{ key: string }> = await db.query(
      `SELECT mm.muter_id || ':' || mm.muted_id AS key FROM member_mutes mm JOIN unnest($1::uuid[], $2::uuid[]) AS p(muter_id, muted_id) ON mm.muter_id = p.muter_id AND mm.muted_id = p.muted_id`,
      [pairs.map((pair) => pair.muterId), pairs.map((pair) => pair.actorId)],
    );
    return new Set(rows.map((row) => row.key));
  }

  async eraseOf(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM member_mutes WHERE muter_id = $1 OR muted_id = $1`, [memberId]);
  }
}
