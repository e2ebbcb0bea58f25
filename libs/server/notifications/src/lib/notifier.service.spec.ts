import { ManualClock, type Db, type EventsService } from '@palabre/core';
import { type AudienceRow, DEFAULT_PREFERENCES, type NewNotification, type NotificationRow, type PreferencesRow } from './notifications.rows';
import type { FollowsRepository } from './follows.repository';
import type { InboxRepository } from './inbox.repository';
import { NotifierService } from './notifier.service';

/** Fakes of the follows and inbox repositories, holding preferences and inserted notifications in memory. */
function fakeRepository(prefs: Record<string, Partial<PreferencesRow>>, sentThisWeek: Record<string, number> = {}) {
  const inserted: NewNotification[] = [];
  const repo = {
    audienceOf: async (_tx: Db, values: { memberIds: readonly string[]; exclude: readonly string[] }): Promise<AudienceRow[]> =>
      values.memberIds.filter((id) => !values.exclude.includes(id)).map((id) => ({ memberId: id, following: false, preferences: { member_id: id, ...DEFAULT_PREFERENCES, ...prefs[id] } })),
    immediateCountsSince: async (_tx: Db, ids: readonly string[]) => new Map(ids.map((id) => [id, sentThisWeek[id] ?? 0])),
    notificationsInsert: (items: readonly NewNotification[], now: Date) => {
      inserted.push(...items);
      return { write: null, rows: items.map((item, index) => ({ id: `n${index}`, member_id: item.memberId, kind: item.kind, reason: item.reason, community_id: item.communityId, subject_id: item.subjectId, actor_id: item.actorId, summary: item.summary, payload: item.payload, created_at: now, deferred_until: item.deferredUntil, digest_id: null, read_at: null }) satisfies NotificationRow) };
    },
  };
  return { follows: repo as unknown as FollowsRepository, inbox: repo as unknown as InboxRepository, inserted };
}

const tx = { query: async () => [] } as unknown as Db;
const draft = { kind: 'kudos.given', communityId: null, subjectId: null, actorId: 'actor', summary: 'You received kudos', payload: {} };

describe('NotifierService', () => {
  // Monday 2 March 2026, 09:00 UTC.
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));

  function notifier(prefs: Record<string, Partial<PreferencesRow>>, sent?: Record<string, number>) {
    const { follows, inbox, inserted } = fakeRepository(prefs, sent);
    const recorded: unknown[] = [];
    const events = { recordWith: async (_tx: Db, _writes: unknown[], ...list: unknown[]) => void recorded.push(...list), flushWrites: async () => undefined } as unknown as EventsService;
    return { service: new NotifierService(follows, inbox, events, clock), inserted, recorded };
  }

  it('delivers at once by default and announces it on the member room; never to the actor', async () => {
    const { service, inserted, recorded } = notifier({});
    expect(await service.notify(tx, draft, [{ memberId: 'm1', reason: 'CONCERNED' }, { memberId: 'actor', reason: 'CONCERNED' }])).toBe(1);
    expect(inserted).toEqual([expect.objectContaining({ memberId: 'm1', deferredUntil: null })]);
    expect(recorded).toEqual([expect.objectContaining({ type: 'notification.created', rooms: ['member:m1'] })]);
  });

  it('keeps one notification per member, CONCERNED over FOLLOWING', async () => {
    const { service, inserted } = notifier({});
    await service.notify(tx, draft, [{ memberId: 'm1', reason: 'FOLLOWING' }, { memberId: 'm1', reason: 'CONCERNED' }, { memberId: 'm1', reason: 'FOLLOWING' }]);
    expect(inserted.map((item) => item.reason)).toEqual(['CONCERNED']);
  });

  it('stores nothing for OFF, and defers DAILY and WEEKLY to their next digest', async () => {
    const { service, inserted, recorded } = notifier({ off: { cadence: 'OFF' }, daily: { cadence: 'DAILY', digest_hour: 18 }, weekly: { cadence: 'WEEKLY', digest_day: 5, digest_hour: 7 } });
    await service.notify(tx, draft, ['off', 'daily', 'weekly'].map((memberId) => ({ memberId, reason: 'CONCERNED' as const })));
    expect(inserted.map((item) => [item.memberId, item.deferredUntil?.toISOString()])).toEqual([
      ['daily', '2026-03-02T18:00:00.000Z'],
      ['weekly', '2026-03-06T07:00:00.000Z'],
    ]);
    expect(recorded).toEqual([]);
  });

  it('defers IMMEDIATE in quiet hours (member’s timezone) and beyond the weekly budget', async () => {
    const { service, inserted } = notifier(
      { quiet: { quiet_from: 9 * 60, quiet_to: 11 * 60, timezone: 'Europe/Paris' }, spent: { weekly_contact_budget: 2 }, room: { weekly_contact_budget: 3 } },
      { spent: 2, room: 2 },
    );
    await service.notify(tx, draft, ['quiet', 'spent', 'room'].map((memberId) => ({ memberId, reason: 'CONCERNED' as const })));
    expect(inserted.map((item) => [item.memberId, item.deferredUntil?.toISOString() ?? null])).toEqual([
      // 10:00 in Paris is quiet; the next digest is tomorrow 08:00 Paris time.
      ['quiet', '2026-03-03T07:00:00.000Z'],
      ['room', null],
      ['spent', '2026-03-03T08:00:00.000Z'],
    ]);
  });
});
