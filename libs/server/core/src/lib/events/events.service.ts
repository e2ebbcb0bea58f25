import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import type { Db } from '../database/transaction-runner';
import type { RealtimeEventType } from '@palabre/contracts';
import { joinSql, rawSql, sql, SqlFragment } from '../database/sql';
import type { DomainEvent } from './domain-event';

/** A reaction to events of type `T`, run in the recording transaction; its payload is the event map's for `T`. */
export type InTransactionHandler<T extends RealtimeEventType = RealtimeEventType> = (tx: Db, event: DomainEvent<T>) => Promise<void>;

/**
 * A read a handler of events of type `T` would make, given as a scalar subquery (one jsonb value) that the recorder can
 * send in its own statement before the event exists: from what the recorder knows beforehand (the payload without the
 * ids its INSERT makes, `known`). Null when it cannot say.
 */
export type Prefetch<T extends RealtimeEventType = RealtimeEventType> = (payload: Partial<DomainEvent<T>['payload']>, known: Readonly<Record<string, string | null>>) => SqlFragment | null;

/**
 * Says, for events about to be stored, which of their rooms each must not reach (e.g. the room of a member who
 * muted the event's actor: members' mutes); registered by the feature that knows, read before the outbox INSERT.
 */
export type RoomFilter = (tx: Db, events: readonly DomainEvent[]) => Promise<ReadonlyMap<DomainEvent, ReadonlySet<string>>>;

/**
 * Records domain events in the outbox inside the caller's transaction, so an event exists
 * if and only if its change committed. Other features react in the same transaction
 * through `on` (e.g. recognition awarding reputation when an answer is accepted).
 */
@Injectable()
export class EventsService {
  private readonly handlers = new Map<string, Array<(tx: Db, event: DomainEvent) => Promise<void>>>();
  /** Events recorded by handlers while an outer `record` of the same transaction runs them. */
  private readonly pending = new WeakMap<Db, Array<{ event: DomainEvent; occurredAt: Date }>>();
  /** Writes handed to recordWith while an outer `record` runs: they go with its outbox INSERT (see flushWrites). */
  private readonly pendingWrites = new WeakMap<Db, SqlFragment[]>();
  private readonly roomFilters: RoomFilter[] = [];
  private readonly prefetches = new Map<string, Array<{ key: string; read: Prefetch }>>();

  constructor(private readonly clock: Clock) {}

  /** Reacts to one type of the event map (`answer.accepted`…): the handler receives that type's payload. */
  on<T extends RealtimeEventType>(type: T, handler: InTransactionHandler<T>): void {
    const list = this.handlers.get(type) ?? [];
    // Events are filed by their type, so only events of type T reach this handler.
    list.push((tx, event) => handler(tx, event as DomainEvent<T>));
    this.handlers.set(type, list);
  }

  /** Registers a prefetch (see Prefetch) under `key`: a handler of `type` looks for `event.prefetched[key]`. */
  onPrefetch<T extends RealtimeEventType>(type: T, key: string, read: Prefetch<T>): void {
    const list = this.prefetches.get(type) ?? [];
    list.push({ key, read: read as Prefetch });
    this.prefetches.set(type, list);
  }

  /**
   * The prefetches of an event about to be recorded, as select-list items (`, (…) AS prefetch_0, …`, or nothing) for the
   * recorder's statement, and `read`, which turns its row into the event's `prefetched`.
   */
  prefetchFor<T extends RealtimeEventType>(type: T, payload: Partial<DomainEvent<T>['payload']>, known: Readonly<Record<string, string | null>>): { columns: SqlFragment; read(row: Record<string, unknown>): Record<string, unknown> } {
    const reads = (this.prefetches.get(type) ?? []).flatMap(({ key, read }) => {
      const fragment = read(payload, known);
      return fragment ? [{ key, fragment }] : [];
    });
    return {
      columns: reads.length === 0 ? sql`` : sql`, ${joinSql(reads.map(({ fragment }, index) => sql`${fragment} AS ${rawSql(`prefetch_${index}`)}`), ', ')}`,
      read: (row) => Object.fromEntries(reads.map(({ key }, index) => [key, row[`prefetch_${index}`]])),
    };
  }

