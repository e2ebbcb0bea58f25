import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { resolveRoom, roomName, type ClientToServerEvents, type EphemeralAck, type PresenceAck, type RealtimeEvent, type ServerToClientEvents, type SubscribeAck } from '@palabre/contracts';
import { Clock, EventFeedService, StoredEvent, TokenService } from '@palabre/core';
import { RoomAccessClient } from './room-access.client';
import { SessionWatch } from './session-watch';
import { MessageThrottle } from './message-throttle';
import { parseLastEventId, parseRoomList } from './realtime.validation';

/** What other gateways see of a socket (fetchSockets): its member and session, never its token. */
interface SocketData {
  memberId: string;
  sessionId: string;
}

/** The handshake's `auth`, once the handshake middleware accepted it. */
interface CheckedAuth {
  token: string;
  /** Replays the personal room on connection. */
  lastEventId?: string;
}

type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Answer = SubscribeAck | EphemeralAck | PresenceAck;

/** What the gateway knows about one of its sockets (kept small: a gateway holds thousands). */
class SocketState {
  /** room → sequence after which every event of the room was sent to this socket. */
  readonly joined = new Map<string, bigint>();
  /** The client said it has everything up to here although the live feed has not reached it yet. */
  skipThrough: bigint | null = null;
  /** The room change running or waiting last (they run one after the other, so replays stay ordered); null when idle. */
  queue: Promise<SubscribeAck> | null = null;
  readonly throttle = new MessageThrottle();
  /** Last typing signal per thread room (ms), for the typing rate limit; made at the first signal. */
  typing: Map<string, number> | null = null;

  /** `token`: the access token room checks are made with (the handshake's, then any refreshed one). */
  constructor(public token: string) {}
}

/** Internal socket.io room of the moderators of a community room (clients cannot subscribe to it). */
const moderatorsOf = (room: string) => `moderators:${room}`;

/**
 * Where an event goes: `everyone` events to their rooms; `moderators` events only to the
 * moderators of the communities among their rooms, and to the personal rooms they name.
 */
function targetsOf(event: StoredEvent): string[] {
  if (event.audience === 'everyone') return event.rooms;
  if (event.audience !== 'moderators') return [];
  return event.rooms.flatMap((room) => (room.startsWith('community:') ? [moderatorsOf(room)] : room.startsWith('member:') ? [room] : []));
}

const HANDLED = new Set(['subscribe', 'unsubscribe', 'thread.typing', 'thread.presence', 'auth.refresh']);
const TYPING_INTERVAL_MS = 2_000;
/** Events after which a member's rooms are checked again (they may have lost access). */
const ACCESS_CHANGES = new Set(['member.suspended', 'community.member_left', 'community.role_changed', 'member.removed']);
const MAX_ROOMS_PER_MESSAGE = 50;

function toRealtimeEvent(event: StoredEvent): RealtimeEvent {
  return { id: event.id, type: event.type, rooms: event.rooms, payload: event.payload, occurredAt: event.occurredAt.toISOString() };
}

const failure = (code: string, message: string, rooms?: string[]): SubscribeAck => ({ ok: false, error: rooms ? { code, message, rooms } : { code, message } });

const handshakeError = (code: string, message: string): Error => Object.assign(new Error(code), { data: { code, message } });

