import { IdeasScheduler, IdeaStatus } from '@palabre/ideas';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { createIdea, eventsOfType, IDEAS_CONFIG, ideasWorld, setPolicy, support, supportState, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const DAY = 86_400_000;
const IDEA = graphql(`query ScheduleIdea($id: ID!) { node(id: $id) { ... on Idea { status qualifiedAt nextUpdateDueAt resubmittedFrom { id } statusHistory { from to rationale changedBy { handle } } } } }`);
const ROUNDS = graphql(`query ScheduleRounds($id: ID!) { node(id: $id) { ... on Space { reviewRounds { cutoffAt decisionDueAt processed ideas { id } } } } }`);

describe('ideas: thresholds, review rounds and expiry on a schedule', () => {
  let platform: Platform;
  let world: IdeasWorld;
  let scheduler: IdeasScheduler;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
    scheduler = platform.app.get(IdeasScheduler);
    await setPolicy(platform, world.owner, world.space, { supportThreshold: 2, thresholdWindowDays: 10, reviewCadenceDays: 14, updateEveryDays: 21 });
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('qualifies an idea at the threshold, moves it to UNDER_REVIEW at the cut-off, expires the others, exactly once', async () => {
    const start = platform.clock.now();
    const popular = await createIdea(platform, world.alice, world.space, { title: 'Reflective paint on the frame' });
    const quiet = await createIdea(platform, world.bob, world.space, { title: 'A bell that sounds nicer' });
    platform.clock.advanceDays(2);
    await support(platform, world.bob, popular);
    await support(platform, world.staff, quiet);
    await support(platform, world.staff, popular);
    const qualified = await platform.gql(IDEA, { id: popular.globalId });
    expect(qualified.data.node).toMatchObject({ status: 'OPEN', qualifiedAt: platform.clock.now().toISOString() });

    const upcoming = await platform.gql(ROUNDS, { id: world.space.globalId });
    expect(upcoming.data.node?.reviewRounds).toEqual([
      { cutoffAt: new Date(start.getTime() + 14 * DAY).toISOString(), decisionDueAt: new Date(start.getTime() + 35 * DAY).toISOString(), processed: false, ideas: [{ id: popular.globalId }] },
    ]);

    // Nothing is due yet: running changes nothing.
    expect(await scheduler.runDueTransitions()).toEqual({ ran: true, expired: [], movedToReview: [] });

    platform.clock.set(new Date(start.getTime() + 14 * DAY + 60_000));
    const [first, second] = await Promise.all([scheduler.runDueTransitions(), scheduler.runDueTransitions()]);
    const ran = [first, second].filter((report) => report.ran);
    const moved = [first, second].flatMap((report) => report.movedToReview);
    const expired = [first, second].flatMap((report) => report.expired);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(moved).toEqual([popular.id]);
    expect(expired).toEqual([quiet.id]);
    expect(await scheduler.runDueTransitions()).toEqual({ ran: true, expired: [], movedToReview: [] });

    const reviewed = await platform.gql(IDEA, { id: popular.globalId });
    expect(reviewed.data.node?.status).toBe('UNDER_REVIEW');
    expect(reviewed.data.node?.nextUpdateDueAt).toBe(new Date(start.getTime() + 35 * DAY).toISOString());
    expect(reviewed.data.node?.statusHistory).toHaveLength(1);
    expect(reviewed.data.node?.statusHistory[0]).toMatchObject({ from: 'OPEN', to: 'UNDER_REVIEW', changedBy: null });
    expect(reviewed.data.node?.statusHistory[0].rationale.length).toBeGreaterThanOrEqual(30);

    const lapsed = await platform.gql(IDEA, { id: quiet.globalId });
    expect(lapsed.data.node).toMatchObject({ status: 'EXPIRED', nextUpdateDueAt: null });
    expect(lapsed.data.node?.statusHistory).toHaveLength(1);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM idea_status_changes WHERE idea_id = ANY($1::uuid[])`, [[popular.id, quiet.id]]);
    expect(rows[0].n).toBe(2);
    const events = (await eventsOfType(platform, 'idea.status_changed')).filter((event) => [popular.id, quiet.id].includes(event.payload.ideaId as string));
    expect(events).toHaveLength(2);

    const rounds = await platform.gql(ROUNDS, { id: world.space.globalId });
    expect(rounds.data.node?.reviewRounds[1]).toEqual({ cutoffAt: new Date(start.getTime() + 14 * DAY).toISOString(), decisionDueAt: new Date(start.getTime() + 35 * DAY).toISOString(), processed: true, ideas: [{ id: popular.globalId }] });
    expect(rounds.data.node?.reviewRounds[0]).toMatchObject({ cutoffAt: new Date(start.getTime() + 28 * DAY).toISOString(), processed: false, ideas: [] });

    // The expired idea's support went back to the staff member's budget; its rows stay as they were.
    expect(await supportState(platform, quiet)).toMatchObject({ count: 1, rows: 1 });
    const budget = await platform.gql(graphql(`query ScheduleMe($s: ID!) { me { supportBudget(spaceId: $s) { used } } }`), { s: world.space.globalId }, { token: world.staff.token });
    expect(budget.data.me.supportBudget?.used).toBe(1);
  });

  it('lets the author resubmit an expired idea once, as a linked new idea', async () => {
    const idea = await createIdea(platform, world.alice, world.space, { title: 'Mudguards that actually fit' });
    platform.clock.advanceDays(11);
    const report = await scheduler.runDueTransitions();
    expect(report.expired).toContain(idea.id);
    const RESUBMIT = graphql(`mutation ScheduleResubmit($id: ID!) { resubmitIdea(ideaId: $id) { id status title resubmittedFrom { id status } } }`);
    expect(errorCode(await platform.gql(RESUBMIT, { id: idea.globalId }, { token: world.bob.token }))).toBe('FORBIDDEN');
    const again = await platform.gql(RESUBMIT, { id: idea.globalId }, { token: world.alice.token });
    expect(again.errors).toBeUndefined();
    expect(again.data.resubmitIdea).toMatchObject({ status: 'OPEN', title: 'Mudguards that actually fit', resubmittedFrom: { id: idea.globalId, status: IdeaStatus.EXPIRED } });
    expect(errorCode(await platform.gql(RESUBMIT, { id: idea.globalId }, { token: world.alice.token }))).toBe('CONFLICT');
  });

  it('refuses a threshold without a window (BAD_USER_INPUT)', async () => {
    const result = await platform.gql(
      graphql(`mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) { setIdeaPolicy(input: $input) { supportThreshold } }`),
      { input: { spaceId: world.space.globalId, supportThreshold: 5, updateEveryDays: 30 } },
      { token: world.owner.token },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const forbidden = await platform.gql(
      graphql(`mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) { setIdeaPolicy(input: $input) { supportThreshold } }`),
      { input: { spaceId: world.space.globalId, supportBudget: 5, updateEveryDays: 30 } },
      { token: world.alice.token },
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });
});
