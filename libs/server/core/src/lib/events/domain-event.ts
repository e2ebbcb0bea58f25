import type { RealtimeEventPayloads } from '@palabre/contracts';

/**
 * A fact that happened, recorded in the outbox in the transaction that made it happen.
 * `rooms` says who hears it in real time; `audience` narrows delivery inside those rooms.
 */
export interface DomainEvent<T extends keyof RealtimeEventPayloads & string = keyof RealtimeEventPayloads & string> {
  type: T;
  rooms: string[];
  payload: RealtimeEventPayloads[T];
  /** `moderators`: only sockets allowed to see hidden content receive it. */
  audience?: 'everyone' | 'moderators';
  /**
   * What the recorder already holds that in-transaction handlers would otherwise read again
   * (e.g. the thread's author, read under its row lock); never stored nor broadcast. A key
   * present means the value is known, even when null.
   */
  known?: Readonly<Record<string, string | null>>;
  /**
   * What handlers' prefetches (EventsService.onPrefetch) read in the recorder's own statement, by prefetch key (JSON as
   * PostgreSQL gave it); never stored nor broadcast. A handler finding its key uses it instead of reading.
   */
  prefetched?: Readonly<Record<string, unknown>>;
}

export interface StoredEvent {
  id: string;
  type: string;
  rooms: string[];
  payload: Record<string, unknown>;
  audience: string;
  occurredAt: Date;
}
