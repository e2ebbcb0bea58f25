import { ResponseCache } from '@palabre/core';
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
});
