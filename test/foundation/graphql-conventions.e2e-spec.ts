import { Role } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createMembers, TestMember } from '../support/factories';
import { graphql } from '../graphql';

const NESTED = graphql(`query GraphqlConventionsNested($first: Int!) { communities(first: $first) { edges { node { slug members(first: $first) { edges { node { role member { handle } } } totalCount } } } } }`);

describe('GraphQL conventions', () => {
  let platform: Platform;
  let viewer: TestMember;

  beforeAll(async () => {
    platform = await startPlatform({ config: { GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_ALIASES: '5' } });
    viewer = await createMember(platform);
    const people = await createMembers(platform, 6);
    // Six communities with a few members each: enough for page sizes 2 and 6 to differ.
    for (const owner of people) {
      const community = await createCommunity(platform, owner);
      for (const other of people.slice(0, 3)) if (other !== owner) await addToCommunity(platform, community, other, Role.MEMBER);
    }
  });
  afterAll(() => platform.close());

  it('serves a nested list with a constant number of SQL statements, whatever the page size', async () => {
    const small = await platform.gql(NESTED, { first: 2 }, { token: viewer.token });
    const large = await platform.gql(NESTED, { first: 6 }, { token: viewer.token });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.communities.edges).toHaveLength(6);
    expect(large.data.communities.edges[0].node.members.edges.length).toBeGreaterThan(2);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(6);
  });

  it('paginates with opaque cursors', async () => {
    const first = await platform.gql(graphql(`query GraphqlConventionsCommunities { communities(first: 4) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } totalCount } }`));
    expect(first.errors).toBeUndefined();
    expect(first.data.communities.pageInfo.hasNextPage).toBe(true);
    expect(first.data.communities.totalCount).toBe(6);
    const second = await platform.gql(graphql(`query GraphqlConventionsCommunities2($after: String) { communities(first: 4, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }`), {
      after: first.data.communities.pageInfo.endCursor,
    });
    const slugs = [...first.data.communities.edges, ...second.data.communities.edges].map((edge: { node: { slug: string } }) => edge.node.slug);
    expect(new Set(slugs).size).toBe(6);
    expect(second.data.communities.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses first: 1000 and a forged cursor with BAD_USER_INPUT', async () => {
    expect(errorCode(await platform.gql(graphql(`query GraphqlConventionsCommunities3 { communities(first: 1000) { totalCount } }`)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await platform.gql(graphql(`query GraphqlConventionsCommunities4 { communities(first: 10, after: "bm90IGEgY3Vyc29y") { totalCount } }`)))).toBe('BAD_USER_INPUT');
  });

  it('refuses a query deeper than the limit before running it', async () => {
    // Deliberately too deep (and not even valid against the schema): a plain, untyped document.
    const deep = `query { communities { edges { node { members { edges { member { id } community { members { edges { member { handle } } } } } } } } } }`;
    const result = await platform.gqlRaw(deep);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(Number.isNaN(result.sqlStatements) ? 0 : result.sqlStatements).toBe(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 8 }, (_, index) => `a${index}: communities(first: 1) { totalCount }`).join(' ');
    // Built at run time to exceed the alias limit: a plain, untyped document.
    const result = await platform.gqlRaw(`query { ${aliases} }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an oversized body without touching the database', async () => {
    // An oversized body with an undeclared variable: a plain, untyped request.
    const result = await platform.gqlRaw(`query { __typename }`, { padding: 'x'.repeat(200_000) });
    expect(result.status).toBe(413);
  });

  it('answers an id of the wrong type with BAD_USER_INPUT', async () => {
    const result = await platform.gql(graphql(`mutation GraphqlConventionsJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: viewer.globalId }, { token: viewer.token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('resolves any global id with node(id:)', async () => {
    const result = await platform.gql(graphql(`query GraphqlConventionsNode($id: ID!) { node(id: $id) { id ... on Member { handle } } }`), { id: viewer.globalId });
    expect(result.data.node).toEqual({ id: viewer.globalId, handle: viewer.handle });
  });

  it('masks unexpected errors: no SQL, table names or stack traces reach the client', async () => {
    await platform.db.query('ALTER TABLE communities RENAME TO communities_away');
    try {
      const result = await platform.gql(graphql(`query GraphqlConventionsCommunities6 { communities(first: 1) { totalCount } }`));
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      const text = JSON.stringify(result.errors);
      expect(text).not.toMatch(/communities_away|relation "|SELECT|at \w+ \(/i);
      expect(result.errors?.[0].extensions?.correlationId).toEqual(expect.any(String));
    } finally {
      await platform.db.query('ALTER TABLE communities_away RENAME TO communities');
    }
  });
});

describe('rate limiting', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { RATE_LIMIT_POINTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => platform.close());

  it('answers TOO_MANY_REQUESTS past the limit, keyed by member when signed in', async () => {
    const member = await createMember(platform);
    const results = [];
    for (let index = 0; index < 6; index += 1) results.push(await platform.gql(graphql(`query GraphqlConventionsMe { me { handle } }`), undefined, { token: member.token }));
    expect(results.slice(0, 5).every((result) => result.errors === undefined)).toBe(true);
    expect(errorCode(results[5])).toBe('TOO_MANY_REQUESTS');
    // Another member is not affected by the first one's usage.
    const other = await createMember(platform);
    expect((await platform.gql(graphql(`query GraphqlConventionsMe { me { handle } }`), undefined, { token: other.token })).errors).toBeUndefined();
  });
});
