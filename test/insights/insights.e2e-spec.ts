import { Role, toGlobalId } from '@palabre/contracts';
import { AdviceService, ThreadKind } from '@palabre/advice';
import { IdeasService, IdeaStatus } from '@palabre/ideas';
import { KudosService } from '@palabre/recognition';
import { ModerationActionKind, ReportReason, ReportsService, ModerationService } from '@palabre/moderation';
import { errorCode, startPlatform, TEST_START, type Platform } from '../support/harness';
import { addToCommunity, createMember, type TestMember } from '../support/factories';
import { createIdea, DECLINE_RATIONALE, setStatus, support, type TestIdea } from '../ideas/ideas-fixtures';
import { as, DAY, HOUR, INSIGHTS_CONFIG, insightsWorld, launchCampaign, type InsightsWorld } from './insights-fixtures';
import { graphql } from '../graphql';
import type { InsightsInsightsQueryVariables } from '../graphql/graphql';

// Shared by both queries below (the generated documents carry the fragment).
graphql(`fragment InsightsPromiseFields on PromiseFigures {
  questionsAsked questionsAnswered medianFirstReplyHours p90FirstReplyHours questionsUnderCommitment answeredWithinCommitmentShare
  answeredBy { side questions share }
  overdueIdeas { count medianOverdueHours maxOverdueHours mostOverdue { ideaId title status dueAt overdueHours } }
}`);

const INSIGHTS = graphql(`query InsightsInsights($communityId: ID!, $period: InsightsPeriodInput!) {
  insights(communityId: $communityId, period: $period) {
    communityId period { from to } minimumGroupSize
    coCreation {
      ideasProposed supportsGiven distinctContributors
      topIdeasBySupports { ideaId title supports recentSupports totalSupports }
      topIdeasByVelocity { ideaId supports recentSupports }
      supportsPerCampaign { campaignId title supports supporters }
      mostUsedTags { tag ideas }
      ideasPerStatus { status ideas }
      decisions { count averageRationaleLength latest { ideaId status rationaleLength } }
    }
    promises { ...InsightsPromiseFields }
    health { activeMembers newMembers kudosGiven acceptedAnswers reports reportOutcomes { outcome reports } }
  }
}`);

const PROMISES = graphql(`query InsightsPromises($id: ID!) { node(id: $id) { ... on Community { promises { period { from to } ...InsightsPromiseFields } } } }`);

