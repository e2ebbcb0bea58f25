import { io } from 'socket.io-client';
import { toGlobalId } from '@palabre/contracts';
import { EventsService, OutboxRetentionService, TransactionRunner } from '@palabre/core';
import { connectSocket, startPlatform, type Platform } from '../support/harness';
import { collect, numbered, type Ack, createCommunity, createMember, createSpace, createThread, eventually, refreshToken, request, sleep, type TestMember } from './factories';
import { graphql } from '../graphql';

// The machine is shared: boots and template creation can be slow (the project-level testTimeout does not apply).
jest.setTimeout(30_000);

describe('realtime gateway', () => {
  let platform: Platform;
  let owner: TestMember;
  let alice: TestMember;
  let bob: TestMember;
  let publicCommunity: string;
  let privateCommunity: string;
  let otherCommunity: string;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true, config: { SOCKET_MAX_MESSAGE_BYTES: '4096' } });
    owner = await createMember(platform);
    alice = await createMember(platform);
    bob = await createMember(platform);
    publicCommunity = await createCommunity(platform, owner);
    privateCommunity = await createCommunity(platform, owner, { visibility: 'PRIVATE' });
    otherCommunity = await createCommunity(platform, owner);
  });

  afterAll(async () => {
    await platform?.close();
  });

  /** Records events straight into the outbox (as a feature would), numbered by the relay. */
  async function record(type: string, rooms: string[], payload: Record<string, unknown> = {}, audience?: 'moderators'): Promise<string> {
    await platform.app.get(TransactionRunner).run((tx) => platform.app.get(EventsService).record(tx, { type, rooms, payload, ...(audience ? { audience } : {}) }));
    return numbered(platform);
  }

  describe('handshake', () => {
    it('refuses a socket without a token with UNAUTHENTICATED', async () => {
      const error = (await platform.connectSocket().catch((caught: unknown) => caught)) as Error & { data?: { code?: string } };
      expect(error).toBeInstanceOf(Error);
      expect(error.data?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged or expired token with UNAUTHENTICATED', async () => {
      const forged = (await platform.connectSocket(`${alice.token.slice(0, -4)}AAAA`).catch((caught: unknown) => caught)) as Error & { data?: { code?: string } };
      expect(forged.data?.code).toBe('UNAUTHENTICATED');
      const later = await createMember(platform);
      platform.clock.advanceHours(2);
      try {
        const expired = (await platform.connectSocket(later.token).catch((caught: unknown) => caught)) as Error & { data?: { code?: string } };
        expect(expired.data?.code).toBe('UNAUTHENTICATED');
      } finally {
        platform.clock.advanceHours(-2);
      }
    });

    it('accepts a valid token', async () => {
      const socket = await platform.connectSocket(alice.token);
      expect(socket.connected).toBe(true);
    });
  });

  describe('subscribe and unsubscribe', () => {
    it('acknowledges joining a public community and leaving it', async () => {
      const socket = await platform.connectSocket(alice.token);
      const room = `community:${publicCommunity}`;
      expect(await request(socket, 'subscribe', { room })).toEqual({ ok: true, room, rooms: [room] });
      expect(await request(socket, 'unsubscribe', { room })).toEqual({ ok: true, room, rooms: [room] });
    });

    it('refuses a private community to a non-member with NOT_FOUND, like a missing one', async () => {
      const socket = await platform.connectSocket(alice.token);
      const refused = await request(socket, 'subscribe', { room: `community:${privateCommunity}` });
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const missing = await request(socket, 'subscribe', { room: 'community:00000000-0000-4000-8000-000000000000' });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: refused.error?.message } });
      // Somebody else's personal room is not joinable either.
      expect(await request(socket, 'subscribe', { room: `member:${bob.id}` })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('lets the owner join their private community', async () => {
      const socket = await platform.connectSocket(owner.token);
      expect(await request(socket, 'subscribe', { room: `community:${privateCommunity}` })).toMatchObject({ ok: true });
    });

    it('validates messages: bad rooms, bad payloads, bad lastEventId and unknown events get an error ack', async () => {
      const socket = await platform.connectSocket(alice.token);
      expect(await request(socket, 'subscribe', { room: 'community:not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(socket, 'subscribe', 'community')).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(socket, 'subscribe', { rooms: [] })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(socket, 'subscribe', { room: `community:${publicCommunity}`, lastEventId: 12 })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(socket, 'dropTables', { room: `community:${publicCommunity}` })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
      // The socket is still usable afterwards.
      expect(await request(socket, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
    });
  });

  describe('delivery', () => {
    it('delivers community.member_joined only to sockets in that community room', async () => {
      const inRoom = await platform.connectSocket(owner.token);
      const elsewhere = await platform.connectSocket(bob.token);
      const notSubscribed = await platform.connectSocket(alice.token);
      expect(await request(inRoom, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
      expect(await request(elsewhere, 'subscribe', { room: `community:${otherCommunity}` })).toMatchObject({ ok: true });
      const received = [collect(inRoom), collect(elsewhere), collect(notSubscribed)];

      const joiner = await createMember(platform);
      const result = await platform.gql(graphql(`mutation GatewayJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: toGlobalId('Community', publicCommunity) }, { token: joiner.token });
      expect(result.errors).toBeUndefined();

      await eventually(() => expect(received[0].events.map((event) => event.type)).toEqual(['community.member_joined']));
      expect(received[0].events[0]).toMatchObject({ rooms: [`community:${publicCommunity}`], payload: { communityId: publicCommunity, memberId: joiner.id, handle: joiner.handle } });
      await sleep(300);
      expect(received[1].events).toEqual([]);
      expect(received[2].events).toEqual([]);
    });

    it('takes a node’s global id for a room, alone or with its kind, as well as "thread:<uuid>", with replay', async () => {
      const spaceId = await createSpace(platform, publicCommunity);
      const threadId = await createThread(platform, spaceId, publicCommunity, owner);
      const room = `thread:${threadId}`;
      const globalId = toGlobalId('Thread', threadId);
      const socket = await platform.connectSocket(alice.token);
      expect(await request(socket, 'subscribe', { room: globalId })).toEqual({ ok: true, room, rooms: [room] });
      expect(await request(socket, 'subscribe', { room: 'thread', id: globalId })).toMatchObject({ ok: true, room });
      expect(await request(socket, 'subscribe', { rooms: [{ room: 'thread', id: globalId }, `community:${publicCommunity}`] })).toMatchObject({ ok: true, room });
      // The kind given with an id must be the id's type; other node types have no room.
      expect(await request(socket, 'subscribe', { room: 'space', id: globalId })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(socket, 'subscribe', { room: toGlobalId('Reply', threadId) })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      const seen = collect(socket);
      const before = await record('global-id.before', [room]);
      await eventually(() => expect(seen.events.map((event) => event.id)).toEqual([before]));
      expect(await request(socket, 'unsubscribe', { room: 'thread', id: globalId })).toMatchObject({ ok: true, room });
      const missed = await record('global-id.missed', [room]);

      const again = await platform.connectSocket(alice.token);
      const replayed = collect(again);
      expect(await request(again, 'subscribe', { room: 'thread', id: globalId, lastEventId: before })).toMatchObject({ ok: true, room, replayed: 1 });
      expect(replayed.events.map((event) => event.id)).toEqual([missed]);
    });

    it('never delivers an event of a rolled-back transaction', async () => {
      const socket = await platform.connectSocket(owner.token);
      expect(await request(socket, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
      const received = collect(socket);
      await expect(
        platform.app.get(TransactionRunner).run(async (tx) => {
          await platform.app.get(EventsService).record(tx, { type: 'community.member_joined', rooms: [`community:${publicCommunity}`], payload: { communityId: publicCommunity, memberId: alice.id, handle: 'ghost', role: 'MEMBER' } });
          throw new Error('rolled back on purpose');
        }),
      ).rejects.toThrow('rolled back on purpose');
      // A committed event afterwards arrives, and alone.
      await record('community.member_joined', [`community:${publicCommunity}`], { communityId: publicCommunity, memberId: bob.id, handle: bob.handle, role: 'MEMBER' });
      await eventually(() => expect(received.events).toHaveLength(1));
      await sleep(200);
      expect(received.events.map((event) => event.payload['handle'])).toEqual([bob.handle]);
    });

    it('sends events for moderators only to the community’s moderators (and the member they name), never to other members', async () => {
      const room = `community:${publicCommunity}`;
      const moderator = await platform.connectSocket(owner.token);
      const member = await platform.connectSocket(bob.token);
      for (const socket of [moderator, member]) expect(await request(socket, 'subscribe', { room })).toMatchObject({ ok: true });
      const [forModerator, forMember] = [collect(moderator), collect(member)];
      const before = await numbered(platform);
      await record('content.hidden', [room], { body: 'secret' }, 'moderators');
      await record('member.warned', [room, `member:${bob.id}`], { memberId: bob.id }, 'moderators');
      await record('visible.marker', [room]);
      await eventually(() => expect(forModerator.events.map((event) => event.type)).toEqual(['content.hidden', 'member.warned', 'visible.marker']));
      await eventually(() => expect(forMember.events.map((event) => event.type)).toEqual(['member.warned', 'visible.marker']));
      await sleep(200);
      expect(forMember.events.map((event) => event.type)).not.toContain('content.hidden');

      // Replay follows the same rule.
      const [moderatorAgain, memberAgain] = [await platform.connectSocket(owner.token), await platform.connectSocket(bob.token)];
      const [replayedModerator, replayedMember] = [collect(moderatorAgain), collect(memberAgain)];
      expect(await request(moderatorAgain, 'subscribe', { room, lastEventId: before })).toMatchObject({ ok: true, replayed: 3 });
      expect(await request(memberAgain, 'subscribe', { room, lastEventId: before })).toMatchObject({ ok: true, replayed: 2 });
      expect(replayedModerator.events.map((event) => event.type)).toEqual(['content.hidden', 'member.warned', 'visible.marker']);
      expect(replayedMember.events.map((event) => event.type)).toEqual(['member.warned', 'visible.marker']);
    });

    it('answers, in the one roomAccess call the gateway makes, whether each room is allowed and whether the viewer moderates it', async () => {
      const query = graphql(`query GatewayRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed moderates } }`);
      const rooms = [`community:${publicCommunity}`, `member:${bob.id}`];
      const asOwner = await platform.gql(query, { rooms }, { token: owner.token });
      expect(asOwner.data.roomAccess).toEqual([
        { room: rooms[0], allowed: true, moderates: true },
        { room: rooms[1], allowed: false, moderates: false },
      ]);
      const asBob = await platform.gql(query, { rooms }, { token: bob.token });
      expect(asBob.data.roomAccess).toEqual([
        { room: rooms[0], allowed: true, moderates: false },
        { room: rooms[1], allowed: true, moderates: false },
      ]);
    });

    it('stops delivering after unsubscribe', async () => {
      const socket = await platform.connectSocket(owner.token);
      const room = `community:${otherCommunity}`;
      expect(await request(socket, 'subscribe', { room })).toMatchObject({ ok: true });
      const received = collect(socket);
      await record('marker.one', [room]);
      await eventually(() => expect(received.events).toHaveLength(1));
      expect(await request(socket, 'unsubscribe', { room })).toMatchObject({ ok: true });
      await record('marker.two', [room]);
      await sleep(300);
      expect(received.events.map((event) => event.type)).toEqual(['marker.one']);
    });

    it('delivers personal events to the member room joined at connection', async () => {
      const socket = await platform.connectSocket(bob.token);
      const received = collect(socket);
      await sleep(50);
      await record('personal.note', [`member:${bob.id}`]);
      await record('personal.note', [`member:${alice.id}`]);
      await eventually(() => expect(received.events).toHaveLength(1));
      await sleep(200);
      expect(received.events[0].rooms).toEqual([`member:${bob.id}`]);
    });
  });

  describe('replay', () => {
    it('sends exactly the missed events of the rooms, in order, without duplicates, then continues live', async () => {
      const a = `community:${publicCommunity}`;
      const b = `community:${otherCommunity}`;
      const first = await platform.connectSocket(alice.token);
      expect(await request(first, 'subscribe', { rooms: [a, b] })).toMatchObject({ ok: true });
      const seen = collect(first);
      const before = await record('replay.before', [a]);
      await eventually(() => expect(seen.events.map((event) => event.id)).toContain(before));
      first.disconnect();

      // While disconnected: events in a, in b, in both, elsewhere, and one for moderators only.
      const missed = [
        await record('replay.missed', [a], { n: 1 }),
        await record('replay.missed', [a, b], { n: 2 }),
        await record('replay.missed', [b], { n: 3 }),
      ];
      await record('replay.elsewhere', [`community:${privateCommunity}`]);
      await record('replay.hidden', [a], {}, 'moderators');
      const last = await record('replay.missed', [a], { n: 4 });
      missed.push(last);

      const second = await platform.connectSocket(alice.token);
      const received = collect(second);
      const ack = await request(second, 'subscribe', { rooms: [a, b], lastEventId: before });
      expect(ack).toMatchObject({ ok: true, replayed: 4 });
      expect(received.events.map((event) => event.id)).toEqual(missed);
      expect(received.events.map((event) => event.payload['n'])).toEqual([1, 2, 3, 4]);
      expect(received.resyncs).toEqual([]);

      const live = await record('replay.live', [b]);
      await eventually(() => expect(received.events.map((event) => event.id)).toEqual([...missed, live]));
    });

    it('does not replay again what a room already joined delivered', async () => {
      const a = `community:${publicCommunity}`;
      const b = `community:${otherCommunity}`;
      const socket = await platform.connectSocket(owner.token);
      expect(await request(socket, 'subscribe', { room: a })).toMatchObject({ ok: true });
      const received = collect(socket);
      const start = await record('dup.start', [`member:${alice.id}`]);
      const both = await record('dup.both', [a, b]);
      await eventually(() => expect(received.events.map((event) => event.id)).toEqual([both]));
      const onlyB = await record('dup.only-b', [b]);
      expect(await request(socket, 'subscribe', { room: b, lastEventId: start })).toMatchObject({ ok: true, replayed: 1 });
      expect(received.events.map((event) => event.id)).toEqual([both, onlyB]);
    });

    it('replays the personal room when the handshake carries lastEventId', async () => {
      const start = await record('personal.start', [`member:${alice.id}`]);
      const missed = await record('personal.missed', [`member:${alice.id}`]);
      const socket = io(platform.gatewayUrl!, { path: '/realtime', transports: ['websocket'], reconnection: false, forceNew: true, auth: { token: alice.token, lastEventId: start } });
      const received = collect(socket);
      try {
        await eventually(() => expect(received.events.map((event) => event.id)).toEqual([missed]));
      } finally {
        socket.disconnect();
      }
    });

    it('sends resync when the missed events were purged by retention', async () => {
      const room = `community:${publicCommunity}`;
      const old = await record('old.one', [room]);
      await record('old.two', [room]);
      platform.clock.advanceHours(platform.config.EVENT_RETENTION_HOURS + 1);
      for (const member of [owner, alice, bob]) refreshToken(platform, member);
      const kept = await record('recent.one', [room]);
      expect(await platform.app.get(OutboxRetentionService).purge()).toBeGreaterThan(0);
      const { rows } = await platform.db.query<{ count: string }>(`SELECT count(*) FROM outbox_events WHERE seq <= $1`, [old]);
      expect(Number(rows[0].count)).toBe(0);

      const socket = await platform.connectSocket((await createMember(platform)).token);
      const received = collect(socket);
      expect(await request(socket, 'subscribe', { room, lastEventId: old })).toMatchObject({ ok: true });
      expect(received.resyncs).toEqual([{ reason: expect.any(String), oldestAvailableId: expect.any(String) }]);
      expect(received.events).toEqual([]);
      // Live delivery goes on after a resync; a recent position still replays normally.
      const next = await record('recent.two', [room]);
      await eventually(() => expect(received.events.map((event) => event.id)).toEqual([next]));
      const other = await platform.connectSocket(owner.token);
      const replayed = collect(other);
      expect(await request(other, 'subscribe', { room, lastEventId: kept })).toMatchObject({ ok: true, replayed: 1 });
      expect(replayed.events.map((event) => event.id)).toEqual([next]);
      expect(replayed.resyncs).toEqual([]);
    });
  });

  describe('membership changes', () => {
    it('drops a member who leaves a private community from its room at once', async () => {
      const member = await createMember(platform);
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [privateCommunity, member.id, platform.clock.now()]);
      const socket = await platform.connectSocket(member.token);
      const room = `community:${privateCommunity}`;
      expect(await request(socket, 'subscribe', { room })).toMatchObject({ ok: true });
      const received = collect(socket);
      const left = await platform.gql(graphql(`mutation GatewayLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }`), { id: toGlobalId('Community', privateCommunity) }, { token: member.token });
      expect(left.errors).toBeUndefined();
      await eventually(() => expect(received.events.map((event) => event.type)).toContain('community.member_left'));
      await sleep(200);
      await record('private.after', [room]);
      await sleep(300);
      expect(received.events.map((event) => event.type)).not.toContain('private.after');
      expect(await request(socket, 'subscribe', { room })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  describe('suspension', () => {
    it('takes a suspended member out of the community room and tells them personally', async () => {
      const member = await createMember(platform);
      const socket = await platform.connectSocket(member.token);
      const room = `community:${otherCommunity}`;
      expect(await request(socket, 'subscribe', { room })).toMatchObject({ ok: true });
      const received = collect(socket);
      await record('member.suspended', [room, `member:${member.id}`], { communityId: otherCommunity, memberId: member.id, until: 'later', reason: 'Spam', actionId: 'a' }, 'moderators');
      await eventually(() => expect(received.events.map((event) => event.type)).toEqual(['member.suspended']));
      await sleep(200);
      await record('after.suspension', [room]);
      await sleep(300);
      expect(received.events.map((event) => event.type)).toEqual(['member.suspended']);
    });
  });

  describe('presence and typing', () => {
    let thread: string;
    let room: string;

    beforeAll(async () => {
      const space = await createSpace(platform, publicCommunity);
      thread = await createThread(platform, space, publicCommunity, owner);
      room = `thread:${thread}`;
    });

    it('announces presence, relays typing to others only, and rate-limits typing', async () => {
      const a = await createMember(platform);
      const b = await createMember(platform);
      const socketA = await platform.connectSocket(a.token);
      const socketB = await platform.connectSocket(b.token);
      const presenceA: unknown[] = [];
      const typingA: unknown[] = [];
      const typingB: unknown[] = [];
      socketA.on('thread.presence', (info) => presenceA.push(info));
      socketA.on('thread.typing', (info) => typingA.push(info));
      socketB.on('thread.typing', (info) => typingB.push(info));

      expect(await request(socketB, 'thread.typing', { room })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await request(socketA, 'subscribe', { room })).toMatchObject({ ok: true });
      expect(await request(socketB, 'subscribe', { room })).toMatchObject({ ok: true });
      await eventually(() => expect(presenceA).toEqual([{ room, memberId: b.id, present: true }]));

      const presence = await request(socketA, 'thread.presence', { room });
      expect(presence).toEqual({ ok: true, room, memberIds: [a.id, b.id].sort() });

      expect(await request(socketB, 'thread.typing', { room })).toEqual({ ok: true });
      await eventually(() => expect(typingA).toEqual([{ room, memberId: b.id }]));
      expect(await request(socketB, 'thread.typing', { room })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_REQUESTS' } });
      await sleep(100);
      expect(typingA).toHaveLength(1);
      expect(typingB).toEqual([]);

      socketB.disconnect();
      await eventually(() => expect(presenceA).toContainEqual({ room, memberId: b.id, present: false }));
    });

    it('refuses the room of a hidden thread to a member (NOT_FOUND)', async () => {
      const space = await createSpace(platform, publicCommunity);
      const hidden = await createThread(platform, space, publicCommunity, owner, { hidden: true });
      const member = await createMember(platform);
      const socket = await platform.connectSocket(member.token);
      expect(await request(socket, 'subscribe', { room: `thread:${hidden}` })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  describe('abuse', () => {
    it('closes only the socket that sends an oversized message', async () => {
      const big = await platform.connectSocket(alice.token);
      const calm = await platform.connectSocket(bob.token);
      const closed = new Promise<string>((resolve) => big.on('disconnect', (reason) => resolve(reason)));
      big.emit('subscribe', { room: `community:${publicCommunity}`, padding: 'x'.repeat(10_000) });
      expect(await closed).toBeTruthy();
      expect(calm.connected).toBe(true);
      expect(await request(calm, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
    });

    it('throttles a flood, then disconnects it, without affecting other sockets', async () => {
      const flooder = await platform.connectSocket(alice.token);
      const calm = await platform.connectSocket(bob.token);
      const disconnected = new Promise<void>((resolve) => flooder.on('disconnect', () => resolve()));
      const answers: Ack[] = await Promise.all(
        Array.from({ length: 60 }, () => request(flooder, 'unsubscribe', { room: `community:${publicCommunity}` }, 2_000).catch(() => ({ ok: false, error: { code: 'NO_ANSWER', message: '' } }))),
      );
      const codes = answers.map((answer) => (answer.ok ? 'OK' : answer.error?.code));
      // The budget is served (answers still in flight are cut by the disconnection), then refused.
      expect(codes[0]).toBe('OK');
      expect(codes.slice(0, 30)).not.toContain('TOO_MANY_REQUESTS');
      expect(codes.slice(30)).toContain('TOO_MANY_REQUESTS');
      await disconnected;
      expect(flooder.connected).toBe(false);
      expect(await request(calm, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
    });
  });

  it('lets a live connection take a fresh token of the same member, and only that', async () => {
    const member = await createMember(platform);
    const other = await createMember(platform);
    const socket = await platform.connectSocket(member.token);
    try {
      platform.clock.advanceHours(1);
      // The handshake token has expired: room checks fail until a fresh token is given.
      expect(await request(socket, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await request(socket, 'auth.refresh', { token: 'forged' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await request(socket, 'auth.refresh', { token: refreshToken(platform, other) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await request(socket, 'auth.refresh', { token: refreshToken(platform, member) })).toEqual({ ok: true });
      expect(await request(socket, 'subscribe', { room: `community:${publicCommunity}` })).toMatchObject({ ok: true });
    } finally {
      platform.clock.advanceHours(-1);
    }
  });

  it('a session revoked by another process (psql) closes its sockets, so they join no room', async () => {
    const member = await createMember(platform);
    const socket = await connectSocket(platform.gatewayUrl!, member.token);
    try {
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      await platform.db.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1`, [member.sessionId, platform.clock.now()]);
      expect(await closed).toBe('io server disconnect');
      expect(socket.connected).toBe(false);
    } finally {
      socket.disconnect();
    }
  });
});
