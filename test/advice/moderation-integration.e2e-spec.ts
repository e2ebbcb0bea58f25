import { SpaceKind } from '@palabre/contracts';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { addToCommunity, createMember, createSpace, type TestSpace } from '../support/factories';
import { adviceWorld, createReply, createThread, tokenOf, type AdviceWorld, type TestThread } from './advice-fixtures';
import { graphql } from '../graphql';

const START_THREAD = graphql(`mutation ModerationIntegrationStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`);
const REPLY = graphql(`mutation ModerationIntegrationReply($input: ReplyInput!) { reply(input: $input) { id thread { replyCount } } }`);
const THREADS = graphql(`query ModerationIntegrationThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder) {
  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title author { handle } } }
  } } }
}`);
const PIN = graphql(`mutation ModerationIntegrationPin($id: ID!) { pinThread(threadId: $id) { pinnedThreadIds } }`);
const CLOSE_AS_DUPLICATE = graphql(`mutation ModerationIntegrationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }`);
const SEARCH = graphql(`query ModerationIntegrationSearch($input: SearchInput!) { search(input: $input) { totalCount edges { node { kind thread { id } reply { id } } } } }`);
const SIMILAR = graphql(`query ModerationIntegrationSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id } }`);
const ORDERS = ['LATEST_ACTIVITY', 'NEWEST', 'MOST_REPLIED'] as const;

