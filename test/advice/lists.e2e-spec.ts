import { Role, SpaceKind } from '@palabre/contracts';
import { ThreadKind } from '@palabre/advice';
import { TransactionRunner } from '@palabre/core';
import { errorCode, startPlatform, type Platform, type TypedGqlResult } from '../support/harness';
import { addToCommunity, createMember, createSpace, type TestMember, type TestSpace } from '../support/factories';
import { acceptAnswer, adviceWorld, createReply, createThread, hide, tokenOf, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';
import type { ListsThreadsQuery, ThreadOrder } from '../graphql/graphql';

const THREADS = graphql(`query ListsThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $filter: ThreadsFilter) {
  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title replyCount lastActivityAt hidden author { handle affiliation } acceptedAnswer { id author { handle affiliation } } } }
  } } }
}`);
const SET_COMMITMENT = graphql(`mutation ListsSetCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id responseCommitment { hours text } } }`);
const HOUR = 3_600_000;

describe('advice: thread lists and answer times', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  const listIds = async (space: TestSpace, variables: Record<string, unknown>, member: TestMember = world.alice): Promise<string[]> => {
    const res = await platform.gql(THREADS, { id: space.globalId, ...variables }, { token: tokenOf(platform, member) });
    expect(res.errors).toBeUndefined();
    return res.data.node!.threads.edges.map((edge) => edge.node.id);
  };

  describe('Space.threads', () => {
    let space: TestSpace;
    let quiet: Awaited<ReturnType<typeof createThread>>;
    let busy: Awaited<ReturnType<typeof createThread>>;
    let recent: Awaited<ReturnType<typeof createThread>>;

    beforeAll(async () => {
      space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
      quiet = await createThread(platform, world.alice, space, { title: 'Quiet question here', tags: ['brakes'] });
      platform.clock.advance(1000);
      busy = await createThread(platform, world.bob, space, { title: 'Busy discussion here', kind: ThreadKind.DISCUSSION, tags: ['tyres'] });
      platform.clock.advance(1000);
      recent = await createThread(platform, world.alice, space, { title: 'Recent question here', tags: ['brakes', 'tyres'] });
      platform.clock.advance(1000);
      await createReply(platform, world.alice, busy);
      await createReply(platform, world.staff, busy);
      platform.clock.advance(1000);
      await createReply(platform, world.bob, quiet);
    });

    it('orders by latest activity, newest, or most replied', async () => {
      expect(await listIds(space, {})).toEqual([quiet.globalId, busy.globalId, recent.globalId]);
      expect(await listIds(space, { orderBy: 'NEWEST' })).toEqual([recent.globalId, busy.globalId, quiet.globalId]);
      expect(await listIds(space, { orderBy: 'MOST_REPLIED' })).toEqual([busy.globalId, quiet.globalId, recent.globalId]);
    });

    it('filters by kind, tag and unanswered', async () => {
      expect(await listIds(space, { filter: { kind: 'DISCUSSION' } })).toEqual([busy.globalId]);
      expect(await listIds(space, { filter: { tag: 'Brakes' } })).toEqual([quiet.globalId, recent.globalId]);
      expect(await listIds(space, { filter: { unanswered: true } })).toEqual([recent.globalId]);
    });

    it('pages with cursors in every order without gaps or repeats', async () => {
      for (const orderBy of ['LATEST_ACTIVITY', 'NEWEST', 'MOST_REPLIED'] satisfies ThreadOrder[]) {
        const all = await listIds(space, { orderBy });
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: TypedGqlResult<ListsThreadsQuery> = await platform.gql(THREADS, { id: space.globalId, first: 1, after, orderBy }, { token: world.alice.token });
          const connection = res.data.node!.threads;
          seen.push(...connection.edges.map((edge) => edge.node.id));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);
      }
    });

    it('refuses a forged cursor and a page over 100 with BAD_USER_INPUT', async () => {
      expect(errorCode(await platform.gql(THREADS, { id: space.globalId, after: 'not-a-cursor' }, { token: world.alice.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(THREADS, { id: space.globalId, first: 101 }, { token: world.alice.token }))).toBe('BAD_USER_INPUT');
    });

    it('leaves hidden threads out for everyone but their author and moderators', async () => {
      const hidden = await createThread(platform, world.bob, space, { title: 'Hidden by moderation' });
      await hide(platform, 'threads', hidden.id);
      expect(await listIds(space, {}, world.alice)).not.toContain(hidden.globalId);
      expect(await listIds(space, {}, world.bob)).toContain(hidden.globalId);
      expect(await listIds(space, {}, world.moderator)).toContain(hidden.globalId);
      const res = await platform.gql(THREADS, { id: space.globalId }, { token: world.alice.token });
      expect(res.data.node?.threads.totalCount).toBe(3);
    });
  });

  it('costs the same number of SQL statements for 5 and for 20 threads with authors, replies and accepted answers', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    // Askers and answerers are different people, so both pages need the same loader batches.
    const askers = [world.alice, world.bob, world.moderator];
    const answerers = [world.staff, ...(await Promise.all([1, 2, 3].map(() => createMember(platform))))];
    for (const member of answerers.slice(1)) await addToCommunity(platform, world.community, member, Role.MEMBER);
    for (let index = 0; index < 22; index += 1) {
      const author = askers[index % askers.length];
      const thread = await createThread(platform, author, space, { title: `Question number ${index} here` });
      const reply = await createReply(platform, answerers[index % answerers.length], thread, `Answer ${index}`);
      await createReply(platform, author, thread, `Thanks ${index}`);
      await acceptAnswer(platform, author, reply);
    }
    const run = (first: number) => platform.gql(THREADS, { id: space.globalId, first }, { token: tokenOf(platform, world.alice) });
    const small = await run(5);
    const large = await run(20);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.node?.threads.edges).toHaveLength(20);
    expect(large.data.node?.threads.edges.filter((edge: { node: { acceptedAnswer: unknown } }) => edge.node.acceptedAnswer !== null)).toHaveLength(20);
    expect(large.data.node?.threads.edges.every((edge) => edge.node.author?.handle)).toBe(true);
    expect(Number.isFinite(small.sqlStatements)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  }, 30_000); // 66 posts through every write check: slower than the default 5 s on a shared machine

  it('reads no thread bodies for a list of titles, and loads them in one more statement when asked', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    for (let index = 0; index < 3; index += 1) await createThread(platform, world.alice, space, { body: `Body number ${index}` });
    const runner = platform.app.get(TransactionRunner);
    const spy = jest.spyOn(runner.genericPlanReader, 'query');
    const titles = await platform.gql(graphql(`query ListsNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }`), { id: space.globalId }, { token: tokenOf(platform, world.alice) });
    const listStatements = spy.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('thread_pins'));
    spy.mockRestore();
    expect(titles.errors).toBeUndefined();
    expect(listStatements).toHaveLength(1);
    expect(listStatements[0]).not.toMatch(/\bt\.body(_html)?\b/);
    const bodies = await platform.gql(graphql(`query ListsNode2($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title body bodyHtml } } } } } }`), { id: space.globalId }, { token: tokenOf(platform, world.alice) });
    expect(bodies.errors).toBeUndefined();
    expect(bodies.data.node?.threads.edges.map((edge: { node: { body: string } }) => edge.node.body).sort()).toEqual(['Body number 0', 'Body number 1', 'Body number 2']);
    expect(bodies.data.node?.threads.edges[0].node.bodyHtml).toMatch(/^<p>Body number \d<\/p>/);
    expect(bodies.sqlStatements).toBe(titles.sqlStatements + 1);
  });

  it('brings the authors of a list of threads with its page: no statement for Thread.author', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    for (const author of [world.alice, world.bob, world.staff]) await createThread(platform, author, space);
    const titles = await platform.gql(graphql(`query ListsThreadTitles($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }`), { id: space.globalId }, { token: tokenOf(platform, world.alice) });
    const authors = await platform.gql(
      graphql(`query ListsThreadAuthors($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title author { handle affiliation } } } } } } }`),
      { id: space.globalId },
      { token: tokenOf(platform, world.alice) },
    );
    expect(authors.errors).toBeUndefined();
    expect(authors.data.node?.threads.edges.map((edge) => edge.node.author?.handle).sort()).toEqual([world.alice.handle, world.bob.handle, world.staff.handle].sort());
    expect(authors.data.node?.threads.edges.find((edge) => edge.node.author?.handle === world.staff.handle)?.node.author?.affiliation).toBe('BRAND_STAFF');
    expect(authors.sqlStatements).toBe(titles.sqlStatements);
  });

  it('costs the same number of SQL statements for 5 and for 20 replies with authors and the replies they answer', async () => {
    const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    const thread = await createThread(platform, world.alice, space);
    const repliers = [world.bob, world.staff, world.moderator];
    let previous: string | null = null;
    for (let index = 0; index < 22; index += 1) {
      platform.clock.advance(1000);
      const reply: { id: string } = await createReply(platform, repliers[index % repliers.length], thread, `Reply ${index}`, index % 2 ? previous : null);
      previous = reply.id;
    }
    const query = graphql(`query ListsNode3($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { totalCount edges { node { id accepted author { handle affiliation } inReplyTo { id author { handle } } } } } } } }`);
    const small = await platform.gql(query, { id: thread.globalId, first: 5 }, { token: tokenOf(platform, world.alice) });
    const large = await platform.gql(query, { id: thread.globalId, first: 20 }, { token: tokenOf(platform, world.alice) });
    expect(large.errors).toBeUndefined();
    expect(large.data.node?.replies.edges).toHaveLength(20);
    expect(large.data.node?.replies.totalCount).toBe(22);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  describe('announced answer times', () => {
    it('lets owners and brand staff announce a commitment, and nobody else', async () => {
      const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
      const input = { spaceId: space.globalId, hours: 48, text: 'The brand team answers open questions within 48 hours' };
      const res = await platform.gql(SET_COMMITMENT, { input }, { token: tokenOf(platform, world.staff) });
      expect(res.errors).toBeUndefined();
      expect(res.data.setResponseCommitment.responseCommitment).toEqual({ hours: 48, text: input.text });
      expect(errorCode(await platform.gql(SET_COMMITMENT, { input: { ...input, hours: 1 } }, { token: tokenOf(platform, world.moderator) }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(SET_COMMITMENT, { input: { ...input, hours: 0 } }, { token: tokenOf(platform, world.owner) }))).toBe('BAD_USER_INPUT');
      const { rows } = await platform.db.query(`SELECT hours FROM space_response_commitments WHERE space_id = $1`, [space.id]);
      expect(rows).toEqual([{ hours: 48 }]);
    });

    it('lists unanswered questions as overdue once the clock passes their expected time, until someone answers', async () => {
      const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
      await platform.gql(SET_COMMITMENT, { input: { spaceId: space.globalId, hours: 48, text: 'Within 48 hours' } }, { token: tokenOf(platform, world.owner) });
      const askedAt = platform.clock.now();
      const question = await createThread(platform, world.alice, space, { title: 'Waiting for the brand' });
      const discussion = await createThread(platform, world.alice, space, { title: 'Just chatting here', kind: ThreadKind.DISCUSSION });
      const answered = await createThread(platform, world.bob, space, { title: 'Answered in time' });
      await createReply(platform, world.alice, answered, 'I had the same problem');
      const selfReplied = await createThread(platform, world.bob, space, { title: 'Self replied question' });
      await createReply(platform, world.bob, selfReplied, 'Anyone?');

      const fields = await platform.gql(
        graphql(`query ListsNode4($id: ID!) { node(id: $id) { ... on Thread { expectedFirstResponseAt firstResponseAt staffResponded } } }`),
        { id: question.globalId },
        { token: tokenOf(platform, world.alice) },
      );
      expect(fields.data.node).toEqual({ expectedFirstResponseAt: new Date(askedAt.getTime() + 48 * HOUR).toISOString(), firstResponseAt: null, staffResponded: false });
      const { rows } = await platform.db.query(`SELECT expected_first_response_at FROM threads WHERE id = $1`, [discussion.id]);
      expect(rows[0].expected_first_response_at).toBeNull();

      const overdue = async () => (await listIds(space, { filter: { overdue: true } }, world.staff)).sort();
      expect(await overdue()).toEqual([]);
      platform.clock.advance(47 * HOUR);
      expect(await overdue()).toEqual([]);
      platform.clock.advance(2 * HOUR);
      expect(await overdue()).toEqual([selfReplied.globalId, question.globalId].sort());

      await createReply(platform, world.staff, question, 'Sorry for the wait: here is the fix');
      expect(await overdue()).toEqual([selfReplied.globalId]);
      const after = await platform.gql(graphql(`query ListsNode5($id: ID!) { node(id: $id) { ... on Thread { firstResponseAt staffResponded } } }`), { id: question.globalId }, { token: tokenOf(platform, world.alice) });
      expect(after.data.node).toEqual({ firstResponseAt: platform.clock.now().toISOString(), staffResponded: true });
    });

    describe('observed median', () => {
      const history = async (space: TestSpace, count: number, responseHours: number, daysAgo = 10) => {
        const now = platform.clock.now().getTime();
        for (let index = 0; index < count; index += 1) {
          const createdAt = new Date(now - daysAgo * 24 * HOUR - index * 60_000);
          await platform.db.query(
            `INSERT INTO threads (space_id, community_id, author_id, kind, title, body, body_html, search_config, last_activity_at, created_at, updated_at, first_response_at, reply_count)
             VALUES ($1, $2, $3, 'QUESTION', 'Old question', 'Old', '<p>Old</p>', 'palabre_english', $4, $4, $4, $5, 1)`,
            [space.id, world.community.id, world.bob.id, createdAt, new Date(createdAt.getTime() + responseHours * HOUR)],
          );
        }
      };
      const expectedOf = async (space: TestSpace) => {
        const question = await createThread(platform, world.alice, space, { title: 'When will I get an answer?' });
        const { rows } = await platform.db.query(`SELECT expected_first_response_at, created_at FROM threads WHERE id = $1`, [question.id]);
        return (rows[0].expected_first_response_at.getTime() - rows[0].created_at.getTime()) / HOUR;
      };
      const spaceWithCommitment = async (hours: number) => {
        const space = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
        await platform.gql(SET_COMMITMENT, { input: { spaceId: space.globalId, hours, text: '' } }, { token: tokenOf(platform, world.owner) });
        return space;
      };

      it('uses the median time to first reply when 20 recent questions show it is earlier than the commitment', async () => {
        const space = await spaceWithCommitment(48);
        await history(space, 20, 3);
        expect(await expectedOf(space)).toBe(3);
      });

      it('ignores the median with fewer than 20 samples', async () => {
        const space = await spaceWithCommitment(48);
        await history(space, 19, 3);
        expect(await expectedOf(space)).toBe(48);
      });

      it('ignores questions older than 90 days', async () => {
        const space = await spaceWithCommitment(48);
        await history(space, 10, 3);
        await history(space, 10, 3, 91);
        expect(await expectedOf(space)).toBe(48);
      });

      it('keeps the commitment when the median is later', async () => {
        const space = await spaceWithCommitment(24);
        await history(space, 25, 30);
        expect(await expectedOf(space)).toBe(24);
      });
    });
  });
});
