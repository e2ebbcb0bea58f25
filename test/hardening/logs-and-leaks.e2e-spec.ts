import { SpaceKind } from '@palabre/contracts';
import { Platform, startPlatform } from '../support/harness';
import { castWorld, CastWorld } from '../support/factories';

interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

const PINO_ERROR = 50;

describe('expected client errors stay out of the error log', () => {
  let platform: Platform;
  let world: CastWorld;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    platform = await startPlatform({
      config: { LOG_LEVEL: 'debug' },
      logDestination: { write: (text: string) => lines.push(...text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine)) },
    });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  it('logs UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and BAD_USER_INPUT below error level, without stacks, with the request id', async () => {
    lines.length = 0;
    // Probes of the error paths (hostile input): plain, untyped documents on purpose.
    const requests = [
      platform.gqlRaw(`query { me { handle } }`, {}, { headers: { 'x-request-id': 'probe-unauthenticated' } }),
      platform.gqlRaw(`query { communities(first: 2, after: "Zm9yZ2Vk") { totalCount } }`, {}, { headers: { 'x-request-id': 'probe-bad-input' } }),
      platform.gqlRaw(`mutation { setMemberRole(input: { communityId: "${world.community.globalId}", memberId: "${world.bob.globalId}", role: OWNER }) { role } }`, {}, { token: world.alice.token, headers: { 'x-request-id': 'probe-forbidden' } }),
    ];
    const results = await Promise.all(requests);
    for (const result of results) expect(result.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|BAD_USER_INPUT|FORBIDDEN|NOT_FOUND|GRAPHQL_VALIDATION_FAILED)$/);
    expect(lines.filter((line) => line.level >= PINO_ERROR)).toEqual([]);
    expect(lines.filter((line) => JSON.stringify(line).includes('    at '))).toEqual([]);
    // Correlation: every one of these requests left an access line carrying its request id.
    const ids = new Set(lines.map((line) => (line['req'] as { id?: string } | undefined)?.id).filter(Boolean));
    for (const id of ['probe-unauthenticated', 'probe-bad-input', 'probe-forbidden']) expect(ids).toContain(id);
  });
});

describe('nothing about the schema leaks in production', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { NODE_ENV: 'production' } });
    world = await castWorld(platform, SpaceKind.IDEAS);
  });
  afterAll(() => platform.close());

  it('answers misspelt fields, arguments, types and enum values without "Did you mean"', async () => {
    // Misspelt on purpose: invalid documents stay plain, untyped strings.
    const attempts = [
      platform.gqlRaw(`query { communitis(first: 1) { totalCount } }`),
      platform.gqlRaw(`query { communities(frist: 1) { totalCount } }`),
      platform.gqlRaw(`query { ideas(spaceId: "${world.space.globalId}", orderBy: NEWESTT) { totalCount } }`),
      platform.gqlRaw(`query($order: IdeaOrder!) { ideas(spaceId: "${world.space.globalId}", orderBy: $order) { totalCount } }`, { order: 'NEWESTT' }),
      platform.gqlRaw(`query($order: IdeaOrdr!) { ideas(spaceId: "${world.space.globalId}", orderBy: $order) { totalCount } }`, { order: 'NEWEST' }),
      platform.gqlRaw(`query { node(id: "x") { ... on Idae { id } } }`),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.status).toBe(400);
      expect(result.text).not.toMatch(/Did you mean/i);
    }
  });
});
