import { Injectable } from '@nestjs/common';
import { roomName, toGlobalId } from '@palabre/contracts';
import { Clock, Db, EventsService, SqlFragment, transactionLock } from '@palabre/core';
import { AudienceRow, FollowTargetType, NewNotification, NotificationReason, PreferencesRow } from './notifications.rows';
import { AudienceValues, FollowsRepository } from './follows.repository';
import { InboxRepository } from './inbox.repository';
import { inQuietHours, nextBoundary, type ScheduleSettings } from './schedule';
import { NOTIFICATION_TYPE } from './notifications.types';

const WEEK = 7 * 24 * 3_600_000;

export interface Recipient {
  memberId: string;
  reason: NotificationReason;
}

export interface NotificationDraft {
  kind: string;
  communityId: string | null;
  subjectId: string | null;
  actorId: string | null;
  summary: string;
  /** Wording for members directly concerned, when it differs from `summary`. */
  concernedSummary?: string;
  payload: Record<string, unknown>;
}

export function scheduleOf(prefs: Omit<PreferencesRow, 'member_id'>): ScheduleSettings {
  return {
    cadence: prefs.cadence,
    digestDay: prefs.digest_day,
    digestHour: prefs.digest_hour,
    timezone: prefs.timezone,
    quietFrom: prefs.quiet_from,
    quietTo: prefs.quiet_to,
  };
}

/**
 * Turns a fact into notifications for the members who follow its source or are directly
 * concerned, as far as each one's preferences allow: OFF stores nothing; DAILY and WEEKLY
 * wait for the digest; IMMEDIATE is delivered at once (an event on `member:<id>`) unless it
 * falls in quiet hours or beyond the weekly contact budget, then it waits for the next digest.
 * Runs in the caller's transaction.
 */
@Injectable()
export class NotifierService {
  constructor(
    private readonly followsRepo: FollowsRepository,
    private readonly inboxRepo: InboxRepository,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Followers of the targets (FOLLOWING) plus the concerned members (CONCERNED), never the actor. `audience`: what
   * audienceSqlFor gave for the same draft, targets and concerned members, read in the writer's statement.
   */
  async notifyAbout(
    tx: Db,
    draft: NotificationDraft,
    follows: ReadonlyArray<{ type: FollowTargetType; id: string }>,
    concerned: ReadonlyArray<string | null | undefined>,
    audience?: readonly AudienceRow[],
  ): Promise<number> {
    return this.deliver(tx, draft, concernedRecipients(concerned), follows, audience);
  }

  /** notifyAbout's audience read as one jsonb value for a writer's own statement (EventsService.onPrefetch), or null when it reads nothing. */
  audienceSqlFor(draft: Pick<NotificationDraft, 'actorId' | 'communityId'>, follows: ReadonlyArray<{ type: FollowTargetType; id: string }>, concerned: ReadonlyArray<string | null | undefined>): SqlFragment | null {
    const values = audienceValues(draft, concernedRecipients(concerned), follows);
    return values ? this.followsRepo.audienceSql(values) : null;
  }

  notify(tx: Db, draft: NotificationDraft, recipients: readonly Recipient[]): Promise<number> {
    return this.deliver(tx, draft, recipients, []);
  }

  private async deliver(tx: Db, draft: NotificationDraft, recipients: readonly Recipient[], follows: ReadonlyArray<{ type: FollowTargetType; id: string }>, prefetched?: readonly AudienceRow[]): Promise<number> {
    const named = recipients.filter((recipient) => recipient.memberId !== draft.actorId);
    const values = audienceValues(draft, recipients, follows);
    if (!values) return 0;
    // Nobody hears about a private community they are not part of (the audience keeps only who may see it).
    const audience = prefetched ?? (await this.followsRepo.audienceOf(tx, values));
    if (audience.length === 0) return 0;
    // One notification per member; being concerned outranks following.
    const byMember = new Map<string, NotificationReason>();
    for (const member of audience) if (member.following) byMember.set(member.memberId, 'FOLLOWING');
    for (const recipient of named) if (byMember.get(recipient.memberId) !== 'CONCERNED') byMember.set(recipient.memberId, recipient.reason);
    const prefs = new Map(audience.map((member) => [member.memberId, member.preferences]));
    const allowed = [...prefs.keys()].sort();
    const now = this.clock.now();
    const budgeted = allowed.filter((id) => prefs.get(id)!.weekly_contact_budget !== null && prefs.get(id)!.cadence === 'IMMEDIATE');
    // Serialise budget checks per member (sorted: no deadlock between two notifiers); notifications of this
    // transaction still waiting for the outbox INSERT are written first, so the count sees them.
    if (budgeted.length > 0) await this.events.flushWrites(tx);
    for (const id of budgeted) await transactionLock(tx, `notify-budget:${id}`);
    const sent = await this.inboxRepo.immediateCountsSince(tx, budgeted, new Date(now.getTime() - WEEK));

    const items: NewNotification[] = [];
    for (const memberId of allowed) {
      const pref = prefs.get(memberId)!;
      if (pref.cadence === 'OFF') continue;
      const schedule = scheduleOf(pref);
      let deferredUntil: Date | null = null;
      if (pref.cadence !== 'IMMEDIATE') deferredUntil = nextBoundary(now, schedule);
      else if (inQuietHours(now, schedule) || (pref.weekly_contact_budget !== null && (sent.get(memberId) ?? 0) >= pref.weekly_contact_budget)) {
        deferredUntil = nextBoundary(now, { ...schedule, cadence: 'DAILY' });
      }
      const reason = byMember.get(memberId)!;
      const { concernedSummary, ...base } = draft;
      items.push({ memberId, reason, ...base, summary: reason === 'CONCERNED' && concernedSummary ? concernedSummary : draft.summary, deferredUntil });
    }
    // The INSERT goes with the outbox INSERT that announces the immediate ones (one statement).
    const { rows, write } = this.inboxRepo.notificationsInsert(items, now);
    const immediate = rows.filter((row) => row.deferred_until === null);
    await this.events.recordWith(
      tx,
      write ? [write] : [],
      ...immediate.map((row) => ({
        type: 'notification.created' as const,
        rooms: [roomName('member', row.member_id)],
        payload: { notificationId: toGlobalId(NOTIFICATION_TYPE, row.id), kind: row.kind, reason: row.reason, summary: row.summary, subjectId: row.subject_id, actorId: row.actor_id },
      })),
    );
    return rows.length;
  }
}

function concernedRecipients(concerned: ReadonlyArray<string | null | undefined>): Recipient[] {
  const recipients: Recipient[] = [];
  for (const memberId of concerned) if (typeof memberId === 'string' && memberId) recipients.push({ memberId, reason: 'CONCERNED' });
  return recipients;
}

/** Who deliver asks about (null: nobody, nothing to read). */
function audienceValues(draft: Pick<NotificationDraft, 'actorId' | 'communityId'>, recipients: readonly Recipient[], follows: ReadonlyArray<{ type: FollowTargetType; id: string }>): AudienceValues | null {
  const named = recipients.filter((recipient) => recipient.memberId !== draft.actorId);
  if (named.length === 0 && follows.length === 0) return null;
  return {
    follows,
    memberIds: [...new Set(named.map((recipient) => recipient.memberId))],
    communityId: draft.communityId,
    exclude: draft.actorId ? [draft.actorId] : [],
    // Nothing from a member someone muted reaches them.
    actorId: draft.actorId,
  };
}
