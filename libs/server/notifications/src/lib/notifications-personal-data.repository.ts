import { Injectable } from '@nestjs/common';
import { ContentChoice, Db, queryRows, scrubMentionsIn, scrubMentionsInJson } from '@palabre/core';

export const NOTIFICATION_RETENTION_DAYS = 180;
export const CONTACT_RETENTION_DAYS = 730;
const DAY = 86_400_000;

/** Where people's words land in notifications' tables (brand conversations, rendered summaries): erasure rewrites mentions of the leaver there. */
export const NOTIFICATIONS_MENTION_COLUMNS: readonly string[] = ['notifications.summary', 'contact_messages.subject', 'contact_messages.body'];
/** The same in JSON (a notification's payload carries excerpts of what it is about). */
export const NOTIFICATIONS_MENTION_JSON_COLUMNS: readonly string[] = ['notifications.payload'];

/** The SQL of notifications' personal-data provider: what the member's export reads, what erasure and retention change. */
@Injectable()
export class NotificationsPersonalDataRepository {
  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const follows = await queryRows(
      db,
      `SELECT f.target_type AS "targetType", CASE WHEN f.target_type = 'Member' THEN m.handle ELSE f.target_id::text END AS "target", f.created_at AS "createdAt"
         FROM follows f LEFT JOIN members m ON f.target_type = 'Member' AND m.id = f.target_id
        WHERE f.member_id = $1 ORDER BY f.created_at, f.target_id`,
      [memberId],
    );
    const notifications = await queryRows(
      db,
      `SELECT n.kind, n.reason, n.summary, actor.handle AS "actor", n.created_at AS "createdAt", n.deferred_until AS "deferredUntil", n.read_at AS "readAt"
         FROM notifications n LEFT JOIN members actor ON actor.id = n.actor_id WHERE n.member_id = $1 ORDER BY n.created_at, n.id`,
      [memberId],
    );
    const digests = await queryRows(
      db,
      `SELECT cadence, period_start AS "periodStart", period_end AS "periodEnd", item_count AS "itemCount", emailed_at AS "emailedAt" FROM digests WHERE member_id = $1 ORDER BY period_start`,
      [memberId],
    );
    const preferences = await queryRows(
      db,
      `SELECT cadence, digest_day AS "digestDay", digest_hour AS "digestHour", timezone, quiet_from AS "quietFromMinutes", quiet_to AS "quietToMinutes",
              weekly_contact_budget AS "weeklyContactBudget", email, auto_follow_own AS "autoFollowOwn", mentions FROM notification_preferences WHERE member_id = $1`,
      [memberId],
    );
    const consents = await queryRows(
      db,
      `SELECT c.slug AS "community", l.scope, l.action, l.text_version AS "textVersion", l.recorded_at AS "recordedAt"
         FROM consent_ledger l JOIN communities c ON c.id = l.community_id WHERE l.member_id = $1 ORDER BY l.id`,
      [memberId],
    );
    const conversations = await queryRows(
      db,
      `SELECT c.slug AS "community", cm.conversation_id AS "conversation", cm.direction, sender.handle AS "sender", cm.subject, cm.body, cm.created_at AS "createdAt"
         FROM contact_messages cm JOIN communities c ON c.id = cm.community_id LEFT JOIN members sender ON sender.id = cm.sender_id
        WHERE cm.member_id = $1 ORDER BY cm.created_at, cm.id`,
      [memberId],
    );
    return { follows, notifications, digests, preferences: preferences[0] ?? null, consents, conversations };
  }

  async erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    await tx.query(`DELETE FROM follows WHERE member_id = $1 OR (target_type = 'Member' AND target_id = $1)`, [memberId]);
    await tx.query(`DELETE FROM notifications WHERE member_id = $1`, [memberId]);
    // Other members' notifications about what the member did: gone with DELETE (their text is in the summary
    // and the payload), kept without their id with ANONYMISE (their content stays, under an anonymous label).
    const quotedId = JSON.stringify(memberId);
    if (choice === 'DELETE') {
      await tx.query(`DELETE FROM notifications WHERE actor_id = $1 OR strpos(payload::text, $2) > 0`, [memberId, quotedId]);
    } else {
      await tx.query(
        `UPDATE notifications SET actor_id = NULL, payload = replace(payload::text, $2, 'null')::jsonb WHERE actor_id = $1 OR strpos(payload::text, $2) > 0`,
        [memberId, quotedId],
      );
    }
    await tx.query(`DELETE FROM digests WHERE member_id = $1`, [memberId]);
    await tx.query(`DELETE FROM notification_preferences WHERE member_id = $1`, [memberId]);
    await tx.query(`DELETE FROM consent_ledger WHERE member_id = $1`, [memberId]);
    await tx.query(`DELETE FROM unsubscribe_links WHERE member_id = $1`, [memberId]);
    await tx.query(`DELETE FROM contact_messages WHERE member_id = $1`, [memberId]);
    await tx.query(`UPDATE contact_messages SET sender_id = NULL WHERE sender_id = $1`, [memberId]);
  }

  async purgeExpired(tx: Db, now: Date): Promise<void> {
    const notificationsBefore = new Date(now.getTime() - NOTIFICATION_RETENTION_DAYS * DAY);
    await tx.query(`DELETE FROM notifications WHERE created_at < $1 AND (digest_id IS NOT NULL OR deferred_until IS NULL)`, [notificationsBefore]);
    await tx.query(`DELETE FROM digests d WHERE d.period_end < $1 AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.digest_id = d.id)`, [notificationsBefore]);
    await tx.query(`DELETE FROM contact_messages WHERE created_at < $1`, [new Date(now.getTime() - CONTACT_RETENTION_DAYS * DAY)]);
    await tx.query(`DELETE FROM unsubscribe_links WHERE created_at < $1`, [new Date(now.getTime() - 365 * DAY)]);
  }

  /** Mentions of an erased member in others' conversations and notifications name the former member instead. */
  async scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    await scrubMentionsIn(tx, NOTIFICATIONS_MENTION_COLUMNS, pattern, label);
    await scrubMentionsInJson(tx, NOTIFICATIONS_MENTION_JSON_COLUMNS, pattern, label);
  }
}
