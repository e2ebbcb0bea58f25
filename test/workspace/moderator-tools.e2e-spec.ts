import { Role, SpaceKind } from '@palabre/contracts';
import { DataExportService } from '@palabre/privacy';
import { errorCode, Platform, startPlatform, type TypedDocument } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createCommunity, createMember, TestCommunity, TestMember } from '../support/factories';
import { graphql } from '../graphql';

const TEMPLATES = graphql(`query ModeratorToolsTemplates($communityId: ID!) { moderationReasonTemplates(communityId: $communityId) { id title reason } }`);
const CREATE = graphql(`mutation ModeratorToolsCreate($input: CreateReasonTemplateInput!) { createReasonTemplate(input: $input) { id title reason } }`);
const UPDATE = graphql(`mutation ModeratorToolsUpdate($input: UpdateReasonTemplateInput!) { updateReasonTemplate(input: $input) { id title reason } }`);
const DELETE = graphql(`mutation ModeratorToolsDelete($id: ID!) { deleteReasonTemplate(templateId: $id) }`);
const AUDIT = graphql(`query ModeratorToolsAudit($communityId: ID!, $filter: AuditLogFilter) { auditLog(communityId: $communityId, filter: $filter) { totalCount edges { node { action actorKind reason } } } }`);
const HISTORY = graphql(`query ModeratorToolsHistory($communityId: ID!, $memberId: ID!) { memberModerationHistory(communityId: $communityId, memberId: $memberId) { totalCount edges { node { action reason actor { handle } } } } }`);
const NOTES = graphql(`query ModeratorToolsNotes($communityId: ID!, $memberId: ID!) { moderatorNotes(communityId: $communityId, memberId: $memberId) { note author { handle } } }`);
const ADD_NOTE = graphql(`mutation ModeratorToolsAddNote($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { id note } }`);
const SUSPEND = graphql(`mutation ModeratorToolsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`);
const DAY = 86_400_000;

