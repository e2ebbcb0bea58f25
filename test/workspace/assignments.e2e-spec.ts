import { Role, SpaceKind } from '@palabre/contracts';
import { AssignmentsService } from '@palabre/notifications';
import { IdeaStatus } from '@palabre/ideas';
import { errorCode, Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, createSpace, TestMember, TestSpace } from '../support/factories';
import { createIdea, IDEAS_CONFIG, setStatus } from '../ideas/ideas-fixtures';
import { graphql } from '../graphql';

const ASSIGN = graphql(`mutation AssignmentsAssign($input: AssignToStaffInput!) { assignToStaff(input: $input) { id contentId contentType dueAt assignee { handle } assignedBy { handle } content { id } } }`);
const LIST = graphql(`query AssignmentsList($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { contentId dueAt remindedFor assignee { handle } } }`);
const HOUR = 3_600_000;

/** Questions and ideas assigned to a staff member, reminded as the time the brand announced approaches. */
describe('workspace: assignments to staff', () => {
  let platform: Platform;
  let world: CastWorld;
  let ideas: TestSpace;
  let colleague: TestMember;

  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: member.token });
  const reminders = async () =>
    (await platform.db.query(`SELECT member_id, subject_id, summary FROM notifications WHERE kind = 'assignment.reminder' ORDER BY created_at, id`)).rows as Array<{ member_id: string; subject_id: string; summary: string }>;
  const sendReminders = () => platform.app.get(AssignmentsService).sendDueReminders(platform.clock.now());
  const question = async () => {
    const result = await as(world.alice, graphql(`mutation AssignmentsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`), {
      input: { spaceId: world.space.globalId, kind: 'QUESTION', title: `My bike lights flicker in the rain ${Math.random()}`, body: 'Since last week, only when it rains.' },
    });
    expect(result.errors).toBeUndefined();
    return result.data.startThread.id as string;
  };

  beforeAll(async () => {
    platform = await startPlatform({ config: IDEAS_CONFIG });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    ideas = await createSpace(platform, world.community, SpaceKind.IDEAS);
    colleague = await createMember(platform);
    await addToCommunity(platform, world.community, colleague, Role.BRAND_STAFF);
    const set = await as(world.staff, graphql(`mutation AssignmentsSetResponseCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id } }`), { input: { spaceId: world.space.globalId, hours: 8 } });
    expect(set.errors).toBeUndefined();
  });
  afterAll(() => platform?.close());

  it('assigns a question to a staff member, tells them, and reminds them once as the announced answer time approaches', async () => {
    const threadId = await question();
    const dueAt = new Date(platform.clock.now().getTime() + 8 * HOUR).toISOString();
    const assigned = await as(world.staff, ASSIGN, { input: { contentId: threadId, assigneeId: colleague.globalId } });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignToStaff).toMatchObject({ contentId: threadId, contentType: 'Thread', dueAt, assignee: { handle: colleague.handle }, assignedBy: { handle: world.staff.handle }, content: { id: threadId } });
    const told = await platform.db.query(`SELECT member_id FROM notifications WHERE kind = 'assignment.created' AND subject_id = $1`, [threadId]);
    expect(told.rows).toEqual([{ member_id: colleague.id }]);

    // Eight hours were announced: the reminder comes two hours (a quarter) before.
    platform.clock.advance(5 * HOUR);
    expect(await sendReminders()).toBe(0);
    platform.clock.advance(HOUR + 1);
    expect(await sendReminders()).toBe(1);
    expect(await sendReminders()).toBe(0);
    expect(await reminders()).toEqual([{ member_id: colleague.id, subject_id: threadId, summary: expect.stringContaining(dueAt) }]);
    const listed = await as(colleague, LIST, { communityId: world.community.globalId, filter: { assigneeId: colleague.globalId } });
    expect(listed.data.staffAssignments).toEqual([{ contentId: threadId, dueAt, remindedFor: dueAt, assignee: { handle: colleague.handle } }]);
  });

  it('reminds again, for the new date, when an idea’s promised update moves', async () => {
    const idea = await createIdea(platform, world.alice, ideas);
    await setStatus(platform, world.staff, idea, IdeaStatus.PLANNED);
    expect((await as(world.owner, ASSIGN, { input: { contentId: idea.globalId, assigneeId: world.staff.globalId } })).errors).toBeUndefined();
    const before = (await reminders()).length;
    platform.clock.advance(29 * 24 * HOUR + 1);
    expect(await sendReminders()).toBe(1);
    const update = await as(world.staff, graphql(`mutation AssignmentsPostIdeaUpdate($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id } }`), {
      input: { ideaId: idea.globalId, text: 'Suppliers chosen; the first batch is ordered for spring.', nextUpdateDueAt: new Date(platform.clock.now().getTime() + 10 * 24 * HOUR).toISOString() },
    });
    expect(update.errors).toBeUndefined();
    expect(await sendReminders()).toBe(0);
    platform.clock.advance(9 * 24 * HOUR + 1);
    expect(await sendReminders()).toBe(1);
    expect((await reminders()).slice(before).map((row) => [row.member_id, row.subject_id])).toEqual([[world.staff.id, idea.globalId], [world.staff.id, idea.globalId]]);
  });

  it('assigns only to the community’s owners and brand staff, by them only, and only questions and ideas', async () => {
    const threadId = await question();
    expect(errorCode(await as(world.staff, ASSIGN, { input: { contentId: threadId, assigneeId: world.bob.globalId } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as(world.staff, ASSIGN, { input: { contentId: threadId, assigneeId: world.moderator.globalId } }))).toBe('BAD_USER_INPUT');
    for (const member of [world.alice, world.moderator]) expect(errorCode(await as(member, ASSIGN, { input: { contentId: threadId, assigneeId: colleague.globalId } }))).toBe('FORBIDDEN');
    const elsewhere = await createMember(platform);
    const other = await createCommunity(platform, elsewhere);
    await addToCommunity(platform, other, world.bob, Role.BRAND_STAFF);
    expect(errorCode(await as(world.bob, ASSIGN, { input: { contentId: threadId, assigneeId: colleague.globalId } }))).toBe('FORBIDDEN');
    expect(errorCode(await as(world.bob, LIST, { communityId: world.community.globalId }))).toBe('FORBIDDEN');
    expect(errorCode(await as(world.moderator, LIST, { communityId: world.community.globalId }))).toBe('FORBIDDEN');
    expect(errorCode(await as(world.staff, ASSIGN, { input: { contentId: world.space.globalId, assigneeId: colleague.globalId } }))).toBe('NOT_FOUND');
    const rows = await platform.db.query(`SELECT 1 FROM staff_assignments WHERE content_id::text = (SELECT id::text FROM threads ORDER BY created_at DESC LIMIT 1)`);
    expect(rows.rowCount).toBe(0);
  });

  it('lists assignments with their content and people in as many statements for many as for one of each kind (loaders, no N+1)', async () => {
    const LISTED = graphql(`query AssignmentsListed($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { dueAt content { id ... on Thread { title } ... on Idea { title } } assignee { handle } assignedBy { handle } } }`);
    const assignee = await createMember(platform);
    await addToCommunity(platform, world.community, assignee, Role.BRAND_STAFF);
    const assign = async (contentId: string) => expect((await as(world.owner, ASSIGN, { input: { contentId, assigneeId: assignee.globalId } })).errors).toBeUndefined();
    // One of each kind first: each kind of content is read in its own statements.
    await assign(await question());
    await assign((await createIdea(platform, world.alice, ideas)).globalId);
    const one = await as(assignee, LISTED, { communityId: world.community.globalId, filter: { assigneeId: assignee.globalId } });
    expect(one.data.staffAssignments).toHaveLength(2);
    for (let index = 0; index < 2; index += 1) await assign(await question());
    for (let index = 0; index < 2; index += 1) await assign((await createIdea(platform, world.alice, ideas)).globalId);
    const many = await as(assignee, LISTED, { communityId: world.community.globalId, filter: { assigneeId: assignee.globalId } });
    expect(many.data.staffAssignments).toHaveLength(6);
    expect(many.data.staffAssignments.every((row) => row.content && 'title' in row.content && row.content.title)).toBe(true);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('sends a due reminder once even when two api processes run the job at the same time', async () => {
    const threadId = await question();
    expect((await as(world.staff, ASSIGN, { input: { contentId: threadId, assigneeId: colleague.globalId } })).errors).toBeUndefined();
    platform.clock.advance(7 * HOUR);
    const before = (await reminders()).length;
    const sent = await Promise.all([sendReminders(), sendReminders(), sendReminders()]);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe((await reminders()).length - before);
    expect((await reminders()).filter((row) => row.subject_id === threadId)).toHaveLength(1);
    const twice = await platform.db.query(`SELECT subject_id FROM notifications WHERE kind = 'assignment.reminder' GROUP BY member_id, subject_id, payload->>'dueAt' HAVING count(*) > 1`);
    expect(twice.rows).toEqual([]);
  });
});