/**
 * The realtime gateway: authenticates at the handshake, lets a socket join only rooms the
 * API allows, relays outbox events to the rooms they concern (only `everyone` events: hidden
 * content never leaves through a socket), replays what a reconnecting client missed.
 * It never writes domain data.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RealtimeGateway');
  private readonly sockets = new Map<string, SocketState>();
  /** Sockets whose `skipThrough` is set (usually none). */
  private readonly ahead = new Set<string>();
  /** memberId → ids of this gateway's sockets of that member. */
  private readonly byMember = new Map<string, Set<string>>();
  /** SessionWatch generation when a socket's handshake checked its session (weak: a client may leave before connecting). */
  private readonly checkedAt = new WeakMap<object, number>();
  /** Set when the gateway shuts down: no more cross-gateway presence traffic. */
  private closing = false;

  @WebSocketServer()
  server!: Server<ClientToServerEvents, ServerToClientEvents>;

  /**
   * The one catch-all listener of every socket: socket.io calls it with the socket as `this`, so
   * sockets share it instead of each holding its own closures.
   */
  private readonly onMessage: (this: RealtimeSocket, ...packet: unknown[]) => void;

  constructor(
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly feed: EventFeedService,
    private readonly roomAccess: RoomAccessClient,
    private readonly sessionWatch: SessionWatch,
  ) {
    // A session that ends (signed out, revoked, all others revoked) takes its live sockets with it.
    sessionWatch.onEnded((socketIds) => {
      for (const id of socketIds) this.server.sockets.sockets.get(id)?.disconnect(true);
    });
    const receive = (socket: RealtimeSocket, packet: unknown[]) => this.receive(socket, packet);
    this.onMessage = function (this: RealtimeSocket, ...packet: unknown[]) {
      receive(this, packet);
    };
  }

  afterInit(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    server.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; lastEventId?: unknown };
      const token = auth.token;
      const actor = typeof token === 'string' && token.length < 4096 ? this.tokens.verifyAccessToken(token, this.clock.now()) : null;
      if (!actor || typeof token !== 'string') {
        next(handshakeError('UNAUTHENTICATED', 'A valid access token is required in auth.token'));
        return;
      }
      const lastEventId = auth.lastEventId === undefined ? undefined : parseLastEventId(auth.lastEventId);
      if (lastEventId === null) {
        next(handshakeError('BAD_USER_INPUT', 'auth.lastEventId must be the id of an event you received'));
        return;
      }
      // As the api does: a token whose session was signed out or revoked opens nothing, even before it expires.
      const generation = this.sessionWatch.generation;
      this.sessionWatch.isActive(actor.sessionId, actor.memberId).then(
        (active) => {
          if (!active) {
            next(handshakeError('UNAUTHENTICATED', 'This session has ended; sign in again'));
            return;
          }
          socket.data = { memberId: actor.memberId, sessionId: actor.sessionId } satisfies SocketData;
          this.checkedAt.set(socket, generation);
          next();
        },
        () => next(handshakeError('UNAVAILABLE', 'Your session could not be checked; try again')),
      );
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.feed.start((events) => this.deliver(events));
  }

  onModuleDestroy(): void {
    this.closing = true;
  }

  handleConnection(socket: RealtimeSocket): void {
    const auth = socket.handshake.auth as CheckedAuth;
    const state = new SocketState(auth.token);
    this.sockets.set(socket.id, state);
    const memberId = socket.data.memberId;
    this.byMember.set(memberId, (this.byMember.get(memberId) ?? new Set()).add(socket.id));
    this.sessionWatch.track(socket.id, socket.data.sessionId);
    // The session may have ended between the handshake's check and now: check again.
    if (this.checkedAt.get(socket) !== this.sessionWatch.generation) this.sessionWatch.recheck();
    this.checkedAt.delete(socket);
    socket.onAny(this.onMessage);
    // The personal room is joined at once (with a replay when the handshake carried lastEventId).
    const lastEventId = auth.lastEventId === undefined ? undefined : (parseLastEventId(auth.lastEventId) ?? undefined);
    void this.enqueue(state, () => this.join(socket, state, [roomName('member', memberId)], lastEventId));
  }

  handleDisconnect(socket: RealtimeSocket): void {
    const state = this.sockets.get(socket.id);
    this.sockets.delete(socket.id);
    this.ahead.delete(socket.id);
    const memberId = socket.data?.memberId;
    if (socket.data?.sessionId) this.sessionWatch.untrack(socket.id, socket.data.sessionId);
    const mine = memberId ? this.byMember.get(memberId) : undefined;
    mine?.delete(socket.id);
    if (memberId && mine?.size === 0) this.byMember.delete(memberId);
    // `joined` still lists the thread rooms socket.io has just taken the socket out of.
    for (const room of state?.joined.keys() ?? []) if (room.startsWith('thread:')) void this.announceLeft(socket, room);
  }

  /** Every message goes through here first: floods, unknown events and missing payloads stop here. */
  private receive(socket: RealtimeSocket, [event, ...args]: unknown[]): void {
    const state = this.sockets.get(socket.id);
    if (!state) return;
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (answer: Answer) => void) : null;
    const verdict = state.throttle.take(Date.now());
    if (verdict === 'disconnect') {
      this.logger.warn(`disconnecting a flooding socket of member ${socket.data.memberId}`);
      ack?.(failure('TOO_MANY_REQUESTS', 'Too many messages: this connection is closed'));
      socket.disconnect(true);
      return;
    }
    if (verdict === 'refuse') {
      ack?.(failure('TOO_MANY_REQUESTS', 'Too many messages; slow down'));
      return;
    }
    if (typeof event !== 'string' || !HANDLED.has(event)) {
      ack?.(failure('UNKNOWN_EVENT', `Unknown event "${String(event).slice(0, 50)}"; use subscribe, unsubscribe, thread.typing, thread.presence or auth.refresh`));
      return;
    }
    if (!ack) return; // Every message of this protocol is acknowledged; without a callback it is ignored.
    const request = args[0];
    if (args.length !== 2 || typeof request !== 'object' || request === null || Array.isArray(request)) {
      ack(failure('BAD_USER_INPUT', `${event} takes one object, e.g. { room: "thread:<uuid>" }, and an acknowledgement callback`));
      return;
    }
    if (event === 'subscribe') void this.enqueue(state, () => this.subscribe(socket, state, request)).then(ack);
    else if (event === 'unsubscribe') void this.enqueue(state, () => this.unsubscribe(socket, state, request)).then(ack);
    else if (event === 'thread.typing') ack(this.typing(socket, state, request));
    else if (event === 'thread.presence') void this.presence(socket, request).then(ack);
    else void this.refreshToken(socket, state, request).then(ack);
  }

  private enqueue(state: SocketState, work: () => Promise<SubscribeAck>): Promise<SubscribeAck> {
    const run: Promise<SubscribeAck> = (state.queue ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => {
        this.logger.warn(`realtime message failed: ${String(error)}`);
        return failure('UNAVAILABLE', 'This could not be done now; try again');
      })
      .then((answer) => {
        // An idle socket keeps no promise, nor the answer it settled with.
        if (state.queue === run) state.queue = null;
        return answer;
      });
    state.queue = run;
    return run;
  }

  private async subscribe(socket: RealtimeSocket, state: SocketState, body: unknown): Promise<SubscribeAck> {
    const request = body as { room?: unknown; rooms?: unknown; lastEventId?: unknown };
    const rooms = parseRoomList(request, MAX_ROOMS_PER_MESSAGE);
    if (typeof rooms === 'string') return failure('BAD_USER_INPUT', rooms);
    const lastEventId = request.lastEventId === undefined ? undefined : parseLastEventId(request.lastEventId);
    if (lastEventId === null) return failure('BAD_USER_INPUT', 'lastEventId must be the id of an event you received (a string of digits)');
    const answer = await this.roomAccess.check(state.token, rooms);
    if (answer.kind === 'unauthenticated') return failure('UNAUTHENTICATED', 'Your access token has expired; reconnect with a fresh one');
    if (answer.kind === 'unavailable') return failure('UNAVAILABLE', 'Room access could not be checked; try again');
    // Not allowed and not found look the same, so private rooms do not leak. All or nothing.
    const refused = rooms.filter((room) => !answer.allowed.has(room));
    if (refused.length > 0) return failure('NOT_FOUND', 'This room does not exist or you may not join it', refused);
    if (!socket.connected) return failure('UNAVAILABLE', 'The connection is closed');
    return this.join(socket, state, rooms, lastEventId, answer.moderated);
  }

  private async unsubscribe(socket: RealtimeSocket, state: SocketState, body: unknown): Promise<SubscribeAck> {
    const rooms = parseRoomList(body as { room?: unknown; rooms?: unknown; id?: unknown }, MAX_ROOMS_PER_MESSAGE);
    if (typeof rooms === 'string') return failure('BAD_USER_INPUT', rooms);
    for (const room of rooms) {
      const wasIn = socket.rooms.has(room);
      await socket.leave(room);
      await socket.leave(moderatorsOf(room));
      state.joined.delete(room);
      if (wasIn && room.startsWith('thread:')) await this.announceLeft(socket, room);
    }
    return { ok: true, room: rooms[0], rooms };
  }

  /** A fresh token for the same member replaces the connection's token (used for room checks) and session. */
  private async refreshToken(socket: RealtimeSocket, state: SocketState, body: unknown): Promise<EphemeralAck> {
    const token = (body as { token?: unknown }).token;
    const actor = typeof token === 'string' && token.length < 4096 ? this.tokens.verifyAccessToken(token, this.clock.now()) : null;
    if (!actor || typeof token !== 'string') return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'This token is not valid' } };
    if (actor.memberId !== socket.data.memberId) return { ok: false, error: { code: 'FORBIDDEN', message: 'A connection keeps its member; reconnect to change member' } };
    if (actor.sessionId !== socket.data.sessionId) {
      const active = await this.sessionWatch.isActive(actor.sessionId, actor.memberId).catch(() => false);
      if (!active) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'This session has ended; sign in again' } };
      if (!socket.connected) return { ok: false, error: { code: 'UNAVAILABLE', message: 'The connection is closed' } };
      this.sessionWatch.untrack(socket.id, socket.data.sessionId);
      socket.data.sessionId = actor.sessionId;
      this.sessionWatch.track(socket.id, actor.sessionId);
    }
    state.token = token;
    return { ok: true };
  }

  /** Typing in a thread the socket joined: relayed to the room on every gateway, never stored. */
  private typing(socket: RealtimeSocket, state: SocketState, body: unknown): EphemeralAck {
    const room = this.threadRoomOf(body);
    if (!room) return { ok: false, error: { code: 'BAD_USER_INPUT', message: 'give room: "thread:<uuid>"' } };
    if (!socket.rooms.has(room)) return { ok: false, error: { code: 'NOT_FOUND', message: 'Subscribe to this thread first' } };
    const now = Date.now();
    state.typing ??= new Map();
    if (now - (state.typing.get(room) ?? Number.NEGATIVE_INFINITY) < TYPING_INTERVAL_MS) {
      return { ok: false, error: { code: 'TOO_MANY_REQUESTS', message: `At most one typing signal every ${TYPING_INTERVAL_MS / 1000} seconds` } };
    }
    state.typing.set(room, now);
    socket.to(room).emit('thread.typing', { room, memberId: socket.data.memberId });
    return { ok: true };
  }

  /** Members with a socket in a thread room, on every gateway. */
  private async presence(socket: RealtimeSocket, body: unknown): Promise<PresenceAck> {
    const room = this.threadRoomOf(body);
    if (!room) return { ok: false, error: { code: 'BAD_USER_INPUT', message: 'give room: "thread:<uuid>"' } };
    if (!socket.rooms.has(room)) return { ok: false, error: { code: 'NOT_FOUND', message: 'Subscribe to this thread first' } };
    try {
      const sockets = await this.server.in(room).fetchSockets();
      const memberIds = [...new Set(sockets.map((peer) => (peer.data as SocketData | undefined)?.memberId).filter((id): id is string => typeof id === 'string'))].sort();
      return { ok: true, room, memberIds };
    } catch {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'Presence could not be gathered; try again' } };
    }
  }

  private threadRoomOf(body: unknown): string | null {
    const { room, id } = (body as { room?: unknown; id?: unknown } | null) ?? {};
    const parsed = resolveRoom(id !== undefined ? { room, id } : room);
    return parsed?.kind === 'thread' ? roomName('thread', parsed.localId) : null;
  }

  private announceJoined(socket: RealtimeSocket, room: string): void {
    socket.to(room).emit('thread.presence', { room, memberId: socket.data.memberId, present: true });
  }

  /** "Left" only when none of the member's sockets (on any gateway) remains in the room. */
  private async announceLeft(socket: RealtimeSocket, room: string): Promise<void> {
    const memberId = socket.data.memberId;
    if (this.closing) return;
    try {
      const remaining = await this.server.in(room).fetchSockets();
      if (remaining.some((peer) => peer.id !== socket.id && (peer.data as SocketData | undefined)?.memberId === memberId)) return;
    } catch {
      // Presence is best effort: announce the departure anyway.
    }
    if (!this.closing) this.server.to(room).except(socket.id).emit('thread.presence', { room, memberId, present: false });
  }

  /** A member's access changed (left, suspended, new role): their sockets keep only rooms still allowed. */
  private recheck(memberId: string, drop: readonly string[] = []): void {
    for (const socketId of this.byMember.get(memberId) ?? []) {
      const socket = this.server.sockets.sockets.get(socketId) as RealtimeSocket | undefined;
      const state = this.sockets.get(socketId);
      if (!socket || !state) continue;
      void this.enqueue(state, async () => {
        for (const room of drop) {
          await socket.leave(room);
          await socket.leave(moderatorsOf(room));
          state.joined.delete(room);
        }
        const rooms = [...state.joined.keys()].filter((room) => !room.startsWith('member:'));
        if (rooms.length === 0) return { ok: true, room: '', rooms };
        const answer = await this.roomAccess.check(state.token, rooms);
        if (answer.kind === 'unauthenticated') {
          // The token expired: the client reconnects with a fresh one and joins again, checked.
          socket.disconnect(true);
          return { ok: true, room: '', rooms };
        }
        if (answer.kind === 'unavailable') return { ok: true, room: '', rooms };
        for (const room of rooms) {
          if (answer.allowed.has(room)) continue;
          await socket.leave(room);
          await socket.leave(moderatorsOf(room));
          state.joined.delete(room);
          if (room.startsWith('thread:')) await this.announceLeft(socket, room);
        }
        // A new role may grant or withdraw moderator-only events.
        const kept = rooms.filter((room) => answer.allowed.has(room) && room.startsWith('community:'));
        for (const room of kept) {
          if (answer.moderated.has(room)) await socket.join(moderatorsOf(room));
          else await socket.leave(moderatorsOf(room));
        }
        return { ok: true, room: '', rooms };
      });
    }
  }

  /**
   * Joins rooms while no live delivery runs. With `lastEventId`, first sends the events of
   * those rooms numbered after it, skipping any this socket already got through a room it was
   * in; then the live feed continues from exactly where the replay stopped.
   */
  private join(socket: RealtimeSocket, state: SocketState, rooms: string[], lastEventId: string | undefined, moderated: ReadonlySet<string> = new Set()): Promise<SubscribeAck> {
    return this.feed.exclusive(async (position) => {
      const live = BigInt(position);
      let replayed = 0;
      let from = live;
      if (lastEventId !== undefined) {
        const after = BigInt(lastEventId);
        const { events, tooOld, oldest } = await this.feed.replay(lastEventId, rooms, 1000, position);
        if (tooOld) {
          socket.emit('resync', { reason: 'Some events you missed are no longer kept; reload the data of your rooms', oldestAvailableId: oldest });
        } else {
          const reachable = new Set([...rooms, ...[...moderated].map(moderatorsOf), ...socket.rooms]);
          for (const event of events) {
            if (!targetsOf(event).some((target) => reachable.has(target))) continue;
            const seq = BigInt(event.id);
            if (event.rooms.some((room) => (state.joined.get(room) ?? seq) < seq)) continue;
            socket.emit('event', toRealtimeEvent(event));
            replayed += 1;
          }
          from = after < live ? after : live;
          if (after > live) {
            // The client is ahead of this gateway's feed (it was on another one): skip what it has.
            state.skipThrough = state.skipThrough !== null && state.skipThrough > after ? state.skipThrough : after;
            this.ahead.add(socket.id);
          }
        }
      }
      for (const room of rooms) {
        const wasIn = socket.rooms.has(room);
        await socket.join(room);
        if (moderated.has(room)) await socket.join(moderatorsOf(room));
        const known = state.joined.get(room);
        state.joined.set(room, known !== undefined && known < from ? known : from);
        if (!wasIn && room.startsWith('thread:')) this.announceJoined(socket, room);
      }
      return { ok: true, room: rooms[0], rooms, ...(lastEventId === undefined ? {} : { replayed }) };
    });
  }

  private deliver(events: StoredEvent[]): void {
    for (const event of events) {
      if (ACCESS_CHANGES.has(event.type)) {
        const { memberId, communityId } = event.payload as { memberId?: unknown; communityId?: unknown };
        // A suspension also takes the member out of the community's own room (they may ask to join again).
        const drop = event.type === 'member.suspended' && typeof communityId === 'string' ? [roomName('community', communityId)] : [];
        if (typeof memberId === 'string') this.recheck(memberId, drop);
      }
      const rooms = targetsOf(event);
      if (rooms.length === 0) continue;
      let target = this.server.local.to(rooms);
      if (this.ahead.size > 0) {
        const seq = BigInt(event.id);
        const skip: string[] = [];
        for (const id of this.ahead) {
          const state = this.sockets.get(id);
          if (!state?.skipThrough || state.skipThrough < seq) {
            if (state) state.skipThrough = null;
            this.ahead.delete(id);
          } else skip.push(id);
        }
        if (skip.length > 0) target = target.except(skip);
      }
      // Local delivery only: every gateway reads the feed itself, so nothing is sent twice.
      target.emit('event', toRealtimeEvent(event));
    }
  }
}