/** Reason templates, audit log filters, a member's moderation history and notes between moderators, with who may use them. */
describe('workspace: moderator tools', () => {
  let platform: Platform;
  let world: CastWorld;
  let other: TestCommunity;
  let otherModerator: TestMember;

  const as = <TData, TVariables>(member: TestMember, document: TypedDocument<TData, TVariables>, variables?: TVariables) => platform.gql(document, variables, { token: member.token });
  const nodes = (result: { data: Record<string, { edges: Array<{ node: unknown }> }> }, field: string) => result.data[field].edges.map((edge) => edge.node);

  beforeAll(async () => {
    // The export is built by the test, not by the scheduler racing it.
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
    otherModerator = await createMember(platform);
    other = await createCommunity(platform, otherModerator);
    await addToCommunity(platform, other, world.alice);
  });
  afterAll(() => platform?.close());

  it('lets moderators create, list, edit and delete reason templates, titles unique per community', async () => {
    const communityId = world.community.globalId;
    const created = await as(world.moderator, CREATE, { input: { communityId, title: 'Spam', reason: 'Advertising without a link to the question' } });
    expect(created.errors).toBeUndefined();
    const id = created.data.createReasonTemplate.id;
    expect(errorCode(await as(world.owner, CREATE, { input: { communityId, title: 'Spam', reason: 'Another text for the same title' } }))).toBe('CONFLICT');
    expect(errorCode(await as(world.moderator, CREATE, { input: { communityId, title: 'Short', reason: 'no' } }))).toBe('BAD_USER_INPUT');
    await as(world.owner, CREATE, { input: { communityId, title: 'Abuse', reason: 'Insults towards another member' } });

    const edited = await as(world.owner, UPDATE, { input: { templateId: id, title: 'Spam links', reason: 'Advertising links unrelated to the thread' } });
    expect(edited.data.updateReasonTemplate).toEqual({ id, title: 'Spam links', reason: 'Advertising links unrelated to the thread' });
    expect(errorCode(await as(world.owner, UPDATE, { input: { templateId: id, title: 'Abuse', reason: 'Advertising links unrelated' } }))).toBe('CONFLICT');
    expect((await as(world.moderator, TEMPLATES, { communityId })).data.moderationReasonTemplates.map((row: { title: string }) => row.title)).toEqual(['Abuse', 'Spam links']);

    expect((await as(world.moderator, DELETE, { id })).data.deleteReasonTemplate).toBe(true);
    expect(errorCode(await as(world.moderator, DELETE, { id }))).toBe('NOT_FOUND');
    expect((await as(world.moderator, TEMPLATES, { communityId })).data.moderationReasonTemplates).toHaveLength(1);
  });

  it('keeps templates from members, staff and moderators of another community', async () => {
    const communityId = world.community.globalId;
    const [template] = (await as(world.moderator, TEMPLATES, { communityId })).data.moderationReasonTemplates;
    for (const member of [world.alice, world.staff, otherModerator]) {
      expect(errorCode(await as(member, TEMPLATES, { communityId }))).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(errorCode(await as(member, CREATE, { input: { communityId, title: 'Mine', reason: 'A reason long enough' } }))).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(errorCode(await as(member, UPDATE, { input: { templateId: template.id, title: 'Mine', reason: 'A reason long enough' } }))).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(errorCode(await as(member, DELETE, { id: template.id }))).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect((await as(world.moderator, TEMPLATES, { communityId })).data.moderationReasonTemplates).toEqual([template]);
  });

  it('filters the audit log by human or automation, action, member concerned and period; a member’s history is for this community’s moderators', async () => {
    const communityId = world.community.globalId;
    const until = new Date(platform.clock.now().getTime() + 3 * DAY).toISOString();
    const before = platform.clock.now().toISOString();
    platform.clock.advance(60_000);
    expect((await as(world.moderator, SUSPEND, { input: { communityId, memberId: world.bob.globalId, until, reason: 'Repeated insults in replies' } })).errors).toBeUndefined();
    await as(world.owner, graphql(`mutation ModeratorToolsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }`), { input: { communityId, threshold: 4 } });
    await platform.db.query(
      `INSERT INTO moderation_actions (community_id, actor_kind, action, target_type, target_id, subject_member_id, reason, created_at) VALUES ($1, 'AUTOMATION', 'AUTO_HIDE', 'Member', $2, $2, 'Hidden pending review', $3)`,
      [world.community.id, world.alice.id, platform.clock.now()],
    );

    const all = await as(world.moderator, AUDIT, { communityId });
    expect(all.data.auditLog.totalCount).toBe(3);
    const automation = await as(world.moderator, AUDIT, { communityId, filter: { actorKind: 'AUTOMATION' } });
    expect(nodes(automation, 'auditLog')).toEqual([expect.objectContaining({ action: 'AUTO_HIDE', actorKind: 'AUTOMATION' })]);
    const human = await as(world.moderator, AUDIT, { communityId, filter: { actorKind: 'HUMAN', actions: ['SUSPEND', 'HIDE'] } });
    expect(nodes(human, 'auditLog')).toEqual([expect.objectContaining({ action: 'SUSPEND', reason: 'Repeated insults in replies' })]);
    const aboutBob = await as(world.moderator, AUDIT, { communityId, filter: { memberId: world.bob.globalId } });
    expect(aboutBob.data.auditLog.totalCount).toBe(1);
    expect((await as(world.moderator, AUDIT, { communityId, filter: { to: before } })).data.auditLog.totalCount).toBe(0);
    expect((await as(world.moderator, AUDIT, { communityId, filter: { from: before } })).data.auditLog.totalCount).toBe(3);
    expect(errorCode(await as(world.staff, AUDIT, { communityId, filter: { actorKind: 'HUMAN' } }))).toBe('FORBIDDEN');

    const history = await as(world.moderator, HISTORY, { communityId, memberId: world.bob.globalId });
    expect(history.errors).toBeUndefined();
    expect(nodes(history, 'memberModerationHistory')).toEqual([{ action: 'SUSPEND', reason: 'Repeated insults in replies', actor: { handle: world.moderator.handle } }]);
    for (const member of [world.alice, world.staff, world.bob]) expect(errorCode(await as(member, HISTORY, { communityId, memberId: world.bob.globalId }))).toBe('FORBIDDEN');
    expect(errorCode(await as(otherModerator, HISTORY, { communityId, memberId: world.bob.globalId }))).toMatch(/FORBIDDEN|NOT_FOUND/);
    // Moderating another community gives nothing here, not even about a member of both.
    expect((await as(otherModerator, HISTORY, { communityId: other.globalId, memberId: world.alice.globalId })).data.memberModerationHistory.totalCount).toBe(0);
  });

  it('keeps notes about a member among the community’s moderators, and shows them to the member in their data export', async () => {
    const communityId = world.community.globalId;
    const added = await as(world.moderator, ADD_NOTE, { input: { communityId, memberId: world.bob.globalId, note: 'Warned in private about the tone; calm since.' } });
    expect(added.errors).toBeUndefined();
    expect((await as(world.owner, NOTES, { communityId, memberId: world.bob.globalId })).data.moderatorNotes).toEqual([
      { note: 'Warned in private about the tone; calm since.', author: { handle: world.moderator.handle } },
    ]);
    for (const member of [world.alice, world.staff, world.bob, otherModerator]) {
      expect(errorCode(await as(member, NOTES, { communityId, memberId: world.bob.globalId }))).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(errorCode(await as(member, ADD_NOTE, { input: { communityId, memberId: world.alice.globalId, note: 'Not mine to write' } }))).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect(errorCode(await as(world.moderator, ADD_NOTE, { input: { communityId, memberId: world.outsider.globalId, note: 'Not a member here' } }))).toBe('NOT_FOUND');
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM moderator_notes`)).rows[0].n).toBe(1);

    const requested = await as(world.bob, graphql(`mutation ModeratorToolsRequestDataExport { requestDataExport { id } }`), {});
    await platform.app.get(DataExportService).processPending();
    const link = await as(world.bob, graphql(`mutation ModeratorToolsIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }`), { id: requested.data.requestDataExport.id });
    expect(link.errors).toBeUndefined();
    const archive = JSON.parse(await (await fetch(`${platform.apiUrl}${link.data.issueDataExportLink.url}`)).text());
    expect(archive.data.moderation.moderatorNotesAboutMe).toEqual([
      expect.objectContaining({ community: world.community.slug, note: 'Warned in private about the tone; calm since.', moderator: world.moderator.handle }),
    ]);
    const inventory = await as(world.bob, graphql(`query ModeratorToolsDataInventory { me { dataInventory { category } } }`), {});
    expect(inventory.data.me.dataInventory?.map((entry) => entry.category)).toContain('Notes between moderators about you');
  });

  it('the moderator role elsewhere does not open this community', async () => {
    await addToCommunity(platform, other, world.bob, Role.MODERATOR);
    expect(errorCode(await as(world.bob, AUDIT, { communityId: world.community.globalId }))).toBe('FORBIDDEN');
  });
});
