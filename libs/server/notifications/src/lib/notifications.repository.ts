import { Injectable } from '@nestjs/common';
import { Db, queryRows, TransactionRunner } from '@palabre/core';
import type { Cadence } from './schedule';

export type FollowTargetType = 'Thread' | 'Idea' | 'Space' | 'Member';
export type ConsentScope = 'BRAND_CONTACT' | 'EMAIL_DIGEST';
export type NotificationReason = 'FOLLOWING' | 'CONCERNED';

export interface FollowRow {
  member_id: string;
  target_type: FollowTargetType;
  target_id: string;
  community_id: string | null;
  created_at: Date;
}

export interface PreferencesRow {
  member_id: string;
  cadence: Cadence;
  digest_day: number;
  digest_hour: number;
  timezone: string;
  quiet_from: number | null;
  quiet_to: number | null;
  weekly_contact_budget: number | null;
  email: boolean;
  auto_follow_own: boolean;
  /** Tell me when someone @mentions me (members of my communities only). */
  mentions: boolean;
}

export const DEFAULT_PREFERENCES: Omit<PreferencesRow, 'member_id'> = {
  cadence: 'IMMEDIATE',
  digest_day: 1,
  digest_hour: 8,
  timezone: 'UTC',
  quiet_from: null,
  quiet_to: null,
  weekly_contact_budget: null,
  email: false,
  auto_follow_own: true,
  mentions: true,
};

/** A member who may be told, whether they follow one of the targets, and how they like to be told. */
export interface AudienceRow {
  memberId: string;
  following: boolean;
  preferences: PreferencesRow;
}

export interface NotificationRow {
  id: string;
  member_id: string;
  kind: string;
  reason: NotificationReason;
  community_id: string | null;
  subject_id: string | null;
  actor_id: string | null;
  summary: string;
  payload: Record<string, unknown>;
  created_at: Date;
  deferred_until: Date | null;
  digest_id: string | null;
  read_at: Date | null;
}

export interface NewNotification {
  memberId: string;
  kind: string;
  reason: NotificationReason;
  communityId: string | null;
  subjectId: string | null;
  actorId: string | null;
  summary: string;
  payload: Record<string, unknown>;
  deferredUntil: Date | null;
}

export interface DigestRow {
  id: string;
  member_id: string;
  cadence: Cadence;
  period_start: Date;
  period_end: Date;
  item_count: number;
  created_at: Date;
  emailed_at: Date | null;
}

export interface ConsentLedgerRow {
  id: string;
  community_id: string;
  scope: ConsentScope;
  action: 'GRANT' | 'REVOKE';
  text_version: string;
  recorded_at: Date;
}

export interface ConsentRow {
  member_id: string;
  community_id: string;
  scope: ConsentScope;
  granted_at: Date;
  revoked_at: Date | null;
  text_version: string;
}

export interface ContactMessageRow {
  id: string;
  conversation_id: string;
  community_id: string;
  member_id: string;
  direction: 'TO_MEMBER' | 'TO_BRAND';
  sender_id: string | null;
  subject: string;
  body: string;
  created_at: Date;
}

const NOTIFICATION_COLUMNS = 'id, member_id, kind, reason, community_id, subject_id, actor_id, summary, payload, created_at, deferred_until, digest_id, read_at';
const PREFERENCE_COLUMNS = 'member_id, cadence, digest_day, digest_hour, timezone, quiet_from, quiet_to, weekly_contact_budget, email, auto_follow_own, mentions';

