import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { graphql } from '../graphql';

interface TestThread {
  id: string;
  globalId: string;
}

const PIN = graphql(`mutation CurationPin($id: ID!) { pinThread(threadId: $id) { id pinnedThreadIds } }`);
const UNPIN = graphql(`mutation CurationUnpin($id: ID!) { unpinThread(threadId: $id) { pinnedThreadIds } }`);

describe('moderation: thread curation (pins, moves, duplicates, tags)', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let staff: TestMember;
  let author: TestMember;
  let follower: TestMember;
  let community: TestCommunity;
  let space: TestSpace;
  let otherSpace: TestSpace;

  /** Threads straight into advice's table: the act under test is the curation call. */
  const createThread = async (inSpace: TestSpace, tags: string[] = [], title = 'How do I reset the router?'): Promise<TestThread> => {
    const now = platform.clock.now();
    const { rows } = await platform.db.query<{ id: string }>(
      `INSERT INTO threads (space_id, community_id, author_id, kind, title, body, body_html, tags, last_activity_at, created_at, updated_at, search_config)
       VALUES ($1, $2, $3, 'QUESTION', $4, 'It blinks red.', '<p>It blinks red.</p>', $5, $6, $6, $6, 'palabre_english') RETURNING id`,
      [inSpace.id, inSpace.communityId, author.id, title, tags, now],
    );
    return { id: rows[0].id, globalId: toGlobalId('Thread', rows[0].id) };
  };
  const threadRow = async (thread: TestThread) => (await platform.db.query(`SELECT space_id, tags, locked_at FROM threads WHERE id = $1`, [thread.id])).rows[0];

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
    [owner, moderator, staff, author, follower] = await createMembers(platform, 5);
    community = await createCommunity(platform, owner);
    space = await createSpace(platform, community, SpaceKind.DISCUSSION);
    otherSpace = await createSpace(platform, community, SpaceKind.DISCUSSION);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    await addToCommunity(platform, community, author);
    await addToCommunity(platform, community, follower);
  });

  afterAll(() => platform?.close());

  it('pins at most 3 threads per space (PIN_LIMIT), oldest pin first, and unpins', async () => {
    const threads = [await createThread(space), await createThread(space), await createThread(space), await createThread(space)];
    for (const thread of threads.slice(0, 3)) {
      const result = await platform.gql(PIN, { id: thread.globalId }, { token: moderator.token });
      expect(result.errors).toBeUndefined();
      platform.clock.advance(1000);
    }
    const again = await platform.gql(PIN, { id: threads[0].globalId }, { token: moderator.token });
    expect(again.data.pinThread.pinnedThreadIds).toEqual(threads.slice(0, 3).map((thread) => thread.globalId));
    const fourth = await platform.gql(PIN, { id: threads[3].globalId }, { token: owner.token });
    expect(errorCode(fourth)).toBe('PIN_LIMIT');
    const unpinned = await platform.gql(UNPIN, { id: threads[1].globalId }, { token: moderator.token });
    expect(unpinned.data.unpinThread.pinnedThreadIds).toEqual([threads[0].globalId, threads[2].globalId]);
    const now = await platform.gql(PIN, { id: threads[3].globalId }, { token: owner.token });
    expect(now.data.pinThread.pinnedThreadIds).toEqual([threads[0].globalId, threads[2].globalId, threads[3].globalId]);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM outbox_events WHERE type = 'thread.pinned'`);
    expect(rows[0].count).toBe(5);
    for (const thread of [threads[0], threads[2], threads[3]]) await platform.gql(UNPIN, { id: thread.globalId }, { token: moderator.token });
  });

  it('holds the pin limit when many pins arrive at once', async () => {
    const threads = await Promise.all(Array.from({ length: 6 }, () => createThread(space)));
    const results = await Promise.all(threads.map((thread) => platform.gql(PIN, { id: thread.globalId }, { token: moderator.token })));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    expect(results.filter((result) => errorCode(result) === 'PIN_LIMIT')).toHaveLength(3);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM thread_pins WHERE space_id = $1`, [space.id]);
    expect(rows[0].count).toBe(3);
    await platform.db.query(`DELETE FROM thread_pins`);
  });

  it('moves a thread and its replies within the community; its id and followers stay', async () => {
    const thread = await createThread(space);
    await platform.db.query(
      `INSERT INTO replies (thread_id, space_id, community_id, author_id, body, body_html, created_at, updated_at, search_config) VALUES ($1, $2, $3, $4, 'Try this', 'Try this', $5, $5, 'palabre_english')`,
      [thread.id, space.id, community.id, follower.id, platform.clock.now()],
    );
    await platform.db.query(`INSERT INTO follows (member_id, target_type, target_id, community_id, created_at) VALUES ($1, 'Thread', $2, $3, $4)`, [follower.id, thread.id, community.id, platform.clock.now()]);
    const moved = await platform.gql(graphql(`mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }`), { input: { threadId: thread.globalId, toSpaceId: otherSpace.globalId, reason: 'Belongs with the router questions' } }, { token: moderator.token });
    expect(moved.errors).toBeUndefined();
    expect((await threadRow(thread)).space_id).toBe(otherSpace.id);
    const { rows: replies } = await platform.db.query(`SELECT DISTINCT space_id FROM replies WHERE thread_id = $1`, [thread.id]);
    expect(replies).toEqual([{ space_id: otherSpace.id }]);
    const { rows: follows } = await platform.db.query(`SELECT member_id FROM follows WHERE target_id = $1`, [thread.id]);
    expect(follows).toEqual([{ member_id: follower.id }]);
    const { rows: events } = await platform.db.query(`SELECT rooms FROM outbox_events WHERE type = 'thread.moved'`);
    expect(events[0].rooms).toEqual([`space:${space.id}`, `space:${otherSpace.id}`, `thread:${thread.id}`]);
    const { rows: audit } = await platform.db.query(`SELECT action, subject_member_id, reason FROM moderation_actions WHERE target_id = $1`, [thread.id]);
    expect(audit).toEqual([{ action: 'MOVE', subject_member_id: author.id, reason: 'Belongs with the router questions' }]);

    const elsewhere = await createSpace(platform, await createCommunity(platform, owner));
    const outside = await platform.gql(graphql(`mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }`), { input: { threadId: thread.globalId, toSpaceId: elsewhere.globalId, reason: 'Belongs somewhere else' } }, { token: moderator.token });
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect((await threadRow(thread)).space_id).toBe(otherSpace.id);
  });

  it('closes a duplicate: locked, pointing to the original (even through a chain), and its followers are offered the original', async () => {
    const original = await createThread(space);
    const duplicate = await createThread(space);
    const third = await createThread(space);
    const followed = await platform.gql(graphql(`mutation CurationFollow($id: ID!) { follow(targetId: $id) }`), { id: duplicate.globalId }, { token: follower.token });
    expect(followed.data).toEqual({ follow: true });
    const closed = await platform.gql(
      graphql(`mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }`),
      { input: { threadId: duplicate.globalId, ofThreadId: original.globalId, reason: 'Same question, answered there' } },
      { token: moderator.token },
    );
    expect(closed.data?.closeAsDuplicate).toBe(original.globalId);
    expect((await threadRow(duplicate)).locked_at).not.toBeNull();
    const pointer = await platform.gql(graphql(`query CurationDuplicateOf($id: ID!) { duplicateOf(threadId: $id) }`), { id: duplicate.globalId }, { token: follower.token });
    expect(pointer.data.duplicateOf).toBe(original.globalId);
    const { rows } = await platform.db.query(`SELECT rooms, payload FROM outbox_events WHERE type = 'thread.closed_as_duplicate'`);
    expect(rows[0].rooms).toContain(`thread:${duplicate.id}`);
    expect(rows[0].payload).toMatchObject({ threadId: duplicate.id, originalThreadId: original.globalId });
    const inbox = await platform.gql(graphql(`query CurationNotifications { notifications(first: 10) { edges { node { kind subjectId } } } }`), undefined, { token: follower.token });
    expect(inbox.data.notifications.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ kind: 'thread.closed_as_duplicate', subjectId: original.globalId });

    const chained = await platform.gql(
      graphql(`mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }`),
      { input: { threadId: third.globalId, ofThreadId: duplicate.globalId, reason: 'Same question again, see the original' } },
      { token: owner.token },
    );
    expect(chained.data?.closeAsDuplicate).toBe(original.globalId);
    const self = await platform.gql(
      graphql(`mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }`),
      { input: { threadId: original.globalId, ofThreadId: duplicate.globalId, reason: 'Circular pointer attempt' } },
      { token: owner.token },
    );
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
  });

  it('renames and merges a space’s tags on every thread carrying them', async () => {
    const a = await createThread(otherSpace, ['wifi', 'router']);
    const b = await createThread(otherSpace, ['wi-fi', 'wifi']);
    const c = await createThread(otherSpace, ['fibre']);
    const renamed = await platform.gql(graphql(`mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }`), { input: { spaceId: otherSpace.globalId, from: 'router', to: 'box' } }, { token: moderator.token });
    expect(renamed.data?.renameTag).toBe(1);
    const merged = await platform.gql(graphql(`mutation CurationMergeTags($input: MergeTagsInput!) { mergeTags(input: $input) }`), { input: { spaceId: otherSpace.globalId, from: ['wi-fi', 'wifi'], into: 'wireless' } }, { token: owner.token });
    expect(merged.data?.mergeTags).toBe(2);
    expect((await threadRow(a)).tags).toEqual(['wireless', 'box']);
    expect((await threadRow(b)).tags).toEqual(['wireless']);
    expect((await threadRow(c)).tags).toEqual(['fibre']);
    const bad = await platform.gql(graphql(`mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }`), { input: { spaceId: otherSpace.globalId, from: 'fibre', to: 'Not A Tag' } }, { token: owner.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('answers FORBIDDEN to members and brand staff for every curation mutation', async () => {
    const thread = await createThread(space, ['wifi']);
    for (const actor of [author, staff]) {
      expect(errorCode(await platform.gql(PIN, { id: thread.globalId }, { token: actor.token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(UNPIN, { id: thread.globalId }, { token: actor.token }))).toBe('FORBIDDEN');
      const move = await platform.gql(graphql(`mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }`), { input: { threadId: thread.globalId, toSpaceId: otherSpace.globalId, reason: 'I would like it there' } }, { token: actor.token });
      expect(errorCode(move)).toBe('FORBIDDEN');
      const rename = await platform.gql(graphql(`mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }`), { input: { spaceId: space.globalId, from: 'wifi', to: 'wlan' } }, { token: actor.token });
      expect(errorCode(rename)).toBe('FORBIDDEN');
    }
    expect(await threadRow(thread)).toMatchObject({ space_id: space.id, tags: ['wifi'] });
  });
});
