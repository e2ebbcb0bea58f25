import { SpaceKind } from '@palabre/contracts';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createSpace } from '../support/factories';
import { createReply, createThread, lockThread } from '../advice/advice-fixtures';
import { createIdea, eventsOfType, IDEAS_CONFIG, ideasWorld, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const COMMENT = graphql(`mutation OwnCommentsComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id viewerCanEdit viewerCanDelete editedAt } }`);
const EDIT = graphql(`mutation OwnCommentsEdit($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id body bodyHtml editedAt } }`);
const DELETE = graphql(`mutation OwnCommentsDelete($id: ID!) { deleteIdeaComment(id: $id) }`);
const COMMENTS = graphql(`query OwnCommentsComments($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 50) { edges { node { id body viewerCanEdit viewerCanDelete editedAt } } } } } }`);
const REPLIES = graphql(`query OwnCommentsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id viewerCanEdit viewerCanDelete } } } } } }`);
// The thread page's replies as the web shows them: each with its earlier versions, and the viewer's permissions.
const REPLIES_WITH_REVISIONS = graphql(`query OwnCommentsRepliesWithRevisions($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id updatedAt viewerCanEdit viewerCanDelete revisions { body editedAt } } } } } } }`);

describe('a member’s own comments and replies: the API says who may edit or delete them, and refuses everyone else', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });
  afterAll(() => platform.close());

  async function comment(ideaId: string, body: string) {
    const result = await platform.gql(COMMENT, { input: { ideaId, body } }, { token: world.alice.token });
    expect(result.errors).toBeUndefined();
    return result.data.commentOnIdea;
  }

  const commentsSeenBy = async (ideaId: string, token?: string) => {
    const result = await platform.gql(COMMENTS, { id: ideaId }, token ? { token } : {});
    expect(result.errors).toBeUndefined();
    return result.data.node!;
  };

  it('lets the author edit a comment (marked edited) and delete it (uncounted); others and anonymous see no action', async () => {
    const idea = await createIdea(platform, world.bob, world.space);
    const written = await comment(idea.globalId, 'Dynamo lights are *great*');
    expect(written).toMatchObject({ viewerCanEdit: true, viewerCanDelete: true, editedAt: null });
    expect((await commentsSeenBy(idea.globalId, world.bob.token)).comments.edges[0].node).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false });
    expect((await commentsSeenBy(idea.globalId, world.moderator.token)).comments.edges[0].node).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false });
    expect((await commentsSeenBy(idea.globalId)).comments.edges[0].node).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false });

    platform.clock.advance(60_000);
    const edited = await platform.gql(EDIT, { input: { id: written.id, body: 'Dynamo lights are **essential**' } }, { token: world.alice.token });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.editIdeaComment).toMatchObject({ body: 'Dynamo lights are **essential**', bodyHtml: '<p>Dynamo lights are <strong>essential</strong></p>', editedAt: expect.any(String) });
    expect((await eventsOfType(platform, 'idea.comment_edited')).at(-1)).toMatchObject({ rooms: [`idea:${idea.id}`] });

    expect((await platform.gql(DELETE, { id: written.id }, { token: world.alice.token })).data).toEqual({ deleteIdeaComment: true });
    const after = await commentsSeenBy(idea.globalId, world.alice.token);
    expect(after).toEqual({ commentCount: 0, comments: { edges: [] } });
    expect(errorCode(await platform.gql(DELETE, { id: written.id }, { token: world.alice.token }))).toBe('NOT_FOUND');
  });

  it('tells only the members an edited comment mentions for the first time', async () => {
    const mentionsOf = async (memberId: string) => (await platform.db.query(`SELECT subject_id FROM notifications WHERE member_id = $1 AND kind = 'mention'`, [memberId])).rows.map((row) => row.subject_id);
    const idea = await createIdea(platform, world.bob, world.space);
    const written = await comment(idea.globalId, `Lights matter, @${world.bob.handle}.`);
    expect(await mentionsOf(world.bob.id)).toEqual([written.id]);
    expect((await platform.gql(EDIT, { input: { id: written.id, body: `Lights matter, @${world.bob.handle} and @${world.staff.handle}.` } }, { token: world.alice.token })).errors).toBeUndefined();
    expect(await mentionsOf(world.staff.id)).toEqual([written.id]);
    expect(await mentionsOf(world.bob.id)).toEqual([written.id]);
    expect(await mentionsOf(world.outsider.id)).toEqual([]);
  });

  it('refuses a forged edit or delete of someone else’s comment (FORBIDDEN) and leaves it untouched', async () => {
    const idea = await createIdea(platform, world.bob, world.space);
    const written = await comment(idea.globalId, 'Only mine to change');
    for (const token of [world.bob.token, world.moderator.token, world.owner.token]) {
      expect(errorCode(await platform.gql(EDIT, { input: { id: written.id, body: 'Vandalised' } }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(DELETE, { id: written.id }, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await platform.gql(EDIT, { input: { id: written.id, body: 'Vandalised' } }))).toBe('UNAUTHENTICATED');
    expect((await commentsSeenBy(idea.globalId)).comments.edges.map((edge) => edge.node.body)).toEqual(['Only mine to change']);
  });

  it('stops edits while the idea is locked (IDEA_LOCKED), deletion stays possible', async () => {
    const idea = await createIdea(platform, world.bob, world.space);
    const written = await comment(idea.globalId, 'Before the lock');
    await platform.db.query(`UPDATE ideas SET locked_at = $2 WHERE id = $1`, [idea.id, platform.clock.now()]);
    expect((await commentsSeenBy(idea.globalId, world.alice.token)).comments.edges[0].node).toMatchObject({ viewerCanEdit: false, viewerCanDelete: true });
    expect(errorCode(await platform.gql(EDIT, { input: { id: written.id, body: 'After the lock' } }, { token: world.alice.token }))).toBe('IDEA_LOCKED');
  });

  it('tells the author of a reply they may edit and delete it, others not, and not edit in a locked thread', async () => {
    const discussion = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    const thread = await createThread(platform, world.bob, discussion);
    const reply = await createReply(platform, world.alice, thread, 'My own answer');
    const seen = async (token: string) => (await platform.gql(REPLIES, { id: thread.globalId, first: 10 }, { token })).data.node!.replies.edges[0].node;
    expect(await seen(world.alice.token)).toEqual({ id: reply.globalId, viewerCanEdit: true, viewerCanDelete: true });
    expect(await seen(world.bob.token)).toEqual({ id: reply.globalId, viewerCanEdit: false, viewerCanDelete: false });
    await lockThread(platform, thread.id);
    expect(await seen(world.alice.token)).toEqual({ id: reply.globalId, viewerCanEdit: false, viewerCanDelete: true });
  });

  it('reads the permissions of a page of replies in a constant number of statements', async () => {
    const discussion = await createSpace(platform, world.community, SpaceKind.DISCUSSION);
    const thread = await createThread(platform, world.bob, discussion);
    for (const body of ['First answer here', 'Second answer here', 'Third answer here']) await createReply(platform, world.alice, thread, body);
    const one = await platform.gql(REPLIES_WITH_REVISIONS, { id: thread.globalId, first: 1 }, { token: world.alice.token });
    const three = await platform.gql(REPLIES_WITH_REVISIONS, { id: thread.globalId, first: 3 }, { token: world.alice.token });
    expect(three.data.node!.replies.edges.map((edge) => edge.node.viewerCanEdit)).toEqual([true, true, true]);
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });
});
