import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { SpaceKind } from '@palabre/contracts';
import { Platform, startPlatform, type TypedDocument } from '../support/harness';
import { freePort } from '../support/ports';
import { castWorld, CastWorld } from '../support/factories';
import { createThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

// Its own Redis, started and killed here: the machine's shared Redis is never touched.
jest.setTimeout(60_000);

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer && process.env['CI']) throw new Error('redis-server is required in CI for the Redis fault test');
const describeWithRedis = hasRedisServer ? describe : describe.skip;


async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(true)); // the port is taken: Redis listens
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
    });
    if (up) return child;
    if (Date.now() > deadline) throw new Error('redis-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stopRedis = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describeWithRedis('Redis down while REDIS_URL is set', () => {
  let port: number;
  let redis: ChildProcess;
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    platform = await startPlatform({ config: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(async () => {
    await platform?.close();
    if (redis) await stopRedis(redis);
  });

  const readyState = async () => (await (await fetch(`${platform.apiUrl}/health/ready`, { signal: AbortSignal.timeout(5000) })).json()) as { status: string; redis: string };
  const ready = async (expected = 'ok') => {
    const deadline = Date.now() + 20_000;
    let state = await readyState();
    while (state.status !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      state = await readyState();
    }
    return state;
  };
  /** Every request must answer promptly: a hung request fails the test through the abort. */
  const gql = <TData, TVariables>(document: TypedDocument<TData, TVariables>, variables?: TVariables, token?: string) =>
    Promise.race([platform.gql(document, variables, { token }), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the request hung')), 5000))]);

  it('keeps serving reads and writes from PostgreSQL, says degraded, and recovers when Redis returns', async () => {
    const thread = await createThread(platform, world.alice, world.space);
    expect(await ready()).toMatchObject({ status: 'ok', redis: 'ok' });

    await stopRedis(redis);
    const read = await gql(graphql(`query RedisOutageNode($id: ID!) { node(id: $id) { ... on Thread { title } } }`), { id: thread.globalId }, world.bob.token);
    expect(read.errors).toBeUndefined();
    const write = await gql(graphql(`mutation RedisOutageReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId: thread.globalId, body: 'Answered while Redis was down.' } }, world.bob.token);
    expect(write.errors).toBeUndefined();
    const anonymous = await gql(graphql(`query RedisOutageCommunities { communities(first: 3) { totalCount } }`), {});
    expect(anonymous.errors).toBeUndefined();
    expect(await ready('degraded')).toMatchObject({ status: 'degraded', redis: 'unreachable' });

    redis = await startRedis(port);
    expect(await ready()).toMatchObject({ status: 'ok', redis: 'ok' });
    const after = await gql(graphql(`mutation RedisOutageReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId: thread.globalId, body: 'Answered once Redis was back.' } }, world.alice.token);
    expect(after.errors).toBeUndefined();
  });
});
