import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/contracts';
import { ConnectionType, Node } from '@palabre/core';
import type { ConsentLedgerRow, ConsentRow, ContactMessageRow, DigestRow, FollowRow, NotificationRow, PreferencesRow } from './notifications.rows';
import { formatClockTime } from './schedule';

export enum NotificationCadence {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}

export enum ConsentScope {
  BRAND_CONTACT = 'BRAND_CONTACT',
  EMAIL_DIGEST = 'EMAIL_DIGEST',
}

export enum NotificationReason {
  FOLLOWING = 'FOLLOWING',
  CONCERNED = 'CONCERNED',
}

export enum ContactDirection {
  TO_MEMBER = 'TO_MEMBER',
  TO_BRAND = 'TO_BRAND',
}

registerEnumType(NotificationCadence, { name: 'NotificationCadence', description: 'When notifications reach you: at once, in a daily or weekly digest, or never' });
registerEnumType(ConsentScope, { name: 'ConsentScope', description: 'What a consent allows: a brand team contacting you, or digests sent by email' });
registerEnumType(NotificationReason, { name: 'NotificationReason', description: 'FOLLOWING: you follow the source; CONCERNED: it is about you or your content' });
registerEnumType(ContactDirection, { name: 'ContactDirection' });

export const NOTIFICATION_TYPE = 'Notification';
export const DIGEST_TYPE = 'Digest';
export const CONTACT_MESSAGE_TYPE = 'ContactMessage';
export const CONVERSATION_TYPE = 'Conversation';

@ObjectType('QuietHours', { description: 'Local times (HH:MM) between which nothing is delivered at once' })
export class QuietHoursType {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => NotificationCadence) cadence!: NotificationCadence;
  @Field(() => Int, { description: 'ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday' }) digestDay!: number;
  @Field(() => Int, { description: 'Local hour (0–23) of digests' }) digestHour!: number;
  @Field({ description: 'IANA timezone, e.g. Europe/Paris' }) timezone!: string;
  @Field(() => QuietHoursType, { nullable: true }) quietHours!: QuietHoursType | null;
  @Field(() => Int, { nullable: true, description: 'At most this many notifications delivered at once per 7 days; the rest waits for the digest. Null: no limit' })
  weeklyContactBudget!: number | null;
  @Field({ description: 'Digests also by email (needs an EMAIL_DIGEST consent)' }) email!: boolean;
  @Field({ description: 'Follow your own new threads and ideas automatically' }) autoFollowOwn!: boolean;
  @Field({ description: 'Be told when a member of your community @mentions you (on by default)' }) mentions!: boolean;

  static from(row: Omit<PreferencesRow, 'member_id'>): NotificationPreferencesType {
    return Object.assign(new NotificationPreferencesType(), {
      cadence: row.cadence as NotificationCadence,
      digestDay: row.digest_day,
      digestHour: row.digest_hour,
      timezone: row.timezone,
      quietHours: row.quiet_from !== null && row.quiet_to !== null ? { from: formatClockTime(row.quiet_from), to: formatClockTime(row.quiet_to) } : null,
      weeklyContactBudget: row.weekly_contact_budget,
      email: row.email,
      autoFollowOwn: row.auto_follow_own,
      mentions: row.mentions,
    });
  }
}

@ObjectType('Notification', { implements: () => [Node] })
export class NotificationType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string | null;
  actorId!: string | null;
  @Field({ description: 'The event that caused it, e.g. reply.created' }) kind!: string;
  @Field(() => NotificationReason) reason!: NotificationReason;
  /** Stored English summary; the `summary` field is resolved in the member's language (NotificationFieldsResolver). */
  summary!: string;
  /** The event payload, from which other languages' summaries are rebuilt. */
  payload!: Record<string, unknown>;
  @Field(() => ID, { nullable: true, description: 'Global id of what it is about (thread, idea, reply, …)' }) subjectId!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Held back (quiet hours, contact budget or digest cadence) until the digest at this time' })
  deferredUntil!: Date | null;
  @Field() read!: boolean;

  static from(row: NotificationRow): NotificationType {
    return Object.assign(new NotificationType(), {
      id: toGlobalId(NOTIFICATION_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      actorId: row.actor_id,
      kind: row.kind,
      reason: row.reason as NotificationReason,
      summary: row.summary,
      payload: row.payload ?? {},
      subjectId: row.subject_id,
      createdAt: row.created_at,
      readAt: row.read_at,
      deferredUntil: row.deferred_until,
      read: row.read_at !== null,
    });
  }
}