describe('insights: co-creation, promises and health figures for the brand team', () => {
  let platform: Platform;
  let world: InsightsWorld;
  let ideaA: TestIdea;
  let ideaB: TestIdea;
  let ideaC: TestIdea;
  let ideaD: TestIdea;
  let newcomer: TestMember;
  const period = { from: TEST_START.toISOString(), to: new Date(TEST_START.getTime() + 30 * DAY).toISOString() };

  const at = (ms: number) => platform.clock.set(new Date(TEST_START.getTime() + ms));
  const ask = async (author: TestMember, n: number) =>
    platform.app.get(AdviceService).startThread(as(author), world.discussion.id, { kind: ThreadKind.QUESTION, title: `Question number ${n} about the gears`, body: `Details of question ${n}: the chain skips.`, tags: [] });
  const reply = (author: TestMember, threadId: string, n: number) => platform.app.get(AdviceService).reply(as(author), threadId, `Answer ${n}: adjust the derailleur limit screw.`, null);
  const insights = (member: TestMember, variables: InsightsInsightsQueryVariables = { communityId: world.community.globalId, period }) => platform.gql(INSIGHTS, variables, { token: member.token });

  beforeAll(async () => {
    platform = await startPlatform({ config: INSIGHTS_CONFIG });
    world = await insightsWorld(platform);
    const { staff, m } = world;
    const advice = platform.app.get(AdviceService);

    // Day 0: four questions, five ideas (two campaigns), all tagged "bike"; one also "lights".
    at(0);
    const c1 = await launchCampaign(platform, staff, world.ideas, 'Winter riding');
    const c2 = await launchCampaign(platform, staff, world.ideas, 'Cargo bikes');
    const [q1, q2, q3] = [await ask(m[0], 1), await ask(m[1], 2), await ask(m[2], 3), await ask(m[3], 4)];
    ideaA = await createIdea(platform, m[0], world.ideas, { title: 'Heated grips for winter', tags: ['bike', 'lights'], campaignId: c1.id, body: 'Grips with a small heater.' });
    ideaB = await createIdea(platform, m[1], world.ideas, { title: 'Mudguards that fit', tags: ['bike'], campaignId: c1.id, body: 'Full mudguards for wide tyres.' });
    ideaC = await createIdea(platform, m[2], world.ideas, { title: 'Cheaper spare parts', tags: ['bike'], body: 'Spare parts at cost price.' });
    ideaD = await createIdea(platform, m[3], world.ideas, { title: 'A longer cargo deck', tags: ['bike'], campaignId: c2.id, body: 'Room for two crates.' });
    const ideaE = await createIdea(platform, m[4], world.ideas, { title: 'A titanium frame', tags: ['bike'], body: 'Lighter than steel.' });

    // First replies after 2 h (staff), 10 h and 30 h (members); question 4 is never answered.
    at(2 * HOUR);
    const staffAnswer = await reply(staff, q1.id, 1);
    at(10 * HOUR);
    await reply(m[2], q2.id, 2);
    at(30 * HOUR);
    await reply(m[3], q3.id, 3);
    await reply(m[0], q1.id, 4); // the asker's own follow-up is not a first response

    // Supports: A by seven members, D by one; a comment by staff; an accepted answer, kudos, a report.
    for (const member of m.slice(1)) await support(platform, member, ideaA);
    await support(platform, m[4], ideaD);
    await platform.app.get(IdeasService).commentOnIdea(as(staff), { ideaId: ideaA.id, body: 'We are looking at suppliers.', inReplyToId: null });
    await advice.acceptAnswer(as(m[0]), staffAnswer.id);
    await platform.app.get(KudosService).give(as(m[5]), toGlobalId('Reply', staffAnswer.id), 'Thanks!');
    await platform.app.get(ReportsService).reportContent(as(m[6]), { contentId: ideaC.globalId, reason: ReportReason.SPAM, note: '' });

    // Day 2: A planned (an update is owed 10 days later), E declined (a decision with its rationale).
    at(2 * DAY);
    await setStatus(platform, staff, ideaA, IdeaStatus.PLANNED);
    await setStatus(platform, staff, ideaE, IdeaStatus.DECLINED, DECLINE_RATIONALE);

    // Day 5: someone joins. Day 25: two late supports for B (its velocity).
    at(5 * DAY);
    newcomer = await createMember(platform);
    await addToCommunity(platform, world.community, newcomer);
    at(25 * DAY);
    await support(platform, m[0], ideaB);
    await support(platform, m[2], ideaB);
    at(30 * DAY);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('computes the co-creation figures of the period', async () => {
    const result = await insights(world.owner);
    expect(result.errors).toBeUndefined();
    const { coCreation, minimumGroupSize } = result.data.insights;
    expect(minimumGroupSize).toBe(5);
    expect(coCreation).toMatchObject({ ideasProposed: 5, supportsGiven: 10, distinctContributors: 9 });
    expect(coCreation.topIdeasBySupports).toEqual([
      { ideaId: ideaA.globalId, title: 'Heated grips for winter', supports: 7, recentSupports: 0, totalSupports: 7 },
      { ideaId: ideaB.globalId, title: 'Mudguards that fit', supports: 2, recentSupports: 2, totalSupports: 2 },
      { ideaId: ideaD.globalId, title: 'A longer cargo deck', supports: 1, recentSupports: 0, totalSupports: 1 },
    ]);
    expect(coCreation.topIdeasByVelocity).toEqual([{ ideaId: ideaB.globalId, supports: 2, recentSupports: 2 }]);
    expect(coCreation.ideasPerStatus).toEqual([
      { status: 'DECLINED', ideas: 1 },
      { status: 'OPEN', ideas: 3 },
      { status: 'PLANNED', ideas: 1 },
    ]);
    expect(coCreation.decisions).toEqual({
      count: 1,
      averageRationaleLength: DECLINE_RATIONALE.length,
      latest: [{ ideaId: expect.any(String), status: 'DECLINED', rationaleLength: DECLINE_RATIONALE.length }],
    });
  });

  it('does not break down groups of fewer than five members', async () => {
    const { coCreation, promises, health } = (await insights(world.staff)).data.insights;
    // Campaign 1 has 8 distinct supporters: shown. Campaign 2 has one: folded into the anonymous entry.
    expect(coCreation.supportsPerCampaign).toEqual([
      { campaignId: expect.any(String), title: 'Winter riding', supports: 9, supporters: 8 },
      { campaignId: null, title: null, supports: 1, supporters: null },
    ]);
    // "bike" is used by five authors; "lights" by one: folded.
    expect(coCreation.mostUsedTags).toEqual([
      { tag: 'bike', ideas: 5 },
      { tag: null, ideas: 1 },
    ]);
    // One staff member answered first: staff versus members is not broken down.
    expect(promises.answeredBy).toBeNull();
    // One reporter: the outcomes are not broken down, only the total is given.
    expect(health.reports).toBe(1);
    expect(health.reportOutcomes).toBeNull();
  });

  it('computes the promise figures: answer times, the commitment and overdue updates', async () => {
    const { promises } = (await insights(world.owner)).data.insights;
    expect(promises).toMatchObject({
      questionsAsked: 4,
      questionsAnswered: 3,
      medianFirstReplyHours: 10,
      questionsUnderCommitment: 4,
      answeredWithinCommitmentShare: 0.5,
    });
    // percentile_cont over 2 h, 10 h, 30 h: 10 + 0.8 * 20.
    expect(promises.p90FirstReplyHours).toBeCloseTo(26, 6);
    // A was planned on day 2 with an update owed on day 12; it is day 30.
    expect(promises.overdueIdeas).toEqual({
      count: 1,
      medianOverdueHours: 18 * 24,
      maxOverdueHours: 18 * 24,
      mostOverdue: [{ ideaId: ideaA.globalId, title: 'Heated grips for winter', status: 'PLANNED', dueAt: new Date(TEST_START.getTime() + 12 * DAY).toISOString(), overdueHours: 18 * 24 }],
    });
  });

  it('computes the health figures', async () => {
    const { health } = (await insights(world.owner)).data.insights;
    expect(health).toMatchObject({ activeMembers: 9, newMembers: 1, kudosGiven: 1, acceptedAnswers: 1 });
  });

  it('answers FORBIDDEN to members, moderators and outsiders, and BAD_USER_INPUT to a bad period', async () => {
    for (const member of [world.m[0], world.moderator, world.outsider]) {
      const result = await insights(member);
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data?.insights ?? null).toBeNull();
    }
    const backwards = await insights(world.owner, { communityId: world.community.globalId, period: { from: period.to, to: period.from } });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    const tooLong = await insights(world.owner, { communityId: world.community.globalId, period: { from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    const notACommunity = await insights(world.owner, { communityId: ideaA.globalId, period });
    expect(errorCode(notACommunity)).toBe('BAD_USER_INPUT');
  });

  it('shows the promise figures to every member of the community, not to outsiders', async () => {
    const brand = (await insights(world.owner)).data.insights.promises;
    const result = await platform.gql(PROMISES, { id: world.community.globalId }, { token: newcomer.token });
    expect(result.errors).toBeUndefined();
    const { period: shown, ...figures } = result.data.node!.promises!;
    expect(figures).toEqual(brand);
    expect(new Date(shown.to).getTime()).toBe(platform.clock.now().getTime());
    expect(new Date(shown.from).getTime()).toBe(platform.clock.now().getTime() - 90 * DAY);

    const outsider = await platform.gql(PROMISES, { id: world.community.globalId }, { token: world.outsider.token });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
    expect(outsider.data?.node?.promises ?? null).toBeNull();
  });

  it('breaks report outcomes down once every outcome rests on five reporters or more', async () => {
    const reporters = [world.m[0], world.m[1], world.m[3], world.m[4], world.m[7]];
    for (const reporter of reporters) await platform.app.get(ReportsService).reportContent(as(reporter), { contentId: ideaC.globalId, reason: ReportReason.SPAM, note: '' });
    platform.clock.advanceHours(1);
    await platform.app.get(ModerationService).moderate(as(world.moderator), { contentId: ideaC.globalId, action: ModerationActionKind.DISMISS_REPORTS, reason: 'Not spam: a real suggestion.' });
    const to = new Date(platform.clock.now().getTime() + HOUR).toISOString();
    const { health } = (await insights(world.owner, { communityId: world.community.globalId, period: { from: period.from, to } })).data.insights;
    expect(health.reports).toBe(6);
    expect(health.reportOutcomes).toEqual([
      { outcome: 'OPEN', reports: 0 },
      { outcome: 'ACTIONED', reports: 0 },
      { outcome: 'DISMISSED', reports: 6 },
    ]);
  });

  it('answers with a constant number of SQL statements', async () => {
    const small = await insights(world.owner);
    const whole = await insights(world.owner, { communityId: world.community.globalId, period: { from: new Date(TEST_START.getTime() - 300 * DAY).toISOString(), to: new Date(TEST_START.getTime() + 60 * DAY).toISOString() } });
    expect(small.sqlStatements).toBe(whole.sqlStatements);
    expect(small.sqlStatements).toBeLessThanOrEqual(20);
  });

  it('keeps role changes in mind: a demoted staff member is refused', async () => {
    const former = await createMember(platform);
    await addToCommunity(platform, world.community, former, Role.BRAND_STAFF);
    expect((await insights(former)).errors).toBeUndefined();
    await addToCommunity(platform, world.community, former, Role.MEMBER);
    expect(errorCode(await insights(former))).toBe('FORBIDDEN');
  });
});
