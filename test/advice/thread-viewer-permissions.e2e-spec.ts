import { SpaceKind } from '@palabre/contracts';
import { ThreadKind } from '@palabre/advice';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createSpace, type TestSpace } from '../support/factories';
import { createReply, createThread, hide, lockThread } from './advice-fixtures';
import { IDEAS_CONFIG, ideasWorld, type IdeasWorld } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

// The thread page's member request for the thread's own controls, and the replies' (as the web asks them).
const THREAD = graphql(`query ThreadViewerPermissionsThread($id: ID!) { node(id: $id) { ... on Thread { viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor } } }`);
// The web's two member requests for them (ThreadReplyPermissions and ThreadReplyActions, each with first: 100).
const WEB_PERMISSIONS = graphql(`query ThreadViewerPermissionsWebPermissions($id: ID!) { node(id: $id) { ... on Thread { __typename id viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor viewerCanReply space { community { viewerSuspendedUntil } } replies(first: 100) { edges { node { id body viewerCanEdit viewerCanDelete } } } } } }`);
const WEB_ACTIONS = graphql(`query ThreadViewerPermissionsWebActions($id: ID!) { node(id: $id) { ... on Thread { __typename replies(first: 100) { edges { node { id viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }`);
const REPLIES = graphql(`query ThreadViewerPermissionsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { __typename viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor replies(first: $first) { edges { node { id body viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }`);
const ACCEPT = graphql(`mutation ThreadViewerPermissionsAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }`);
const KUDOS = graphql(`mutation ThreadViewerPermissionsKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }`);
const MUTE = graphql(`mutation ThreadViewerPermissionsMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }`);
const EDIT = graphql(`mutation ThreadViewerPermissionsEdit($input: EditPostInput!) { editPost(input: $input) { __typename } }`);

describe('a thread’s own controls: the API says who may edit, delete, moderate it and accept an answer', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let discussion: TestSpace;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    discussion = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  const threadSeenBy = async (id: string, token?: string) => {
    const result = await platform.gql(THREAD, { id }, token ? { token } : {});
    expect(result.errors).toBeUndefined();
    return result.data.node;
  };

  it('lets only the author edit and delete the thread, only moderators moderate it, others thank it, nobody when signed out', async () => {
    const thread = await createThread(platform, world.alice, discussion);
    expect(await threadSeenBy(thread.globalId, world.alice.token)).toEqual({ viewerCanEdit: true, viewerCanDelete: true, viewerCanModerate: false, viewerCanGiveKudos: false, viewerCanMuteAuthor: false });
    expect(await threadSeenBy(thread.globalId, world.bob.token)).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanModerate: false, viewerCanGiveKudos: true, viewerCanMuteAuthor: true });
    expect(await threadSeenBy(thread.globalId, world.moderator.token)).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanModerate: true, viewerCanGiveKudos: true, viewerCanMuteAuthor: true });
    expect(await threadSeenBy(thread.globalId, world.owner.token)).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanModerate: true, viewerCanGiveKudos: true, viewerCanMuteAuthor: true });
    expect(await threadSeenBy(thread.globalId)).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanModerate: false, viewerCanGiveKudos: false, viewerCanMuteAuthor: false });
    expect(await threadSeenBy(thread.globalId, world.outsider.token)).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanModerate: false, viewerCanGiveKudos: false, viewerCanMuteAuthor: true });
    // What it says matches what the API does: the other member's forged edit is refused, so is the author's own kudos.
    expect(errorCode(await platform.gql(EDIT, { input: { id: thread.globalId, body: 'Vandalised thread body' } }, { token: world.bob.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(KUDOS, { contentId: thread.globalId }, { token: world.alice.token }))).toBe('SELF_KUDOS');
    expect(errorCode(await platform.gql(KUDOS, { contentId: thread.globalId }, { token: world.outsider.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(MUTE, { memberId: world.alice.globalId }, { token: world.alice.token }))).toBe('BAD_USER_INPUT');
  });

  it('closes editing (not deleting) once the thread is locked', async () => {
    const thread = await createThread(platform, world.alice, discussion);
    await lockThread(platform, thread.id);
    expect(await threadSeenBy(thread.globalId, world.alice.token)).toMatchObject({ viewerCanEdit: false, viewerCanDelete: true, viewerCanModerate: false });
    expect(errorCode(await platform.gql(EDIT, { input: { id: thread.globalId, body: 'Edited after the lock' } }, { token: world.alice.token }))).toBe('THREAD_LOCKED');
  });

  it('lets the asker and the moderators accept an answer, not another member, not anonymous, never on a discussion', async () => {
    const question = await createThread(platform, world.alice, discussion);
    const reply = await createReply(platform, world.bob, question, 'Loosen the caliper first');
    const accepts = async (threadId: string, token?: string) => {
      const result = await platform.gql(REPLIES, { id: threadId, first: 10 }, token ? { token } : {});
      expect(result.errors).toBeUndefined();
      return result.data.node?.replies.edges.map((edge) => edge.node.viewerCanAccept);
    };
    expect(await accepts(question.globalId, world.alice.token)).toEqual([true]);
    expect(await accepts(question.globalId, world.moderator.token)).toEqual([true]);
    expect(await accepts(question.globalId, world.bob.token)).toEqual([false]);
    expect(await accepts(question.globalId, world.staff.token)).toEqual([false]);
    expect(await accepts(question.globalId)).toEqual([false]);
    expect(errorCode(await platform.gql(ACCEPT, { replyId: reply.globalId }, { token: world.bob.token }))).toBe('FORBIDDEN');
    expect((await platform.gql(ACCEPT, { replyId: reply.globalId }, { token: world.moderator.token })).errors).toBeUndefined();

    await hide(platform, 'replies', reply.id);
    expect(await accepts(question.globalId, world.alice.token)).toEqual([]);
    expect(await accepts(question.globalId, world.moderator.token)).toEqual([false]);

    const talk = await createThread(platform, world.alice, discussion, { kind: ThreadKind.DISCUSSION });
    await createReply(platform, world.bob, talk, 'Just sharing a thought');
    expect(await accepts(talk.globalId, world.alice.token)).toEqual([false]);
  });

  it('reads these permissions for a page of replies in a constant number of statements', async () => {
    const question = await createThread(platform, world.alice, discussion);
    for (const body of ['First answer here', 'Second answer here', 'Third answer here']) await createReply(platform, world.bob, question, body);
    const one = await platform.gql(REPLIES, { id: question.globalId, first: 1 }, { token: world.alice.token });
    const three = await platform.gql(REPLIES, { id: question.globalId, first: 3 }, { token: world.alice.token });
    expect(three.errors).toBeUndefined();
    expect(three.data.node?.replies.edges.map(({ node }) => [node.viewerCanAccept, node.viewerCanEdit, node.viewerCanGiveKudos, node.viewerCanMuteAuthor])).toEqual([
      [true, false, true, true],
      [true, false, true, true],
      [true, false, true, true],
    ]);
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });

  it('stays under the query cost limit for the web’s requests of 100 replies', async () => {
    const question = await createThread(platform, world.alice, discussion);
    await createReply(platform, world.bob, question, 'One answer to read');
    const variables = { id: question.globalId };
    const options = { token: world.alice.token };
    for (const read of [() => platform.gql(WEB_PERMISSIONS, variables, options), () => platform.gql(WEB_ACTIONS, variables, options)]) {
      const result = await read();
      expect(result.errors).toBeUndefined();
      expect(result.data.node?.replies.edges).toHaveLength(1);
    }
  });
});
