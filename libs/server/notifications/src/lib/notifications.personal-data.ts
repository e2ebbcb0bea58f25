import { Injectable } from '@nestjs/common';
import { ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { CONTACT_RETENTION_DAYS, NOTIFICATION_RETENTION_DAYS, NOTIFICATIONS_MENTION_COLUMNS, NOTIFICATIONS_MENTION_JSON_COLUMNS, NotificationsPersonalDataRepository } from './notifications-personal-data.repository';

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

  readonly mentionColumns = [...NOTIFICATIONS_MENTION_COLUMNS, ...NOTIFICATIONS_MENTION_JSON_COLUMNS];

  constructor(private readonly data: NotificationsPersonalDataRepository) {}

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    return this.data.erase(tx, memberId, choice);
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.data.purgeExpired(tx, now);
  }

  scrubMentions(tx: Db, pattern: string, label: string): Promise<void> {
    return this.data.scrubMentions(tx, pattern, label);
  }
}
