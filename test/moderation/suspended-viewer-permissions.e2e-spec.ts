import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { IdeasService } from '@palabre/ideas';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createSpace, type TestCommunity, type TestMember, type TestSpace } from '../support/factories';
import { createReply, createThread, lockThread, type TestThread } from '../advice/advice-fixtures';
import { as, createIdea, IDEAS_CONFIG, support, type TestIdea } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

// Every viewer permission field a member's pages ask, on content of one community (ids from `world`).
const PERMISSIONS = graphql(`
  query SuspendedViewerPermissions($community: String!, $ownThread: ID!, $othersThread: ID!, $idea: ID!, $ownComment: ID!, $othersComment: ID!) {
    community(slug: $community) { viewerSuspendedUntil viewerWorkspaceScreens }
    ownThread: node(id: $ownThread) { __typename
      ... on Thread {
        viewerCanEdit viewerCanDelete viewerCanModerate
        replies(first: 10) { edges { node { id viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } }
      }
    }
    othersThread: node(id: $othersThread) { __typename ... on Thread { viewerCanReply viewerCanGiveKudos viewerCanMuteAuthor } }
    idea: node(id: $idea) { __typename ... on Idea { viewerCanSupport viewerCanGiveKudos } }
    ownComment: node(id: $ownComment) { __typename ... on IdeaComment { viewerCanEdit viewerCanDelete } }
    othersComment: node(id: $othersComment) { __typename ... on IdeaComment { viewerCanGiveKudos } }
  }
`);
const REPLIES = graphql(`query SuspendedViewerReplies($id: ID!, $first: Int) { node(id: $id) { __typename ... on Thread { viewerCanEdit replies(first: $first) { edges { node { viewerCanEdit viewerCanAccept viewerCanGiveKudos } } } } } }`);
const BOARD = graphql(`query SuspendedViewerBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first) { edges { node { id viewerCanSupport viewerCanGiveKudos } } } }`);
const SUSPEND = graphql(`mutation SuspendedViewerSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }`);
const LIFT = graphql(`mutation SuspendedViewerLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }`);
const EDIT_POST = graphql(`mutation SuspendedViewerEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }`);
const EDIT_COMMENT = graphql(`mutation SuspendedViewerEditComment($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id } }`);
const KUDOS = graphql(`mutation SuspendedViewerKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }`);
const SUPPORT = graphql(`mutation SuspendedViewerSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { viewerSupports } }`);
const WITHDRAW = graphql(`mutation SuspendedViewerWithdraw($ideaId: ID!) { withdrawSupport(ideaId: $ideaId) { viewerSupports } }`);
const ACCEPT = graphql(`mutation SuspendedViewerAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }`);
const UNACCEPT = graphql(`mutation SuspendedViewerUnaccept($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id } }`);
const MUTE = graphql(`mutation SuspendedViewerMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }`);
const UNMUTE = graphql(`mutation SuspendedViewerUnmute($memberId: ID!) { unmuteMember(memberId: $memberId) }`);
const REPLY = graphql(`mutation SuspendedViewerReply($input: ReplyInput!) { reply(input: $input) { id } }`);
const LOCKED = graphql(`query SuspendedViewerLocked($id: ID!) { node(id: $id) { __typename ... on Thread { viewerCanReply viewerCanEdit } } }`);
const DELETE_POST = graphql(`mutation SuspendedViewerDeletePost($id: ID!) { deletePost(id: $id) }`);

/** One community's content, seen by alice: her own thread (bob replied), bob's thread, bob's idea, a comment of each. */
interface World {
  community: TestCommunity;
  ideasSpace: TestSpace;
  ownThread: TestThread;
  othersThread: TestThread;
  bobsReply: TestThread;
  ownReply: TestThread;
  /** Another reply of alice's, deleted while she is suspended. */
  spareReply: TestThread;
  idea: TestIdea;
  ownComment: string;
  othersComment: string;
}

