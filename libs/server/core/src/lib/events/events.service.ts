import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import type { Db } from '../database/transaction-runner';
import type { DomainEvent } from './domain-event';

export type InTransactionHandler = (tx: Db, event: DomainEvent) => Promise<void>;

/**
 * Records domain events in the outbox inside the caller's transaction, so an event exists
 * if and only if its change committed. Other features react in the same transaction
 * through `on` (e.g. recognition awarding reputation when an answer is accepted).
 */
@Injectable()
export class EventsService {
  private readonly handlers = new Map<string, InTransactionHandler[]>();

  constructor(private readonly clock: Clock) {}

  on(type: string, handler: InTransactionHandler): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler);
    this.handlers.set(type, list);
  }

  async record(tx: Db, ...events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const occurredAt = this.clock.now();
    const values: unknown[] = [];
    const tuples = events.map((event, index) => {
      values.push(event.type, event.rooms, JSON.stringify(event.payload), event.audience ?? 'everyone', occurredAt);
      const base = index * 5;
      return `($${base + 1}, $${base + 2}::text[], $${base + 3}::jsonb, $${base + 4}, $${base + 5})`;
    });
    await tx.query(`INSERT INTO outbox_events (type, rooms, payload, audience, occurred_at) VALUES ${tuples.join(', ')}`, values);
    for (const event of events) {
      for (const handler of this.handlers.get(event.type) ?? []) await handler(tx, event);
    }
  }
}
