import { decodeGlobalId, Role, SpaceKind } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, createSpace, TestMember } from '../support/factories';
import { graphql } from '../graphql';
import type { ReportReason } from '../graphql/graphql';

const QUEUE = graphql(`query ModerationQueueQueue($communityId: ID!) { moderationQueue(communityId: $communityId) {
  totalCount
  edges { node { id contentId openWeight openReports reasons { reason count weight } claim { moderator { handle } expiresAt viewerCanRelease }
    content { id ... on Reply { body } } context { id ... on Thread { title } } space { id } } } } }`);
const CLAIM = graphql(`mutation ModerationQueueClaim($id: ID!) { claimModerationCase(caseId: $id) { id claim { moderator { handle } expiresAt } } }`);
const RELEASE = graphql(`mutation ModerationQueueRelease($id: ID!) { releaseModerationCase(caseId: $id) { id claim { expiresAt } } }`);
const MODERATE = graphql(`mutation ModerationQueueModerate($input: ModerateInput!) { moderate(input: $input) { id } }`);
const REPORT = graphql(`mutation ModerationQueueReport($input: ReportContentInput!) { reportContent(input: $input) { id } }`);

/** The moderation queue as moderators work it: grouped by content, with score, reasons, content in context, and claims. */
describe('workspace: the moderation queue', () => {
  let platform: Platform;
  let world: CastWorld;
  let trusted: TestMember;

  const startThread = async (author: TestMember, title: string) => {
    const result = await platform.gql(graphql(`mutation ModerationQueueStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`), { input: { spaceId: world.space.globalId, kind: 'QUESTION', title, body: 'My router blinks red since the storm.' } }, { token: tokenOf(author) });
    expect(result.errors).toBeUndefined();
    return result.data.startThread.id as string;
  };
  const reply = async (author: TestMember, threadId: string, body: string) => {
    const result = await platform.gql(graphql(`mutation ModerationQueueReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId, body } }, { token: tokenOf(author) });
    expect(result.errors).toBeUndefined();
    return result.data.reply.id as string;
  };
  const report = async (member: TestMember, contentId: string, reason: ReportReason) => {
    const result = await platform.gql(REPORT, { input: { contentId, reason, note: '' } }, { token: tokenOf(member) });
    expect(result.errors).toBeUndefined();
  };
  // Tokens issued now, so a spec may move the clock past an access token's lifetime.
  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());
  const queue = (member: TestMember, communityId = world.community.globalId) => platform.gql(QUEUE, { communityId }, { token: tokenOf(member) });
  const caseOf = async (contentId: string) => {
    const result = await queue(world.moderator);
    expect(result.errors).toBeUndefined();
    return result.data.moderationQueue.edges.map((edge) => edge.node).find((node) => node.contentId === contentId);
  };

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    trusted = await createMember(platform);
    await addToCommunity(platform, world.community, trusted);
    await platform.db.query(`INSERT INTO reputations (community_id, member_id, points) VALUES ($1, $2, 20)`, [world.community.id, trusted.id]);
  });
  afterAll(() => platform?.close());

  it('answers without a filter: open items grouped by content, with the weighted score, the reasons, the content and its thread', async () => {
    const threadId = await startThread(world.alice, 'Router blinks red after the storm');
    const replyId = await reply(world.bob, threadId, 'Buy cheap routers at my shop, link in profile');
    await report(world.alice, replyId, 'SPAM');
    await report(trusted, replyId, 'SPAM');
    await report(world.staff, replyId, 'OFF_TOPIC');

    const result = await queue(world.moderator);
    expect(result.errors).toBeUndefined();
    expect(result.data.moderationQueue.totalCount).toBe(1);
    expect(result.data.moderationQueue.edges[0].node).toMatchObject({
      contentId: replyId,
      openWeight: 4,
      openReports: 3,
      reasons: [{ reason: 'SPAM', count: 2, weight: 3 }, { reason: 'OFF_TOPIC', count: 1, weight: 1 }],
      claim: null,
      content: { id: replyId, body: 'Buy cheap routers at my shop, link in profile' },
      context: { id: threadId, title: 'Router blinks red after the storm' },
      space: { id: world.space.globalId },
    });
  });

  it('refuses the queue to members and staff, and to moderators of another community', async () => {
    for (const member of [world.alice, world.staff]) expect(errorCode(await queue(member))).toBe('FORBIDDEN');
    const elsewhere = await createMember(platform);
    const other = await createCommunity(platform, elsewhere);
    await addToCommunity(platform, other, world.alice, Role.MODERATOR);
    expect(errorCode(await queue(world.alice))).toBe('FORBIDDEN');
    expect((await queue(world.alice, other.globalId)).errors).toBeUndefined();
  });

  it('lets one moderator claim an item for 15 minutes: a second moderator gets CONFLICT, even to act, until release or expiry', async () => {
    const threadId = await startThread(world.alice, 'Where do I find the warranty number');
    const replyId = await reply(world.bob, threadId, 'You are all idiots, read the manual');
    await report(world.alice, replyId, 'ABUSE');
    const item = (await caseOf(replyId))!;
    const second = await createMember(platform);
    await addToCommunity(platform, world.community, second, Role.MODERATOR);

    const claimed = await platform.gql(CLAIM, { id: item.id }, { token: world.moderator.token });
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data.claimModerationCase.claim).toEqual({ moderator: { handle: world.moderator.handle }, expiresAt: new Date(platform.clock.now().getTime() + 15 * 60_000).toISOString() });
    expect((await caseOf(replyId))?.claim?.moderator?.handle).toBe(world.moderator.handle);
    // The API says who holds the claim, so the queue offers "release" to them only.
    const holds = async (member: TestMember) => (await queue(member)).data.moderationQueue.edges.find((edge) => edge.node.contentId === replyId)?.node.claim?.viewerCanRelease;
    expect(await holds(world.moderator)).toBe(true);
    expect(await holds(second)).toBe(false);
    expect(await holds(world.owner)).toBe(false);

    expect(errorCode(await platform.gql(CLAIM, { id: item.id }, { token: second.token }))).toBe('CONFLICT');
    expect(errorCode(await platform.gql(RELEASE, { id: item.id }, { token: second.token }))).toBe('CONFLICT');
    const blocked = await platform.gql(MODERATE, { input: { contentId: replyId, action: 'HIDE', reason: 'Insults other members' } }, { token: second.token });
    expect(errorCode(blocked)).toBe('CONFLICT');
    expect((await platform.db.query(`SELECT hidden_at FROM replies WHERE id = $1`, [decodeGlobalId(replyId)!.localId])).rows[0].hidden_at).toBeNull();
    expect(errorCode(await platform.gql(CLAIM, { id: item.id }, { token: world.alice.token }))).toBe('FORBIDDEN');

    const released = await platform.gql(RELEASE, { id: item.id }, { token: world.moderator.token });
    expect(released.data.releaseModerationCase.claim).toBeNull();
    expect((await platform.gql(CLAIM, { id: item.id }, { token: second.token })).errors).toBeUndefined();

    // The second moderator's claim lapses by itself after 15 minutes.
    platform.clock.advance(15 * 60_000 + 1);
    expect((await caseOf(replyId))?.claim).toBeNull();
    expect((await platform.gql(CLAIM, { id: item.id }, { token: tokenOf(world.moderator) })).errors).toBeUndefined();
    const acted = await platform.gql(MODERATE, { input: { contentId: replyId, action: 'HIDE', reason: 'Insults other members' } }, { token: tokenOf(world.moderator) });
    expect(acted.errors).toBeUndefined();
    expect(await caseOf(replyId)).toBeUndefined();
  });

  it('reads a page of items with their content, context, space, reasons and claim in as many statements as one item (loaders, no N+1)', async () => {
    const community = await createCommunity(platform, world.owner);
    const space = await createSpace(platform, community);
    for (const member of [world.alice, world.bob, trusted]) await addToCommunity(platform, community, member);
    await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [community.id]);
    const reportedReply = async (index: number) => {
      const thread = await platform.gql(graphql(`mutation ModerationQueueStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`), { input: { spaceId: space.globalId, kind: 'QUESTION', title: `Saddle height question number ${index}`, body: `Question ${index}` } }, { token: tokenOf(world.alice) });
      const answer = await reply(world.bob, thread.data.startThread.id, `Spam answer number ${index}`);
      await report(world.alice, answer, 'SPAM');
      await report(trusted, answer, 'OFF_TOPIC');
    };
    await reportedReply(0);
    const one = await queue(world.owner, community.globalId);
    expect(one.data.moderationQueue.edges).toHaveLength(1);
    expect(one.data.moderationQueue.edges[0].node.context).toMatchObject({ title: 'Saddle height question number 0' });
    for (let index = 1; index < 5; index += 1) await reportedReply(index);
    const many = await queue(world.owner, community.globalId);
    expect(many.data.moderationQueue.edges).toHaveLength(5);
    expect(many.data.moderationQueue.edges.every((edge) => edge.node.content && 'body' in edge.node.content && edge.node.content.body.startsWith('Spam answer'))).toBe(true);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('gives a contested item to exactly one of two moderators claiming it at the same time', async () => {
    const threadId = await startThread(world.alice, 'Two moderators, one report, same instant');
    const replyId = await reply(world.bob, threadId, 'Yet another advertisement for my shop');
    await report(world.alice, replyId, 'SPAM');
    const item = (await caseOf(replyId))!;
    const rival = await createMember(platform);
    await addToCommunity(platform, world.community, rival, Role.MODERATOR);
    const results = await Promise.all([world.moderator, rival, world.moderator, rival].map((member) => platform.gql(CLAIM, { id: item.id }, { token: tokenOf(member) })));
    const winners = new Set(results.filter((result) => !result.errors).map((result) => result.data.claimModerationCase.claim?.moderator?.handle));
    expect(winners.size).toBe(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT').length).toBeGreaterThanOrEqual(1);
    const { rows } = await platform.db.query(`SELECT m.handle FROM moderation_cases c JOIN members m ON m.id = c.claimed_by WHERE c.id = $1`, [decodeGlobalId(item.id)!.localId]);
    expect(rows).toEqual([{ handle: [...winners][0] }]);
  });
});
