import { Role } from '@palabre/contracts';
import { AdviceService } from '@palabre/advice';
import { KudosService } from '@palabre/recognition';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { createMember, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { as, joined as joinedTo, question as questionIn, recognitionWorld, reply as replyTo, reputationOf as reputationIn, tokenOf as tokenAt, TestPost } from './recognition-fixtures';
import { graphql } from '../graphql';

/** Recognition on real advice content: kudos fields on threads and replies, answers, suggestions. */
describe('recognition of advice', () => {
  let platform: Platform;
  let community: TestCommunity;
  let space: TestSpace;

  beforeAll(async () => {
    platform = await startPlatform();
    ({ community, discussion: space } = await recognitionWorld(platform));
  });
  afterAll(() => platform?.close());

  const joined = (role: Role = Role.MEMBER) => joinedTo(platform, community, role);
  const tokenOf = (member: TestMember) => tokenAt(platform, member);
  const question = (author: TestMember, title?: string) => questionIn(platform, space, author, title);
  const reply = (author: TestMember, thread: TestPost) => replyTo(platform, author, thread);
  const reputationOf = (member: TestMember) => reputationIn(platform, community, member);

  it('shows kudosCount, viewerGaveKudos and the givers on threads and replies; staff kudos count exactly 1', async () => {
    const asker = await joined();
    const helper = await joined();
    const staff = await joined(Role.BRAND_STAFF);
    const thread = await question(asker);
    const answer = await reply(helper, thread);

    const give = graphql(`mutation AdviceRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: "Thanks!" }) { id } }`);
    expect((await platform.gql(give, { id: answer.globalId }, { token: tokenOf(staff) })).errors).toBeUndefined();
    expect((await platform.gql(give, { id: thread.globalId }, { token: tokenOf(helper) })).errors).toBeUndefined();
    expect(errorCode(await platform.gql(give, { id: answer.globalId }, { token: tokenOf(helper) }))).toBe('SELF_KUDOS');

    const query = graphql(`query AdviceRecognitionNode($id: ID!) { node(id: $id) { ... on Thread { kudosCount viewerGaveKudos kudos(first: 2) { totalCount edges { node { message giver { handle affiliation } } } }
      replies(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { handle affiliation } } } } } } } } } }`);
    const seen = await platform.gql(query, { id: thread.globalId }, { token: tokenOf(staff) });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.node).toMatchObject({
      kudosCount: 1,
      viewerGaveKudos: false,
      kudos: { totalCount: 1, edges: [{ node: { message: 'Thanks!', giver: { handle: helper.handle, affiliation: 'MEMBER' } } }] },
      replies: { edges: [{ node: { kudosCount: 1, viewerGaveKudos: true, kudos: { edges: [{ node: { giver: { handle: staff.handle, affiliation: 'BRAND_STAFF' } } }] } } }] },
    });
    expect(await reputationOf(helper)).toBe(1);
    expect(await reputationOf(asker)).toBe(1);
  });

  it('reads kudos fields of a page of replies in a constant number of statements', async () => {
    const asker = await joined();
    const thread = await question(asker);
    const givers = [await joined(), await joined()];
    for (let index = 0; index < 8; index += 1) {
      const answer = await reply(await joined(), thread);
      for (const giver of givers) await platform.app.get(KudosService).give(as(giver), answer.globalId, `merci ${index}`);
    }
    const query = graphql(`query AdviceRecognitionNode2($id: ID!, $first: Int!) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { kudosCount viewerGaveKudos kudos(first: 3) { totalCount edges { node { message giver { handle } } } } } } } } } }`);
    const small = await platform.gql(query, { id: thread.globalId, first: 2 }, { token: tokenOf(givers[0]) });
    const large = await platform.gql(query, { id: thread.globalId, first: 8 }, { token: tokenOf(givers[0]) });
    expect(large.errors).toBeUndefined();
    expect(large.data.node?.replies.edges).toHaveLength(8);
    expect(large.data.node?.replies.edges.every((edge: { node: { viewerGaveKudos: boolean; kudos: { totalCount: number } } }) => edge.node.viewerGaveKudos && edge.node.kudos.totalCount === 2)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('adds 5 when an answer is accepted through advice and takes exactly 5 back when it is unaccepted', async () => {
    const asker = await joined();
    const helper = await joined();
    const thread = await question(asker);
    const answer = await reply(helper, thread);
    const accept = await platform.gql(graphql(`mutation AdviceRecognitionAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }`), { id: answer.globalId }, { token: tokenOf(asker) });
    expect(accept.errors).toBeUndefined();
    expect(await reputationOf(helper)).toBe(5);
    const badges = await platform.gql(graphql(`query AdviceRecognitionNode3($id: ID!, $c: ID!) { node(id: $id) { ... on Member { badges(communityId: $c) { kind } } } }`), { id: helper.globalId, c: community.globalId }, { token: tokenOf(asker) });
    expect(badges.data.node?.badges.map((badge: { kind: string }) => badge.kind)).toContain('FIRST_ACCEPTED_ANSWER');

    const unaccept = await platform.gql(graphql(`mutation AdviceRecognitionUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }`), { id: thread.globalId }, { token: tokenOf(asker) });
    expect(unaccept.errors).toBeUndefined();
    expect(await reputationOf(helper)).toBe(0);
  });

  it("awards the welcomer badge for the first reply to a newcomer's first question", async () => {
    const newcomer = await joined();
    const welcomer = await joined();
    const second = await joined();
    const first = await question(newcomer);
    await reply(newcomer, first);
    await reply(welcomer, first);
    await reply(second, first);
    await reply(second, await question(newcomer, 'And how do I tension the spokes?'));
    const { rows } = await platform.db.query(`SELECT member_id FROM badges WHERE badge = 'WELCOMER' AND member_id = ANY($1::uuid[])`, [[welcomer.id, second.id, newcomer.id]]);
    expect(rows).toEqual([{ member_id: welcomer.id }]);
  });

  it('suggests open unanswered questions, askers who helped me first, then the longest waiting', async () => {
    const me = await joined();
    const [helperOfMine, patient, recent, answered, hiddenAsker] = [await joined(), await joined(), await joined(), await joined(), await joined()];
    // helperOfMine answered my question before.
    const mine = await question(me, 'My own question about gears');
    await platform.app.get(AdviceService).acceptAnswer(as(me), (await reply(helperOfMine, mine)).id);

    const patientQuestion = await question(patient, 'Which chain lube for winter?');
    platform.clock.advanceHours(1);
    const recentQuestion = await question(recent, 'Tubeless or inner tubes?');
    platform.clock.advanceHours(1);
    const helperQuestion = await question(helperOfMine, 'Best saddle for long rides?');
    const answeredQuestion = await question(answered, 'Where to buy brake pads?');
    await reply(patient, answeredQuestion);
    const hiddenQuestion = await question(hiddenAsker, 'A question a moderator hid');
    await platform.db.query(`UPDATE threads SET hidden_at = $2 WHERE id = $1`, [hiddenQuestion.id, platform.clock.now()]);

    const query = graphql(`query AdviceRecognitionSuggestedToHelp($c: ID!, $first: Int!) { suggestedToHelp(communityId: $c, first: $first) { id title } }`);
    const result = await platform.gql(query, { c: community.globalId, first: 50 }, { token: tokenOf(me) });
    expect(result.errors).toBeUndefined();
    const ids = result.data.suggestedToHelp.map((thread: { id: string }) => thread.id);
    const expected = [helperQuestion.globalId, patientQuestion.globalId, recentQuestion.globalId];
    expect(ids.filter((id: string) => expected.includes(id))).toEqual(expected);
    for (const excluded of [mine, answeredQuestion, hiddenQuestion]) expect(ids).not.toContain(excluded.globalId);

    const limited = await platform.gql(query, { c: community.globalId, first: 1 }, { token: tokenOf(me) });
    expect(limited.data.suggestedToHelp).toHaveLength(1);
    expect(limited.sqlStatements).toBe(result.sqlStatements);
    const outsider = await createMember(platform);
    expect(errorCode(await platform.gql(query, { c: community.globalId, first: 5 }, { token: tokenOf(outsider) }))).toBe('FORBIDDEN');
  });
});
