import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { ContentChoice } from '@palabre/core';

export interface DataExportRow {
  id: string;
  member_id: string;
  status: 'PENDING' | 'READY' | 'FAILED' | 'EXPIRED';
  requested_at: Date;
  ready_at: Date | null;
  expires_at: Date | null;
  link_expires_at: Date | null;
  downloaded_at: Date | null;
}

export interface AccountDeletionRow {
  member_id: string;
  content_choice: ContentChoice;
  requested_at: Date;
  execute_after: Date;
  executed_at: Date | null;
  former_number: string | null;
}

/** Everything but the archive itself, which is read only when downloaded. */
const EXPORT_COLUMNS = 'id, member_id, status, requested_at, ready_at, expires_at, link_expires_at, downloaded_at';

/** The only place that writes SQL for exports and account deletions. */
@Injectable()
export class PrivacyRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** The pending export of the member, created if there is none (a unique index keeps it to one). */
  async insertPendingExport(tx: Db, memberId: string, now: Date): Promise<DataExportRow> {
    const inserted = await queryRows<DataExportRow>(
      tx,
      `INSERT INTO data_exports (member_id, status, requested_at) VALUES ($1, 'PENDING', $2)
       ON CONFLICT (member_id) WHERE status = 'PENDING' DO NOTHING RETURNING ${EXPORT_COLUMNS}`,
      [memberId, now],
    );
    if (inserted[0]) return inserted[0];
    const [pending] = await queryRows<DataExportRow>(tx, `SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE member_id = $1 AND status = 'PENDING'`, [memberId]);
    return pending;
  }

  /** The newest export that was or is being built (a failed one does not count against the interval). */
  async latestExportOf(tx: Db, memberId: string): Promise<DataExportRow | null> {
    const [row] = await queryRows<DataExportRow>(
      tx,
      `SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE member_id = $1 AND status <> 'FAILED' ORDER BY requested_at DESC LIMIT 1`,
      [memberId],
    );
    return row ?? null;
  }

  async exportsOf(memberId: string, limit: number, after: { requestedAt: string; id: string } | null): Promise<DataExportRow[]> {
    return this.db.reader.query(
      `SELECT ${EXPORT_COLUMNS} FROM data_exports
        WHERE member_id = $1 AND ($2::timestamptz IS NULL OR (requested_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY requested_at DESC, id DESC LIMIT $4`,
      [memberId, after?.requestedAt ?? null, after?.id ?? null, limit],
    );
  }

  /** Exports among `ids` that belong to the member (none for anyone else). */
  async exportsOfIds(memberId: string | null, ids: readonly string[]): Promise<DataExportRow[]> {
    if (memberId === null || ids.length === 0) return [];
    return this.db.reader.query(`SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE member_id = $1 AND id = ANY($2::uuid[])`, [memberId, ids]);
  }

  async countExportsOf(memberId: string): Promise<number> {
    const rows: Array<{ count: string }> = await this.db.reader.query(`SELECT count(*) FROM data_exports WHERE member_id = $1`, [memberId]);
    return Number(rows[0]?.count ?? 0);
  }

  /** Claims the oldest pending export; concurrent workers skip each other's rows. */
  async claimPendingExport(tx: Db): Promise<DataExportRow | null> {
    const rows = await queryRows<DataExportRow>(
      tx,
      `SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE status = 'PENDING' ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
    return rows[0] ?? null;
  }

  async completeExport(tx: Db, id: string, archive: unknown, now: Date, expiresAt: Date): Promise<void> {
    await tx.query(`UPDATE data_exports SET status = 'READY', archive = $2::jsonb, ready_at = $3, expires_at = $4 WHERE id = $1`, [id, JSON.stringify(archive), now, expiresAt]);
  }

  async failExport(tx: Db, id: string): Promise<void> {
    await tx.query(`UPDATE data_exports SET status = 'FAILED' WHERE id = $1 AND status = 'PENDING'`, [id]);
  }

  /** Stores the hash of a new link for a ready export of this member; replaces any earlier link. */
  async setLink(tx: Db, exportId: string, memberId: string, linkHash: string, linkExpiresAt: Date, now: Date): Promise<DataExportRow | null> {
    const rows = await queryRows<DataExportRow>(
      tx,
      `UPDATE data_exports SET link_hash = $3, link_expires_at = LEAST($4::timestamptz, expires_at)
        WHERE id = $1 AND member_id = $2 AND status = 'READY' AND expires_at > $5
    RETURNING ${EXPORT_COLUMNS}`,
      [exportId, memberId, linkHash, linkExpiresAt, now],
    );
    return rows[0] ?? null;
  }

  /** Locks the export behind a live link, if any. */
  async lockByLink(tx: Db, linkHash: string, now: Date): Promise<(DataExportRow & { archive: unknown }) | null> {
    const rows = await queryRows<DataExportRow & { archive: unknown }>(
      tx,
      `SELECT ${EXPORT_COLUMNS}, archive FROM data_exports
        WHERE link_hash = $1 AND link_expires_at > $2 AND status = 'READY' FOR UPDATE`,
      [linkHash, now],
    );
    return rows[0] ?? null;
  }

  /** A link works once. */
  async consumeLink(tx: Db, exportId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE data_exports SET link_hash = NULL, link_expires_at = NULL, downloaded_at = $2 WHERE id = $1`, [exportId, now]);
  }

  async expireArchives(tx: Db, now: Date): Promise<void> {
    await tx.query(
      `UPDATE data_exports SET status = 'EXPIRED', archive = NULL, link_hash = NULL, link_expires_at = NULL WHERE status = 'READY' AND expires_at <= $1`,
      [now],
    );
  }

  async findDeletion(db: Db, memberId: string): Promise<AccountDeletionRow | null> {
    const rows = await queryRows<AccountDeletionRow>(db, `SELECT * FROM account_deletions WHERE member_id = $1`, [memberId]);
    return rows[0] ?? null;
  }

  /** Schedules the deletion, or changes the content choice of the one already scheduled (its date stays). */
  async scheduleDeletion(tx: Db, values: { memberId: string; choice: ContentChoice; now: Date; executeAfter: Date }): Promise<AccountDeletionRow> {
    const rows = await queryRows<AccountDeletionRow>(
      tx,
      `INSERT INTO account_deletions (member_id, content_choice, requested_at, execute_after) VALUES ($1, $2, $3, $4)
       ON CONFLICT (member_id) DO UPDATE SET content_choice = EXCLUDED.content_choice WHERE account_deletions.executed_at IS NULL
       RETURNING *`,
      [values.memberId, values.choice, values.now, values.executeAfter],
    );
    return rows[0];
  }

  async cancelDeletion(tx: Db, memberId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM account_deletions WHERE member_id = $1 AND executed_at IS NULL RETURNING 1`, [memberId]);
    return rows.length > 0;
  }

  /** Claims one due deletion; concurrent workers skip each other's rows, and a cancelled one is gone. */
  async claimDueDeletion(tx: Db, now: Date): Promise<AccountDeletionRow | null> {
    const rows = await queryRows<AccountDeletionRow>(
      tx,
      `SELECT * FROM account_deletions WHERE executed_at IS NULL AND execute_after <= $1 ORDER BY execute_after, member_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return rows[0] ?? null;
  }

  async nextFormerNumber(tx: Db): Promise<string> {
    const rows = await queryRows<{ n: string }>(tx, `SELECT nextval('former_member_seq')::text AS n`);
    return rows[0].n;
  }

  async markErased(tx: Db, memberId: string, formerNumber: string, now: Date): Promise<void> {
    await tx.query(`UPDATE account_deletions SET executed_at = $2, former_number = $3 WHERE member_id = $1`, [memberId, now, formerNumber]);
  }

  async currentIdentity(tx: Db, memberId: string): Promise<{ handle: string; email: string } | null> {
    const rows = await queryRows<{ handle: string; email: string }>(tx, `SELECT handle, email FROM members WHERE id = $1 FOR UPDATE`, [memberId]);
    return rows[0] ?? null;
  }

  /** What the member's archive shows of their exports and scheduled deletion. */
  async exportOf(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const dataExports = await queryRows(
      db,
      `SELECT status, requested_at AS "requestedAt", ready_at AS "readyAt", downloaded_at AS "downloadedAt" FROM data_exports WHERE member_id = $1 ORDER BY requested_at, id`,
      [memberId],
    );
    const deletion = await queryRows(
      db,
      `SELECT content_choice AS "contentChoice", requested_at AS "requestedAt", execute_after AS "executeAfter" FROM account_deletions WHERE member_id = $1`,
      [memberId],
    );
    return { dataExports, accountDeletion: deletion[0] ?? null };
  }

  async deleteExportsOf(tx: Db, memberId: string): Promise<void> {
    await tx.query(`DELETE FROM data_exports WHERE member_id = $1`, [memberId]);
  }
}
