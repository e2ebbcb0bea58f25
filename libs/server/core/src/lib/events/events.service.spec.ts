import { ManualClock } from '../clock/clock';
import type { Db } from '../database/transaction-runner';
import { EventsService } from './events.service';

/** A transaction's manager that keeps the statements it is sent. */
function transaction(active = true) {
  const statements: Array<{ sql: string; values: unknown[] }> = [];
  const tx = { queryRunner: { isTransactionActive: active }, query: async (sql: string, values: unknown[] = []) => void statements.push({ sql, values }) } as unknown as Db;
  return { tx, statements };
}

const recordedTypes = (statement: { values: unknown[] }) => statement.values.filter((_, index) => index % 5 === 0);

describe('EventsService', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));

  it('writes an event and those its handlers record with one INSERT, in the order of one INSERT per record', async () => {
    const events = new EventsService(clock);
    events.on('reply.created', (tx) => events.record(tx, { type: 'notification.created', rooms: ['member:a'], payload: {} as never }, { type: 'notification.created', rooms: ['member:b'], payload: {} as never }));
    events.on('notification.created', async (tx, event) => {
      if (event.rooms[0] === 'member:a') await events.record(tx, { type: 'badge.awarded', rooms: ['member:a'], payload: {} as never });
    });
    const { tx, statements } = transaction();
    await events.record(tx, { type: 'reply.created', rooms: ['thread:t'], payload: {} as never });
    expect(statements).toHaveLength(1);
    expect(recordedTypes(statements[0])).toEqual(['reply.created', 'notification.created', 'notification.created', 'badge.awarded']);
  });

  it('writes at once outside a transaction (the pool’s manager is shared by every request)', async () => {
    const events = new EventsService(clock);
    events.on('reply.created', (tx) => events.record(tx, { type: 'notification.created', rooms: ['member:a'], payload: {} as never }));
    const { tx, statements } = transaction(false);
    await events.record(tx, { type: 'reply.created', rooms: ['thread:t'], payload: {} as never });
    expect(statements.map(recordedTypes)).toEqual([['reply.created'], ['notification.created']]);
  });

  it('hands a handler the payload of the event map for its type', async () => {
    const events = new EventsService(clock);
    const seen: string[] = [];
    events.on('answer.accepted', async (_tx, event) => {
      seen.push(event.payload.replyId);
      // @ts-expect-error an answer.accepted payload has no ideaId: the type comes from the event map
      seen.push(event.payload.ideaId);
    });
    const { tx } = transaction();
    const payload = { communityId: 'c', spaceId: 's', threadId: 't', replyId: 'r', replyAuthorId: null, questionAuthorId: null, actorId: 'a' };
    await events.record(tx, { type: 'answer.accepted', rooms: ['thread:t'], payload });
    expect(seen).toEqual(['r', undefined]);
  });
});
