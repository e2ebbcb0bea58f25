import { SpaceKind, Visibility } from '@palabre/contracts';
import { ThreadKind } from '@palabre/advice';
import { ContentRegistry, TransactionRunner } from '@palabre/core';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createMember, createSpace } from '../support/factories';
import { adviceWorld, createReply, createThread, hide, lockThread, outboxEvents, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';
import type { StartThreadInput } from '../graphql/graphql';

const START_THREAD = graphql(`mutation ThreadsStartThread($input: StartThreadInput!) {
  startThread(input: $input) { id kind title body bodyHtml tags state replyCount hidden deleted author { handle affiliation } space { id } }
}`);
const REPLY = graphql(`mutation ThreadsReply($input: ReplyInput!) { reply(input: $input) { id body bodyHtml author { handle affiliation } thread { id replyCount } } }`);
const EDIT = graphql(`mutation ThreadsEdit($input: EditPostInput!) {
  editPost(input: $input) { __typename ... on Thread { id title body bodyHtml revisions { title body editedAt } } ... on Reply { id body revisions { body editedAt } } }
}`);
const DELETE = graphql(`mutation ThreadsDelete($id: ID!) { deletePost(id: $id) }`);
const THREAD = graphql(`query ThreadsThread($id: ID!) { node(id: $id) { ... on Thread { id title body deleted hidden replyCount replies(first: 10) { totalCount edges { node { id body deleted hidden } } } } } }`);

describe('advice: threads and replies', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  const countRows = async (table: string) => Number((await platform.db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  describe('startThread', () => {
    it('lets a member ask a question, with normalised tags, and records thread.created', async () => {
      const res = await platform.gql(
        START_THREAD,
        { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: '  Chain keeps slipping  ', body: 'It slips **under load**.', tags: ['Chain', 'drivetrain', 'chain'] } },
        { token: world.alice.token },
      );
      expect(res.errors).toBeUndefined();
      const thread = res.data.startThread;
      expect(thread).toMatchObject({ kind: 'QUESTION', title: 'Chain keeps slipping', tags: ['chain', 'drivetrain'], state: 'OPEN', replyCount: 0, hidden: false, deleted: false });
      expect(thread.bodyHtml).toBe('<p>It slips <strong>under load</strong>.</p>');
      expect(thread.author).toEqual({ handle: world.alice.handle, affiliation: 'MEMBER' });
      expect(thread.space.id).toBe(world.space.globalId);
      const events = await outboxEvents(platform, 'thread.created');
      expect(events.at(-1)).toMatchObject({
        rooms: [`community:${world.community.id}`, `space:${world.space.id}`],
        payload: { communityId: world.community.id, spaceId: world.space.id, authorId: world.alice.id, kind: 'QUESTION' },
      });
    });

    it('labels brand staff as such on what they write', async () => {
      const res = await platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'DISCUSSION', title: 'New season catalogue', body: 'Tell us what you think.' } }, { token: world.staff.token });
      expect(res.data.startThread.author?.affiliation).toBe('BRAND_STAFF');
    });

    it.each([
      ['a short title', { title: 'Short' }],
      ['a blank body', { body: '   \n  ' }],
      ['a body over 20,000 characters', { body: 'x'.repeat(20_001) }],
      ['six tags', { tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] }],
      ['a one-letter tag', { tags: ['x'] }],
      ['a tag with spaces', { tags: ['two words'] }],
    ])('refuses %s with BAD_USER_INPUT and creates nothing', async (_case, override) => {
      const before = await countRows('threads');
      const res = await platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'QUESTION', title: 'A perfectly fine title', body: 'Fine body', tags: [], ...override } }, { token: world.alice.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(await countRows('threads')).toBe(before);
    });

    it('refuses non-members with FORBIDDEN and anonymous callers with UNAUTHENTICATED', async () => {
      const input: StartThreadInput = { spaceId: world.space.globalId, kind: 'QUESTION', title: 'Can I ask without joining?', body: 'Curious.' };
      expect(errorCode(await platform.gql(START_THREAD, { input }, { token: world.outsider.token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(START_THREAD, { input }))).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for an ideas space', async () => {
      const ideas = await createSpace(platform, world.community, SpaceKind.IDEAS);
      const res = await platform.gql(START_THREAD, { input: { spaceId: ideas.globalId, kind: 'QUESTION', title: 'Wrong kind of space', body: 'Hello' } }, { token: world.alice.token });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for a space of a private community the caller is not in', async () => {
      const privateWorld = await adviceWorld(platform, { visibility: Visibility.PRIVATE });
      const res = await platform.gql(START_THREAD, { input: { spaceId: privateWorld.space.globalId, kind: 'QUESTION', title: 'Is anybody in here?', body: 'Hello' } }, { token: world.alice.token });
      expect(errorCode(res)).toBe('NOT_FOUND');
    });
  });

  describe('sanitisation', () => {
    it('never returns scripts, event handlers, javascript: links or iframes', async () => {
      const hostile = [
        '<script>alert("x")</script>',
        '<img src=x onerror=alert(1)>',
        '[click me](javascript:alert(1))',
        '<a href="JAVASCRIPT:alert(1)">upper</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<div onmouseover="alert(1)">hover</div>',
        '[ok](https://example.com)',
      ].join('\n\n');
      const res = await platform.gql(START_THREAD, { input: { spaceId: world.space.globalId, kind: 'DISCUSSION', title: 'Hostile markdown test', body: hostile } }, { token: world.alice.token });
      const html: string = res.data.startThread.bodyHtml;
      expect(html.toLowerCase()).not.toMatch(/<script|<iframe|<img|javascript:|\son\w+=/);
      expect(html).toMatch(/<a href="https:\/\/example\.com" rel="[^"]*nofollow[^"]*noopener[^"]*">ok<\/a>/);
      expect(res.data.startThread.body).toBe(hostile);
    });
  });

  describe('reply', () => {
    it('adds a reply, counts it and records reply.created', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const res = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Check the _derailleur_ hanger.' } }, { token: world.bob.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.reply).toMatchObject({ bodyHtml: '<p>Check the <em>derailleur</em> hanger.</p>', author: { handle: world.bob.handle }, thread: { id: thread.globalId, replyCount: 1 } });
      const events = await outboxEvents(platform, 'reply.created');
      expect(events.at(-1)).toMatchObject({ rooms: [`space:${world.space.id}`, `thread:${thread.id}`], payload: { threadId: thread.id, authorId: world.bob.id, inReplyToId: null } });
    });

    it('sends 9 SQL statements for a reply to a discussion that notifies its author (caches off)', async () => {
      // Session, thread, community, membership (in production session, community and membership come from memory:
      // ActiveSessionsCache, CommunityRowsCache; test/advice/reply-statements.e2e-spec.ts counts that case). In the
      // transaction: BEGIN with the poster's lock; the suspension, history and post log with the reply, its thread
      // counters (which take the thread's row lock) and its notification audience (followers, visibility, preferences,
      // prefetched for the handler); notifications with the outbox (both events); COMMIT (reading what changed); then the
      // notifications, sent after the commit.
      const thread = await createThread(platform, world.alice, world.space, { kind: ThreadKind.DISCUSSION });
      const res = await platform.gql(graphql(`mutation ThreadsReply2($input: ReplyInput!) { reply(input: $input) { id createdAt } }`), { input: { threadId: thread.globalId, body: 'Counted statements' } }, { token: world.bob.token });
      expect(res.errors).toBeUndefined();
      expect(res.sqlStatements).toBe(9);
      expect((await outboxEvents(platform, 'notification.created')).at(-1)).toMatchObject({ rooms: [`member:${world.alice.id}`], payload: { kind: 'reply.created' } });
    });

    it('answers another reply of the same thread, and refuses one of another thread', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const other = await createThread(platform, world.alice, world.space);
      const first = await createReply(platform, world.bob, thread);
      const foreign = await createReply(platform, world.bob, other);
      const ok = await platform.gql(graphql(`mutation ThreadsReply3($input: ReplyInput!) { reply(input: $input) { inReplyTo { id } } }`), { input: { threadId: thread.globalId, body: 'Agreed', inReplyToId: first.globalId } }, { token: world.alice.token });
      expect(ok.data.reply.inReplyTo?.id).toBe(first.globalId);
      const bad = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Agreed', inReplyToId: foreign.globalId } }, { token: world.alice.token });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('refuses blank bodies, non-members and locked threads, changing nothing', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const before = await countRows('replies');
      expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: '  ' } }, { token: world.bob.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Hi' } }, { token: world.outsider.token }))).toBe('FORBIDDEN');
      await lockThread(platform, thread.id);
      const locked = await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Too late' } }, { token: world.bob.token });
      expect(errorCode(locked)).toBe('THREAD_LOCKED');
      expect(await countRows('replies')).toBe(before);
      const state = await platform.gql(graphql(`query ThreadsNode($id: ID!) { node(id: $id) { ... on Thread { state replyCount } } }`), { id: thread.globalId }, { token: world.bob.token });
      expect(state.data.node).toEqual({ state: 'LOCKED', replyCount: 0 });
    });

    it('counts every reply exactly once when 30 arrive at once, losing none', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const posters = [world.bob, world.staff, world.moderator, world.owner, world.alice];
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, index) => platform.gql(REPLY, { input: { threadId: thread.globalId, body: `Reply number ${index}` } }, { token: posters[index % posters.length].token })),
      );
      expect(results.map((res) => res.errors)).toEqual(Array.from({ length: 30 }, () => undefined));
      const { rows } = await platform.db.query(`SELECT reply_count, (SELECT count(*)::int FROM replies WHERE thread_id = t.id) AS rows FROM threads t WHERE id = $1`, [thread.id]);
      expect(rows[0]).toEqual({ reply_count: 30, rows: 30 });
      expect((await outboxEvents(platform, 'reply.created')).filter((event) => event.payload['threadId'] === thread.id)).toHaveLength(30);
    }, 30_000);
  });

  describe('editPost', () => {
    it('lets the author edit a thread and keeps the previous version', async () => {
      const thread = await createThread(platform, world.alice, world.space, { title: 'Original title here', body: 'Original body' });
      platform.clock.advance(60_000);
      const res = await platform.gql(EDIT, { input: { id: thread.globalId, title: 'Better title here', body: 'Better *body*' } }, { token: world.alice.token });
      expect(res.errors).toBeUndefined();
      expect(res.data.editPost).toMatchObject({ __typename: 'Thread', title: 'Better title here', body: 'Better *body*', bodyHtml: '<p>Better <em>body</em></p>' });
      expect(res.data.editPost.revisions).toEqual([{ title: 'Original title here', body: 'Original body', editedAt: expect.any(String) }]);
      const events = await outboxEvents(platform, 'post.edited');
      expect(events.at(-1)?.payload).toMatchObject({ postId: thread.globalId, kind: 'THREAD', authorId: world.alice.id });
    });

    it('lets the author edit a reply, and refuses a title for it', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const reply = await createReply(platform, world.bob, thread, 'First version');
      const res = await platform.gql(EDIT, { input: { id: reply.globalId, body: 'Second version' } }, { token: world.bob.token });
      expect(res.data.editPost).toMatchObject({ __typename: 'Reply', body: 'Second version', revisions: [{ body: 'First version' }] });
      expect(errorCode(await platform.gql(EDIT, { input: { id: reply.globalId, title: 'Replies have no title', body: 'x' } }, { token: world.bob.token }))).toBe('BAD_USER_INPUT');
    });

    it('keeps no revision and records no event for an edit that changes nothing', async () => {
      const thread = await createThread(platform, world.alice, world.space, { title: 'Same title again', body: 'Same body' });
      const before = (await outboxEvents(platform, 'post.edited')).length;
      const res = await platform.gql(EDIT, { input: { id: thread.globalId, title: 'Same title again', body: 'Same body' } }, { token: world.alice.token });
      expect(res.data.editPost.revisions).toEqual([]);
      expect(await outboxEvents(platform, 'post.edited')).toHaveLength(before);
    });

    it("refuses to edit someone else's post with FORBIDDEN, even for a moderator", async () => {
      const thread = await createThread(platform, world.alice, world.space, { body: 'Untouched' });
      const reply = await createReply(platform, world.bob, thread, 'Untouched reply');
      for (const [id, token] of [
        [thread.globalId, world.bob.token],
        [thread.globalId, world.moderator.token],
        [reply.globalId, world.alice.token],
      ]) {
        expect(errorCode(await platform.gql(EDIT, { input: { id, body: 'Vandalised' } }, { token }))).toBe('FORBIDDEN');
      }
      const { rows } = await platform.db.query(`SELECT (SELECT body FROM threads WHERE id = $1) AS thread, (SELECT body FROM replies WHERE id = $2) AS reply`, [thread.id, reply.id]);
      expect(rows[0]).toEqual({ thread: 'Untouched', reply: 'Untouched reply' });
    });
  });

  describe('deletePost', () => {
    it('removes a thread without replies entirely', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const res = await platform.gql(DELETE, { id: thread.globalId }, { token: world.alice.token });
      expect(res.data.deletePost).toBe(true);
      expect((await platform.db.query(`SELECT 1 FROM threads WHERE id = $1`, [thread.id])).rowCount).toBe(0);
      expect((await outboxEvents(platform, 'post.deleted')).at(-1)?.payload).toMatchObject({ postId: thread.globalId, placeholder: false });
    });

    it('keeps a thread with replies as a "deleted by its author" placeholder', async () => {
      const thread = await createThread(platform, world.alice, world.space, { body: 'Secret details' });
      await createReply(platform, world.bob, thread, 'A useful answer');
      await platform.gql(DELETE, { id: thread.globalId }, { token: world.alice.token });
      const res = await platform.gql(THREAD, { id: thread.globalId }, { token: world.bob.token });
      expect(res.data.node).toMatchObject({ deleted: true, body: '', replyCount: 1, replies: { edges: [{ node: { body: 'A useful answer' } }] } });
    });

    it('keeps an answered reply as a placeholder and removes an unanswered one', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const answered = await createReply(platform, world.bob, thread, 'Answered reply');
      platform.clock.advance(1000);
      await createReply(platform, world.alice, thread, 'Answer to it', answered.id);
      const lonely = await createReply(platform, world.bob, thread, 'Lonely reply');
      await platform.gql(DELETE, { id: answered.globalId }, { token: world.bob.token });
      await platform.gql(DELETE, { id: lonely.globalId }, { token: world.bob.token });
      const res = await platform.gql(THREAD, { id: thread.globalId }, { token: world.bob.token });
      expect(res.data.node?.replyCount).toBe(2);
      expect(res.data.node?.replies.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        { id: answered.globalId, body: '', deleted: true, hidden: false },
        { id: expect.any(String), body: 'Answer to it', deleted: false, hidden: false },
      ]);
    });

    it("refuses to delete someone else's post with FORBIDDEN", async () => {
      const thread = await createThread(platform, world.alice, world.space);
      expect(errorCode(await platform.gql(DELETE, { id: thread.globalId }, { token: world.bob.token }))).toBe('FORBIDDEN');
      expect((await platform.db.query(`SELECT 1 FROM threads WHERE id = $1`, [thread.id])).rowCount).toBe(1);
    });
  });

  describe('visibility', () => {
    it('hides hidden threads and replies from other members, not from their author or moderators', async () => {
      const thread = await createThread(platform, world.alice, world.space);
      const reply = await createReply(platform, world.bob, thread, 'Hidden reply');
      await hide(platform, 'replies', reply.id);
      const forAlice = await platform.gql(THREAD, { id: thread.globalId }, { token: world.alice.token });
      expect(forAlice.data.node?.replies).toEqual({ totalCount: 0, edges: [] });
      const forBob = await platform.gql(THREAD, { id: thread.globalId }, { token: world.bob.token });
      expect(forBob.data.node?.replies.edges[0].node).toMatchObject({ hidden: true, body: 'Hidden reply' });
      const forModerator = await platform.gql(THREAD, { id: thread.globalId }, { token: world.moderator.token });
      expect(forModerator.data.node?.replies.totalCount).toBe(1);

      await hide(platform, 'threads', thread.id);
      expect((await platform.gql(THREAD, { id: thread.globalId }, { token: world.bob.token })).data.node).toBeNull();
      expect((await platform.gql(THREAD, { id: thread.globalId }, { token: world.alice.token })).data.node?.hidden).toBe(true);
      expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Hello?' } }, { token: world.bob.token }))).toBe('NOT_FOUND');
    });

    it('shows nothing of a private community to non-members', async () => {
      const privateWorld = await adviceWorld(platform, { visibility: Visibility.PRIVATE });
      const thread = await createThread(platform, privateWorld.alice, privateWorld.space);
      const stranger = await createMember(platform);
      expect((await platform.gql(THREAD, { id: thread.globalId }, { token: stranger.token })).data.node).toBeNull();
      expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Let me in' } }, { token: stranger.token }))).toBe('NOT_FOUND');
      const rooms = await platform.gql(graphql(`query ThreadsRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }`), { rooms: [`thread:${thread.id}`] }, { token: stranger.token });
      expect(rooms.data.roomAccess).toEqual([{ room: `thread:${thread.id}`, allowed: false }]);
      const memberRooms = await platform.gql(graphql(`query ThreadsRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }`), { rooms: [`thread:${thread.id}`] }, { token: privateWorld.bob.token });
      expect(memberRooms.data.roomAccess).toEqual([{ room: `thread:${thread.id}`, allowed: true }]);
    });
  });

  describe('content registry', () => {
    it('lets moderation and recognition find, hide, lock and count kudos on threads and replies by global id', async () => {
      const registry = platform.app.get(ContentRegistry);
      const db = platform.app.get(TransactionRunner);
      const thread = await createThread(platform, world.alice, world.space);
      const reply = await createReply(platform, world.bob, thread);

      const found = await registry.find(db.reader, reply.globalId);
      expect(found?.ref).toMatchObject({ kind: 'REPLY', typeName: 'Reply', id: reply.id, communityId: world.community.id, spaceId: world.space.id, authorId: world.bob.id, parentId: thread.id, hiddenAt: null });
      expect((await registry.find(db.reader, thread.globalId))?.ref).toMatchObject({ kind: 'THREAD', parentId: thread.id, authorId: world.alice.id });

      await db.run(async (tx) => {
        await found!.provider.adjustKudosCount(tx, reply.id, 1);
        await found!.provider.setModerationState(tx, reply.id, { hiddenAt: platform.clock.now() });
        await registry.providerFor('Thread')!.setModerationState(tx, thread.id, { lockedAt: platform.clock.now() });
      });
      const res = await platform.gql(THREAD, { id: thread.globalId }, { token: world.alice.token });
      expect(res.data.node?.replies.totalCount).toBe(0);
      const { rows } = await platform.db.query(`SELECT r.kudos_count, t.state FROM replies r JOIN threads t ON t.id = r.thread_id WHERE r.id = $1`, [reply.id]);
      expect(rows[0]).toEqual({ kudos_count: 1, state: 'LOCKED' });
      expect(errorCode(await platform.gql(REPLY, { input: { threadId: thread.globalId, body: 'Locked?' } }, { token: world.bob.token }))).toBe('THREAD_LOCKED');
    });
  });
});
