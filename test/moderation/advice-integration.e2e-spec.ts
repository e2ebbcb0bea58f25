import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { graphql } from '../graphql';
import type { ModerationAction } from '../graphql/graphql';

/** Moderation acting on advice's real threads through the content registry, seen through advice's own read paths. */
describe('moderation on advice threads', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let author: TestMember;
  let reader: TestMember;
  let community: TestCommunity;
  let space: TestSpace;

  const createThread = async (title: string) => {
    const now = platform.clock.now();
    const { rows } = await platform.db.query<{ id: string }>(
      `INSERT INTO threads (space_id, community_id, author_id, kind, title, body, body_html, tags, last_activity_at, created_at, updated_at, search_config)
       VALUES ($1, $2, $3, 'QUESTION', $4, 'It blinks red since the storm.', '<p>It blinks red since the storm.</p>', '{}', $5, $5, $5, 'palabre_english') RETURNING id`,
      [space.id, community.id, author.id, title, now],
    );
    return { id: rows[0].id, globalId: toGlobalId('Thread', rows[0].id) };
  };
  const listed = async (member: TestMember) => {
    const result = await platform.gql(graphql(`query AdviceIntegrationNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 50) { edges { node { id } } } } } }`), { id: space.globalId }, { token: member.token });
    return (result.data?.node?.threads?.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id) as string[];
  };
  const found = async (member: TestMember, query: string) => {
    const result = await platform.gql(graphql(`query AdviceIntegrationSearch($input: SearchInput!) { search(input: $input) { edges { node { thread { id } } } } }`), { input: { communityId: community.globalId, query } }, { token: member.token });
    return (result.data?.search?.edges ?? []).map((edge: { node: { thread: { id: string } } }) => edge.node.thread.id) as string[];
  };
  const moderate = (thread: { globalId: string }, action: ModerationAction) =>
    platform.gql(graphql(`mutation AdviceIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { id } }`), { input: { contentId: thread.globalId, action, reason: 'Shares a customer’s address' } }, { token: moderator.token });

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
    [owner, moderator, author, reader] = await createMembers(platform, 4);
    community = await createCommunity(platform, owner);
    space = await createSpace(platform, community, SpaceKind.DISCUSSION);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, author);
    await addToCommunity(platform, community, reader);
  });

  afterAll(() => platform?.close());

  it('takes a hidden thread out of lists and search for others, while its author and moderators still see it', async () => {
    const thread = await createThread('Router blinking red after the storm');
    expect(await listed(reader)).toContain(thread.globalId);
    expect(await found(reader, 'router storm')).toContain(thread.globalId);

    expect((await moderate(thread, 'HIDE')).errors).toBeUndefined();
    expect(await listed(reader)).not.toContain(thread.globalId);
    expect(await found(reader, 'router storm')).not.toContain(thread.globalId);
    expect(await listed(author)).toContain(thread.globalId);
    expect(await listed(moderator)).toContain(thread.globalId);

    await moderate(thread, 'RESTORE');
    expect(await listed(reader)).toContain(thread.globalId);
  });

  it('locks a thread against new replies (THREAD_LOCKED) until unlocked', async () => {
    const thread = await createThread('Which cable for the fibre box?');
    expect((await moderate(thread, 'LOCK')).errors).toBeUndefined();
    const reply = () => platform.gql(graphql(`mutation AdviceIntegrationReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId: thread.globalId, body: 'Use the grey one' } }, { token: reader.token });
    expect(errorCode(await reply())).toBe('THREAD_LOCKED');
    await moderate(thread, 'UNLOCK');
    expect((await reply()).errors).toBeUndefined();
  });
});
