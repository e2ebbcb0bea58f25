import { PersonalDataRegistry, TransactionRunner } from '@palabre/core';
import { PersonalDataAudit } from '@palabre/privacy';
import { startPlatform, type Platform } from '../support/harness';
import { acceptAnswer, adviceWorld, createReply, createThread, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';

describe('advice: personal data', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform();
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  const provider = () => platform.app.get(PersonalDataRegistry).providers().find((entry) => entry.feature === 'advice')!;

  it('declares every personal column of its tables', async () => {
    const undeclared = await platform.app.get(PersonalDataAudit).undeclared();
    const advice = ['threads.', 'replies.', 'post_revisions.', 'space_response_commitments.'];
    expect(undeclared.schema.filter((column) => advice.some((prefix) => column.startsWith(prefix)))).toEqual([]);
  });

  it("exports the member's threads, replies and earlier versions, and nobody else's", async () => {
    const thread = await createThread(platform, world.alice, world.space, { title: 'Alice asks something', body: 'Original question' });
    await createReply(platform, world.bob, thread, 'Bob answers');
    await platform.gql(graphql(`mutation AdvicePrivacyEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }`), { input: { id: thread.globalId, body: 'Edited question' } }, { token: world.alice.token });
    const exported = (await provider().export(platform.app.get(TransactionRunner).reader, world.alice.id)) as Record<string, Array<Record<string, unknown>>>;
    expect(exported['threads'].map((row) => row['body'])).toContain('Edited question');
    expect(exported['replies'].map((row) => row['body'])).not.toContain('Bob answers');
    expect(exported['revisions'].map((row) => row['body'])).toContain('Original question');
  });

  it('DELETE removes the content, keeps placeholders where others replied, and keeps counters equal to rows', async () => {
    const leaving = world.outsider;
    await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [world.community.id, leaving.id, platform.clock.now()]);
    const lonely = await createThread(platform, leaving, world.space, { title: 'Nobody answered this' });
    const answered = await createThread(platform, leaving, world.space, { title: 'Somebody answered this' });
    await createReply(platform, world.bob, answered, 'Here is help');
    const other = await createThread(platform, world.bob, world.space, { title: 'Bob asks something' });
    const accepted = await createReply(platform, leaving, other, 'Accepted answer from the leaver');
    await createReply(platform, leaving, other, 'Plain reply from the leaver');
    await acceptAnswer(platform, world.bob, accepted);

    await platform.app.get(TransactionRunner).run((tx) => provider().erase(tx, leaving.id, 'DELETE', 'Former member'));

    const { rows: threads } = await platform.db.query(`SELECT id, title, body, deleted_at IS NOT NULL AS deleted FROM threads WHERE id = ANY($1::uuid[]) ORDER BY title`, [[lonely.id, answered.id]]);
    expect(threads).toEqual([{ id: answered.id, title: '(deleted by its author)', body: '', deleted: true }]);
    const { rows } = await platform.db.query(
      `SELECT t.accepted_reply_id, t.reply_count, (SELECT count(*)::int FROM replies r WHERE r.thread_id = t.id) AS rows,
              (SELECT count(*)::int FROM replies r WHERE r.author_id = $2) AS left_by_leaver FROM threads t WHERE t.id = $1`,
      [other.id, leaving.id],
    );
    expect(rows[0]).toEqual({ accepted_reply_id: null, reply_count: 0, rows: 0, left_by_leaver: 0 });
  });
});
