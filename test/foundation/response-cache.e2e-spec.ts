import { RESPONSE_CACHE_HEADER, ResponseCache } from '@palabre/core';
import { Visibility } from '@palabre/contracts';
import { errorCode, Platform, startPlatform, readUntil } from '../support/harness';
import { createCommunity, createMember } from '../support/factories';
import { adviceWorld, createReply, createThread, type AdviceWorld, type TestThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

const THREAD = graphql(`query ResponseCacheThread($id: ID!) {
  node(id: $id) { ... on Thread { title replyCount replies(first: 20) { edges { node { bodyHtml author { handle } } } } } }
}`);
const SPACE_THREADS = graphql(`query ResponseCacheSpaceThreads($id: ID!) { node(id: $id) { ... on Space { threads(first: 20) { edges { node { title } } } } } }`);
const REPLY = graphql(`mutation ResponseCacheReply($input: ReplyInput!) { reply(input: $input) { id } }`);

/** Tables that may be written without telling the cache: no anonymous response ever reads them. */
const PRIVATE_TABLES = [
  'account_links',
  'consent_ledger',
  'contact_messages',
  // Brand conversations and staff's saved replies are private to their parties.
  'conversation_closures',
  'data_exports',
  'digests',
  // Drafts are read by their author only.
  'drafts',
  'idea_exports',
  'idempotency_keys',
  'kudos_daily_budgets',
  'mail_deliveries',
  // Media is served over HTTP by its own controller, which checks each post's visibility; no GraphQL response reads it.
  'media_images',
  // A viewer's own mutes: anonymous responses never flag a muted author.
  'member_mutes',
  'migrations',
  // Staff-only workspace data.
  'moderation_reason_templates',
  'moderator_notes',
  'notification_preferences',
  'notifications',
  'outbox_events',
  'post_log',
  'refresh_tokens',
  'saved_replies',
  // Written in the same transaction as the thread or reply it indexes, whose own trigger empties the cache.
  'search_words',
  'sessions',
  'staff_assignments',
  'unsubscribe_links',
];

describe('response cache of anonymous queries', () => {
  let platform: Platform;
  let world: AdviceWorld;
  let thread: TestThread;

  beforeAll(async () => {
    platform = await startPlatform({ config: { RESPONSE_CACHE_TTL_SECONDS: '10' } });
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  beforeEach(async () => {
    thread = await createThread(platform, world.alice, world.space);
    await createReply(platform, world.bob, thread);
  });

  const readThread = () => platform.gql(THREAD, { id: thread.globalId });
  // A commit also comes back as a notification a moment later, which discards what was computed
  // meanwhile: after a write, the first reads may all be misses until it has arrived.
  const isHit = (result: { headers: Headers }) => result.headers.get(RESPONSE_CACHE_HEADER) === 'hit';
  const readUntilHit = () => readUntil(readThread, isHit);

  it('answers a repeated anonymous query from memory, without SQL, with the same body', async () => {
    const first = await readThread();
    const second = await readUntilHit();
    expect(first.errors).toBeUndefined();
    expect(first.headers.get(RESPONSE_CACHE_HEADER)).toBe('miss');
    expect(first.sqlStatements).toBeGreaterThan(0);
    expect(second.headers.get(RESPONSE_CACHE_HEADER)).toBe('hit');
    expect(second.sqlStatements).toBe(0);
    expect(second.data).toEqual(first.data);
  });

  it('shows a reply made through the API to the very next anonymous read', async () => {
    await readThread();
    // Replies are ordered by time and the test clock stands still (1 s is well within the TTL).
    platform.clock.advance(1000);
    const replied = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Check the cable tension first.' } }, { token: world.staff.token });
    expect(replied.errors).toBeUndefined();
    const after = await readThread();
    expect(after.headers.get(RESPONSE_CACHE_HEADER)).toBe('miss');
    expect(after.data.node?.replyCount).toBe(2);
    expect(after.data.node?.replies.edges.map((edge) => edge.node.author?.handle)).toEqual([world.bob.handle, world.staff.handle]);
  });

  it('forgets what it holds when another process writes (a moderator hiding a thread from psql)', async () => {
    const listed = await platform.gql(SPACE_THREADS, { id: world.space.globalId });
    expect(listed.data.node?.threads.edges.map((edge: { node: { title: string } }) => edge.node.title)).toContain('How do I adjust the brakes?');
    await platform.gql(SPACE_THREADS, { id: world.space.globalId });
    await platform.db.query(`UPDATE threads SET hidden_at = now() WHERE space_id = $1`, [world.space.id]);
    const after = await readUntil(
      () => platform.gql(SPACE_THREADS, { id: world.space.globalId }),
      (result) => result.data?.node?.threads.edges.length === 0,
    );
    expect(after.data.node?.threads.edges).toEqual([]);
    await platform.db.query(`UPDATE threads SET hidden_at = NULL WHERE space_id = $1`, [world.space.id]);
  });

  it('never reads or fills the cache for a signed-in request', async () => {
    await readThread();
    const signedIn = await platform.gql(THREAD, { id: thread.globalId }, { token: world.alice.token });
    const again = await platform.gql(THREAD, { id: thread.globalId }, { token: world.alice.token });
    expect(signedIn.headers.get(RESPONSE_CACHE_HEADER)).toBeNull();
    expect(again.headers.get(RESPONSE_CACHE_HEADER)).toBeNull();
    expect(again.sqlStatements).toBeGreaterThan(0);
    expect(again.data).toEqual(signedIn.data);
  });

  it('keeps no answer that carries an error, and no mutation', async () => {
    const first = await platform.gql(graphql(`query ResponseCacheMe { me { handle } }`));
    const second = await platform.gql(graphql(`query ResponseCacheMe { me { handle } }`));
    expect(errorCode(first)).toBe('UNAUTHENTICATED');
    expect(errorCode(second)).toBe('UNAUTHENTICATED');
    expect(second.headers.get(RESPONSE_CACHE_HEADER)).toBe('miss');
    const anonymousWrite = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Anonymous?' } });
    expect(errorCode(anonymousWrite)).toBe('UNAUTHENTICATED');
    expect(anonymousWrite.headers.get(RESPONSE_CACHE_HEADER)).toBeNull();
  });

  it('answers a private community as missing, from memory or not, and shows it once it is made public', async () => {
    const owner = await createMember(platform);
    const community = await createCommunity(platform, owner, { visibility: Visibility.PRIVATE });
    const read = () => platform.gql(graphql(`query ResponseCacheNode($id: ID!) { node(id: $id) { ... on Community { slug } } }`), { id: community.globalId });
    expect((await read()).data?.node).toBeNull();
    expect((await read()).data?.node).toBeNull();
    await platform.db.query(`UPDATE communities SET visibility = 'PUBLIC' WHERE id = $1`, [community.id]);
    const after = await readUntil(read, (result) => result.data?.node !== null);
    expect(after.data?.node).toEqual({ slug: community.slug });
  });

  it('does not keep a response computed while a write committed', async () => {
    const cache = platform.app.get(ResponseCache);
    const plugin = cache.plugin();
    const headers = new Map<string, string>();
    const request = { http: { headers, method: 'POST' }, variables: { id: 'x' } };
    const contextFor = (queryHash: string) => ({
      request,
      queryHash,
      operationName: null,
      operation: { operation: 'query' },
      contextValue: { ctx: { ipAddress: '127.0.0.1' } },
      response: { http: { headers } },
    });
    // Executes a query through the plugin's hooks; `meanwhile` runs between lookup and storage.
    const execute = async (queryHash: string, meanwhile: () => void) => {
      const listener = await plugin.requestDidStart!({ request } as never);
      expect(await listener!.responseForOperation!(contextFor(queryHash) as never)).toBeNull();
      meanwhile();
      await listener!.willSendResponse!({ ...contextFor(queryHash), response: { http: { headers }, body: { kind: 'single', singleResult: { data: { queryHash } } } } } as never);
    };
    const lookup = async (queryHash: string) => {
      const listener = await plugin.requestDidStart!({ request } as never);
      return listener!.responseForOperation!(contextFor(queryHash) as never);
    };

    await execute('quiet', () => undefined);
    // What a commit does (without a database write, whose own notification would also empty the cache).
    await execute('across-a-commit', () => cache.invalidate());

    expect(await lookup('across-a-commit')).toBeNull();
    expect(await lookup('quiet')).toBeNull(); // emptied by that commit too
    // Kept when nothing committed meanwhile (retried: the notification of an earlier write may still be on its way).
    const kept = await readUntil(
      async () => {
        await execute('quiet', () => undefined);
        return lookup('quiet');
      },
      (response) => response !== null,
    );
    expect(kept?.body).toEqual({ kind: 'single', singleResult: { data: { queryHash: 'quiet' } } });
  });

  it('serves nothing older than its TTL (values derived from the clock alone)', async () => {
    expect(isHit(await readUntilHit())).toBe(true);
    platform.clock.advance(10_000);
    expect((await readThread()).headers.get(RESPONSE_CACHE_HEADER)).toBe('miss');
  });

  it('serves and keeps nothing while its invalidation channel is down, and resumes once it is back', async () => {
    const cache = platform.app.get(ResponseCache);
    expect(isHit(await readUntilHit())).toBe(true);
    await platform.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'palabre-listener' AND datname = current_database()`);
    await readUntil(
      async () => cache.enabled,
      (enabled) => !enabled,
    );
    expect(cache.enabled).toBe(false);
    const whileDown = await readThread();
    expect(whileDown.sqlStatements).toBeGreaterThan(0);
    expect(whileDown.headers.get(RESPONSE_CACHE_HEADER)).toBeNull();
    await readUntil(
      async () => cache.enabled,
      (enabled) => enabled,
    );
    expect(isHit(await readUntilHit())).toBe(true);
  });

  it('tells the cache about writes to every table, except those no anonymous response reads', async () => {
    const { rows } = await platform.db.query<{ table_name: string }>(
      `SELECT t.table_name FROM information_schema.tables t
        WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = format('%I.%I', t.table_schema, t.table_name)::regclass AND g.tgname = 'content_changed_notify')
        ORDER BY t.table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(PRIVATE_TABLES);
  });
});

describe('response cache and the request budget', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { RESPONSE_CACHE_TTL_SECONDS: '10', RATE_LIMIT_POINTS: '5' } });
  });
  afterAll(() => platform.close());

  it('counts answers from memory against the anonymous visitor budget', async () => {
    const results = [];
    for (let attempt = 0; attempt < 7; attempt += 1) results.push(await platform.gql(graphql(`query ResponseCacheCommunities { communities(first: 5) { edges { node { slug } } } }`)));
    expect(results.slice(0, 5).map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(results[1].headers.get(RESPONSE_CACHE_HEADER)).toBe('hit');
    expect(errorCode(results[5])).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(results[6])).toBe('TOO_MANY_REQUESTS');
  });
});
