/**
 * The realtime event map shared by servers and clients. Every domain event that
 * leaves the outbox is one of these; `id` is the outbox sequence (monotonic).
 */
export interface MemberJoinedPayload {
  communityId: string;
  memberId: string;
  handle: string;
  role: string;
}

/** Payloads keyed by event type. Features add their events here. */
export interface RealtimeEventPayloads {
  'community.member_joined': MemberJoinedPayload;
  [eventType: string]: Record<string, unknown> | object;
}

export type RealtimeEventType = keyof RealtimeEventPayloads & string;

export interface RealtimeEvent<T extends RealtimeEventType = RealtimeEventType> {
  /** Outbox sequence number, increasing in delivery order. */
  id: string;
  type: T;
  /** Rooms this event is delivered to. */
  rooms: string[];
  payload: RealtimeEventPayloads[T];
  occurredAt: string;
}

/** Messages a client sends to the gateway, with the acknowledgement each gets. */
export interface ClientToServerEvents {
  subscribe: (request: { room: string }, ack: (response: SubscribeAck) => void) => void;
  unsubscribe: (request: { room: string }, ack: (response: SubscribeAck) => void) => void;
}

export type SubscribeAck = { ok: true; room: string } | { ok: false; error: { code: string; message: string } };

export interface ServerToClientEvents {
  event: (event: RealtimeEvent) => void;
  resync: (info: { reason: string; oldestAvailableId: string | null }) => void;
}

export const REALTIME_PATH = '/realtime';