  /** Adds a filter of the rooms events reach (see RoomFilter). */
  filterRooms(filter: RoomFilter): void {
    this.roomFilters.push(filter);
  }

  /**
   * Runs the handlers first, so the events they record (and theirs, in order) join this call's
   * outbox INSERT: one statement for a reply and the notifications it causes, ids in the order separate
   * INSERTs would give (each call's events, then what their handlers record).
   */
  async record(tx: Db, ...events: DomainEvent[]): Promise<void> {
    return this.recordWith(tx, [], ...events);
  }

  /**
   * `record`, with data-modifying statements (an INSERT without RETURNING, whose rows the caller already knows) sent in
   * the same statement as the outbox INSERT, as CTEs: inside an outer `record`, with its INSERT. One statement for a
   * reply's notifications and the events announcing them. Whoever reads those rows in the same transaction before the
   * outer INSERT must call flushWrites first.
   */
  async recordWith(tx: Db, writes: readonly SqlFragment[], ...events: DomainEvent[]): Promise<void> {
    if (events.length === 0 && writes.length === 0) return;
    const occurredAt = this.clock.now();
    const pending = this.pending.get(tx);
    if (pending) {
      this.pendingWrites.get(tx)!.push(...writes);
      pending.push(...events.map((event) => ({ event, occurredAt })));
      await this.runHandlers(tx, events);
      return;
    }
    const batch = events.map((event) => ({ event, occurredAt }));
    // Only a transaction's own manager is safe to key by (the pool's manager is shared by every request).
    if (tx.queryRunner?.isTransactionActive) {
      const held = [...writes];
      this.pending.set(tx, batch);
      this.pendingWrites.set(tx, held);
      try {
        await this.runHandlers(tx, events);
      } finally {
        this.pending.delete(tx);
        this.pendingWrites.delete(tx);
      }
      await this.insert(tx, batch, held);
    } else {
      await this.insert(tx, batch, writes);
      await this.runHandlers(tx, events);
    }
  }

  /** Sends now the writes waiting for the outer outbox INSERT of this transaction (for a handler about to read their rows). */
  async flushWrites(tx: Db): Promise<void> {
    const writes = this.pendingWrites.get(tx);
    if (!writes || writes.length === 0) return;
    const held = writes.splice(0, writes.length);
    const { text, values } = sql`${withWrites(held)} SELECT 1`.compile();
    await tx.query(text, values);
  }

  private async insert(tx: Db, batch: ReadonlyArray<{ event: DomainEvent; occurredAt: Date }>, writes: readonly SqlFragment[] = []): Promise<void> {
    if (batch.length === 0) {
      if (writes.length === 0) return;
      const { text, values } = sql`${withWrites(writes)} SELECT 1`.compile();
      await tx.query(text, values);
      return;
    }
    const dropped = new Map<DomainEvent, Set<string>>();
    for (const filter of this.roomFilters) {
      for (const [event, rooms] of await filter(tx, batch.map((item) => item.event))) dropped.set(event, new Set([...(dropped.get(event) ?? []), ...rooms]));
    }
    const roomsOf = (event: DomainEvent) => (dropped.has(event) ? event.rooms.filter((room) => !dropped.get(event)!.has(room)) : event.rooms);
    const tuples = batch.map(({ event, occurredAt: at }) => sql`(${event.type}, ${roomsOf(event)}::text[], ${JSON.stringify(event.payload)}::jsonb, ${event.audience ?? 'everyone'}, ${at})`);
    const { text, values } = sql`${withWrites(writes)}INSERT INTO outbox_events (type, rooms, payload, audience, occurred_at) VALUES ${joinSql(tuples, ', ')}`.compile();
    await tx.query(text, values);
  }

  private async runHandlers(tx: Db, events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.handlers.get(event.type) ?? []) await handler(tx, event);
    }
  }
}

/** `WITH w0 AS (…), w1 AS (…) ` before a statement, or nothing. */
function withWrites(writes: readonly SqlFragment[]): SqlFragment {
  if (writes.length === 0) return sql``;
  return sql`WITH ${joinSql(
    writes.map((write, index) => sql`${rawSql(`w${index} AS (`)}${write})`),
    ', ',
  )} `;
}
