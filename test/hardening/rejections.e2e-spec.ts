import { SpaceKind } from '@palabre/contracts';
import { Platform, startPlatform } from '../support/harness';
import { castWorld, CastWorld } from '../support/factories';

/** What an answer must never contain, whatever the input. */
const INTERNAL_TEXT = /TypeError|RangeError|SyntaxError|ReferenceError|Maximum call stack|at [\w.]+ \(|\bSELECT\b|\bINSERT\b|relation "|column "|invalid input syntax/;

function expectCleanRejection(result: { status: number; text: string; errors?: { extensions?: { code?: string } }[] | undefined }, code: string | RegExp) {
  expect(result.status).toBeGreaterThanOrEqual(200);
  expect(result.status).toBeLessThan(500);
  expect(result.text).not.toMatch(INTERNAL_TEXT);
  const codes = (result.errors ?? []).map((error) => error.extensions?.code);
  expect(codes.length).toBeGreaterThan(0);
  for (const actual of codes) expect(actual).toMatch(code);
}

const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

describe('every rejection is a clean 4xx with a stable code', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_TOKENS: '400', GRAPHQL_MAX_COST: '2000' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  describe('query limits answer 400 GRAPHQL_VALIDATION_FAILED', () => {
    const cases: Record<string, string> = {
      depth: `query { communities { edges { node { members { edges { member { id } community { members { edges { member { handle } } } } } } } } } }`,
      aliases: `query { ${Array.from({ length: 8 }, (_, index) => `a${index}: communities(first: 1) { totalCount }`).join(' ')} }`,
      tokens: `query { ${Array.from({ length: 450 }, () => '__typename').join(' ')} }`,
      directives: `query { __typename ${Array.from({ length: 40 }, () => '@include(if: true)').join(' ')} }`,
      cost: `query { communities(first: 100) { edges { node { members(first: 100) { edges { member { handle } } } } } } }`,
    };
    for (const [limit, query] of Object.entries(cases)) {
      it(`refuses a query over the ${limit} limit with 400`, async () => {
        for (const token of [undefined, world.alice.token]) {
          // Over a limit on purpose: plain, untyped documents.
          const result = await platform.gqlRaw(query, {}, { token });
          expectCleanRejection(result, 'GRAPHQL_VALIDATION_FAILED');
          expect(result.status).toBe(400);
        }
      });
    }
  });

  it('refuses several operations without operationName, signed out and in', async () => {
    for (const token of [undefined, world.alice.token]) {
      // Two operations and no operationName: refused on purpose, so a plain, untyped document.
      const result = await platform.gqlRaw(`query A { __typename } query B { __typename }`, {}, { token });
      expectCleanRejection(result, /^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED|OPERATION_RESOLUTION_FAILURE|BAD_USER_INPUT)$/);
      expect(result.status).toBe(400);
    }
  });

  /** Posts a raw JSON text (a value too deep for JSON.stringify, or not what a client library would send). */
  async function postRaw(body: string, token?: string) {
    const response = await fetch(`${platform.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await response.text();
    let errors: { extensions?: { code?: string } }[] | undefined;
    try {
      errors = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors;
    } catch {
      errors = undefined;
    }
    return { status: response.status, text, errors };
  }

  it('refuses variables nested thousands of levels deep', async () => {
    // Within the 100 kB body limit: objects 5,000 deep, arrays 40,000 deep.
    const values = [`${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`, `${'['.repeat(40_000)}"x"${']'.repeat(40_000)}`];
    const query = JSON.stringify(`query($q: String!) { search(input: { communityId: "${world.community.globalId}", query: $q }) { totalCount } }`);
    for (const [token, nested] of [undefined, world.alice.token].flatMap((token) => values.map((value) => [token, value] as const))) {
      const result = await postRaw(`{"query":${query},"variables":{"q":${nested}}}`, token);
      expectCleanRejection(result, 'BAD_USER_INPUT');
      expect(result.status).toBe(400);
    }
  });

  it('refuses malformed request bodies with a 400, never an internal error', async () => {
    const bodies = [
      `{"query":"query A { __typename } query B { __typename }","operationName":"C"}`,
      `{"query":"query A { __typename }","operationName":42}`,
      `{"query":42}`,
      `{"query":{"a":1}}`,
      `{"query":"{ __typename }","variables":"not an object"}`,
      `{"query":"{ __typename }","variables":[1,2]}`,
      `{"query":"query($n: Int) { __typename }","variables":{"n":"NaN"}}`,
      `[{"query":"{ __typename }"}]`,
      `{}`,
    ];
    for (const token of [undefined, world.alice.token]) {
      for (const body of bodies) {
        const result = await postRaw(body, token);
        expect({ body, status: result.status }).toEqual({ body, status: 400 });
        expect(result.text).not.toMatch(INTERNAL_TEXT);
      }
    }
  });

  it('refuses a NUL character in any string input, in variables or in the document', async () => {
    // NUL characters in documents and variables (hostile input): plain, untyped documents.
    const attempts = [
      platform.gqlRaw(`query($q: String!) { search(input: { communityId: "${world.community.globalId}", query: $q }) { totalCount } }`, { q: 'chain\u0000' }),
      platform.gqlRaw(`query { search(input: { communityId: "${world.community.globalId}", query: "chain\\u0000" }) { totalCount } }`),
      platform.gqlRaw(`mutation($input: SignUpInput!) { signUp(input: $input) }`, { input: { email: 'nul\u0000@example.org', password: 'correct horse battery', handle: 'nul_handle' } }),
      platform.gqlRaw(`mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`, { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: 'A title with \u0000 inside', body: 'A body long enough to be a question.' } }, { token: world.alice.token }),
    ];
    for (const result of await Promise.all(attempts)) expectCleanRejection(result, 'BAD_USER_INPUT');
    const stored = await platform.db.query(`SELECT count(*)::int AS n FROM threads WHERE title LIKE '%A title with%'`);
    expect(stored.rows[0].n).toBe(0);
  });

  it('refuses forged cursors that decode to the wrong types with BAD_USER_INPUT', async () => {
    const forged = [
      cursorOf(['not a date', 'not a uuid']),
      cursorOf([1, 2]),
      cursorOf(['2026-01-01T00:00:00.000Z', 'x']),
      cursorOf([null, 'x', 'y', 'z']),
      cursorOf(['x']),
      cursorOf([{}, []]),
    ];
    const lists = [
      `query($after: String) { communities(first: 2, after: $after) { totalCount } }`,
      `query($after: String) { community(slug: "${world.community.slug}") { members(first: 2, after: $after) { totalCount } } }`,
      `query($after: String) { notifications(first: 2, after: $after) { totalCount } }`,
      `query($after: String) { node(id: "${world.space.globalId}") { ... on Space { threads(first: 2, after: $after) { totalCount } } } }`,
    ];
    for (const query of lists) {
      for (const after of forged) {
        // Forged cursors against each list (hostile input): plain, untyped documents.
        const result = await platform.gqlRaw(query, { after }, { token: world.alice.token });
        if (!result.errors) continue; // a cursor that happens to have valid types is fine
        expectCleanRejection(result, /^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
      }
    }
  });

  it('posts Markdown nested thousands of levels deep within the length limit, its nesting bounded', async () => {
    const body = `${'>'.repeat(19_990)} deep`;
    // Hostile input (Markdown nested thousands deep): kept with the other probes as a plain document.
    const result = await platform.gqlRaw(`mutation($input: StartThreadInput!) { startThread(input: $input) { id bodyHtml } }`, {
      input: { spaceId: world.space.globalId, kind: 'DISCUSSION', title: 'Quotes all the way down', body },
    }, { token: world.bob.token });
    expect(result.errors).toBeUndefined();
    expect((result.data.startThread.bodyHtml.match(/<blockquote>/g) ?? []).length).toBeLessThanOrEqual(12);
  });
});
