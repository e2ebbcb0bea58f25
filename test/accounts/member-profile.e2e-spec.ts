import { SpaceKind, Visibility } from '@palabre/contracts';
import { startPlatform, type Platform } from '../support/harness';
import { addToCommunity, castWorld, createMember, type CastWorld } from '../support/factories';
import { createThread, hide } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

jest.setTimeout(30_000);

const PROFILE = graphql(`query MemberProfileByHandle($handle: String!) {
  memberByHandle(handle: $handle) {
    handle createdAt email
    publicMemberships { joinedAt community { slug visibility } badges { kind } reputation reciprocity { kudosReceived } recentThreads(first: 5) { title } }
  }
}`);

/** The public profile behind /members/<handle>: what anyone may read of a member, and nothing private. */
describe('member profile by handle', () => {
  let platform: Platform;
  let world: CastWorld;
  let hidden: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false', POST_FLOOD_INTERVAL_SECONDS: '0' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    hidden = await castWorld(platform, SpaceKind.DISCUSSION, { visibility: Visibility.PRIVATE });
  });
  afterAll(() => platform?.close());

  it('shows the handle, member since, public memberships with their recognition and readable threads, never email nor a private community', async () => {
    const member = world.bob;
    await addToCommunity(platform, hidden.community, member);
    await createThread(platform, member, world.space, { title: 'Public question one', body: 'Readable by all.' });
    const hiddenOne = await createThread(platform, member, world.space, { title: 'Hidden by moderation', body: 'Not for the profile.' });
    await hide(platform, 'threads', hiddenOne.id);
    await createThread(platform, member, hidden.space, { title: 'Private community question', body: 'Members only.' });

    const read = await platform.gql(PROFILE, { handle: member.handle.toUpperCase() });
    expect(read.errors).toBeUndefined();
    const profile = read.data.memberByHandle!;
    expect(profile).toMatchObject({ handle: member.handle, createdAt: expect.any(String), email: null });
    expect(profile.publicMemberships).toEqual([
      { joinedAt: expect.any(String), community: { slug: world.community.slug, visibility: 'PUBLIC' }, badges: [], reputation: 0, reciprocity: null, recentThreads: [{ title: 'Public question one' }] },
    ]);
    expect(JSON.stringify(read)).not.toContain('Private community question');
    expect(JSON.stringify(read)).not.toContain(hidden.community.slug);

    // The member themselves see their own reciprocity; others only once they choose to show it.
    const own = await platform.gql(PROFILE, { handle: member.handle }, { token: member.token });
    expect(own.data.memberByHandle!.publicMemberships[0].reciprocity).toEqual({ kudosReceived: 0 });
  });

  it('answers null for an unknown handle and for an erased account’s tombstone (a former member has no profile)', async () => {
    expect((await platform.gql(PROFILE, { handle: 'nobody-by-this-name' })).data.memberByHandle).toBeNull();
    expect((await platform.gql(PROFILE, { handle: 'former-member-1' })).data.memberByHandle).toBeNull();
    expect((await platform.gql(PROFILE, { handle: '<script>' })).data.memberByHandle).toBeNull();
  });

  it('reads a member in many communities in as many statements as a member in one (DataLoader)', async () => {
    const single = await createMember(platform);
    await addToCommunity(platform, world.community, single);
    const many = await createMember(platform);
    for (let index = 0; index < 3; index += 1) {
      const other = await castWorld(platform, SpaceKind.DISCUSSION);
      await addToCommunity(platform, other.community, many);
      await createThread(platform, many, other.space, { title: `Question ${index}`, body: 'Body.' });
    }
    const one = await platform.gql(PROFILE, { handle: single.handle });
    const three = await platform.gql(PROFILE, { handle: many.handle });
    expect(three.data.memberByHandle!.publicMemberships).toHaveLength(3);
    expect(three.sqlStatements).toBeLessThanOrEqual(one.sqlStatements);
  });
});
