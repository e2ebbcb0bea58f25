import { Client, Notification } from 'pg';
import { DEFERRED_NOTIFICATIONS, RESPONSE_CACHE_HEADER, TransactionRunner } from '@palabre/core';
import { Platform, startPlatform, readUntil } from '../support/harness';
import { adviceWorld, createReply, createThread, type AdviceWorld } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

const CHANNELS = ['palabre_outbox', 'palabre_content_changed'];

/**
 * A NOTIFY inside a transaction serialises the commits of every notifying transaction (PostgreSQL's
 * notify lock is held across the commit's WAL flush). The api's transactions therefore send their
 * notifications after COMMIT, from the commit notifier's own connection; other writers notify as before.
 * Which backend sent a notification is what tells the two apart.
 */
describe('notifications after commit', () => {
  let platform: Platform;
  let world: AdviceWorld;
  let listener: Client;
  let received: Notification[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ config: { RESPONSE_CACHE_TTL_SECONDS: '10' } });
    world = await adviceWorld(platform);
    listener = new Client({ connectionString: platform.databaseUrl });
    await listener.connect();
    listener.on('notification', (message) => received.push(message));
    for (const channel of CHANNELS) await listener.query(`LISTEN ${channel}`);
  });
  afterAll(async () => {
    await listener.end();
    await platform.close();
  });
  // Sends nothing but the outbox channel's notification, on the commit notifier's connection, after whatever it still had to send.
  const marker = () => platform.app.get(TransactionRunner).run((tx) => tx.query(`INSERT INTO outbox_events (type, rooms, payload, occurred_at) SELECT 'test.marker', '{}', '{}', now() WHERE false`));

  // Whatever an earlier test made the notifier send has arrived before a test starts.
  beforeEach(async () => {
    received = [];
    await marker();
    await readUntil(() => received.map((message) => message.channel), (channels) => channels.includes('palabre_outbox'));
    received = [];
  });

  const notifierPids = async () =>
    (await platform.db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'palabre-commit-notifier' AND datname = current_database()`)).rows.map((row) => row.pid);
  const channelsFrom = (pids: number[]) => [...new Set(received.filter((message) => pids.includes(message.processId)).map((message) => message.channel))].sort();
  const runner = () => platform.app.get(TransactionRunner);

  it('a reply through the api wakes the outbox relay and the response caches from the commit notifier, not from its transaction', async () => {
    const thread = await createThread(platform, world.alice, world.space);
    received = [];
    await createReply(platform, world.bob, thread);
    await readUntil(() => channelsFrom(received.map((message) => message.processId)), (channels) => channels.length === 2);
    const pids = await notifierPids();
    expect(pids).toHaveLength(1);
    expect(channelsFrom(pids)).toEqual(['palabre_content_changed', 'palabre_outbox']);
    expect(received.filter((message) => !pids.includes(message.processId))).toEqual([]);
  });

  it('a write from another process (psql, a job) still notifies from its own transaction', async () => {
    const client = await platform.db.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await client.query(`UPDATE threads SET title = title WHERE space_id = $1`, [world.space.id]);
      await readUntil(() => channelsFrom([rows[0].pid]), (channels) => channels.length > 0);
      expect(channelsFrom([rows[0].pid])).toEqual(['palabre_content_changed']);
    } finally {
      client.release();
    }
  });

  it('notifies only the channels of the tables a transaction wrote, even when no row changed', async () => {
    await runner().run((tx) => tx.query(`UPDATE threads SET title = title WHERE false`));
    await readUntil(() => channelsFrom(received.map((message) => message.processId)), (channels) => channels.length > 0);
    await runner().run((tx) => tx.query(`UPDATE sessions SET revoked_at = revoked_at WHERE false`));
    await runner().run((tx) => tx.query(`SELECT 1`));
    // Sent after them on the same connection: whatever they sent has arrived before it.
    await marker();
    await readUntil(() => received.map((message) => message.channel), (channels) => channels.includes('palabre_outbox'));
    expect(received.map((message) => message.channel)).toEqual(['palabre_content_changed', 'palabre_outbox']);
  });

  it('keeps the response cache when a transaction wrote only private tables, and empties it when content changed', async () => {
    const thread = await createThread(platform, world.alice, world.space);
    const read = () => platform.gql(graphql(`query NotifyAfterCommitNode($id: ID!) { node(id: $id) { ... on Thread { title } } }`), { id: thread.globalId });
    const isHit = (result: { headers: Headers }) => result.headers.get(RESPONSE_CACHE_HEADER) === 'hit';
    expect(isHit(await readUntil(read, isHit))).toBe(true);
    await runner().run((tx) => tx.query(`UPDATE sessions SET revoked_at = revoked_at WHERE false`));
    expect(isHit(await read())).toBe(true);
    await runner().run((tx) => tx.query(`UPDATE threads SET title = title WHERE false`));
    expect((await read()).headers.get(RESPONSE_CACHE_HEADER)).toBe('miss');
  });

  it('rolls back, and notifies nothing, when the work fails', async () => {
    const before = await platform.db.query(`SELECT count(*)::int AS count FROM threads`);
    await expect(
      runner().run(async (tx) => {
        await tx.query(`UPDATE threads SET title = title || '!' WHERE space_id = $1`, [world.space.id]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await platform.db.query(`SELECT count(*)::int AS count FROM threads WHERE title LIKE '%!'`)).rows[0].count).toBe(0);
    expect((await platform.db.query(`SELECT count(*)::int AS count FROM threads`)).rows[0].count).toBe(before.rows[0].count);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([]);
  });

  it('reads, before every COMMIT, each setting a trigger may record instead of notifying', async () => {
    const { rows } = await platform.db.query<{ source: string }>(`SELECT prosrc AS source FROM pg_proc WHERE prosrc LIKE '%palabre.notify_after_commit%'`);
    const recorded = rows.flatMap((row) => [...row.source.matchAll(/set_config\('([\w.]+)'/g)].map((match) => match[1]));
    expect(recorded.length).toBeGreaterThanOrEqual(3);
    expect([...new Set(recorded)].sort()).toEqual(DEFERRED_NOTIFICATIONS.map(({ setting }) => setting).sort());
  });
});
