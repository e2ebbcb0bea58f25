import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { NotificationRow, DigestRow } from './notifications.rows';
import type { Cadence } from './schedule';

const NOTIFICATION_COLUMNS = 'id, member_id, kind, reason, community_id, subject_id, actor_id, summary, payload, created_at, deferred_until, digest_id, read_at';

/** The only place that writes SQL for digests and the notifications they gather. */
@Injectable()
export class DigestsRepository {
  constructor(private readonly db: TransactionRunner) {}

  async digestOf(memberId: string, id: string): Promise<DigestRow | null> {
    const rows: DigestRow[] = await this.db.reader.query(
      `SELECT id, member_id, cadence, period_start, period_end, item_count, created_at, emailed_at FROM digests WHERE id = $1 AND member_id = $2`,
      [id, memberId],
    );
    return rows[0] ?? null;
  }

  /** Members with deferred notifications due at `now` and not yet in a digest. */
  async membersWithDueItems(tx: Db, now: Date, limit: number): Promise<string[]> {
    const rows: Array<{ member_id: string }> = await tx.query(
      `SELECT DISTINCT member_id FROM notifications WHERE digest_id IS NULL AND deferred_until IS NOT NULL AND deferred_until <= $1 LIMIT $2`,
      [now, limit],
    );
    return rows.map((row) => row.member_id);
  }

  /** Creates the digest of a period; null when that member already has one for it. */
  async insertDigest(tx: Db, values: { memberId: string; cadence: Cadence; periodStart: Date; periodEnd: Date; now: Date }): Promise<DigestRow | null> {
    const rows: DigestRow[] = await tx.query(
      `INSERT INTO digests (member_id, cadence, period_start, period_end, item_count, created_at) VALUES ($1, $2, $3, $4, 0, $5)
       ON CONFLICT (member_id, period_start) DO NOTHING
       RETURNING id, member_id, cadence, period_start, period_end, item_count, created_at, emailed_at`,
      [values.memberId, values.cadence, values.periodStart, values.periodEnd, values.now],
    );
    return rows[0] ?? null;
  }

  async attachDueItems(tx: Db, digestId: string, memberId: string, upTo: Date): Promise<NotificationRow[]> {
    const rows = await queryRows<NotificationRow>(
      tx,
      `UPDATE notifications SET digest_id = $1 WHERE member_id = $2 AND digest_id IS NULL AND deferred_until IS NOT NULL AND deferred_until <= $3
       RETURNING ${NOTIFICATION_COLUMNS}`,
      [digestId, memberId, upTo],
    );
    await tx.query(`UPDATE digests SET item_count = $2 WHERE id = $1`, [digestId, rows.length]);
    return rows;
  }

  /** Items due by `upTo` that no digest took yet wait until `until` (the next period's digest). */
  async deferDueItems(tx: Db, memberId: string, upTo: Date, until: Date): Promise<void> {
    await tx.query(`UPDATE notifications SET deferred_until = $3 WHERE member_id = $1 AND digest_id IS NULL AND deferred_until IS NOT NULL AND deferred_until <= $2`, [memberId, upTo, until]);
  }

  async deleteDigest(tx: Db, digestId: string): Promise<void> {
    await tx.query(`DELETE FROM digests WHERE id = $1`, [digestId]);
  }

  async markEmailed(digestId: string, now: Date, tx: Db = this.db.reader): Promise<void> {
    await tx.query(`UPDATE digests SET emailed_at = $2 WHERE id = $1`, [digestId, now]);
  }

  async digestsPage(memberId: string, limit: number, after: { periodStart: string; id: string } | null): Promise<DigestRow[]> {
    return this.db.reader.query(
      `SELECT id, member_id, cadence, period_start, period_end, item_count, created_at, emailed_at FROM digests
        WHERE member_id = $1 AND ($2::timestamptz IS NULL OR (period_start, id) < ($2::timestamptz, $3::uuid))
        ORDER BY period_start DESC, id DESC LIMIT $4`,
      [memberId, after?.periodStart ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }

  async countDigests(memberId: string): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(`SELECT count(*)::int AS count FROM digests WHERE member_id = $1`, [memberId]);
    return rows[0]?.count ?? 0;
  }
}