@ObjectType('Digest', { implements: () => [Node] })
export class DigestType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  @Field(() => NotificationCadence) cadence!: NotificationCadence;
  @Field() periodStart!: Date;
  @Field() periodEnd!: Date;
  @Field(() => Int) itemCount!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) emailedAt!: Date | null;

  static from(row: DigestRow): DigestType {
    return Object.assign(new DigestType(), {
      id: toGlobalId(DIGEST_TYPE, row.id),
      localId: row.id,
      cadence: row.cadence as NotificationCadence,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      itemCount: row.item_count,
      createdAt: row.created_at,
      emailedAt: row.emailed_at,
    });
  }
}

@ObjectType('Consent', { description: 'One consent as recorded in the append-only ledger' })
export class ConsentType {
  communityId!: string;
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field() grantedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field({ description: 'Version of the consent text that was shown' }) textVersion!: string;
  @Field() active!: boolean;

  static from(row: ConsentRow): ConsentType {
    return Object.assign(new ConsentType(), {
      communityId: row.community_id,
      scope: row.scope as ConsentScope,
      grantedAt: row.granted_at,
      revokedAt: row.revoked_at,
      textVersion: row.text_version,
      active: row.revoked_at === null,
    });
  }
}

export enum ConsentAction {
  GRANT = 'GRANT',
  REVOKE = 'REVOKE',
}
registerEnumType(ConsentAction, { name: 'ConsentAction' });

@ObjectType('ConsentLedgerEntry', { description: 'One grant or revocation, as the append-only consent ledger recorded it' })
export class ConsentLedgerEntryType {
  communityId!: string;
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field(() => ConsentAction) action!: ConsentAction;
  @Field({ description: 'Version of the consent text (data charter) shown when it was recorded' }) textVersion!: string;
  @Field() recordedAt!: Date;

  static from(row: ConsentLedgerRow): ConsentLedgerEntryType {
    return Object.assign(new ConsentLedgerEntryType(), {
      communityId: row.community_id,
      scope: row.scope as ConsentScope,
      action: row.action as ConsentAction,
      textVersion: row.text_version,
      recordedAt: row.recorded_at,
    });
  }
}

@ObjectType('ContactMessage', { implements: () => [Node] })
export class ContactMessageType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  communityId!: string;
  memberId!: string;
  senderId!: string | null;
  @Field(() => ID, { description: 'Conversation this message belongs to; answer with contactMember(conversationId)' }) conversationId!: string;
  @Field(() => ContactDirection) direction!: ContactDirection;
  @Field() subject!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;

  static from(row: ContactMessageRow): ContactMessageType {
    return Object.assign(new ContactMessageType(), {
      id: toGlobalId(CONTACT_MESSAGE_TYPE, row.id),
      localId: row.id,
      communityId: row.community_id,
      memberId: row.member_id,
      senderId: row.sender_id,
      conversationId: toGlobalId(CONVERSATION_TYPE, row.conversation_id),
      direction: row.direction as ContactDirection,
      subject: row.subject,
      body: row.body,
      createdAt: row.created_at,
    });
  }
}

@ObjectType('Follow')
export class FollowType {
  @Field(() => ID, { description: 'Global id of the followed thread, idea, space or member' }) targetId!: string;
  @Field() targetType!: string;
  @Field() createdAt!: Date;

  static from(row: FollowRow): FollowType {
    return Object.assign(new FollowType(), { targetId: toGlobalId(row.target_type, row.target_id), targetType: row.target_type, createdAt: row.created_at });
  }
}

export const NotificationConnection = ConnectionType(NotificationType, 'Notification');
export const DigestConnection = ConnectionType(DigestType, 'Digest');
export const ContactMessageConnection = ConnectionType(ContactMessageType, 'ContactMessage');
export const FollowConnection = ConnectionType(FollowType, 'Follow');