/** The only place that writes SQL for follows, notifications, digests, consents and contact messages. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: TransactionRunner) {}

  // --- follows -----------------------------------------------------------------------------

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
  async audienceOf(
    tx: Db,
    values: { follows: ReadonlyArray<{ type: FollowTargetType; id: string }>; memberIds: readonly string[]; communityId: string | null; exclude: readonly string[]; actorId: string | null },
  ): Promise<AudienceRow[]> {
    const rows: Array<Omit<PreferencesRow, 'member_id'> & { member_id: string; following: boolean; has_preferences: boolean }> = await tx.query(
      `WITH candidates AS (
         SELECT f.member_id, true AS following FROM follows f WHERE (f.target_type || ':' || f.target_id) = ANY($1::text[])
         UNION ALL SELECT named.id, false FROM unnest($2::uuid[]) AS named(id)
       ), audience AS (
         SELECT member_id, bool_or(following) AS following FROM candidates WHERE NOT (member_id = ANY($4::uuid[])) GROUP BY member_id
       )
       SELECT a.member_id, a.following, p.member_id IS NOT NULL AS has_preferences,
              p.cadence, p.digest_day, p.digest_hour, p.timezone, p.quiet_from, p.quiet_to, p.weekly_contact_budget, p.email, p.auto_follow_own, p.mentions
         FROM audience a LEFT JOIN notification_preferences p ON p.member_id = a.member_id
        WHERE NOT EXISTS (SELECT 1 FROM member_mutes mm WHERE mm.muter_id = a.member_id AND mm.muted_id = $5::uuid)
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM members mb JOIN communities c ON c.id = $3::uuid
                 WHERE mb.id = a.member_id AND (c.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.member_id = mb.id))))`,
      [values.follows.map((target) => `${target.type}:${target.id}`), values.memberIds, values.communityId, values.exclude, values.actorId],
    );
    return rows.map(({ member_id, following, has_preferences, ...preferences }) => ({
      memberId: member_id,
      following,
      preferences: has_preferences ? { member_id, ...preferences } : { member_id, ...DEFAULT_PREFERENCES },
    }));
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

  // --- preferences ---------------------------------------------------------------------------

  async preferencesOf(db: Db, memberIds: readonly string[]): Promise<Map<string, PreferencesRow>> {
    const rows: PreferencesRow[] = memberIds.length === 0 ? [] : await db.query(`SELECT ${PREFERENCE_COLUMNS} FROM notification_preferences WHERE member_id = ANY($1::uuid[])`, [memberIds]);
    const byMember = new Map(rows.map((row) => [row.member_id, row]));
    return new Map(memberIds.map((id) => [id, byMember.get(id) ?? { member_id: id, ...DEFAULT_PREFERENCES }]));
  }

  async savePreferences(tx: Db, row: PreferencesRow, now: Date): Promise<PreferencesRow> {
    const rows: PreferencesRow[] = await tx.query(
      `INSERT INTO notification_preferences (${PREFERENCE_COLUMNS}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (member_id) DO UPDATE SET cadence = EXCLUDED.cadence, digest_day = EXCLUDED.digest_day, digest_hour = EXCLUDED.digest_hour,
         timezone = EXCLUDED.timezone, quiet_from = EXCLUDED.quiet_from, quiet_to = EXCLUDED.quiet_to,
         weekly_contact_budget = EXCLUDED.weekly_contact_budget, email = EXCLUDED.email, auto_follow_own = EXCLUDED.auto_follow_own, mentions = EXCLUDED.mentions, updated_at = EXCLUDED.updated_at
       RETURNING ${PREFERENCE_COLUMNS}`,
      [row.member_id, row.cadence, row.digest_day, row.digest_hour, row.timezone, row.quiet_from, row.quiet_to, row.weekly_contact_budget, row.email, row.auto_follow_own, row.mentions, now],
    );
    return rows[0];
  }

  // --- notifications -------------------------------------------------------------------------

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

  async insertNotifications(tx: Db, items: readonly NewNotification[], now: Date): Promise<NotificationRow[]> {
    if (items.length === 0) return [];
    const values: unknown[] = [];
    const tuples = items.map((item, index) => {
      values.push(item.memberId, item.kind, item.reason, item.communityId, item.subjectId, item.actorId, item.summary.slice(0, 300), JSON.stringify(item.payload), now, item.deferredUntil);
      const base = index * 10;
      return `(${Array.from({ length: 10 }, (_, offset) => `$${base + offset + 1}`).join(', ')})`;
    });
    return tx.query(
      `INSERT INTO notifications (member_id, kind, reason, community_id, subject_id, actor_id, summary, payload, created_at, deferred_until)
       VALUES ${tuples.join(', ')} RETURNING ${NOTIFICATION_COLUMNS}`,
      values,
    );
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

  async digestOf(memberId: string, id: string): Promise<DigestRow | null> {
    const rows: DigestRow[] = await this.db.reader.query(
      `SELECT id, member_id, cadence, period_start, period_end, item_count, created_at, emailed_at FROM digests WHERE id = $1 AND member_id = $2`,
      [id, memberId],
    );
    return rows[0] ?? null;
  }

  /** A contact message its member or its sender may see. */
  async contactMessageFor(viewerId: string, id: string): Promise<ContactMessageRow | null> {
    const rows: ContactMessageRow[] = await this.db.reader.query(
      `SELECT id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at FROM contact_messages
        WHERE id = $1 AND (member_id = $2 OR sender_id = $2)`,
      [id, viewerId],
    );
    return rows[0] ?? null;
  }

  // --- digests -------------------------------------------------------------------------------

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

  // --- consents ------------------------------------------------------------------------------

  async appendConsent(tx: Db, values: { memberId: string; communityId: string; scope: ConsentScope; action: 'GRANT' | 'REVOKE'; textVersion: string; now: Date }): Promise<void> {
    await tx.query(
      `INSERT INTO consent_ledger (member_id, community_id, scope, action, text_version, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [values.memberId, values.communityId, values.scope, values.action, values.textVersion, values.now],
    );
  }

  /** Serialises ledger writes of one member (grant and revoke at once stay ordered). */
  async lockMember(tx: Db, memberId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('consent:' || $1::text))`, [memberId]);
  }

  /**
   * Each member's consents as periods: the latest grant per (community, scope) with the
   * revocation that followed it, if any.
   */
  async consentsOf(db: Db, memberId: string, filter?: { communityId: string; scope: ConsentScope }): Promise<ConsentRow[]> {
    return db.query(
      `SELECT g.member_id, g.community_id, g.scope, g.recorded_at AS granted_at, g.text_version,
              (SELECT min(r.recorded_at) FROM consent_ledger r WHERE r.member_id = g.member_id AND r.community_id = g.community_id
                  AND r.scope = g.scope AND r.action = 'REVOKE' AND r.id > g.id) AS revoked_at
         FROM consent_ledger g
        WHERE g.member_id = $1 AND g.action = 'GRANT'
          AND ($2::uuid IS NULL OR (g.community_id = $2::uuid AND g.scope = $3))
          AND g.id = (SELECT max(x.id) FROM consent_ledger x WHERE x.member_id = g.member_id AND x.community_id = g.community_id AND x.scope = g.scope AND x.action = 'GRANT')
        ORDER BY g.id`,
      [memberId, filter?.communityId ?? null, filter?.scope ?? null],
    );
  }

  /** Every grant and revocation of a member, oldest first, as the append-only ledger holds them. */
  async consentHistoryOf(db: Db, memberId: string): Promise<ConsentLedgerRow[]> {
    return db.query(`SELECT id, community_id, scope, action, text_version, recorded_at FROM consent_ledger WHERE member_id = $1 ORDER BY id`, [memberId]);
  }

  /** Whether the latest ledger entry for (member, community, scope) is a grant. */
  async hasCurrentConsent(db: Db, memberId: string, communityId: string, scope: ConsentScope): Promise<boolean> {
    const rows: Array<{ action: string }> = await db.query(
      `SELECT action FROM consent_ledger WHERE member_id = $1 AND community_id = $2 AND scope = $3 ORDER BY id DESC LIMIT 1`,
      [memberId, communityId, scope],
    );
    return rows[0]?.action === 'GRANT';
  }

  async communitiesWithConsent(db: Db, memberId: string, scope: ConsentScope): Promise<Set<string>> {
    const rows: Array<{ community_id: string; action: string }> = await db.query(
      `SELECT DISTINCT ON (community_id) community_id, action FROM consent_ledger WHERE member_id = $1 AND scope = $2 ORDER BY community_id, id DESC`,
      [memberId, scope],
    );
    return new Set(rows.filter((row) => row.action === 'GRANT').map((row) => row.community_id));
  }

  // --- contact messages ----------------------------------------------------------------------

  async insertContactMessage(tx: Db, values: Omit<ContactMessageRow, 'id' | 'created_at'> & { now: Date }): Promise<ContactMessageRow> {
    const rows: ContactMessageRow[] = await tx.query(
      `INSERT INTO contact_messages (conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at`,
      [values.conversation_id, values.community_id, values.member_id, values.direction, values.sender_id, values.subject, values.body, values.now],
    );
    return rows[0];
  }

  /** A conversation the member started with the brand team of this community. */
  async memberStartedConversation(db: Db, conversationId: string, communityId: string, memberId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM contact_messages WHERE conversation_id = $1 AND community_id = $2 AND member_id = $3 AND direction = 'TO_BRAND' LIMIT 1`,
      [conversationId, communityId, memberId],
    );
    return rows.length > 0;
  }

  async contactMessagesPage(filter: { communityId?: string; memberId?: string }, limit: number, after: { createdAt: string; id: string } | null): Promise<ContactMessageRow[]> {
    return this.db.reader.query(
      `SELECT id, conversation_id, community_id, member_id, direction, sender_id, subject, body, created_at FROM contact_messages
        WHERE ($1::uuid IS NULL OR community_id = $1::uuid) AND ($2::uuid IS NULL OR member_id = $2::uuid)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [filter.communityId ?? null, filter.memberId ?? null, after?.createdAt ?? null, after?.id ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }

  async countContactMessages(filter: { communityId?: string; memberId?: string }): Promise<number> {
    const rows: Array<{ count: number }> = await this.db.reader.query(
      `SELECT count(*)::int AS count FROM contact_messages WHERE ($1::uuid IS NULL OR community_id = $1::uuid) AND ($2::uuid IS NULL OR member_id = $2::uuid)`,
      [filter.communityId ?? null, filter.memberId ?? null],
    );
    return rows[0]?.count ?? 0;
  }

  async spaceCommunity(db: Db, spaceId: string): Promise<string | null> {
    const rows: Array<{ community_id: string }> = await db.query(`SELECT community_id FROM spaces WHERE id = $1`, [spaceId]);
    return rows[0]?.community_id ?? null;
  }
}
