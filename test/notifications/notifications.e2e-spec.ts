import type { INestApplication } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { EventsService, TransactionRunner } from '@palabre/core';
import { DigestService } from '@palabre/notifications';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { collect, createCommunity, createMember, createSpace, createThread, eventually, numbered, refreshToken, sleep, type TestMember } from '../realtime/factories';
import { graphql } from '../graphql';
import type { ConsentInput } from '../graphql/graphql';

// The machine is shared: boots and template creation can be slow (the project-level testTimeout does not apply).
jest.setTimeout(30_000);

// Shared by the mutation and the query below (the generated documents carry the fragment).
graphql(`fragment NotificationsPrefs on NotificationPreferences { cadence digestDay digestHour timezone quietHours { from to } weeklyContactBudget email autoFollowOwn }`);

describe('notifications', () => {
  let platform: Platform;
  let smtp: SmtpSink;
  let owner: TestMember;
  let staff: TestMember;
  let alice: TestMember;
  let bob: TestMember;
  let community: string;
  let privateCommunity: string;
  let space: string;
  let privateSpace: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    platform = await startPlatform({ gateway: true, config: { SMTP_URL: smtp.url, SCHEDULER_ENABLED: 'false', MAIL_WORKER_ENABLED: 'true' } });
    owner = await createMember(platform);
    staff = await createMember(platform);
    alice = await createMember(platform);
    bob = await createMember(platform);
    community = await createCommunity(platform, owner, { members: [{ member: staff, role: 'BRAND_STAFF' }, { member: alice }, { member: bob }] });
    privateCommunity = await createCommunity(platform, owner, { visibility: 'PRIVATE' });
    space = await createSpace(platform, community);
    privateSpace = await createSpace(platform, privateCommunity);
  });

  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  /** Records a domain event as its owning feature would, in one transaction. */
  async function record(type: string, payload: Record<string, unknown>, rooms: string[] = [`community:${community}`]): Promise<void> {
    await platform.app.get(TransactionRunner).run((tx) => platform.app.get(EventsService).record(tx, { type, rooms, payload }));
  }

  async function inbox(member: TestMember, filter: Record<string, unknown> = {}) {
    const result = await platform.gql(
      graphql(`query NotificationsNotifications($filter: NotificationsFilter) { notifications(first: 50, filter: $filter) { totalCount edges { node { id kind reason summary subjectId deferredUntil read actor { handle } community { id } } } } unreadNotificationCount }`),
      { filter },
      { token: member.token },
    );
    expect(result.errors).toBeUndefined();
    return result.data as {
      notifications: { totalCount: number; edges: Array<{ node: { id: string; kind: string; reason: string; summary: string; subjectId: string | null; deferredUntil: string | null; read: boolean; actor: { handle: string } | null } }> };
      unreadNotificationCount: number;
    };
  }

  async function setPrefs(member: TestMember, input: Record<string, unknown>) {
    const result = await platform.gql(graphql(`mutation NotificationsUpdatePreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ...NotificationsPrefs } }`), { input }, { token: member.token });
    expect(result.errors).toBeUndefined();
    return result.data.updateNotificationPreferences;
  }

  const kudos = (receiver: TestMember, giver: TestMember, message = 'thanks') =>
    record('kudos.given', { communityId: community, kudosId: crypto.randomUUID(), contentId: toGlobalId('Reply', crypto.randomUUID()), giverId: giver.id, receiverId: receiver.id, message }, [`member:${receiver.id}`]);

  describe('follows', () => {
    it('follows and unfollows a space by global id', async () => {
      const id = toGlobalId('Space', space);
      const followed = await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id }, { token: alice.token });
      expect(followed.data).toEqual({ follow: true });
      // Idempotent.
      expect((await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id }, { token: alice.token })).data).toEqual({ follow: true });
      const listed = await platform.gql(graphql(`query NotificationsIsFollowing($id: ID!) { isFollowing(targetId: $id) follows { totalCount edges { node { targetId targetType } } } }`), { id }, { token: alice.token });
      expect(listed.data).toEqual({ isFollowing: true, follows: { totalCount: 1, edges: [{ node: { targetId: id, targetType: 'Space' } }] } });
      expect((await platform.gql(graphql(`mutation NotificationsUnfollow($id: ID!) { unfollow(targetId: $id) }`), { id }, { token: alice.token })).data).toEqual({ unfollow: false });
      const { rows } = await platform.db.query(`SELECT 1 FROM follows WHERE member_id = $1`, [alice.id]);
      expect(rows).toHaveLength(0);
    });

    it('stays consistent under concurrent follows and consent grants', async () => {
      const member = await createMember(platform);
      const id = toGlobalId('Space', space);
      const follows = await Promise.all(Array.from({ length: 8 }, () => platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id }, { token: member.token })));
      expect(follows.every((result) => result.errors === undefined)).toBe(true);
      const consentInput: ConsentInput = { scope: 'BRAND_CONTACT', communityId: toGlobalId('Community', community) };
      const grants = await Promise.all(Array.from({ length: 8 }, () => platform.gql(graphql(`mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`), { input: consentInput }, { token: member.token })));
      expect(grants.every((result) => result.data?.grantConsent.active === true)).toBe(true);
      const { rows } = await platform.db.query(
        `SELECT (SELECT count(*)::int FROM follows WHERE member_id = $1) AS follows, (SELECT count(*)::int FROM consent_ledger WHERE member_id = $1) AS ledger`,
        [member.id],
      );
      expect(rows[0]).toEqual({ follows: 1, ledger: 1 });
    });

    it('refuses what cannot be followed: a private space (NOT_FOUND), bad ids and oneself (BAD_USER_INPUT)', async () => {
      const privateResult = await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Space', privateSpace) }, { token: alice.token });
      expect(errorCode(privateResult)).toBe('NOT_FOUND');
      expect(errorCode(await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Community', community) }, { token: alice.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: 'nonsense' }, { token: alice.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Member', alice.id) }, { token: alice.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Space', space) }))).toBe('UNAUTHENTICATED');
      const { rows } = await platform.db.query(`SELECT 1 FROM follows WHERE member_id = $1`, [alice.id]);
      expect(rows).toHaveLength(0);
    });

    it('auto-follows one’s own new thread (unless switched off) and tells the followers of the space and of the author', async () => {
      const author = await createMember(platform);
      const fan = await createMember(platform);
      const spaceFan = await createMember(platform);
      expect((await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Member', author.id) }, { token: fan.token })).errors).toBeUndefined();
      expect((await platform.gql(graphql(`mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }`), { id: toGlobalId('Space', space) }, { token: spaceFan.token })).errors).toBeUndefined();
      const threadId = crypto.randomUUID();
      await record('thread.created', { communityId: community, spaceId: space, threadId, authorId: author.id, kind: 'QUESTION', title: 'How do I reset it?' });
      const { rows } = await platform.db.query(`SELECT target_type, target_id FROM follows WHERE member_id = $1`, [author.id]);
      expect(rows).toEqual([{ target_type: 'Thread', target_id: threadId }]);
      for (const member of [fan, spaceFan]) {
        const box = await inbox(member);
        expect(box.notifications.edges.map((edge) => edge.node)).toEqual([
          expect.objectContaining({ kind: 'thread.created', reason: 'FOLLOWING', subjectId: toGlobalId('Thread', threadId), actor: { handle: author.handle } }),
        ]);
      }
      expect((await inbox(author)).notifications.totalCount).toBe(0);

      await setPrefs(author, { autoFollowOwn: false });
      const second = crypto.randomUUID();
      await record('thread.created', { communityId: community, spaceId: space, threadId: second, authorId: author.id, kind: 'QUESTION', title: 'Another question' });
      const after = await platform.db.query(`SELECT target_id FROM follows WHERE member_id = $1`, [author.id]);
      expect(after.rows.map((row) => row.target_id)).toEqual([threadId]);
    });

    it('tells thread followers about replies, never the replier, and nobody outside a private community', async () => {
      const threadId = crypto.randomUUID();
      const outsider = await createMember(platform);
      await platform.db.query(`INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, 'Thread', $2, $3, $4), ($5, 'Thread', $2, $3, $4), ($6, 'Thread', $2, $3, $4)`, [
        alice.id,
        threadId,
        privateCommunity,
        platform.clock.now(),
        bob.id,
        owner.id,
      ]);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [privateCommunity, alice.id, platform.clock.now()]);
      void outsider;
      const before = { alice: (await inbox(alice)).notifications.totalCount, bob: (await inbox(bob)).notifications.totalCount, owner: (await inbox(owner)).notifications.totalCount };
      await record('reply.created', { communityId: privateCommunity, spaceId: privateSpace, threadId, replyId: crypto.randomUUID(), authorId: owner.id, inReplyToId: null }, [`thread:${threadId}`]);
      expect((await inbox(alice)).notifications.totalCount).toBe(before.alice + 1);
      // bob follows the thread but is not a member of the private community: nothing.
      expect((await inbox(bob)).notifications.totalCount).toBe(before.bob);
      // The replier is never told about their own reply.
      expect((await inbox(owner)).notifications.totalCount).toBe(before.owner);
      const latest = (await inbox(alice)).notifications.edges[0].node;
      expect(latest).toMatchObject({ kind: 'reply.created', reason: 'FOLLOWING', actor: { handle: owner.handle } });
    });

    it('works with the real advice events: the author of a new thread hears about replies to it', async () => {
      const author = await createMember(platform);
      const replier = await createMember(platform);
      for (const member of [author, replier]) await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, member.id, platform.clock.now()]);
      const started = await platform.gql(
        graphql(`mutation NotificationsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`),
        { input: { spaceId: toGlobalId('Space', space), kind: 'QUESTION', title: 'Which saddle for long rides?', body: 'Looking for advice.' } },
        { token: author.token },
      );
      expect(started.errors).toBeUndefined();
      const threadId = started.data.startThread.id;
      expect((await platform.gql(graphql(`query NotificationsIsFollowing2($id: ID!) { isFollowing(targetId: $id) }`), { id: threadId }, { token: author.token })).data).toEqual({ isFollowing: true });
      const replied = await platform.gql(graphql(`mutation NotificationsReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId, body: 'A leather one.' } }, { token: replier.token });
      expect(replied.errors).toBeUndefined();
      const box = await inbox(author);
      expect(box.notifications.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ kind: 'reply.created', reason: 'CONCERNED', summary: 'New reply to what you wrote', subjectId: replied.data.reply.id, actor: { handle: replier.handle } })]);
      // The replier hears nothing about their own reply (recognition may award them a badge, which is theirs to hear).
      expect((await inbox(replier)).notifications.edges.map((edge) => edge.node.kind)).not.toContain('reply.created');
    });

    it('tells the author (not the followers) when moderation hides their content', async () => {
      const author = await createMember(platform);
      const follower = await createMember(platform);
      const thread = await createThread(platform, space, community, author);
      await platform.db.query(`INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, 'Thread', $2, $3, $4)`, [follower.id, thread, community, platform.clock.now()]);
      await record('content.hidden', { communityId: community, contentId: toGlobalId('Thread', thread), contentType: 'Thread', actionId: 'x', actorKind: 'HUMAN', reason: 'Off topic' }, [`member:${author.id}`]);
      expect((await inbox(author)).notifications.edges.map((edge) => [edge.node.kind, edge.node.reason, edge.node.summary])).toEqual([
        ['content.hidden', 'CONCERNED', 'Your content was hidden by moderation: Off topic'],
      ]);
      expect((await inbox(follower)).notifications.totalCount).toBe(0);
    });

    it('tells idea followers about a status change and credited members about their credit', async () => {
      const follower = await createMember(platform);
      const credited = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, credited.id, platform.clock.now()]);
      const ideaId = crypto.randomUUID();
      await platform.db.query(`INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, 'Idea', $2, $3, $4)`, [follower.id, ideaId, community, platform.clock.now()]);
      await record('idea.status_changed', { ideaId, spaceId: space, communityId: community, from: 'PLANNED', to: 'SHIPPED', rationale: 'Done', changedBy: staff.id, creditedMemberIds: [credited.id] }, [`idea:${ideaId}`]);
      expect((await inbox(follower)).notifications.edges.map((edge) => [edge.node.kind, edge.node.summary, edge.node.actor?.handle])).toEqual([
        ['idea.status_changed', 'An idea you follow is now shipped', staff.handle],
      ]);
      expect((await inbox(credited)).notifications.edges.map((edge) => [edge.node.kind, edge.node.reason])).toEqual([['credit.offered', 'CONCERNED']]);
    });

    it('creates nothing for an event whose transaction rolled back', async () => {
      const before = (await inbox(alice)).notifications.totalCount;
      await expect(
        platform.app.get(TransactionRunner).run(async (tx) => {
          await platform.app.get(EventsService).record(tx, { type: 'kudos.given', rooms: [`member:${alice.id}`], payload: { communityId: community, contentId: 'x', giverId: bob.id, receiverId: alice.id, message: null } });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect((await inbox(alice)).notifications.totalCount).toBe(before);
    });
  });

  describe('inbox', () => {
    it('lists, counts and marks notifications read; a member cannot mark someone else’s', async () => {
      const reader = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, reader.id, platform.clock.now()]);
      await kudos(reader, alice, 'one');
      await kudos(reader, bob, 'two');
      await kudos(reader, owner, 'three');
      const box = await inbox(reader);
      expect(box.unreadNotificationCount).toBe(3);
      expect(box.notifications.edges.map((edge) => edge.node.reason)).toEqual(['CONCERNED', 'CONCERNED', 'CONCERNED']);
      const [first, second] = box.notifications.edges.map((edge) => edge.node.id);

      const stranger = await platform.gql(graphql(`mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`), { input: { ids: [first] } }, { token: alice.token });
      expect(stranger.data).toEqual({ markNotificationsRead: 0 });

      const marked = await platform.gql(graphql(`mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`), { input: { ids: [first, second] } }, { token: reader.token });
      expect(marked.data).toEqual({ markNotificationsRead: 2 });
      const unread = await inbox(reader, { unread: true });
      expect(unread.notifications.totalCount).toBe(1);
      expect(unread.unreadNotificationCount).toBe(1);
      const all = await platform.gql(graphql(`mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(input: { all: true }) }`), {}, { token: reader.token });
      expect(all.data).toEqual({ markNotificationsRead: 1 });
      expect((await inbox(reader)).unreadNotificationCount).toBe(0);
      expect(errorCode(await platform.gql(graphql(`mutation NotificationsMarkNotificationsRead3 { markNotificationsRead(input: {}) }`), {}, { token: reader.token }))).toBe('BAD_USER_INPUT');
    });

    it('keeps the SQL statement count of a page constant', async () => {
      const reader = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, reader.id, platform.clock.now()]);
      for (const giver of [alice, bob, owner, staff]) await kudos(reader, giver);
      const query = graphql(`query NotificationsNotifications2($first: Int) { notifications(first: $first) { edges { node { id summary actor { handle } community { name } } } } }`);
      const small = await platform.gql(query, { first: 1 }, { token: reader.token });
      const large = await platform.gql(query, { first: 4 }, { token: reader.token });
      expect(large.data.notifications.edges).toHaveLength(4);
      expect(large.sqlStatements).toBe(small.sqlStatements);
    });

    it('pushes an immediate notification to the member room of the gateway', async () => {
      const listener = await createMember(platform);
      const socket = await platform.connectSocket(listener.token);
      const received = collect(socket);
      await sleep(50);
      await kudos(listener, alice, 'live');
      await numbered(platform);
      await eventually(() => expect(received.events.map((event) => event.type)).toContain('notification.created'));
      const event = received.events.find((candidate) => candidate.type === 'notification.created')!;
      expect(event.rooms).toEqual([`member:${listener.id}`]);
      expect(event.payload).toMatchObject({ kind: 'kudos.given', reason: 'CONCERNED' });
    });
  });

  describe('preferences, deferral and digests', () => {
    it('reads and updates preferences, and validates them', async () => {
      const member = await createMember(platform);
      const initial = await platform.gql(graphql(`query NotificationsPreferences { me { notificationPreferences { ...NotificationsPrefs } } }`), {}, { token: member.token });
      expect(initial.data.me.notificationPreferences).toEqual({ cadence: 'IMMEDIATE', digestDay: 1, digestHour: 8, timezone: 'UTC', quietHours: null, weeklyContactBudget: null, email: false, autoFollowOwn: true });
      const updated = await setPrefs(member, { cadence: 'WEEKLY', digestDay: 5, digestHour: 18, timezone: 'Europe/Paris', quietHours: { from: '22:00', to: '07:30' }, weeklyContactBudget: 3, email: true });
      expect(updated).toEqual({ cadence: 'WEEKLY', digestDay: 5, digestHour: 18, timezone: 'Europe/Paris', quietHours: { from: '22:00', to: '07:30' }, weeklyContactBudget: 3, email: true, autoFollowOwn: true });
      for (const input of [{ timezone: 'Mars/Olympus' }, { digestHour: 24 }, { digestDay: 0 }, { quietHours: { from: '7:00', to: '08:00' } }, { weeklyContactBudget: -1 }]) {
        const bad = await platform.gql(graphql(`mutation NotificationsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { cadence } }`), { input }, { token: member.token });
        expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      }
      const after = await platform.gql(graphql(`query NotificationsMe { me { notificationPreferences { timezone digestHour } } }`), {}, { token: member.token });
      expect(after.data.me.notificationPreferences).toEqual({ timezone: 'Europe/Paris', digestHour: 18 });
    });

    it('stores nothing for a member whose cadence is OFF', async () => {
      const member = await createMember(platform);
      await setPrefs(member, { cadence: 'OFF' });
      await kudos(member, alice);
      expect((await inbox(member)).notifications.totalCount).toBe(0);
    });

    it('defers in quiet hours and beyond the weekly budget, then builds one digest per period even with two api processes', async () => {
      const quiet = await createMember(platform);
      const budgeted = await createMember(platform);
      // The clock is Monday 09:00 UTC: quiet hours 08:00–10:00 cover it; digests at 08:00 UTC.
      await setPrefs(quiet, { quietHours: { from: '08:00', to: '10:00' } });
      await setPrefs(budgeted, { weeklyContactBudget: 1 });
      await kudos(quiet, alice);
      await kudos(budgeted, alice, 'first');
      await kudos(budgeted, bob, 'second');

      const quietBox = await inbox(quiet);
      const nextDigest = new Date(platform.clock.now());
      nextDigest.setUTCDate(nextDigest.getUTCDate() + 1);
      nextDigest.setUTCHours(8, 0, 0, 0);
      expect(quietBox.notifications.edges.map((edge) => edge.node.deferredUntil)).toEqual([nextDigest.toISOString()]);
      expect(quietBox.unreadNotificationCount).toBe(0);
      const budgetBox = await inbox(budgeted);
      expect(budgetBox.notifications.edges.map((edge) => [edge.node.summary, edge.node.deferredUntil]).sort()).toEqual([
        [expect.stringContaining('first'), null],
        [expect.stringContaining('second'), nextDigest.toISOString()],
      ]);

      // Nothing is due yet.
      expect(await platform.app.get(DigestService).runOnce()).toBe(0);

      platform.clock.set(new Date(nextDigest.getTime() + 60_000));
      for (const member of [owner, staff, alice, bob, quiet, budgeted]) refreshToken(platform, member);
      let second: INestApplication | undefined;
      try {
        second = await createApiApp({ ...platform.config, SCHEDULER_ENABLED: false }, { clock: platform.clock });
        const built = await Promise.all([platform.app.get(DigestService).runOnce(), second.get(DigestService).runOnce()]);
        expect(built.reduce((sum, count) => sum + count, 0)).toBe(2);
        expect(await second.get(DigestService).runOnce()).toBe(0);
        expect(await platform.app.get(DigestService).runOnce()).toBe(0);
      } finally {
        await second?.close();
      }
      const { rows } = await platform.db.query(`SELECT member_id, item_count, period_start, period_end FROM digests WHERE member_id = ANY($1::uuid[]) ORDER BY member_id`, [[quiet.id, budgeted.id]]);
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.item_count).toBe(1);
        expect(row.period_end.toISOString()).toBe(nextDigest.toISOString());
      }
      const digests = await platform.gql(graphql(`query NotificationsDigests { digests { totalCount edges { node { cadence itemCount periodEnd notifications { kind summary } } } } unreadNotificationCount }`), {}, { token: quiet.token });
      expect(digests.data).toEqual({
        digests: { totalCount: 1, edges: [{ node: { cadence: 'IMMEDIATE', itemCount: 1, periodEnd: nextDigest.toISOString(), notifications: [{ kind: 'kudos.given', summary: expect.any(String) }] } }] },
        unreadNotificationCount: 1,
      });
    });

    it('emails a digest only with the email preference, a current EMAIL_DIGEST consent and a verified address', async () => {
      const consenting = await createMember(platform);
      const revoked = await createMember(platform);
      const noConsent = await createMember(platform);
      const unverified = await createMember(platform);
      await platform.db.query(`UPDATE members SET email_verified_at = now() WHERE id = ANY($1::uuid[])`, [[consenting.id, revoked.id, noConsent.id]]);
      for (const member of [consenting, revoked, noConsent, unverified]) {
        await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, member.id, platform.clock.now()]);
        await setPrefs(member, { cadence: 'DAILY', email: true });
      }
      const consent = graphql(`mutation NotificationsGrantConsent2($input: ConsentInput!) { grantConsent(input: $input) { scope active } }`);
      const input: ConsentInput = { scope: 'EMAIL_DIGEST', communityId: toGlobalId('Community', community) };
      expect((await platform.gql(consent, { input }, { token: consenting.token })).data).toEqual({ grantConsent: { scope: 'EMAIL_DIGEST', active: true } });
      expect((await platform.gql(consent, { input }, { token: revoked.token })).errors).toBeUndefined();
      expect((await platform.gql(consent, { input }, { token: unverified.token })).errors).toBeUndefined();
      for (const member of [consenting, revoked, noConsent, unverified]) await kudos(member, alice, 'digest me');
      // Revocation after the fact still stops the email: consent is checked at send time.
      const revoke = await platform.gql(graphql(`mutation NotificationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active revokedAt } }`), { input }, { token: revoked.token });
      expect(revoke.data.revokeConsent.active).toBe(false);

      platform.clock.advanceDays(1);
      for (const member of [owner, staff, alice, bob, consenting, revoked, noConsent, unverified]) refreshToken(platform, member);
      const digests = () => smtp.mails.filter((mail) => mail.subject.startsWith('Your Palabre digest'));
      const mailsBefore = digests().length;
      expect(await platform.app.get(DigestService).runOnce()).toBe(4);
      await eventually(() => expect(digests().length).toBe(mailsBefore + 1));
      await sleep(200);
      expect(digests().slice(mailsBefore).map((mail) => mail.to)).toEqual([[`${consenting.handle}@example.test`]]);
      expect(digests()[mailsBefore].text).toContain('You received kudos');
      const { rows } = await platform.db.query(`SELECT member_id, emailed_at FROM digests WHERE member_id = ANY($1::uuid[])`, [[consenting.id, revoked.id, noConsent.id, unverified.id]]);
      expect(rows.filter((row) => row.emailed_at !== null).map((row) => row.member_id)).toEqual([consenting.id]);
    });
  });

  describe('consent before contact', () => {
    const contact = graphql(`mutation NotificationsContactMember($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId direction subject sender { handle } member { handle } } }`);

    it('refuses staff contact without a BRAND_CONTACT consent, stores nothing, and allows it once granted until revoked', async () => {
      const member = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, member.id, platform.clock.now()]);
      const input = { communityId: toGlobalId('Community', community), memberId: toGlobalId('Member', member.id), subject: 'Beta programme', body: 'Would you test our new app?' };
      const refused = await platform.gql(contact, { input }, { token: staff.token });
      expect(errorCode(refused)).toBe('CONTACT_NOT_CONSENTED');
      const stored = async () => {
        const messages = await platform.db.query(`SELECT count(*)::int AS count FROM contact_messages WHERE member_id = $1`, [member.id]);
        const notes = await platform.db.query(`SELECT count(*)::int AS count FROM notifications WHERE member_id = $1`, [member.id]);
        return [messages.rows[0].count, notes.rows[0].count];
      };
      expect(await stored()).toEqual([0, 0]);

      const consentInput: ConsentInput = { scope: 'BRAND_CONTACT', communityId: toGlobalId('Community', community) };
      expect((await platform.gql(graphql(`mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`), { input: consentInput }, { token: member.token })).errors).toBeUndefined();
      const sent = await platform.gql(contact, { input }, { token: staff.token });
      expect(sent.errors).toBeUndefined();
      expect(sent.data.contactMember).toMatchObject({ direction: 'TO_MEMBER', subject: 'Beta programme', sender: { handle: staff.handle }, member: { handle: member.handle } });
      expect(await stored()).toEqual([1, 1]);

      expect((await platform.gql(graphql(`mutation NotificationsRevokeConsent2($input: ConsentInput!) { revokeConsent(input: $input) { active } }`), { input: consentInput }, { token: member.token })).data).toEqual({ revokeConsent: { active: false } });
      expect(errorCode(await platform.gql(contact, { input }, { token: staff.token }))).toBe('CONTACT_NOT_CONSENTED');
      expect(await stored()).toEqual([1, 1]);

      const consents = await platform.gql(graphql(`query NotificationsMe2 { me { consents { scope grantedAt revokedAt textVersion active community { id } } } }`), {}, { token: member.token });
      expect(consents.data.me.consents).toEqual([
        { scope: 'BRAND_CONTACT', grantedAt: expect.any(String), revokedAt: expect.any(String), textVersion: 'brand-contact-v1', active: false, community: { id: toGlobalId('Community', community) } },
      ]);
      // The ledger is append-only: a grant and a revocation, never rewritten.
      const ledger = await platform.db.query(`SELECT action FROM consent_ledger WHERE member_id = $1 ORDER BY id`, [member.id]);
      expect(ledger.rows.map((row) => row.action)).toEqual(['GRANT', 'REVOKE']);
      await expect(platform.db.query(`UPDATE consent_ledger SET action = 'GRANT' WHERE member_id = $1`, [member.id])).rejects.toThrow(/append-only/);

      // The member sees the whole history, every grant and revocation with its date and text version.
      await platform.gql(graphql(`mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`), { input: consentInput }, { token: member.token });
      const HISTORY = graphql(`query NotificationsHistory($id: ID!) { me { consentHistory { action scope textVersion recordedAt community { id } } } node(id: $id) { ... on Member { consentHistory { action } } } }`);
      const history = await platform.gql(HISTORY, { id: toGlobalId('Member', member.id) }, { token: member.token });
      expect(history.data.me.consentHistory).toEqual(
        ['GRANT', 'REVOKE', 'GRANT'].map((action) => ({ action, scope: 'BRAND_CONTACT', textVersion: 'brand-contact-v1', recordedAt: expect.any(String), community: { id: toGlobalId('Community', community) } })),
      );
      const seenByOther = await platform.gql(HISTORY, { id: toGlobalId('Member', member.id) }, { token: staff.token });
      expect(seenByOther.data.node?.consentHistory ?? null).toBeNull();
    });

    it('lets only brand staff contact members', async () => {
      const input = { communityId: toGlobalId('Community', community), memberId: toGlobalId('Member', alice.id), subject: 'Hello', body: 'Hi' };
      expect(errorCode(await platform.gql(contact, { input }, { token: bob.token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(contact, { input: { ...input, communityId: toGlobalId('Community', privateCommunity) } }, { token: bob.token }))).toBe('NOT_FOUND');
    });

    it('lets a member write to the brand team, and staff answer that conversation without a consent', async () => {
      const member = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, member.id, platform.clock.now()]);
      const wrote = await platform.gql(
        graphql(`mutation NotificationsContactBrandTeam($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { conversationId direction } }`),
        { input: { communityId: toGlobalId('Community', community), subject: 'Broken hinge', body: 'My hinge broke after a week.' } },
        { token: member.token },
      );
      expect(wrote.errors).toBeUndefined();
      expect(wrote.data.contactBrandTeam.direction).toBe('TO_BRAND');
      const conversationId = wrote.data.contactBrandTeam.conversationId;
      const staffInbox = await platform.gql(graphql(`query NotificationsContactMessages($id: ID!) { contactMessages(communityId: $id) { edges { node { subject member { handle } } } } }`), { id: toGlobalId('Community', community) }, { token: staff.token });
      expect(staffInbox.data.contactMessages.edges.map((edge: { node: { subject: string } }) => edge.node.subject)).toContain('Broken hinge');
      const answer = await platform.gql(
        contact,
        { input: { communityId: toGlobalId('Community', community), memberId: toGlobalId('Member', member.id), subject: 'Re: Broken hinge', body: 'We are sending a new one.', conversationId } },
        { token: staff.token },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.contactMember.conversationId).toBe(conversationId);
      // Answering is not a licence to start new conversations.
      const fresh = await platform.gql(contact, { input: { communityId: toGlobalId('Community', community), memberId: toGlobalId('Member', member.id), subject: 'Promo', body: 'Buy more' } }, { token: staff.token });
      expect(errorCode(fresh)).toBe('CONTACT_NOT_CONSENTED');
    });
  });
});
