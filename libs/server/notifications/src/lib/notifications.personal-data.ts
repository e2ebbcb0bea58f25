import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider, queryRows } from '@palabre/core';

const NOTIFICATION_RETENTION_DAYS = 180;
const CONTACT_RETENTION_DAYS = 730;
const DAY = 86_400_000;

/** Follows, notifications, digests, preferences, consents and brand conversations of a member. */
@Injectable()
export class NotificationsPersonalData implements PersonalDataProvider {
  readonly feature = 'notifications';
  readonly inventory: DataInventoryEntry[] = [
    {
      category: 'Follows',
      fields: ['threads, ideas, spaces and members you follow', 'since when'],
      purpose: 'Tells you about what you chose to follow, and nothing else',
      charterClause: 'notifications',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['follows.member_id', 'follows.target_id'],
    },
    {
      category: 'Notifications and digests',
      fields: ['what you were told about', 'who caused it', 'when it was read', 'digests built for you'],
      purpose: 'Your inbox and your digests',
      charterClause: 'notifications',
      retentionDays: NOTIFICATION_RETENTION_DAYS,
      visibleTo: 'you only',
      columns: ['notifications.member_id', 'notifications.actor_id', 'notifications.payload', 'digests.member_id'],
    },
    {
      category: 'Notification preferences',
      fields: ['cadence', 'digest day and hour', 'timezone', 'quiet hours', 'weekly contact budget', 'email choice'],
      purpose: 'Decides when and how you hear about things',
      charterClause: 'notifications',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['notification_preferences.member_id', 'notification_preferences.email'],
    },
    {
      category: 'Consents',
      fields: ['consents granted and revoked (brand contact, email digests)', 'text version', 'dates'],
      purpose: 'Proves that a brand contacts you or emails you only with your consent',
      charterClause: 'consents',
      retentionDays: null,
      visibleTo: 'you only',
      columns: ['consent_ledger.member_id'],
    },
    {
      category: 'Unsubscribe links',
      fields: ['which email digests each one-click link stops (hash of the link only)', 'dates'],
      purpose: 'Lets you stop email digests in one click from the email itself, without signing in',
      charterClause: 'consents',
      retentionDays: 365,
      visibleTo: 'you only',
      columns: ['unsubscribe_links.member_id'],
    },
    {
      category: 'Conversations with brand teams',
      fields: ['messages you wrote to a brand team', 'messages a brand team wrote to you', 'who wrote them'],
      purpose: 'Lets you write to a brand team and lets it answer you',
      charterClause: 'consents',
      retentionDays: CONTACT_RETENTION_DAYS,
      visibleTo: 'you and the brand team of the community',
      columns: ['contact_messages.member_id', 'contact_messages.sender_id', 'contact_messages.body'],
    },
  ];

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
}
