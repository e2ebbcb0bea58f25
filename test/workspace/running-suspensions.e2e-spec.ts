import { Role, SpaceKind } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { errorCode, Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, createMembers, TestMember } from '../support/factories';
import { graphql } from '../graphql';
import type { RunningSuspensionsListQuery, RunningSuspensionsListQueryVariables } from '../graphql/graphql';

const RUNNING = graphql(`query RunningSuspensionsList($communityId: ID!, $first: Int, $after: String) {
  runningSuspensions(communityId: $communityId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id reason until member { handle } setBy { handle affiliation } } }
  }
}`);
const SUSPEND = graphql(`mutation RunningSuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`);
const LIFT = graphql(`mutation RunningSuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }`);
const DAY = 86_400_000;

/** A listed suspension; member and setBy are nullable in the schema (an erased account). */
type Running = { handle: string | undefined; reason: string; setBy: { handle: string; affiliation: string | null } | null };

/** The running suspensions of a community: who, why, until when and set by whom, for its moderators only, paged. */
describe('workspace: running suspensions', () => {
  let platform: Platform;
  let world: CastWorld;
  let members: TestMember[];

  // A token issued at the platform clock's now, so the test may move time forward.
  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());
  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: tokenOf(member) });
  const suspend = async (by: TestMember, member: TestMember, days: number, reason: string) => {
    const until = new Date(platform.clock.now().getTime() + days * DAY).toISOString();
    expect((await as(by, SUSPEND, { input: { communityId: world.community.globalId, memberId: member.globalId, until, reason } })).errors).toBeUndefined();
  };
  const running = (member: TestMember, variables: Omit<RunningSuspensionsListQueryVariables, 'communityId'> = {}) => as(member, RUNNING, { communityId: world.community.globalId, ...variables });
  const rows = (result: { data: RunningSuspensionsListQuery }): Running[] =>
    result.data.runningSuspensions.edges.map(({ node }) => ({ handle: node.member?.handle, reason: node.reason, setBy: node.setBy }));

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    members = await createMembers(platform, 3, 'susp_');
    for (const member of members) await addToCommunity(platform, world.community, member);
  });
  afterAll(() => platform?.close());

  it('lists the running suspensions soonest to end first, with the member, reason and who set them; lifted and expired ones are gone', async () => {
    await suspend(world.moderator, world.alice, 5, 'Repeated insults in replies');
    await suspend(world.owner, world.bob, 2, 'Advertising in every thread');
    await suspend(world.moderator, members[0], 1, 'Lifted before the listing');
    expect((await as(world.moderator, LIFT, { input: { communityId: world.community.globalId, memberId: members[0].globalId, reason: 'Apologised to the members' } })).errors).toBeUndefined();

    const listed = await running(world.moderator);
    expect(listed.errors).toBeUndefined();
    expect(rows(listed)).toEqual([
      { handle: world.bob.handle, reason: 'Advertising in every thread', setBy: { handle: world.owner.handle, affiliation: 'OWNER' } },
      { handle: world.alice.handle, reason: 'Repeated insults in replies', setBy: { handle: world.moderator.handle, affiliation: 'MODERATOR' } },
    ]);
    expect(listed.data.runningSuspensions.totalCount).toBe(2);

    platform.clock.advance(3 * DAY);
    expect(rows(await running(world.owner)).map((row) => row.handle)).toEqual([world.alice.handle]);
  });

  it('pages by cursor and refuses a cursor it did not give', async () => {
    await suspend(world.moderator, members[1], 10, 'Flooding the ideas space');
    await suspend(world.moderator, members[2], 11, 'Impersonating the brand team');
    const first = await running(world.moderator, { first: 2 });
    expect(first.data.runningSuspensions.pageInfo.hasNextPage).toBe(true);
    const next = await running(world.moderator, { first: 2, after: first.data.runningSuspensions.pageInfo.endCursor });
    expect(next.data.runningSuspensions.pageInfo.hasNextPage).toBe(false);
    const handles = [...rows(first), ...rows(next)].map((row) => row.handle);
    expect(handles).toEqual([world.alice.handle, members[1].handle, members[2].handle]);
    expect(errorCode(await running(world.moderator, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('is for this community’s moderators and owners only: members, staff, outsiders and moderators elsewhere are refused', async () => {
    const elsewhere = await createMember(platform);
    await createCommunity(platform, elsewhere);
    for (const member of [world.alice, world.staff, world.outsider, elsewhere]) {
      const refused = await running(member);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data?.runningSuspensions ?? null).toBeNull();
    }
    expect((await platform.gql(RUNNING, { communityId: world.community.globalId })).errors).toBeDefined();
  });

  it('reads many suspensions with their members and moderators in as many statements as one (loaders, no N+1)', async () => {
    const community = await createCommunity(platform, world.owner);
    const [target, ...others] = await createMembers(platform, 4, 'nplus_');
    for (const member of [target, ...others]) await addToCommunity(platform, community, member);
    await addToCommunity(platform, community, world.moderator, Role.MODERATOR);
    const until = () => new Date(platform.clock.now().getTime() + 4 * DAY).toISOString();
    const suspendHere = async (by: TestMember, member: TestMember) =>
      expect((await as(by, SUSPEND, { input: { communityId: community.globalId, memberId: member.globalId, until: until(), reason: 'Spam links in replies' } })).errors).toBeUndefined();
    await suspendHere(world.owner, target);
    const one = await as(world.owner, RUNNING, { communityId: community.globalId });
    expect(one.data.runningSuspensions.edges).toHaveLength(1);
    for (const [index, member] of others.entries()) await suspendHere(index % 2 ? world.owner : world.moderator, member);
    const many = await as(world.owner, RUNNING, { communityId: community.globalId });
    expect(many.data.runningSuspensions.edges).toHaveLength(4);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});
