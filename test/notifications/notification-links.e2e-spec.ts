import { toGlobalId } from '@palabre/contracts';
import { startPlatform, type Platform, type TypedDocument } from '../support/harness';
import { createCommunity, createMember, createSpace, createThread, eventually, type TestMember } from '../realtime/factories';
import { graphql } from '../graphql';

jest.setTimeout(30_000);

const INBOX = graphql(`query NotificationLinksInbox($first: Int) { notifications(first: $first) { edges { node { kind subjectId url } } } }`);
const REPLY = graphql(`mutation NotificationLinksReply($input: ReplyInput!) { reply(input: $input) { id } }`);
const COMMENT_ON_IDEA = graphql(`mutation NotificationLinksCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }`);

describe('notification links', () => {
  let platform: Platform;
  let alice: TestMember;
  let bob: TestMember;
  let slug: string;
  let threadId: string;
  let ideasSpace: string;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    const owner = await createMember(platform);
    alice = await createMember(platform);
    bob = await createMember(platform);
    const community = await createCommunity(platform, owner, { members: [{ member: alice }, { member: bob }] });
    slug = (await platform.db.query<{ slug: string }>(`SELECT slug FROM communities WHERE id = $1`, [community])).rows[0].slug;
    const space = await createSpace(platform, community);
    ideasSpace = await createSpace(platform, community, 'IDEAS');
    threadId = toGlobalId('Thread', await createThread(platform, space, community, alice));
  });

  afterAll(async () => {
    await platform?.close();
  });

  async function gql<TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) {
    const result = await platform.gql(document, variables, { token: member.token });
    expect(result.errors).toBeUndefined();
    return result;
  }

  async function inboxOf(member: TestMember, first = 50) {
    const result = await gql(member, INBOX, { first });
    return result.data.notifications.edges.map((edge) => edge.node);
  }

  it('leads a reply’s notification to the reply on its thread page, and nowhere once the reply is deleted', async () => {
    const replyId = (await gql(bob, REPLY, { input: { threadId, body: 'Bring a spare canister.' } })).data.reply.id;
    await eventually(async () => expect((await inboxOf(alice)).find((item) => item.subjectId === replyId)).toMatchObject({ kind: 'reply.created', url: `/c/${slug}/t/${threadId}#reply-${replyId}` }), 15_000);

    await gql(bob, graphql(`mutation NotificationLinksDeletePost($id: ID!) { deletePost(id: $id) }`), { id: replyId });
    expect((await inboxOf(alice)).find((item) => item.subjectId === replyId)?.url).toBeNull();
  });

  it('leads an idea’s notification to the idea, and kudos on a comment to the comment on the idea page', async () => {
    const ideaId = (await gql(alice, graphql(`mutation NotificationLinksProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`), { input: { spaceId: toGlobalId('Space', ideasSpace), title: 'Offline maps for every trail', body: 'Download the maps.', tags: [] } })).data.proposeIdea.id;
    const commentId = (await gql(alice, COMMENT_ON_IDEA, { input: { ideaId, body: 'Including the contour lines.' } })).data.commentOnIdea.id;
    await gql(bob, COMMENT_ON_IDEA, { input: { ideaId, body: 'Yes, please.' } });
    await gql(bob, graphql(`mutation NotificationLinksGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`), { input: { contentId: commentId } });

    await eventually(async () => {
      const inbox = await inboxOf(alice);
      expect(inbox.find((item) => item.kind === 'idea.comment_added')).toMatchObject({ subjectId: ideaId, url: `/c/${slug}/i/${ideaId}` });
      expect(inbox.find((item) => item.kind === 'kudos.given')).toMatchObject({ subjectId: commentId, url: `/c/${slug}/i/${ideaId}#comment-${commentId}` });
    }, 15_000);
  });

  it('reads the links of a page in a constant number of statements', async () => {
    const carol = await createMember(platform);
    const community = (await platform.db.query<{ id: string }>(`SELECT id FROM communities WHERE slug = $1`, [slug])).rows[0].id;
    await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, carol.id, platform.clock.now()]);
    const space = (await platform.db.query<{ id: string }>(`SELECT space_id AS id FROM threads WHERE author_id = $1`, [alice.id])).rows[0].id;
    const thread = toGlobalId('Thread', await createThread(platform, space, community, carol));
    for (const body of ['First of three answers.', 'Second of three answers.', 'Third of three answers.']) {
      await gql(bob, REPLY, { input: { threadId: thread, body } });
    }
    await eventually(async () => expect(await inboxOf(carol)).toHaveLength(3), 15_000);
    const small = await gql(carol, INBOX, { first: 1 });
    const large = await gql(carol, INBOX, { first: 3 });
    expect(large.data.notifications.edges.map((edge) => edge.node.url?.replace(/#reply-.*/, ''))).toEqual([1, 2, 3].map(() => `/c/${slug}/t/${thread}`));
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
