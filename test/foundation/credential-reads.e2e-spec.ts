import { QueryStatsLogger } from '@palabre/core';
import { Platform, startPlatform } from '../support/harness';
import { adviceWorld, createReply, createThread } from '../advice/advice-fixtures';
import { createIdea, IDEAS_CONFIG, ideasWorld } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

const THREAD_PAGE = graphql(`query CredentialReadsThreadPage($id: ID!) {
  node(id: $id) { ... on Thread { title author { handle affiliation member { handle email } } replies(first: 20) { edges { node { author { handle affiliation member { handle createdAt } } } } } } }
}`);
const IDEA_PAGE = graphql(`query CredentialReadsIdeaPage($spaceId: ID!, $id: ID!) {
  ideas(spaceId: $spaceId, first: 20) { edges { node { title author { handle affiliation member { handle } } } } }
  node(id: $id) { ... on Idea { title author { handle } comments(first: 20) { edges { node { author { handle } } } } } }
}`);

/** A statement that could bring credentials or emails into memory: it names them, or reads whole rows of members. */
function readsCredentials(sql: string): boolean {
  if (/\bemail\b|password_hash/i.test(sql) || /SELECT\s+\*\s+FROM\s+members\b/i.test(sql)) return true;
  const aliases = [...sql.matchAll(/\bmembers\s+(?:AS\s+)?(\w+)/gi)].map((match) => match[1]);
  return aliases.some((alias) => new RegExp(`to_jsonb\\(\\s*${alias}\\s*\\)|\\b${alias}\\.\\*`, 'i').test(sql));
}

/** Credentials and emails are read only for sign-in, the owner's own `me` and email sending. */
describe('what a page reads of its authors', () => {
  let platform: Platform;
  let statements: string[] = [];
  let stop: () => void;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    stop = QueryStatsLogger.observeStatements((sql) => statements.push(sql));
  });
  afterAll(async () => {
    stop?.();
    await platform?.close();
  });

  async function statementsOf(act: () => Promise<{ errors?: unknown }>): Promise<string[]> {
    statements = [];
    expect((await act()).errors).toBeUndefined();
    return statements;
  }

  it('serves a thread page with its authors without reading an email or a password hash', async () => {
    const world = await adviceWorld(platform);
    const thread = await createThread(platform, world.alice, world.space);
    for (const author of [world.bob, world.staff, world.moderator]) await createReply(platform, author, thread);

    const read = await statementsOf(() => platform.gql(THREAD_PAGE, { id: thread.globalId }, { token: world.bob.token }));
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter(readsCredentials)).toEqual([]);
  });

  it('serves an idea board and an idea page without reading an email or a password hash', async () => {
    const world = await ideasWorld(platform);
    const idea = await createIdea(platform, world.alice, world.space);
    await createIdea(platform, world.staff, world.space, { title: 'A second idea on the board' });

    const read = await statementsOf(() => platform.gql(IDEA_PAGE, { spaceId: world.space.globalId, id: idea.globalId }, { token: world.bob.token }));
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter(readsCredentials)).toEqual([]);
  });

  it('still shows a member their own email on their own posts, and nobody else', async () => {
    const world = await adviceWorld(platform);
    const thread = await createThread(platform, world.alice, world.space);
    const own = await platform.gql(THREAD_PAGE, { id: thread.globalId }, { token: world.alice.token });
    expect(own.data.node?.author?.member.email).toBe(world.alice.email);
    const other = await platform.gql(THREAD_PAGE, { id: thread.globalId }, { token: world.bob.token });
    expect(other.data.node?.author?.member.email).toBeNull();
  });
});
