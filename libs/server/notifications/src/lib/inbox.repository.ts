import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Db, joinSql, queryRows, sql, SqlFragment, TransactionRunner } from '@palabre/core';
import type { NotificationRow, NewNotification } from './notifications.rows';

const NOTIFICATION_COLUMNS = 'id, member_id, kind, reason, community_id, subject_id, actor_id, summary, payload, created_at, deferred_until, digest_id, read_at';

/** The only place that writes SQL for notifications (a member's inbox). */
@Injectable()
export class InboxRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Notifications delivered at once (not deferred) to each member since `since`, for the contact budget. */
  async immediateCountsSince(tx: Db, memberIds: readonly string[], since: Date): Promise<Map<string, number>> {
    if (memberIds.length === 0) return new Map();
    const rows: Array<{ member_id: string; count: number }> = await tx.query(
      `SELECT member_id, count(*)::int AS count FROM notifications
        WHERE member_id = ANY($1::uuid[]) AND created_at >= $2 AND deferred_until IS NULL GROUP BY member_id`,
      [memberIds, since],
    );
    return new Map(rows.map((row) => [row.member_id, row.count]));
  }

  /**
   * The INSERT of new notifications as a statement fragment, and the rows it writes: ids are made here (random UUIDs, like
   * the column's default), so the caller can announce them before the INSERT runs and send it with the outbox INSERT
   * (EventsService.recordWith: one statement for both).
   */
  notificationsInsert(items: readonly NewNotification[], now: Date): { rows: NotificationRow[]; write: SqlFragment | null } {
    if (items.length === 0) return { rows: [], write: null };
    const rows: NotificationRow[] = items.map((item) => ({
      id: randomUUID(),
      member_id: item.memberId,
      kind: item.kind,
      reason: item.reason,
      community_id: item.communityId,
      subject_id: item.subjectId,
      actor_id: item.actorId,
      summary: item.summary.slice(0, 300),
      payload: item.payload,
      created_at: now,
      deferred_until: item.deferredUntil,
      digest_id: null,
      read_at: null,
    }));
    const tuples = rows.map(
      (row) =>
        sql`(${row.id}::uuid, ${row.member_id}::uuid, ${row.kind}, ${row.reason}, ${row.community_id}::uuid, ${row.subject_id}, ${row.actor_id}::uuid, ${row.summary}, ${JSON.stringify(row.payload)}::jsonb, ${now}::timestamptz, ${row.deferred_until}::timestamptz)`,
    );
    const write = sql`INSERT INTO notifications (id, member_id, kind, reason, community_id, subject_id, actor_id, summary, payload, created_at, deferred_until) VALUES ${joinSql(tuples, ', ')}`;
    return { rows, write };
  }

  async notificationsPage(memberId: string, unreadOnly: boolean, limit: number, after: { createdAt: string; id: string } | null): Promise<NotificationRow[]> {
    return this.db.reader.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications
        WHERE member_id = $1 AND (NOT $2::boolean OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [memberId, unreadOnly, after?.createdAt ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }

  async countNotifications(memberId: string, unreadOnly: boolean): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(
      `SELECT count(*)::int AS count FROM notifications WHERE member_id = $1 AND (NOT $2::boolean OR read_at IS NULL)`,
      [memberId, unreadOnly],
    );
    return rows[0]?.count ?? 0;
  }

  /** Unread notifications already delivered (deferred ones count once their digest is out). */
  async countUnreadDelivered(memberId: string, now: Date): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(
      `SELECT count(*)::int AS count FROM notifications
        WHERE member_id = $1 AND read_at IS NULL AND (deferred_until IS NULL OR deferred_until <= $2 OR digest_id IS NOT NULL)`,
      [memberId, now],
    );
    return rows[0]?.count ?? 0;
  }

  async markRead(tx: Db, memberId: string, ids: readonly string[] | 'all', now: Date): Promise<number> {
    const rows: unknown[] =
      ids === 'all'
        ? await queryRows(tx, `UPDATE notifications SET read_at = $2 WHERE member_id = $1 AND read_at IS NULL RETURNING 1`, [memberId, now])
        : await queryRows(tx, `UPDATE notifications SET read_at = $3 WHERE member_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING 1`, [memberId, ids, now]);
    return rows.length;
  }

  async notificationsOfDigests(digestIds: readonly string[]): Promise<NotificationRow[]> {
    if (digestIds.length === 0) return [];
    return this.db.reader.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE digest_id = ANY($1::uuid[]) ORDER BY created_at, id`, [digestIds]);
  }

  async notificationOf(memberId: string, id: string): Promise<NotificationRow | null> {
    const rows: NotificationRow[] = await this.db.reader.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE id = $1 AND member_id = $2`, [id, memberId]);
    return rows[0] ?? null;
  }
}
