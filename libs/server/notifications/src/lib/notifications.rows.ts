/** Row shapes of the notifications lib's tables, shared by its repositories (one per aggregate) and services. */
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
