import { Role, Visibility } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { createMember, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { joined as joinedTo, kudosCountOf, question, recognitionWorld, reply, TestPost } from './recognition-fixtures';
import { graphql } from '../graphql';

const GIVE = graphql(`mutation KudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id contentId message giver { handle affiliation } } }`);
const WITHDRAW = graphql(`mutation KudosWithdraw($id: ID!) { withdrawKudos(contentId: $id) }`);
const DAILY_BUDGET = 5;

describe('kudos', () => {
  let platform: Platform;
  let community: TestCommunity;
  let space: TestSpace;
  let author: TestMember;

  beforeAll(async () => {
    platform = await startPlatform({ config: { KUDOS_DAILY_BUDGET: String(DAILY_BUDGET) } });
    const world = await recognitionWorld(platform);
    community = world.community;
    space = world.discussion;
    author = await joined(Role.MEMBER);
  });
  afterAll(() => platform?.close());

  const joined = (role: Role = Role.MEMBER) => joinedTo(platform, community, role);

  /** Moves the clock, re-issuing the access tokens of the members who act afterwards. */
  function advanceDays(days: number, ...members: TestMember[]): void {
    platform.clock.advanceDays(days);
    for (const member of members) member.token = platform.app.get(TokenService).issueAccessToken(member.ctx.actor!, platform.clock.now());
  }

  const give = (giver: TestMember, post: TestPost, message?: string) => platform.gql(GIVE, { input: { contentId: post.globalId, message } }, { token: giver.token });

  async function reputationOf(member: TestMember): Promise<number> {
    const { rows } = await platform.db.query<{ points: number }>(`SELECT points FROM reputations WHERE community_id = $1 AND member_id = $2`, [community.id, member.id]);
    return rows[0]?.points ?? 0;
  }

  async function kudosRows(post: TestPost): Promise<Array<{ giver_id: string; counts_for_reputation: boolean }>> {
    return (await platform.db.query(`SELECT giver_id, counts_for_reputation FROM kudos WHERE content_id = $1 ORDER BY created_at`, [post.id])).rows;
  }

  it('counts a kudos from brand staff exactly 1, like anyone else', async () => {
    const receiver = await joined();
    const post = await question(platform, space, receiver);
    const staff = await joined(Role.BRAND_STAFF);
    const owner = community.owner;

    const byStaff = await give(staff, post, '  Merci, très utile !  ');
    expect(byStaff.errors).toBeUndefined();
    expect(byStaff.data.giveKudos).toMatchObject({ contentId: post.globalId, message: 'Merci, très utile !', giver: { handle: staff.handle, affiliation: 'BRAND_STAFF' } });
    expect(await kudosCountOf(platform, post)).toBe(1);
    expect(await reputationOf(receiver)).toBe(1);

    await give(owner, post);
    expect(await kudosCountOf(platform, post)).toBe(2);
    expect(await reputationOf(receiver)).toBe(2);
    const { rows } = await platform.db.query(`SELECT points FROM reputation_events WHERE member_id = $1 ORDER BY id`, [receiver.id]);
    expect(rows.map((row) => row.points)).toEqual([1, 1]);
  });

  it('refuses kudos on your own content with SELF_KUDOS and changes nothing', async () => {
    const post = await question(platform, space, author);
    const result = await give(author, post);
    expect(errorCode(result)).toBe('SELF_KUDOS');
    expect(await kudosCountOf(platform, post)).toBe(0);
    expect(await kudosRows(post)).toEqual([]);
  });

  it('records one kudos when the same giver sends it many times at once, and a repeat changes nothing', async () => {
    const receiver = await joined();
    const post = await reply(platform, receiver, await question(platform, space, author));
    const giver = await joined();
    const results = await Promise.all(Array.from({ length: 10 }, () => give(giver, post, 'bravo')));
    expect(results.map((result) => result.errors)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((result) => result.data.giveKudos.id)).size).toBe(1);
    expect(await kudosRows(post)).toHaveLength(1);
    expect(await kudosCountOf(platform, post)).toBe(1);
    expect(await reputationOf(receiver)).toBe(1);

    const again = await give(giver, post, 'another message');
    expect(again.data.giveKudos).toMatchObject({ id: results[0].data.giveKudos.id, message: 'bravo' });
    expect(await kudosCountOf(platform, post)).toBe(1);
  });

  it('keeps counter = rows when many members give at once', async () => {
    const receiver = await joined();
    const post = await question(platform, space, receiver);
    const givers = await Promise.all(Array.from({ length: 12 }, () => joined()));
    await Promise.all(givers.map((giver) => give(giver, post)));
    expect(await kudosCountOf(platform, post)).toBe(12);
    expect(await kudosRows(post)).toHaveLength(12);
    expect(await reputationOf(receiver)).toBe(12);
  });

  it('withdraws a kudos, reversing its counter and reputation exactly', async () => {
    const receiver = await joined();
    const post = await question(platform, space, receiver);
    const giver = await joined();
    await give(giver, post);
    const withdrawn = await platform.gql(WITHDRAW, { id: post.globalId }, { token: giver.token });
    expect(withdrawn.data.withdrawKudos).toBe(true);
    expect(await kudosCountOf(platform, post)).toBe(0);
    expect(await reputationOf(receiver)).toBe(0);
    const again = await platform.gql(WITHDRAW, { id: post.globalId }, { token: giver.token });
    expect(again.data.withdrawKudos).toBe(false);
    expect(await kudosCountOf(platform, post)).toBe(0);
  });

  it('refuses kudos beyond the daily budget with TOO_MANY_REQUESTS, and allows them again the next day', async () => {
    const giver = await joined();
    const receivers = await Promise.all(Array.from({ length: DAILY_BUDGET + 1 }, () => joined()));
    const posts = await Promise.all(receivers.map((receiver) => question(platform, space, receiver)));
    for (const post of posts.slice(0, DAILY_BUDGET)) expect((await give(giver, post)).errors).toBeUndefined();

    const over = await give(giver, posts[DAILY_BUDGET]);
    expect(errorCode(over)).toBe('TOO_MANY_REQUESTS');
    expect(over.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await kudosCountOf(platform, posts[DAILY_BUDGET])).toBe(0);
    expect(await kudosRows(posts[DAILY_BUDGET])).toEqual([]);

    // Withdrawing does not give the day's kudos back.
    await platform.gql(WITHDRAW, { id: posts[0].globalId }, { token: giver.token });
    expect(errorCode(await give(giver, posts[DAILY_BUDGET]))).toBe('TOO_MANY_REQUESTS');

    advanceDays(1, giver);
    expect((await give(giver, posts[DAILY_BUDGET])).errors).toBeUndefined();
    expect(await kudosCountOf(platform, posts[DAILY_BUDGET])).toBe(1);
  });

  it('shows kudos between the same two members beyond 5 in 7 days, but they stop adding reputation', async () => {
    const giver = await joined();
    const receiver = await joined();
    const posts = await Promise.all(Array.from({ length: 8 }, () => question(platform, space, receiver)));
    // A kudos back from the receiver counts against the same pair.
    const giverPost = await question(platform, space, giver);
    expect((await give(receiver, giverPost)).errors).toBeUndefined();
    for (const post of posts.slice(0, 4)) expect((await give(giver, post)).errors).toBeUndefined();
    advanceDays(1, giver, receiver);
    for (const post of posts.slice(4, 6)) expect((await give(giver, post)).errors).toBeUndefined();

    for (const post of posts.slice(0, 6)) expect(await kudosCountOf(platform, post)).toBe(1);
    const counted = await platform.db.query(`SELECT count(*)::int AS n FROM kudos WHERE giver_id = $1 AND receiver_id = $2 AND counts_for_reputation`, [giver.id, receiver.id]);
    expect(counted.rows[0].n).toBe(4);
    expect(await reputationOf(receiver)).toBe(4);

    const listed = await platform.gql(graphql(`query KudosKudosOn($id: ID!) { kudosOn(contentId: $id) { totalCount edges { node { giver { handle } } } } }`), { id: posts[5].globalId }, { token: receiver.token });
    expect(listed.data.kudosOn).toEqual({ totalCount: 1, edges: [{ node: { giver: { handle: giver.handle } } }] });

    // Withdrawing a kudos that earned nothing takes nothing away.
    await platform.gql(WITHDRAW, { id: posts[5].globalId }, { token: giver.token });
    expect(await reputationOf(receiver)).toBe(4);

    advanceDays(8, giver);
    expect((await give(giver, posts[6])).errors).toBeUndefined();
    expect(await reputationOf(receiver)).toBe(5);
  });

  it('refuses outsiders, hidden content, bad ids and long messages without changing anything', async () => {
    const post = await question(platform, space, author);
    const outsider = await createMember(platform);
    expect(errorCode(await give(outsider, post))).toBe('FORBIDDEN');

    const privateWorld = await recognitionWorld(platform, { visibility: Visibility.PRIVATE });
    const privatePost = await question(platform, privateWorld.discussion, privateWorld.community.owner);
    expect(errorCode(await give(outsider, privatePost))).toBe('NOT_FOUND');

    const member = await joined();
    const hidden = await question(platform, space, author);
    await platform.db.query(`UPDATE threads SET hidden_at = $2 WHERE id = $1`, [hidden.id, platform.clock.now()]);
    expect(errorCode(await give(member, hidden))).toBe('NOT_FOUND');

    const bad = await platform.gql(GIVE, { input: { contentId: community.globalId } }, { token: member.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorCode(await give(member, post, 'x'.repeat(281)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await platform.gql(GIVE, { input: { contentId: post.globalId } }))).toBe('UNAUTHENTICATED');

    expect(await kudosCountOf(platform, post)).toBe(0);
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM kudos WHERE content_id = ANY($1::uuid[])`, [[post.id, privatePost.id, hidden.id]])).rows[0].n).toBe(0);
  });

  it("announces kudos.given in the receiver's personal room", async () => {
    const receiver = await joined();
    const post = await question(platform, space, receiver);
    const giver = await joined();
    await give(giver, post, 'thanks');
    const { rows } = await platform.db.query(`SELECT rooms, payload FROM outbox_events WHERE type = 'kudos.given' AND payload->>'receiverId' = $1`, [receiver.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].rooms).toEqual([`member:${receiver.id}`]);
    expect(rows[0].payload).toMatchObject({ communityId: community.id, contentId: post.globalId, giverId: giver.id, message: 'thanks' });
  });

  it('lists kudos newest first with cursors, in a constant number of statements', async () => {
    const receiver = await joined();
    const post = await question(platform, space, receiver);
    const givers = await Promise.all(Array.from({ length: 6 }, () => joined()));
    for (const giver of givers) {
      await give(giver, post, `from ${giver.handle}`);
      platform.clock.advance(1000);
    }
    const query = graphql(`query KudosKudosOn2($id: ID!, $first: Int, $after: String) { kudosOn(contentId: $id, first: $first, after: $after) { edges { node { message giver { handle affiliation member { handle } } } } pageInfo { hasNextPage endCursor } } }`);
    const firstPage = await platform.gql(query, { id: post.globalId, first: 4 }, { token: receiver.token });
    expect(firstPage.data.kudosOn.edges.map((edge) => edge.node.giver?.handle)).toEqual(givers.slice(2).reverse().map((giver) => giver.handle));
    expect(firstPage.data.kudosOn.pageInfo.hasNextPage).toBe(true);
    const secondPage = await platform.gql(query, { id: post.globalId, first: 4, after: firstPage.data.kudosOn.pageInfo.endCursor }, { token: receiver.token });
    expect(secondPage.data.kudosOn.edges.map((edge) => edge.node.giver?.handle)).toEqual([givers[1].handle, givers[0].handle]);
    const small = await platform.gql(query, { id: post.globalId, first: 1 }, { token: receiver.token });
    expect(small.sqlStatements).toBe(firstPage.sqlStatements);
  });
});
