import { ResponseCache } from '@palabre/core';
import { PgWakeUpChannel } from '../../libs/server/core/src/lib/events/event-bus';
import { Platform, readUntil, startPlatform } from '../support/harness';

jest.setTimeout(30_000);

/** Backends of this spec's database, by application name (the api and the gateway run in this process). */
const BACKENDS_BY_NAME = `SELECT application_name AS name, count(*)::int AS count FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY application_name`;
/** What each LISTEN user was named before they shared one connection. */
const FORMER_LISTENERS = ['palabre-response-cache', 'palabre-session-cache', 'palabre-community-cache', 'palabre-gateway-sessions'];

/**
 * PostgreSQL wakes every listening backend of a database on each commit that notifies, whatever the channel:
 * a process holds one listening connection, shared by its caches, its event feed and its outbox relay.
 */
describe('shared listening connection', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      gateway: true,
      config: { RESPONSE_CACHE_TTL_SECONDS: '10', SESSION_CACHE_MAX_ENTRIES: '1000', COMMUNITY_CACHE_MAX_ENTRIES: '1000' },
    });
  });
  afterAll(() => platform.close());

  async function backends(): Promise<Map<string, number>> {
    const rows = (await platform.db.query<{ name: string; count: number }>(BACKENDS_BY_NAME)).rows;
    return new Map(rows.map((row) => [row.name, row.count]));
  }

  it('holds exactly one listening connection for the api and the gateway together', async () => {
    const names = await backends();
    expect(names.get('palabre-listener')).toBe(1);
    expect(FORMER_LISTENERS.filter((name) => names.has(name))).toEqual([]);
  });

  it('opens exactly one again after losing it, and listens again', async () => {
    const cache = platform.app.get(ResponseCache);
    expect(cache.enabled).toBe(true);
    await platform.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'palabre-listener' AND datname = current_database()`);
    await readUntil(() => cache.enabled, (enabled) => !enabled);
    expect(cache.enabled).toBe(false);
    expect(await readUntil(() => cache.enabled, (enabled) => enabled)).toBe(true);
    expect((await backends()).get('palabre-listener')).toBe(1);
  });

  it('shares one connection among channels, tells each of a loss, wakes each after it, and closes with the last', async () => {
    const name = 'palabre-listener-test';
    const count = async () => (await backends()).get(name) ?? 0;
    const errors = [0, 0];
    const wakes = [0, 0];
    const first = new PgWakeUpChannel(platform.databaseUrl, () => (errors[0] += 1), name);
    const second = new PgWakeUpChannel(platform.databaseUrl, () => (errors[1] += 1), name);
    await first.listen('test_first', () => (wakes[0] += 1));
    await second.listen('test_second', () => (wakes[1] += 1));
    expect([first.isListening, second.isListening, await count()]).toEqual([true, true, 1]);
    await platform.db.query(`SELECT pg_notify('test_second', '')`);
    await readUntil(() => wakes[1], (woken) => woken === 1);
    expect(wakes).toEqual([0, 1]);

    await platform.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [name]);
    await readUntil(() => errors[0] + errors[1], (total) => total >= 2);
    expect(errors.every((n) => n >= 1)).toBe(true);
    await readUntil(() => wakes, ([a, b]) => a === 1 && b === 2);
    expect(wakes).toEqual([1, 2]);
    expect([first.isListening, second.isListening, await count()]).toEqual([true, true, 1]);

    await first.close();
    expect([first.isListening, second.isListening, await count()]).toEqual([false, true, 1]);
    await platform.db.query(`SELECT pg_notify('test_first', ''), pg_notify('test_second', '')`);
    await readUntil(() => wakes[1], (woken) => woken === 3);
    expect(wakes).toEqual([1, 3]);
    await second.close();
    expect(await readUntil(count, (n) => n === 0)).toBe(0);
  });
});
