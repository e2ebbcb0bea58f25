import { Role } from '@palabre/contracts';
import { AdviceService } from '@palabre/advice';
import { IdeaWorkflowService } from '@palabre/ideas';
import { KudosService, ReputationService } from '@palabre/recognition';
import { AccountErasureService, PersonalDataAudit } from '@palabre/privacy';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { TestCommunity, TestMember, TestSpace } from '../support/factories';
import { as, badgesOf, idea, joined as joinedTo, question, recognitionWorld, reply, reputationOf as reputationIn, shipIdea, tokenOf, TestPost } from './recognition-fixtures';
import { graphql } from '../graphql';

/** Reputation, badges, reciprocity and the board, earned through real advice and ideas acts. */
describe('reputation, badges and reciprocity', () => {
  let platform: Platform;
  let community: TestCommunity;
  let discussion: TestSpace;
  let ideas: TestSpace;
  let staff: TestMember;

  beforeAll(async () => {
    platform = await startPlatform({ config: { KUDOS_DAILY_BUDGET: '1000' } });
    ({ community, discussion, ideas } = await recognitionWorld(platform));
    staff = await joined(Role.BRAND_STAFF);
  });
  afterAll(() => platform?.close());

  const joined = (role: Role = Role.MEMBER) => joinedTo(platform, community, role);
  const reputationOf = (member: TestMember) => reputationIn(platform, community, member);
  const accept = (asker: TestMember, answer: TestPost) => platform.gql(graphql(`mutation ReputationAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }`), { id: answer.globalId }, { token: tokenOf(platform, asker) });
  const unaccept = (asker: TestMember, thread: TestPost) => platform.gql(graphql(`mutation ReputationUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }`), { id: thread.globalId }, { token: tokenOf(platform, asker) });

  it('adds 5 for an accepted answer and takes exactly 5 back when it is unaccepted', async () => {
    const asker = await joined();
    const helper = await joined();
    const thread = await question(platform, discussion, asker);
    const answer = await reply(platform, helper, thread);
    expect((await accept(asker, answer)).errors).toBeUndefined();
    expect(await reputationOf(helper)).toBe(5);
    await accept(asker, answer);
    expect(await reputationOf(helper)).toBe(5);

    expect((await unaccept(asker, thread)).errors).toBeUndefined();
    expect(await reputationOf(helper)).toBe(0);
    const ledger = await platform.db.query(`SELECT source, points FROM reputation_events WHERE member_id = $1 ORDER BY id`, [helper.id]);
    expect(ledger.rows).toEqual([
      { source: 'ACCEPTED_ANSWER', points: 5 },
      { source: 'ACCEPTED_ANSWER', points: -5 },
    ]);
    expect(await reputationOf(asker)).toBe(0);
  });

  it('moves the 5 points when another reply becomes the answer, and gives none for accepting oneself', async () => {
    const asker = await joined();
    const [first, second] = [await joined(), await joined()];
    const thread = await question(platform, discussion, asker);
    await accept(asker, await reply(platform, first, thread));
    await accept(asker, await reply(platform, second, thread));
    expect([await reputationOf(first), await reputationOf(second)]).toEqual([0, 5]);

    const own = await question(platform, discussion, asker);
    await accept(asker, await reply(platform, asker, own));
    expect(await reputationOf(asker)).toBe(0);
  });

  it('adds 10 for an accepted credit once, with the co-creator badge', async () => {
    const author = await joined();
    const coCreator = await joined();
    const shipped = await idea(platform, ideas, author);
    await shipIdea(platform, staff, shipped, [coCreator]);
    const acceptCredit = graphql(`mutation ReputationAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }`);
    expect((await platform.gql(acceptCredit, { id: shipped.globalId }, { token: tokenOf(platform, coCreator) })).errors).toBeUndefined();
    await platform.gql(acceptCredit, { id: shipped.globalId }, { token: tokenOf(platform, coCreator) });
    expect(await reputationOf(coCreator)).toBe(10);
    expect(await reputationOf(author)).toBe(0);
    expect(await badgesOf(platform, community, coCreator)).toEqual(['CO_CREATOR']);
  });

  it('awards answer badges once each, with their date, and announces them', async () => {
    const asker = await joined();
    const helper = await joined();
    const acceptedAt = platform.clock.now();
    const answerOnce = async () => {
      const thread = await question(platform, discussion, asker);
      await accept(asker, await reply(platform, helper, thread));
    };
    await answerOnce();
    for (let week = 0; week < 3; week += 1) {
      platform.clock.advanceDays(7);
      await answerOnce();
    }
    // The asker was new, so the first of these replies also welcomed them.
    expect(await badgesOf(platform, community, helper)).toEqual(['FIRST_ACCEPTED_ANSWER', 'STEADY_HELPER', 'WELCOMER']);
    for (let index = 0; index < 6; index += 1) await answerOnce();
    expect(await badgesOf(platform, community, helper)).toEqual(['FIRST_ACCEPTED_ANSWER', 'STEADY_HELPER', 'TEN_ACCEPTED_ANSWERS', 'WELCOMER']);
    expect(await reputationOf(helper)).toBe(50);

    const shown = await platform.gql(graphql(`query ReputationMe($c: ID!) { me { badges(communityId: $c) { kind name awardedAt } reputation(communityId: $c) } }`), { c: community.globalId }, { token: tokenOf(platform, helper) });
    expect(shown.data.me.reputation).toBe(50);
    expect(shown.data.me.badges[0]).toEqual({ kind: 'FIRST_ACCEPTED_ANSWER', name: 'First accepted answer', awardedAt: acceptedAt.toISOString() });
    const events = await platform.db.query(`SELECT rooms FROM outbox_events WHERE type = 'badge.awarded' AND payload->>'memberId' = $1`, [helper.id]);
    expect(events.rows).toHaveLength(4);
    expect(events.rows[0].rooms).toContain(`member:${helper.id}`);
  });

  it('shows a reciprocity balance to its member always and to others only once they opt in', async () => {
    const member = await joined();
    const other = await joined();
    await platform.app.get(KudosService).give(as(member), (await question(platform, discussion, other)).globalId, null);
    const mine = await question(platform, discussion, member);
    await accept(member, await reply(platform, other, mine));
    const query = graphql(`query ReputationNode($id: ID!, $c: ID!) { node(id: $id) { ... on Member { reciprocity(communityId: $c) { kudosGiven kudosReceived answersGiven answersReceived membersHelped helpedBy since } } } }`);
    const own = await platform.gql(query, { id: member.globalId, c: community.globalId }, { token: tokenOf(platform, member) });
    expect(own.data.node?.reciprocity).toMatchObject({ kudosGiven: 1, kudosReceived: 0, answersGiven: 0, answersReceived: 1, membersHelped: 0, helpedBy: 1 });
    expect(own.data.node?.reciprocity?.since).not.toBeNull();

    const hidden = await platform.gql(query, { id: member.globalId, c: community.globalId }, { token: tokenOf(platform, other) });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.node?.reciprocity).toBeNull();

    const opted = await platform.gql(graphql(`mutation ReputationUpdateProfile { updateProfile(input: { showReciprocity: true }) { showReciprocity appearOnRecognitionBoard } }`), undefined, { token: tokenOf(platform, member) });
    expect(opted.data.updateProfile).toEqual({ showReciprocity: true, appearOnRecognitionBoard: false });
    const shown = await platform.gql(query, { id: member.globalId, c: community.globalId }, { token: tokenOf(platform, other) });
    expect(shown.data.node?.reciprocity).toMatchObject({ kudosGiven: 1, answersReceived: 1, helpedBy: 1 });
    const helper = await platform.gql(query, { id: other.globalId, c: community.globalId }, { token: tokenOf(platform, other) });
    expect(helper.data.node?.reciprocity).toMatchObject({ kudosReceived: 1, answersGiven: 1, membersHelped: 1, helpedBy: 0 });
  });

  it('keeps the recognition board off by default and lists only members who opted in once an owner turns it on', async () => {
    const shy = await joined();
    const proud = await joined();
    const giver = await joined();
    for (const receiver of [shy, proud]) await platform.app.get(KudosService).give(as(giver), (await question(platform, discussion, receiver)).globalId, null);
    await platform.gql(graphql(`mutation ReputationUpdateProfile2 { updateProfile(input: { appearOnRecognitionBoard: true }) { appearOnRecognitionBoard } }`), undefined, { token: tokenOf(platform, proud) });
    const month = platform.clock.now().toISOString().slice(0, 7);
    const board = graphql(`query ReputationCommunity($slug: String!, $month: String!) { community(slug: $slug) { recognitionBoardEnabled recognitionBoard(month: $month) { month entries { member { handle } kudosReceived acceptedAnswers } } } }`);
    const off = await platform.gql(board, { slug: community.slug, month }, { token: tokenOf(platform, giver) });
    expect(off.data.community).toEqual({ recognitionBoardEnabled: false, recognitionBoard: null });

    const set = graphql(`mutation ReputationSetRecognitionBoard($c: ID!, $on: Boolean!) { setRecognitionBoard(input: { communityId: $c, enabled: $on }) }`);
    expect(errorCode(await platform.gql(set, { c: community.globalId, on: true }, { token: tokenOf(platform, staff) }))).toBe('FORBIDDEN');
    expect((await platform.gql(set, { c: community.globalId, on: true }, { token: tokenOf(platform, community.owner) })).data.setRecognitionBoard).toBe(true);

    const on = await platform.gql(board, { slug: community.slug, month }, { token: tokenOf(platform, giver) });
    const entries = on.data.community?.recognitionBoard?.entries ?? [];
    expect(entries.find((entry) => entry.member.handle === proud.handle)).toMatchObject({ kudosReceived: 1 });
    expect(entries.map((entry) => entry.member.handle)).not.toContain(shy.handle);
    expect(errorCode(await platform.gql(board, { slug: community.slug, month: 'March' }, { token: tokenOf(platform, giver) }))).toBe('BAD_USER_INPUT');
  });

  it('finds no difference between stored reputation and the raw rows after a busy randomised scenario, and finds one when a number is wrong', async () => {
    const members = [...(await Promise.all(Array.from({ length: 7 }, () => joined()))), await joined(Role.BRAND_STAFF), await joined(Role.MODERATOR)];
    let seed = 20260302;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(items: readonly T[]) => items[random(items.length)];
    const threads: Array<{ post: TestPost; asker: TestMember; replies: TestPost[] }> = [];
    const posts: Array<{ post: TestPost; author: TestMember }> = [];
    for (let index = 0; index < 6; index += 1) {
      const asker = pick(members);
      const thread = { post: await question(platform, discussion, asker), asker, replies: [] as TestPost[] };
      posts.push({ post: thread.post, author: asker });
      for (let count = 0; count < 3; count += 1) {
        const author = pick(members);
        const answer = await reply(platform, author, thread.post);
        thread.replies.push(answer);
        posts.push({ post: answer, author });
      }
      threads.push(thread);
    }
    const shipped = await Promise.all([0, 1].map(async () => {
      const target = await idea(platform, ideas, pick(members));
      await shipIdea(platform, staff, target, members.slice(0, 4));
      return target;
    }));

    const kudos = platform.app.get(KudosService);
    const advice = platform.app.get(AdviceService);
    const workflow = platform.app.get(IdeaWorkflowService);
    const acts: Array<Promise<unknown>> = [];
    for (let step = 0; step < 160; step += 1) {
      const actor = pick(members);
      const dice = random(20);
      if (dice < 11) acts.push(kudos.give(as(actor), pick(posts).post.globalId, null));
      else if (dice < 15) acts.push(kudos.withdraw(as(actor), pick(posts).post.globalId));
      else if (dice < 18) {
        const thread = pick(threads);
        acts.push(random(3) === 0 ? advice.unacceptAnswer(as(thread.asker), thread.post.id) : advice.acceptAnswer(as(thread.asker), pick(thread.replies).id));
      } else acts.push(workflow.acceptCredit(as(actor), pick(shipped).id));
      if (step % 40 === 39) {
        // Refusals (self-kudos, credit not offered) are part of the mix; only the totals matter here.
        await Promise.allSettled(acts.splice(0));
        platform.clock.advanceDays(2);
      }
    }
    await Promise.allSettled(acts);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS kudos FROM kudos WHERE community_id = $1`, [community.id]);
    expect(rows[0].kudos).toBeGreaterThan(20);

    const reputation = platform.app.get(ReputationService);
    expect(await reputation.reconcile()).toEqual([]);

    const victim = members[0];
    await platform.db.query(`UPDATE reputations SET points = points + 1 WHERE community_id = $1 AND member_id = $2`, [community.id, victim.id]);
    await platform.db.query(`UPDATE threads SET kudos_count = kudos_count + 2 WHERE id = $1`, [threads[0].post.id]);
    expect(await reputation.reconcile()).toEqual([
      expect.objectContaining({ check: 'balance', subjectId: victim.id }),
      expect.objectContaining({ check: 'kudos_count:Thread', subjectId: threads[0].post.id, actual: expect.any(Number) }),
    ]);
    await platform.db.query(`UPDATE reputations SET points = points - 1 WHERE community_id = $1 AND member_id = $2`, [community.id, victim.id]);
    await platform.db.query(`UPDATE threads SET kudos_count = kudos_count - 2 WHERE id = $1`, [threads[0].post.id]);
    expect(await reputation.reconcile()).toEqual([]);
  });

  it('reads reputation, badges and balances of a page of members in a constant number of statements', async () => {
    const viewer = await joined();
    const query = graphql(`query ReputationCommunity2($slug: String!, $c: ID!, $first: Int!) { community(slug: $slug) { members(first: $first) { edges { node { member {
      handle reputation(communityId: $c) badges(communityId: $c) { kind } reciprocity(communityId: $c) { kudosGiven helpedBy } recognitionProfile { showReciprocity } } } } } } }`);
    const small = await platform.gql(query, { slug: community.slug, c: community.globalId, first: 2 }, { token: tokenOf(platform, viewer) });
    const large = await platform.gql(query, { slug: community.slug, c: community.globalId, first: 20 }, { token: tokenOf(platform, viewer) });
    expect(large.errors).toBeUndefined();
    expect(large.data.community.members.edges.length).toBeGreaterThan(10);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('resolves a kudos by its global id for those who can see the content', async () => {
    const [author, giver] = [await joined(), await joined()];
    const thanked = await question(platform, discussion, author);
    const given = await platform.gql(graphql(`mutation ReputationGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: "merci" }) { id } }`), { id: thanked.globalId }, { token: tokenOf(platform, giver) });
    const node = await platform.gql(graphql(`query ReputationNode2($id: ID!) { node(id: $id) { ... on Kudos { message contentId giver { handle } } } }`), { id: given.data.giveKudos.id });
    expect(node.data.node).toEqual({ message: 'merci', contentId: thanked.globalId, giver: { handle: giver.handle } });
  });

  it('declares every personal column of its tables to privacy', async () => {
    const undeclared = await platform.app.get(PersonalDataAudit).undeclared();
    const ours = /^(kudos|kudos_daily_budgets|reputation_events|reputations|badges|member_profiles|recognition_\w+)\./;
    expect(undeclared.schema.filter((column) => ours.test(column))).toEqual([]);
  });

  it('keeps counters and reputation exact when members who gave and received kudos leave Palabre', async () => {
    for (const contentChoice of ['ANONYMISE', 'DELETE'] as const) {
      const leaving = await joined();
      const [friend, helper] = [await joined(), await joined()];
      const theirs = await question(platform, discussion, friend);
      await accept(friend, await reply(platform, leaving, theirs));
      const mine = await question(platform, discussion, leaving);
      await accept(leaving, await reply(platform, helper, mine));
      const myReply = await reply(platform, leaving, await question(platform, discussion, helper));
      await platform.app.get(KudosService).give(as(leaving), theirs.globalId, 'thanks for asking');
      await platform.app.get(KudosService).give(as(friend), myReply.globalId, 'great answer');
      expect(await reputationOf(friend)).toBe(1);

      const scheduled = await platform.gql(graphql(`mutation ReputationDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice } }`), { input: { password: leaving.password, contentChoice } }, {
        token: tokenOf(platform, leaving),
      });
      expect(scheduled.errors).toBeUndefined();
      platform.clock.advanceDays(8);
      expect(await platform.app.get(AccountErasureService).executeDue()).toBeGreaterThanOrEqual(1);

      expect(await reputationOf(friend)).toBe(0);
      expect(await reputationOf(helper)).toBe(5);
      const left = await platform.db.query(`SELECT (SELECT count(*) FROM reputations WHERE member_id = $1)::int AS balances, (SELECT count(*) FROM kudos WHERE giver_id = $1)::int AS given`, [leaving.id]);
      expect(left.rows[0]).toEqual({ balances: 0, given: 0 });
      expect(await platform.app.get(ReputationService).reconcile()).toEqual([]);
    }
  });
});