describe('a suspended member’s permission fields say what the mutations do (SUSPENDED), there and only there', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let alice: TestMember;
  let bob: TestMember;
  let here: World;
  let elsewhere: World;
  /** Bob's second idea here, which alice supported before her suspension. */
  let supportedIdea: TestIdea;

  const comment = async (member: TestMember, idea: TestIdea, body: string) =>
    toGlobalId('IdeaComment', (await platform.app.get(IdeasService).commentOnIdea(as(member), { ideaId: idea.id, body, inReplyToId: null })).id);

  const makeWorld = async (): Promise<World> => {
    const community = await createCommunity(platform, owner);
    const discussion = await createSpace(platform, community, SpaceKind.DISCUSSION);
    const ideas = await createSpace(platform, community, SpaceKind.IDEAS);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, alice);
    await addToCommunity(platform, community, bob);
    // Past moderation's new-member limits: this spec is about suspensions.
    await platform.db.query(`UPDATE memberships SET joined_at = joined_at - interval '2 days' WHERE community_id = $1`, [community.id]);
    const ownThread = await createThread(platform, alice, discussion);
    const othersThread = await createThread(platform, bob, discussion);
    const bobsReply = await createReply(platform, bob, ownThread);
    const ownReply = await createReply(platform, alice, othersThread);
    const spareReply = await createReply(platform, alice, othersThread);
    const idea = await createIdea(platform, bob, ideas);
    return {
      community,
      ideasSpace: ideas,
      ownThread,
      othersThread,
      bobsReply,
      ownReply,
      spareReply,
      idea,
      ownComment: await comment(alice, idea, `Alice would use it daily (${community.slug})`),
      othersComment: await comment(bob, idea, `Bob agrees with himself (${community.slug})`),
    };
  };

  /** Alice's view of one world, flattened: field name → value (the own reply is read through bob's thread). */
  const seenByAlice = async (world: World) => {
    const result = await platform.gql(
      PERMISSIONS,
      { community: world.community.slug, ownThread: world.ownThread.globalId, othersThread: world.othersThread.globalId, idea: world.idea.globalId, ownComment: world.ownComment, othersComment: world.othersComment },
      { token: alice.token },
    );
    expect(result.errors).toBeUndefined();
    const ownReply = await platform.gql(REPLIES, { id: world.othersThread.globalId, first: 10 }, { token: alice.token });
    expect(ownReply.errors).toBeUndefined();
    const data = result.data;
    const bobsReply = data.ownThread?.__typename === 'Thread' ? data.ownThread.replies.edges[0].node : null;
    const own = ownReply.data.node?.__typename === 'Thread' ? ownReply.data.node.replies.edges[0].node : null;
    return {
      suspendedUntil: data.community?.viewerSuspendedUntil ?? null,
      workspaceScreens: data.community?.viewerWorkspaceScreens,
      threadEdit: data.ownThread?.__typename === 'Thread' && data.ownThread.viewerCanEdit,
      threadDelete: data.ownThread?.__typename === 'Thread' && data.ownThread.viewerCanDelete,
      threadModerate: data.ownThread?.__typename === 'Thread' && data.ownThread.viewerCanModerate,
      replyAccept: bobsReply?.viewerCanAccept,
      replyKudos: bobsReply?.viewerCanGiveKudos,
      replyMute: bobsReply?.viewerCanMuteAuthor,
      ownReplyEdit: own?.viewerCanEdit,
      threadReply: data.othersThread?.__typename === 'Thread' && data.othersThread.viewerCanReply,
      threadKudos: data.othersThread?.__typename === 'Thread' && data.othersThread.viewerCanGiveKudos,
      threadMute: data.othersThread?.__typename === 'Thread' && data.othersThread.viewerCanMuteAuthor,
      support: data.idea?.__typename === 'Idea' && data.idea.viewerCanSupport,
      ideaKudos: data.idea?.__typename === 'Idea' && data.idea.viewerCanGiveKudos,
      commentEdit: data.ownComment?.__typename === 'IdeaComment' && data.ownComment.viewerCanEdit,
      commentDelete: data.ownComment?.__typename === 'IdeaComment' && data.ownComment.viewerCanDelete,
      commentKudos: data.othersComment?.__typename === 'IdeaComment' && data.othersComment.viewerCanGiveKudos,
    };
  };

  // What the write gate decides (false while suspended) and what it does not (deleting, accepting, muting: open).
  const OPEN = { suspendedUntil: null, workspaceScreens: [], threadEdit: true, threadDelete: true, threadModerate: false, replyAccept: true, replyKudos: true, replyMute: true, ownReplyEdit: true, threadReply: true, threadKudos: true, threadMute: true, support: true, ideaKudos: true, commentEdit: true, commentDelete: true, commentKudos: true };
  const GATED = { threadReply: false, threadEdit: false, ownReplyEdit: false, commentEdit: false, replyKudos: false, threadKudos: false, ideaKudos: false, commentKudos: false, support: false };
  const UNGATED = { threadDelete: true, replyAccept: true, replyMute: true, threadMute: true, commentDelete: true };

  /** Each write the fields above describe, tried by alice in one world: its error code, or 'ok'. */
  const gatedWrites = async (world: World, round: string) => {
    const code = async (result: Promise<Parameters<typeof errorCode>[0]>) => errorCode(await result) ?? 'ok';
    const options = { token: alice.token };
    return {
      threadReply: await code(platform.gql(REPLY, { input: { threadId: world.othersThread.globalId, body: `Another answer, ${round}` } }, options)),
      threadEdit: await code(platform.gql(EDIT_POST, { input: { id: world.ownThread.globalId, body: `Edited body, ${round}` } }, options)),
      ownReplyEdit: await code(platform.gql(EDIT_POST, { input: { id: world.ownReply.globalId, body: `Edited reply, ${round}` } }, options)),
      commentEdit: await code(platform.gql(EDIT_COMMENT, { input: { id: world.ownComment, body: `Edited comment, ${round}` } }, options)),
      replyKudos: await code(platform.gql(KUDOS, { contentId: world.bobsReply.globalId }, options)),
      threadKudos: await code(platform.gql(KUDOS, { contentId: world.othersThread.globalId }, options)),
      ideaKudos: await code(platform.gql(KUDOS, { contentId: world.idea.globalId }, options)),
      commentKudos: await code(platform.gql(KUDOS, { contentId: world.othersComment }, options)),
      support: await code(platform.gql(SUPPORT, { ideaId: world.idea.globalId }, options)),
    };
  };
  const allCodes = (code: string) => Object.fromEntries(Object.keys(GATED).map((key) => [key, code]));

  const suspendAlice = async (days: number) => {
    const until = new Date(platform.clock.now().getTime() + days * 86_400_000);
    const result = await platform.gql(SUSPEND, { input: { communityId: here.community.globalId, memberId: alice.globalId, until: until.toISOString(), reason: 'Insulted another member twice' } }, { token: moderator.token });
    expect(result.errors).toBeUndefined();
    return until;
  };

  beforeAll(async () => {
    platform = await startPlatform({ config: { ...IDEAS_CONFIG, KUDOS_DAILY_BUDGET: '50' } });
    [owner, moderator, alice, bob] = [await createMember(platform), await createMember(platform), await createMember(platform), await createMember(platform)];
    here = await makeWorld();
    elsewhere = await makeWorld();
    supportedIdea = await createIdea(platform, bob, here.ideasSpace);
    await support(platform, alice, supportedIdea);
  });
  afterAll(() => platform.close());

  it('shows every control to a member who is not suspended', async () => {
    expect(await seenByAlice(here)).toEqual(OPEN);
    expect(await seenByAlice(elsewhere)).toEqual(OPEN);
  });

  it('closes what the write gate refuses in the community of the suspension, says until when, and the mutations agree (SUSPENDED)', async () => {
    const until = await suspendAlice(3);
    expect(await seenByAlice(here)).toEqual({ ...OPEN, ...GATED, suspendedUntil: until.toISOString() });
    expect(await gatedWrites(here, 'suspended')).toEqual(allCodes('SUSPENDED'));
    // Nothing was written by the refused mutations.
    const { rows } = await platform.db.query(`SELECT (SELECT count(*)::int FROM kudos WHERE giver_id = $1) AS kudos, (SELECT count(*)::int FROM idea_supports WHERE member_id = $1 AND idea_id = $2) AS supports`, [alice.id, here.idea.id]);
    expect(rows[0]).toEqual({ kudos: 0, supports: 0 });
  });

  it('leaves open, and lets through, what the write gate does not cover: deleting, accepting an answer, muting', async () => {
    expect(await seenByAlice(here)).toMatchObject(UNGATED);
    const options = { token: alice.token };
    expect(errorCode(await platform.gql(ACCEPT, { replyId: here.bobsReply.globalId }, options))).toBeUndefined();
    expect(errorCode(await platform.gql(UNACCEPT, { threadId: here.ownThread.globalId }, options))).toBeUndefined();
    expect(errorCode(await platform.gql(MUTE, { memberId: bob.globalId }, options))).toBeUndefined();
    expect(errorCode(await platform.gql(UNMUTE, { memberId: bob.globalId }, options))).toBeUndefined();
    expect(errorCode(await platform.gql(DELETE_POST, { id: here.spareReply.globalId }, options))).toBeUndefined();
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM replies WHERE id = $1`, [here.spareReply.id]);
    expect(rows[0].count).toBe(0);
    // Withdrawing a support passes no write gate either: the field stays true for an idea she supported before, then closes.
    const board = async () => {
      const result = await platform.gql(BOARD, { spaceId: here.ideasSpace.globalId, first: 10 }, options);
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data.ideas.edges.map(({ node }) => [node.id, node.viewerCanSupport]));
    };
    expect(await board()).toEqual({ [here.idea.globalId]: false, [supportedIdea.globalId]: true });
    expect((await platform.gql(WITHDRAW, { ideaId: supportedIdea.globalId }, options)).data?.withdrawSupport.viewerSupports).toBe(false);
    expect(await board()).toEqual({ [here.idea.globalId]: false, [supportedIdea.globalId]: false });
    expect(errorCode(await platform.gql(SUPPORT, { ideaId: supportedIdea.globalId }, options))).toBe('SUSPENDED');
  });

  it('changes nothing in another community', async () => {
    expect(await seenByAlice(elsewhere)).toEqual(OPEN);
    expect(await gatedWrites(elsewhere, 'elsewhere')).toEqual(allCodes('ok'));
    // Still open after them: a second kudos or support answers the first one (idempotent), withdrawing stays possible.
    expect(await seenByAlice(elsewhere)).toEqual(OPEN);
  });

  it('closes replying and editing in a locked thread to anyone, as reply and editPost do (THREAD_LOCKED)', async () => {
    await lockThread(platform, elsewhere.ownThread.id);
    const seen = await platform.gql(LOCKED, { id: elsewhere.ownThread.globalId }, { token: alice.token });
    expect(seen.data.node).toEqual({ __typename: 'Thread', viewerCanReply: false, viewerCanEdit: false });
    expect(errorCode(await platform.gql(REPLY, { input: { threadId: elsewhere.ownThread.globalId, body: 'An answer to a locked thread' } }, { token: bob.token }))).toBe('THREAD_LOCKED');
    expect(errorCode(await platform.gql(EDIT_POST, { input: { id: elsewhere.ownThread.globalId, body: 'Edited while locked' } }, { token: alice.token }))).toBe('THREAD_LOCKED');
    await platform.db.query(`UPDATE threads SET locked_at = NULL WHERE id = $1`, [elsewhere.ownThread.id]);
  });

  it('reads the suspension for a whole page in a constant number of statements', async () => {
    for (const body of ['Second answer from bob', 'Third answer from bob']) await createReply(platform, bob, here.ownThread, body);
    const one = await platform.gql(REPLIES, { id: here.ownThread.globalId, first: 1 }, { token: alice.token });
    const three = await platform.gql(REPLIES, { id: here.ownThread.globalId, first: 3 }, { token: alice.token });
    expect(three.errors).toBeUndefined();
    expect(three.data.node?.__typename === 'Thread' && three.data.node.replies.edges.map(({ node }) => node.viewerCanGiveKudos)).toEqual([false, false, false]);
    expect(three.sqlStatements).toBe(one.sqlStatements);
    const boardOfOne = await platform.gql(BOARD, { spaceId: here.ideasSpace.globalId, first: 1 }, { token: alice.token });
    const board = await platform.gql(BOARD, { spaceId: here.ideasSpace.globalId, first: 10 }, { token: alice.token });
    expect(board.errors).toBeUndefined();
    expect(board.data.ideas.edges.map(({ node }) => [node.viewerCanSupport, node.viewerCanGiveKudos])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(board.sqlStatements).toBe(boardOfOne.sqlStatements);
  });

  it('opens everything again once the suspension is lifted, and the mutations succeed', async () => {
    const lifted = await platform.gql(LIFT, { input: { communityId: here.community.globalId, memberId: alice.globalId, reason: 'Apologised to everyone involved' } }, { token: moderator.token });
    expect(lifted.errors).toBeUndefined();
    expect(await seenByAlice(here)).toEqual(OPEN);
    expect(await gatedWrites(here, 'lifted')).toEqual(allCodes('ok'));
  });

  it('opens everything again when the suspension runs out (test clock)', async () => {
    await suspendAlice(1);
    // She supports the idea since the round above: withdrawing (no write gate) keeps viewerCanSupport true.
    expect(await seenByAlice(here)).toMatchObject({ ...GATED, support: true });
    platform.clock.advanceDays(2);
    expect(await seenByAlice(here)).toEqual(OPEN);
    expect(await gatedWrites(here, 'expired')).toEqual(allCodes('ok'));
  });
});
