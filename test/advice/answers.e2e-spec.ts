import { errorCode, startPlatform, type Platform } from '../support/harness';
import { adviceWorld, createReply, createThread, hide, outboxEvents, type AdviceWorld } from './advice-fixtures';
import { ThreadKind } from '@palabre/advice';
import { graphql } from '../graphql';

const ACCEPT = graphql(`mutation AnswersAccept($id: ID!) { acceptAnswer(replyId: $id) { id acceptedAnswer { id accepted author { handle } } } }`);
const UNACCEPT = graphql(`mutation AnswersUnaccept($id: ID!) { unacceptAnswer(threadId: $id) { id acceptedAnswer { id } } }`);

describe('advice: accepted answers', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  const acceptedOf = async (threadId: string) => (await platform.db.query(`SELECT accepted_reply_id FROM threads WHERE id = $1`, [threadId])).rows[0].accepted_reply_id;

  it("lets the question's author accept an answer and records answer.accepted for recognition", async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    const res = await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token });
    expect(res.errors).toBeUndefined();
    expect(res.data.acceptAnswer.acceptedAnswer).toEqual({ id: reply.globalId, accepted: true, author: { handle: world.bob.handle } });
    expect(await acceptedOf(question.id)).toBe(reply.id);
    const [event] = (await outboxEvents(platform, 'answer.accepted')).filter((e) => e.payload['threadId'] === question.id);
    expect(event).toEqual({
      rooms: [`space:${world.space.id}`, `thread:${question.id}`],
      payload: { communityId: world.community.id, spaceId: world.space.id, threadId: question.id, replyId: reply.id, replyAuthorId: world.bob.id, questionAuthorId: world.alice.id, actorId: world.alice.id },
    });
  });

  it('keeps one accepted answer at a time: accepting another unaccepts the first', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const first = await createReply(platform, world.bob, question, 'First answer');
    const second = await createReply(platform, world.staff, question, 'Second answer');
    await platform.gql(ACCEPT, { id: first.globalId }, { token: world.alice.token });
    await platform.gql(ACCEPT, { id: second.globalId }, { token: world.alice.token });
    expect(await acceptedOf(question.id)).toBe(second.id);
    const unaccepted = (await outboxEvents(platform, 'answer.unaccepted')).filter((e) => e.payload['threadId'] === question.id);
    expect(unaccepted.map((e) => e.payload['replyId'])).toEqual([first.id]);
  });

  it('accepting the same answer twice records one event', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    await Promise.all([1, 2, 3].map(() => platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token })));
    expect((await outboxEvents(platform, 'answer.accepted')).filter((e) => e.payload['threadId'] === question.id)).toHaveLength(1);
  });

  it('leaves exactly one accepted answer when several are accepted at once', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const replies = [await createReply(platform, world.bob, question, 'A'), await createReply(platform, world.staff, question, 'B'), await createReply(platform, world.moderator, question, 'C')];
    await Promise.all(replies.map((reply) => platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token })));
    const accepted = (await outboxEvents(platform, 'answer.accepted')).filter((e) => e.payload['threadId'] === question.id).length;
    const unaccepted = (await outboxEvents(platform, 'answer.unaccepted')).filter((e) => e.payload['threadId'] === question.id).length;
    expect(accepted - unaccepted).toBe(1);
    expect(replies.map((reply) => reply.id)).toContain(await acceptedOf(question.id));
  });

  it("refuses to accept an answer on someone else's question with FORBIDDEN", async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    expect(errorCode(await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.bob.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.staff.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.outsider.token }))).toBe('FORBIDDEN');
    expect(await acceptedOf(question.id)).toBeNull();
  });

  it('lets a moderator or an owner accept and unaccept on behalf of the community', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    expect((await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.moderator.token })).errors).toBeUndefined();
    expect(await acceptedOf(question.id)).toBe(reply.id);
    const res = await platform.gql(UNACCEPT, { id: question.globalId }, { token: world.owner.token });
    expect(res.data.unacceptAnswer.acceptedAnswer).toBeNull();
    const [event] = (await outboxEvents(platform, 'answer.unaccepted')).filter((e) => e.payload['threadId'] === question.id);
    expect(event.payload).toMatchObject({ replyId: reply.id, replyAuthorId: world.bob.id, questionAuthorId: world.alice.id, actorId: world.owner.id });
  });

  it('refuses unaccepting by someone else with FORBIDDEN', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token });
    expect(errorCode(await platform.gql(UNACCEPT, { id: question.globalId }, { token: world.bob.token }))).toBe('FORBIDDEN');
    expect(await acceptedOf(question.id)).toBe(reply.id);
  });

  it('accepts answers only on questions', async () => {
    const discussion = await createThread(platform, world.alice, world.space, { kind: ThreadKind.DISCUSSION });
    const reply = await createReply(platform, world.bob, discussion);
    expect(errorCode(await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token }))).toBe('BAD_USER_INPUT');
  });

  it('hides an accepted answer that moderation hid from other readers', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token });
    await hide(platform, 'replies', reply.id);
    const query = graphql(`query AnswersNode($id: ID!) { node(id: $id) { ... on Thread { acceptedAnswer { id hidden } } } }`);
    expect((await platform.gql(query, { id: question.globalId }, { token: world.alice.token })).data.node?.acceptedAnswer).toBeNull();
    expect((await platform.gql(query, { id: question.globalId }, { token: world.moderator.token })).data.node?.acceptedAnswer).toEqual({ id: reply.globalId, hidden: true });
  });

  it('withdraws the acceptance when the accepted reply is deleted', async () => {
    const question = await createThread(platform, world.alice, world.space);
    const reply = await createReply(platform, world.bob, question);
    await platform.gql(ACCEPT, { id: reply.globalId }, { token: world.alice.token });
    await platform.gql(graphql(`mutation AnswersDeletePost($id: ID!) { deletePost(id: $id) }`), { id: reply.globalId }, { token: world.bob.token });
    expect(await acceptedOf(question.id)).toBeNull();
    expect((await outboxEvents(platform, 'answer.unaccepted')).filter((e) => e.payload['threadId'] === question.id)).toHaveLength(1);
  });
});
