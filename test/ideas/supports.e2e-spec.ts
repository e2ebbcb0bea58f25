import { decodeGlobalId } from '@palabre/contracts';
import { IdeaStatus } from '@palabre/ideas';
import { createMembers, addToCommunity } from '../support/factories';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createIdea, DECLINE_RATIONALE, eventsOfType, IDEAS_CONFIG, ideasWorld, setPolicy, setStatus, support, supportState, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const SUPPORT = graphql(`mutation SupportsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }`);
const WITHDRAW = graphql(`mutation SupportsWithdraw($id: ID!) { withdrawSupport(ideaId: $id) { id supportCount viewerSupports } }`);
const BUDGET = graphql(`query SupportsBudget($s: ID!) { me { supportBudget(spaceId: $s) { limit used remaining } } }`);

describe('ideas: supports, one member one voice', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('counts a support once, staff included, and is idempotent', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const first = await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.staff.token });
    expect(first.errors).toBeUndefined();
    expect(first.data.supportIdea).toMatchObject({ supportCount: 1, viewerSupports: true });
    const again = await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.staff.token });
    expect(again.data.supportIdea.supportCount).toBe(1);
    expect(await supportState(platform, idea)).toMatchObject({ count: 1, rows: 1 });
    const events = await eventsOfType(platform, 'idea.support_changed');
    expect(events.filter((event) => event.payload.ideaId === idea.id).map((event) => event.payload.supportCount)).toEqual([1]);
    expect(events.at(-1)?.rooms).toEqual([`space:${world.space.id}`, `idea:${idea.id}`]);

    const withdrawn = await platform.gql(WITHDRAW, { id: idea.globalId }, { token: world.staff.token });
    expect(withdrawn.data.withdrawSupport).toMatchObject({ supportCount: 0, viewerSupports: false });
    const twice = await platform.gql(WITHDRAW, { id: idea.globalId }, { token: world.staff.token });
    expect(twice.data.withdrawSupport.supportCount).toBe(0);
    expect(await supportState(platform, idea)).toMatchObject({ count: 0, rows: 0 });
  });

  it('counts exactly 100 when 100 members support at the same time', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const crowd = await createMembers(platform, 100, 'crowd_');
    for (const member of crowd) await addToCommunity(platform, world.community, member);
    const results = await Promise.all(crowd.map((member) => platform.gql(SUPPORT, { id: idea.globalId }, { token: member.token })));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await supportState(platform, idea)).toMatchObject({ count: 100, rows: 100 });
  });

  it('counts 1 when one member sends 20 supports at once', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const results = await Promise.all(Array.from({ length: 20 }, () => platform.gql(SUPPORT, { id: idea.globalId }, { token: world.bob.token })));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await supportState(platform, idea)).toMatchObject({ count: 1, rows: 1 });
    const events = await eventsOfType(platform, 'idea.support_changed');
    expect(events.filter((event) => event.payload.ideaId === idea.id)).toHaveLength(1);
  });

  it('keeps the counter equal to the rows when supports and withdrawals race', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const racers = [world.alice, world.bob, world.staff, world.moderator, world.owner];
    const requests = [];
    for (let round = 0; round < 6; round += 1) {
      for (const member of racers) requests.push(round % 2 ? platform.gql(WITHDRAW, { id: idea.globalId }, { token: member.token }) : platform.gql(SUPPORT, { id: idea.globalId }, { token: member.token }));
    }
    const results = await Promise.all(requests);
    expect(results.filter((result) => result.errors)).toEqual([]);
    const state = await supportState(platform, idea);
    expect(state.count).toBe(state.rows);
  });

  it('refuses supports beyond the budget and gives them back when an idea closes', async () => {
    const budgetWorld = await ideasWorld(platform);
    await setPolicy(platform, budgetWorld.owner, budgetWorld.space, { supportBudget: 2 });
    const ideas = [];
    for (let index = 0; index < 4; index += 1) ideas.push(await createIdea(platform, budgetWorld.alice, budgetWorld.space));
    await support(platform, budgetWorld.bob, ideas[0]);
    await support(platform, budgetWorld.bob, ideas[1]);
    const full = await platform.gql(BUDGET, { s: budgetWorld.space.globalId }, { token: budgetWorld.bob.token });
    expect(full.data.me.supportBudget).toEqual({ limit: 2, used: 2, remaining: 0 });

    const refused = await platform.gql(SUPPORT, { id: ideas[2].globalId }, { token: budgetWorld.bob.token });
    expect(errorCode(refused)).toBe('SUPPORT_BUDGET_EXCEEDED');
    expect(await supportState(platform, ideas[2])).toMatchObject({ count: 0, rows: 0 });
    // Supporting an idea already supported is not a new support: it never hits the budget.
    expect((await platform.gql(SUPPORT, { id: ideas[1].globalId }, { token: budgetWorld.bob.token })).errors).toBeUndefined();

    await setStatus(platform, budgetWorld.staff, ideas[0], IdeaStatus.DECLINED, DECLINE_RATIONALE);
    const returned = await platform.gql(BUDGET, { s: budgetWorld.space.globalId }, { token: budgetWorld.bob.token });
    expect(returned.data.me.supportBudget).toEqual({ limit: 2, used: 1, remaining: 1 });
    expect((await platform.gql(SUPPORT, { id: ideas[2].globalId }, { token: budgetWorld.bob.token })).errors).toBeUndefined();
  });

  it('keeps the budget under concurrent supports from one member', async () => {
    const budgetWorld = await ideasWorld(platform);
    await setPolicy(platform, budgetWorld.owner, budgetWorld.space, { supportBudget: 3 });
    const ideas = [];
    for (let index = 0; index < 8; index += 1) ideas.push(await createIdea(platform, index % 2 ? budgetWorld.alice : budgetWorld.staff, budgetWorld.space));
    const results = await Promise.all(ideas.map((idea) => platform.gql(SUPPORT, { id: idea.globalId }, { token: budgetWorld.bob.token })));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    expect(results.filter((result) => errorCode(result) === 'SUPPORT_BUDGET_EXCEEDED')).toHaveLength(5);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM idea_supports WHERE member_id = $1`, [budgetWorld.bob.id]);
    expect(rows[0].n).toBe(3);
  });

  it('refuses supports on closed ideas and from non-members, changing nothing', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    await support(platform, world.bob, idea);
    await setStatus(platform, world.staff, idea, IdeaStatus.DECLINED, DECLINE_RATIONALE);
    expect(errorCode(await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.alice.token }))).toBe('IDEA_CLOSED');
    expect(errorCode(await platform.gql(WITHDRAW, { id: idea.globalId }, { token: world.bob.token }))).toBe('IDEA_CLOSED');
    const open = await createIdea(platform, world.alice, world.space);
    expect(errorCode(await platform.gql(SUPPORT, { id: open.globalId }, { token: world.outsider.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(SUPPORT, { id: open.globalId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await platform.gql(SUPPORT, { id: world.space.globalId }, { token: world.alice.token }))).toBe('BAD_USER_INPUT');
    expect(await supportState(platform, idea)).toMatchObject({ count: 1, rows: 1 });
    expect(await supportState(platform, open)).toMatchObject({ count: 0, rows: 0 });
  });

  it('refuses supports from a suspended member with a clear error, changing nothing', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const until = new Date(platform.clock.now().getTime() + 86_400_000);
    await platform.db.query(`INSERT INTO suspensions (community_id, member_id, reason, until, created_at) VALUES ($1, $2, 'spam', $3, $4)`, [world.community.id, world.outsider.id, until, platform.clock.now()]);
    await addToCommunity(platform, world.community, world.outsider);
    const refused = await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.outsider.token });
    expect(errorCode(refused)).toBe('SUSPENDED');
    expect(refused.errors?.[0]?.message).toMatch(/suspended/i);
    expect(await supportState(platform, idea)).toMatchObject({ count: 0, rows: 0 });
  });

  it('refuses supports once the campaign closes to supports', async () => {
    const campaign = await platform.gql(
      graphql(`mutation SupportsLaunchCampaign($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }`),
      {
        input: {
          spaceId: world.space.globalId,
          title: 'Ideas for winter riding',
          brief: 'Snow, ice, darkness',
          submissionsCloseAt: new Date(platform.clock.now().getTime() + 86_400_000).toISOString(),
          supportClosesAt: new Date(platform.clock.now().getTime() + 2 * 86_400_000).toISOString(),
        },
      },
      { token: world.owner.token },
    );
    const idea = await createIdea(platform, world.alice, world.space, { campaignId: decodeGlobalId(campaign.data.launchCampaign.id)!.localId });
    expect((await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.bob.token })).errors).toBeUndefined();
    platform.clock.advanceDays(3);
    expect(errorCode(await platform.gql(SUPPORT, { id: idea.globalId }, { token: world.staff.token }))).toBe('CAMPAIGN_CLOSED');
  });
});
