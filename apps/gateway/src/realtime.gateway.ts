import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { parseRoom, roomName, type ClientToServerEvents, type RealtimeEvent, type ServerToClientEvents, type SubscribeAck } from '@palabre/contracts';
import { Actor, Clock, EventFeedService, StoredEvent, TokenService } from '@palabre/core';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RoomAccessClient } from './room-access.client';

interface SocketData {
  actor: Actor;
  token: string;
}

type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const KNOWN_EVENTS = new Set(['subscribe', 'unsubscribe']);

function toRealtimeEvent(event: StoredEvent): RealtimeEvent {
  return { id: event.id, type: event.type, rooms: event.rooms, payload: event.payload, occurredAt: event.occurredAt.toISOString() };
}

const failure = (code: string, message: string): SubscribeAck => ({ ok: false, error: { code, message } });

/**
 * The realtime gateway: authenticates at the handshake, lets a socket join only rooms the
 * API allows, relays outbox events to the rooms they concern. It never writes domain data.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationBootstrap {
  private readonly logger = new Logger('RealtimeGateway');
  // Per-socket message budget: floods are answered with errors, then the socket is closed.
  private readonly messageLimiter = new RateLimiterMemory({ points: 30, duration: 10 });
  private readonly strikes = new Map<string, number>();

  @WebSocketServer()
  server!: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly feed: EventFeedService,
    private readonly roomAccess: RoomAccessClient,
  ) {}

  afterInit(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      const actor = typeof token === 'string' ? this.tokens.verifyAccessToken(token, this.clock.now()) : null;
      if (!actor || typeof token !== 'string') {
        const error = new Error('UNAUTHENTICATED') as Error & { data: unknown };
        error.data = { code: 'UNAUTHENTICATED', message: 'A valid access token is required in auth.token' };
        next(error);
        return;
      }
      socket.data = { actor, token } satisfies SocketData;
      next();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.feed.start((events) => this.deliver(events));
  }

  handleConnection(socket: RealtimeSocket): void {
    void socket.join(roomName('member', socket.data.actor.memberId));
    socket.onAny((event: string, ...args: unknown[]) => {
      if (KNOWN_EVENTS.has(event)) return;
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (answer: SubscribeAck) => void)(failure('UNKNOWN_EVENT', `Unknown event "${event}"`));
    });
    socket.on('disconnect', () => this.strikes.delete(socket.id));
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    const limited = await this.throttle(socket);
    if (limited) return limited;
    const request = body as { room?: unknown; lastEventId?: unknown } | null;
    const room = typeof request?.room === 'string' ? parseRoom(request.room) : null;
    if (!room) return failure('BAD_USER_INPUT', 'room must look like "community:<uuid>" (community, space, thread, idea or member)');
    const name = roomName(room.kind, room.localId);
    const lastEventId = request?.lastEventId;
    if (lastEventId !== undefined && (typeof lastEventId !== 'string' || !/^\d{1,18}$/.test(lastEventId))) {
      return failure('BAD_USER_INPUT', 'lastEventId must be the id of an event you received');
    }
    const answer = await this.roomAccess.check(socket.data.token, [name]);
    if (answer.kind === 'unauthenticated') return failure('UNAUTHENTICATED', 'Your access token has expired; reconnect with a fresh one');
    if (answer.kind === 'unavailable') return failure('UNAVAILABLE', 'Room access could not be checked; try again');
    // Not allowed and not found look the same, so private rooms do not leak.
    if (!answer.allowed.has(name)) return failure('NOT_FOUND', 'This room does not exist or you may not join it');
    await socket.join(name);
    if (lastEventId !== undefined) await this.replay(socket, lastEventId, [name]);
    return { ok: true, room: name };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() body: unknown): Promise<SubscribeAck> {
    const request = body as { room?: unknown } | null;
    const room = typeof request?.room === 'string' ? parseRoom(request.room) : null;
    if (!room) return failure('BAD_USER_INPUT', 'room must look like "community:<uuid>"');
    const name = roomName(room.kind, room.localId);
    await socket.leave(name);
    return { ok: true, room: name };
  }

  private async replay(socket: RealtimeSocket, afterId: string, rooms: string[]): Promise<void> {
    const { events, tooOld, oldest } = await this.feed.replay(afterId, rooms);
    if (tooOld) {
      socket.emit('resync', { reason: 'Events after this id are no longer kept; reload the data', oldestAvailableId: oldest });
      return;
    }
    for (const event of events) socket.emit('event', toRealtimeEvent(event));
  }

  private deliver(events: StoredEvent[]): void {
    for (const event of events) {
      if (event.audience !== 'everyone') continue;
      // Local delivery only: every gateway reads the feed itself, so nothing is sent twice.
      this.server.local.to(event.rooms).emit('event', toRealtimeEvent(event));
    }
  }

  private async throttle(socket: RealtimeSocket): Promise<SubscribeAck | null> {
    try {
      await this.messageLimiter.consume(socket.id);
      return null;
    } catch {
      const strikes = (this.strikes.get(socket.id) ?? 0) + 1;
      this.strikes.set(socket.id, strikes);
      if (strikes > 10) {
        this.logger.warn(`disconnecting a flooding socket of member ${socket.data.actor.memberId}`);
        socket.disconnect(true);
      }
      return failure('TOO_MANY_REQUESTS', 'Too many messages; slow down');
    }
  }
}
