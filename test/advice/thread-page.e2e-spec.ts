import { Platform, startPlatform } from '../support/harness';
import { adviceWorld, createReply, createThread } from './advice-fixtures';
import { graphql } from '../graphql';

const THREAD_PAGE = graphql(`query ThreadPageThreadPage($id: ID!, $first: Int!) {
  node(id: $id) { ... on Thread { title bodyHtml author { handle affiliation } replies(first: $first) { edges { node { bodyHtml kudosCount author { handle affiliation } } } } } }
}`);

describe('thread page', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('serves a thread with 20 replies, their authors and kudos counts in at most 3 SQL statements, however many replies', async () => {
    const world = await adviceWorld(platform);
    const thread = await createThread(platform, world.alice, world.space);
    const authors = [world.bob, world.staff, world.moderator, world.owner];
    for (let index = 0; index < 20; index += 1) {
      await createReply(platform, authors[index % authors.length], thread);
      // Replies are ordered by time: keep them apart so the expected order is the writing order.
      platform.clock.advance(1000);
    }

    const small = await platform.gql(THREAD_PAGE, { id: thread.globalId, first: 2 });
    const full = await platform.gql(THREAD_PAGE, { id: thread.globalId, first: 20 });
    expect(full.errors).toBeUndefined();
    const replies = full.data.node!.replies.edges.map((edge) => edge.node.author);
    expect(replies).toHaveLength(20);
    expect(replies[1]).toEqual({ handle: world.staff.handle, affiliation: 'BRAND_STAFF' });
    expect(full.data.node?.author).toEqual({ handle: world.alice.handle, affiliation: 'MEMBER' });
    expect(full.sqlStatements).toBe(small.sqlStatements);
    // The thread with its author, its community, the replies with theirs (caches off here: the community comes from
    // memory in production).
    expect(full.sqlStatements).toBeLessThanOrEqual(3);
  });
});