/** Advice under moderation's rules: posting limits, pinned threads first, duplicates out of search. */
describe('advice: moderation integration', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  const count = async (sql: string, params: unknown[]) => (await platform.db.query(sql, params)).rows[0].count as number;

  describe('posting limits (WriteGate.assertCanPost)', () => {
    it('refuses a new member’s 4th thread in their first 24 hours (NEW_MEMBER_LIMIT), changing nothing', async () => {
      const newcomer = await createMember(platform);
      await addToCommunity(platform, world.community, newcomer);
      const start = (index: number) =>
        platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: `Newcomer question ${index}`, body: `Details number ${index}`, tags: [] } }, { token: tokenOf(platform, newcomer) });
      for (const index of [1, 2, 3]) {
        const res = await start(index);
        expect(res.errors).toBeUndefined();
        platform.clock.advance(10_000);
      }
      const fourth = await start(4);
      expect(errorCode(fourth)).toBe('NEW_MEMBER_LIMIT');
      expect(await count(`SELECT count(*)::int AS count FROM threads WHERE author_id = $1`, [newcomer.id])).toBe(3);
      expect(await count(`SELECT count(*)::int AS count FROM post_log WHERE member_id = $1 AND kind = 'THREAD'`, [newcomer.id])).toBe(3);
      // Replies have their own allowance; after 24 hours the member is no longer new.
      const thread = await createThread(platform, world.bob, world.space);
      const reply = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'A newcomer can still reply.' } }, { token: tokenOf(platform, newcomer) });
      expect(reply.errors).toBeUndefined();
      platform.clock.advanceHours(24);
      expect((await start(5)).errors).toBeUndefined();
    });

    it('refuses the same reply twice within 5 minutes (DUPLICATE_CONTENT), changing nothing', async () => {
      const thread = await createThread(platform, world.bob, world.space);
      const reply = () => platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Have you checked the brake pads?' } }, { token: tokenOf(platform, world.alice) });
      expect((await reply()).data.reply.thread?.replyCount).toBe(1);
      platform.clock.advance(60_000);
      const again = await reply();
      expect(errorCode(again)).toBe('DUPLICATE_CONTENT');
      expect(await count(`SELECT count(*)::int AS count FROM replies WHERE thread_id = $1`, [thread.id])).toBe(1);
      expect(await count(`SELECT reply_count AS count FROM threads WHERE id = $1`, [thread.id])).toBe(1);
      platform.clock.advance(5 * 60_000);
      expect((await reply()).data.reply.thread?.replyCount).toBe(2);
    });

    it('refuses a suspended member’s thread and reply (SUSPENDED)', async () => {
      const thread = await createThread(platform, world.bob, world.space);
      await platform.db.query(`INSERT INTO suspensions (community_id, member_id, reason, until, created_by, created_at) VALUES ($1, $2, 'Repeated spam in replies', $3, $4, $5)`, [
        world.community.id,
        world.alice.id,
        new Date(platform.clock.now().getTime() + 86_400_000),
        world.moderator.id,
        platform.clock.now(),
      ]);
      try {
        const token = tokenOf(platform, world.alice);
        const started = await platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: 'Suspended question', body: 'Body', tags: [] } }, { token });
        expect(errorCode(started)).toBe('SUSPENDED');
        expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Suspended reply' } }, { token }))).toBe('SUSPENDED');
        expect(await count(`SELECT count(*)::int AS count FROM replies WHERE thread_id = $1`, [thread.id])).toBe(0);
      } finally {
        await platform.db.query(`DELETE FROM suspensions WHERE member_id = $1`, [world.alice.id]);
      }
    });
  });

  describe('pinned threads first in Space.threads', () => {
    let space: TestSpace;
    let threads: TestThread[];

    const list = async (variables: Record<string, unknown>) => {
      const res = await platform.gql(THREADS, { id: space.globalId, ...variables }, { token: tokenOf(platform, world.bob) });
      expect(res.errors).toBeUndefined();
      return res;
    };
    const ids = (res: Awaited<ReturnType<typeof list>>): string[] => res.data.node!.threads.edges.map((edge) => edge.node.id);
    /** Every thread, walking pages of `first` with the returned cursors. */
    const walk = async (orderBy: string, first: number): Promise<string[]> => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        const res = await list({ orderBy, first, after });
        seen.push(...ids(res));
        if (!res.data.node?.threads.pageInfo.hasNextPage) return seen;
        after = res.data.node?.threads.pageInfo.endCursor;
      }
      throw new Error('paging did not end');
    };

    beforeAll(async () => {
      space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
      threads = [];
      for (let index = 0; index < 6; index += 1) {
        threads.push(await createThread(platform, [world.alice, world.bob][index % 2], space, { title: `Pinned list thread ${index}` }));
        platform.clock.advance(1_000);
      }
      // Different reply counts and activity times, so each order differs from creation order.
      for (const [index, replies] of [0, 2, 1, 3, 0, 1].entries()) {
        for (let n = 0; n < replies; n += 1) {
          await createReply(platform, world.staff, threads[index]);
          platform.clock.advance(1_000);
        }
      }
    });

    it('lists pinned threads first, in pin order, for every order; cursors page through all threads once', async () => {
      const natural = Object.fromEntries(await Promise.all(ORDERS.map(async (orderBy) => [orderBy, ids(await list({ orderBy, first: 20 }))] as const)));
      // Pin two threads that are neither first nor adjacent in any order, the later-created one first.
      const pinned = [threads[4], threads[1]].map((thread) => thread.globalId);
      for (const id of pinned) {
        expect((await platform.gql(PIN, { id }, { token: tokenOf(platform, world.moderator) })).errors).toBeUndefined();
        platform.clock.advance(1_000);
      }
      for (const orderBy of ORDERS) {
        const expected = [...pinned, ...natural[orderBy].filter((id: string) => !pinned.includes(id))];
        expect(natural[orderBy]).not.toEqual(expected);
        const firstPage = await list({ orderBy, first: 2 });
        expect(ids(firstPage)).toEqual(pinned);
        expect(firstPage.data.node?.threads.totalCount).toBe(6);
        const second = await list({ orderBy, first: 2, after: firstPage.data.node?.threads.pageInfo.endCursor });
        expect(ids(second)).toEqual(expected.slice(2, 4));
        expect(await walk(orderBy, 2)).toEqual(expected);
        expect(await walk(orderBy, 1)).toEqual(expected);
        expect(await walk(orderBy, 4)).toEqual(expected);
      }
    });

    it('costs the same number of SQL statements for a page of pinned threads as for all threads', async () => {
      const small = await list({ first: 1 });
      const large = await list({ first: 6 });
      expect(ids(large)).toHaveLength(6);
      expect(large.sqlStatements).toBe(small.sqlStatements);
    });

    it('refuses a cursor of the old shape with BAD_USER_INPUT', async () => {
      const old = Buffer.from(JSON.stringify([0, new Date().toISOString(), threads[0].id]), 'utf8').toString('base64url');
      expect(errorCode(await platform.gql(THREADS, { id: space.globalId, after: old }, { token: tokenOf(platform, world.bob) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('a thread closed as a duplicate', () => {
    it('leaves search results and similar threads in favour of its original, with its replies', async () => {
      const original = await createThread(platform, world.alice, world.space, { title: 'Derailleur cable snapped mid ride', body: 'The derailleur cable snapped; how do I replace it?' });
      const duplicate = await createThread(platform, world.bob, world.space, { title: 'Snapped derailleur cable on a ride', body: 'My derailleur cable snapped, what now?' });
      const answer = await createReply(platform, world.staff, duplicate, 'Replace the derailleur cable and its housing.');
      const search = async () => {
        const res = await platform.gql(SEARCH, { input: { communityId: world.community.globalId, query: 'derailleur cable' } }, { token: tokenOf(platform, world.bob) });
        expect(res.errors).toBeUndefined();
        return res.data.search;
      };
      const hitIds = (result: { edges: Array<{ node: { thread: { id: string }; reply: { id: string } | null } }> }) => result.edges.map((edge) => edge.node.reply?.id ?? edge.node.thread.id).sort();
      const similar = async () =>
        (await platform.gql(SIMILAR, { spaceId: world.space.globalId, text: 'derailleur cable snapped' }, { token: tokenOf(platform, world.bob) })).data.similarThreads.map((thread: { id: string }) => thread.id);

      expect(hitIds(await search())).toEqual([original.globalId, duplicate.globalId, answer.globalId].sort());
      expect(await similar()).toEqual(expect.arrayContaining([original.globalId, duplicate.globalId]));

      const closed = await platform.gql(CLOSE_AS_DUPLICATE, { input: { threadId: duplicate.globalId, ofThreadId: original.globalId, reason: 'Same question, answered in the original' } }, { token: tokenOf(platform, world.moderator) });
      expect(closed.data?.closeAsDuplicate).toBe(original.globalId);

      const after = await search();
      expect(hitIds(after)).toEqual([original.globalId]);
      expect(after.totalCount).toBe(1);
      expect(await similar()).toContain(original.globalId);
      expect(await similar()).not.toContain(duplicate.globalId);
      // Still reachable directly: followers and links keep working.
      const direct = await platform.gql(graphql(`query ModerationIntegrationNode($id: ID!) { node(id: $id) { id } }`), { id: duplicate.globalId }, { token: tokenOf(platform, world.bob) });
      expect(direct.data.node?.id).toBe(duplicate.globalId);
    });
  });
});
