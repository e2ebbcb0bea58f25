import { IdeaStatus, IdeaWorkflowService } from '@palabre/ideas';
import { errorCode, startPlatform, type Platform } from '../support/harness';
import { as, createIdea, DECLINE_RATIONALE, eventsOfType, IDEAS_CONFIG, ideasWorld, RATIONALE, setStatus, support, supportState, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

const CHANGE = graphql(`mutation WorkflowChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status nextUpdateDueAt statusHistory { from to rationale changedBy { handle affiliation } at } } }`);
const MERGE = graphql(`mutation WorkflowMerge($input: MergeIdeaInput!) { mergeIdea(input: $input) { id status mergedInto { id supportCount } } }`);
const UNMERGE = graphql(`mutation WorkflowUnmerge($id: ID!) { unmergeIdea(ideaId: $id) { id status supportCount mergedInto { id } nextUpdateDueAt } }`);
const DECISION = graphql(`query WorkflowDecision($id: ID!) { node(id: $id) { ... on Idea { status viewerCreditOffer decision { status summary decidedBy { handle } credits { handle } } } } }`);

describe('ideas: accountable status workflow, merges, decisions and credit', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('lets brand staff move an idea with a public rationale and an update due date', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const result = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'UNDER_REVIEW', rationale: RATIONALE } }, { token: world.staff.token });
    expect(result.errors).toBeUndefined();
    const changed = result.data.changeIdeaStatus;
    expect(changed.status).toBe('UNDER_REVIEW');
    expect(new Date(changed.nextUpdateDueAt!).getTime()).toBe(platform.clock.now().getTime() + 30 * 86_400_000);
    expect(changed.statusHistory).toEqual([{ from: 'OPEN', to: 'UNDER_REVIEW', rationale: RATIONALE, changedBy: { handle: world.staff.handle, affiliation: 'BRAND_STAFF' }, at: platform.clock.now().toISOString() }]);
    const events = await eventsOfType(platform, 'idea.status_changed');
    expect(events.at(-1)?.payload).toMatchObject({ ideaId: idea.id, from: 'OPEN', to: 'UNDER_REVIEW', rationale: RATIONALE, changedBy: world.staff.id });
  });

  it('answers FORBIDDEN when a member or a moderator changes a status, and changes nothing', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    for (const member of [world.alice, world.moderator]) {
      const result = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'PLANNED', rationale: RATIONALE } }, { token: member.token });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const { rows } = await platform.db.query(`SELECT status, (SELECT count(*)::int FROM idea_status_changes WHERE idea_id = $1) AS changes FROM ideas WHERE id = $1`, [idea.id]);
    expect(rows[0]).toEqual({ status: 'OPEN', changes: 0 });
  });

  it('requires a rationale of 30 characters, 80 to decline (RATIONALE_REQUIRED)', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const missing = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'PLANNED', rationale: '' } }, { token: world.owner.token });
    expect(errorCode(missing)).toBe('RATIONALE_REQUIRED');
    const shortDecline = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'DECLINED', rationale: RATIONALE } }, { token: world.owner.token });
    expect(errorCode(shortDecline)).toBe('RATIONALE_REQUIRED');
    expect(shortDecline.errors?.[0]?.extensions?.minimumLength).toBe(80);
    const skip = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'SHIPPED', rationale: RATIONALE } }, { token: world.owner.token });
    expect(errorCode(skip)).toBe('INVALID_STATUS_TRANSITION');
    const { rows } = await platform.db.query(`SELECT status FROM ideas WHERE id = $1`, [idea.id]);
    expect(rows[0].status).toBe('OPEN');
    const declined = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'DECLINED', rationale: DECLINE_RATIONALE } }, { token: world.owner.token });
    expect(declined.errors).toBeUndefined();
    expect(declined.data.changeIdeaStatus.nextUpdateDueAt).toBeNull();
    const decision = await platform.gql(DECISION, { id: idea.globalId });
    expect(decision.data.node?.decision).toEqual({ status: 'DECLINED', summary: DECLINE_RATIONALE, decidedBy: { handle: world.owner.handle }, credits: [] });
  });

  it('keeps the status history append-only, even for the database', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    await setStatus(platform, world.staff, idea, IdeaStatus.UNDER_REVIEW);
    await expect(platform.db.query(`UPDATE idea_status_changes SET rationale = 'rewritten' WHERE idea_id = $1`, [idea.id])).rejects.toThrow(/append-only/);
  });

  it('merges a duplicate without double counting, and unmerge restores both exactly', async () => {
    const source = await createIdea(platform, world.alice, world.space, { title: 'Front rack for groceries' });
    const target = await createIdea(platform, world.bob, world.space, { title: 'A rack at the front for shopping' });
    await setStatus(platform, world.staff, source, IdeaStatus.UNDER_REVIEW);
    await support(platform, world.alice, source);
    await support(platform, world.bob, source);
    await support(platform, world.staff, source);
    await support(platform, world.bob, target);
    await support(platform, world.moderator, target);
    const before = { source: await supportState(platform, source), target: await supportState(platform, target) };
    const { rows: beforeRows } = await platform.db.query(`SELECT status, next_update_due_at, merged_into_id FROM ideas WHERE id = $1`, [source.id]);

    expect(errorCode(await platform.gql(MERGE, { input: { ideaId: source.globalId, intoIdeaId: target.globalId, rationale: RATIONALE } }, { token: world.alice.token }))).toBe('FORBIDDEN');
    expect(errorCode(await platform.gql(MERGE, { input: { ideaId: source.globalId, intoIdeaId: target.globalId, rationale: 'dup' } }, { token: world.moderator.token }))).toBe('RATIONALE_REQUIRED');
    expect(errorCode(await platform.gql(MERGE, { input: { ideaId: source.globalId, intoIdeaId: source.globalId, rationale: RATIONALE } }, { token: world.moderator.token }))).toBe('BAD_USER_INPUT');

    const merged = await platform.gql(MERGE, { input: { ideaId: source.globalId, intoIdeaId: target.globalId, rationale: RATIONALE } }, { token: world.moderator.token });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeIdea).toMatchObject({ status: 'MERGED', mergedInto: { id: target.globalId, supportCount: 4 } });
    expect(await supportState(platform, target)).toMatchObject({ count: 4, rows: 4 });
    expect((await eventsOfType(platform, 'idea.merged')).at(-1)?.payload).toMatchObject({ ideaId: source.id, intoIdeaId: target.id, movedSupports: 2, targetSupportCount: 4 });

    // A moved supporter may withdraw from the target.
    const withdrawn = await platform.gql(graphql(`mutation WorkflowWithdrawSupport($id: ID!) { withdrawSupport(ideaId: $id) { supportCount } }`), { id: target.globalId }, { token: world.staff.token });
    expect(withdrawn.data.withdrawSupport.supportCount).toBe(3);
    await support(platform, world.staff, target);

    const unmerged = await platform.gql(UNMERGE, { id: source.globalId }, { token: world.moderator.token });
    expect(unmerged.errors).toBeUndefined();
    expect(unmerged.data.unmergeIdea).toMatchObject({ status: 'UNDER_REVIEW', supportCount: 3, mergedInto: null });
    expect(await supportState(platform, source)).toEqual(before.source);
    const afterTarget = await supportState(platform, target);
    // staff re-supported the target directly after the merge: that support is theirs and stays.
    expect(afterTarget.count).toBe(afterTarget.rows);
    expect(afterTarget.members).toEqual([...before.target.members, world.staff.id].sort());
    const { rows: afterRows } = await platform.db.query(`SELECT status, next_update_due_at, merged_into_id FROM ideas WHERE id = $1`, [source.id]);
    expect(afterRows).toEqual(beforeRows);
    expect(errorCode(await platform.gql(UNMERGE, { id: source.globalId }, { token: world.moderator.token }))).toBe('NOT_MERGED');
  });

  it('restores the target exactly when nobody touched it after the merge', async () => {
    const source = await createIdea(platform, world.alice, world.space);
    const target = await createIdea(platform, world.bob, world.space);
    await support(platform, world.alice, source);
    await support(platform, world.bob, source);
    await support(platform, world.bob, target);
    const before = { source: await supportState(platform, source), target: await supportState(platform, target) };
    await platform.app.get(IdeaWorkflowService).mergeIdea(as(world.owner), { ideaId: source.id, intoIdeaId: target.id, rationale: RATIONALE });
    expect(await supportState(platform, target)).toMatchObject({ count: 2, rows: 2 });
    await platform.gql(UNMERGE, { id: source.globalId }, { token: world.owner.token });
    expect({ source: await supportState(platform, source), target: await supportState(platform, target) }).toEqual(before);
  });

  it('records a decision when shipping, and shows credit only once accepted', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    for (const status of [IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS]) await setStatus(platform, world.staff, idea, status);
    const notMember = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'SHIPPED', rationale: RATIONALE, creditMemberIds: [world.outsider.globalId] } }, { token: world.staff.token });
    expect(errorCode(notMember)).toBe('BAD_USER_INPUT');
    const shipped = await platform.gql(CHANGE, { input: { ideaId: idea.globalId, status: 'SHIPPED', rationale: RATIONALE, creditMemberIds: [world.bob.globalId, world.moderator.globalId] } }, { token: world.staff.token });
    expect(shipped.errors).toBeUndefined();

    const publicView = await platform.gql(DECISION, { id: idea.globalId });
    expect(publicView.data.node?.decision).toEqual({ status: 'SHIPPED', summary: RATIONALE, decidedBy: { handle: world.staff.handle }, credits: [] });
    const bobView = await platform.gql(DECISION, { id: idea.globalId }, { token: world.bob.token });
    expect(bobView.data.node?.viewerCreditOffer).toBe('OFFERED');

    const accepted = await platform.gql(graphql(`mutation WorkflowAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { viewerCreditOffer decision { credits { handle } } } }`), { id: idea.globalId }, { token: world.bob.token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptCredit).toEqual({ viewerCreditOffer: 'ACCEPTED', decision: { credits: [{ handle: world.bob.handle }] } });
    expect((await eventsOfType(platform, 'credit.accepted')).at(-1)?.payload).toEqual({ communityId: world.community.id, ideaId: idea.id, memberId: world.bob.id });

    const declined = await platform.gql(graphql(`mutation WorkflowDeclineCredit($id: ID!) { declineCredit(ideaId: $id) { viewerCreditOffer } }`), { id: idea.globalId }, { token: world.moderator.token });
    expect(declined.data.declineCredit.viewerCreditOffer).toBeNull();
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM idea_credits WHERE member_id = $1`, [world.moderator.id]);
    expect(rows[0].n).toBe(0);
    expect(errorCode(await platform.gql(graphql(`mutation WorkflowAcceptCredit2($id: ID!) { acceptCredit(ideaId: $id) { id } }`), { id: idea.globalId }, { token: world.moderator.token }))).toBe('NO_CREDIT_OFFERED');

    await platform.gql(graphql(`mutation WorkflowAcceptCredit2($id: ID!) { acceptCredit(ideaId: $id) { id } }`), { id: idea.globalId }, { token: world.alice.token });
    const finalView = await platform.gql(DECISION, { id: idea.globalId });
    expect(finalView.data.node?.decision?.credits.map((credit: { handle: string }) => credit.handle).sort()).toEqual([world.alice.handle, world.bob.handle].sort());
  });
});
