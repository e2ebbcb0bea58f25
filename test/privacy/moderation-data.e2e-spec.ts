import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { AccountErasureService, DataExportService, RetentionService } from '@palabre/privacy';
import { Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { createPost, installFakeContent, TestPost } from '../moderation/fake-content';
import { graphql } from '../graphql';

const REPORT = graphql(`mutation ModerationDataReport($input: ReportContentInput!) { reportContent(input: $input) { id weight } }`);
const SUSPEND = graphql(`mutation ModerationDataSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`);
const APPEAL = graphql(`mutation ModerationDataAppeal($input: AppealInput!) { appeal(input: $input) { id status } }`);
const DELETE_ACCOUNT = graphql(`mutation ModerationDataDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`);
const DAY = 86_400_000;

/** Moderation's personal-data provider: export, erasure that keeps the audit log and the case counters coherent, retention. */
describe('privacy: moderation data', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let author: TestMember;
  let bystander: TestMember;
  let community: TestCommunity;
  let space: TestSpace;

  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());
  const report = async (member: TestMember, post: TestPost, note: string) => {
    const result = await platform.gql(REPORT, { input: { contentId: post.globalId, reason: 'ABUSE', note } }, { token: tokenOf(member) });
    expect(result.errors).toBeUndefined();
  };
  const suspend = async (actor: TestMember, target: TestMember, reason: string) => {
    const until = new Date(platform.clock.now().getTime() + 3 * DAY).toISOString();
    const result = await platform.gql(SUSPEND, { input: { communityId: community.globalId, memberId: target.globalId, until, reason } }, { token: tokenOf(actor) });
    expect(result.errors).toBeUndefined();
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const exportOf = async (member: TestMember): Promise<{ archive: any; text: string }> => {
    const requested = await platform.gql(graphql(`mutation ModerationDataRequestDataExport { requestDataExport { id } }`), undefined, { token: tokenOf(member) });
    expect(requested.errors).toBeUndefined();
    await platform.app.get(DataExportService).processPending();
    const link = await platform.gql(graphql(`mutation ModerationDataIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }`), { id: requested.data.requestDataExport.id }, { token: tokenOf(member) });
    expect(link.errors).toBeUndefined();
    const text = await (await fetch(`${platform.apiUrl}${link.data.issueDataExportLink.url}`)).text();
    return { archive: JSON.parse(text), text };
  };
  /** Every case's counters equal its unresolved reports; resolved cases count nothing. */
  const casesOutOfStep = async () =>
    (
      await platform.db.query(
        `SELECT mc.id FROM moderation_cases mc
          LEFT JOIN LATERAL (SELECT count(*)::int AS n, COALESCE(sum(weight), 0)::int AS w FROM content_reports r WHERE r.case_id = mc.id AND r.resolved_at IS NULL) open ON true
         WHERE mc.open_reports <> open.n OR mc.open_weight <> open.w OR (mc.status = 'RESOLVED' AND open.n > 0)`,
      )
    ).rows;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', SCHEDULER_ENABLED: 'false' } });
    await installFakeContent(platform);
    [owner, moderator, author, bystander] = await createMembers(platform, 4, 'md_');
    community = await createCommunity(platform, owner);
    space = await createSpace(platform, community, SpaceKind.DISCUSSION);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, author);
    await addToCommunity(platform, community, bystander);
  });
  afterAll(() => platform?.close());

  it('exports the reports I filed, my suspensions and the decisions about me; as a moderator, the actions I took; others by handle only', async () => {
    const [me] = await createMembers(platform, 1, 'mx_');
    await addToCommunity(platform, community, me);
    const post = await createPost(platform, space, author);
    await report(me, post, 'insults in the second paragraph');
    await report(bystander, post, 'the bystander note');
    await suspend(moderator, me, 'Repeated insults in replies');

    const { archive, text } = await exportOf(me);
    const data = archive.data.moderation;
    expect(data.reportsFiled).toEqual([expect.objectContaining({ community: community.slug, contentId: post.globalId, reason: 'ABUSE', note: 'insults in the second paragraph', createdAt: expect.any(String) })]);
    expect(data.suspensions).toEqual([expect.objectContaining({ community: community.slug, reason: 'Repeated insults in replies', liftedAt: null })]);
    expect(data.actionsAboutMe).toEqual([expect.objectContaining({ action: 'SUSPEND', actor: moderator.handle, reason: 'Repeated insults in replies' })]);
    expect(text).not.toContain('the bystander note');
    expect(text).not.toContain(bystander.handle);
    expect(text).not.toContain(moderator.email);

    const moderators = await exportOf(moderator);
    expect(moderators.archive.data.moderation.asModerator.actionsTaken).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'SUSPEND', member: me.handle, reason: 'Repeated insults in replies' })]),
    );
    expect(moderators.archive.data.moderation.asModerator.suspensions).toEqual([expect.objectContaining({ member: me.handle, suspendedByMe: true })]);
    expect(moderators.text).not.toContain(me.email);
  });

  it('after erasure, keeps the audit log without the member, removes their reports, suspensions and posting log, with case counters equal to rows', async () => {
    const [leaving, offender, otherReporter] = await createMembers(platform, 3, 'ml_');
    await addToCommunity(platform, community, leaving, Role.MODERATOR);
    await addToCommunity(platform, community, offender);
    await addToCommunity(platform, community, otherReporter);
    const shared = await createPost(platform, space, author);
    const alone = await createPost(platform, space, author);
    await report(leaving, shared, 'reported by the leaving moderator');
    await report(otherReporter, shared, 'reported by someone who stays');
    await report(leaving, alone, 'only the leaving moderator reported this');
    await suspend(leaving, offender, 'Flooding the space');
    await suspend(owner, leaving, 'Abused moderator rights');
    const { rows: [suspendedLeaving] } = await platform.db.query(`SELECT id FROM moderation_actions WHERE subject_member_id = $1`, [leaving.id]);
    const appealed = await platform.gql(APPEAL, { input: { actionId: toGlobalId('AuditEntry', suspendedLeaving.id), note: 'I was defending a member' } }, { token: tokenOf(leaving) });
    expect(appealed.errors).toBeUndefined();
    await platform.db.query(`INSERT INTO post_log (community_id, member_id, kind, body_hash, created_at) VALUES ($1, $2, 'THREAD', repeat('a', 64), $3)`, [community.id, leaving.id, platform.clock.now()]);
    const auditBefore = (await platform.db.query(`SELECT id FROM moderation_actions WHERE actor_id = $1 OR subject_member_id = $1 ORDER BY id`, [leaving.id])).rows.map((row) => row.id);
    // They suspended the offender, and were suspended by the owner.
    expect(auditBefore).toHaveLength(2);
    const totalBefore = (await platform.db.query(`SELECT count(*)::int AS n FROM moderation_actions`)).rows[0].n;

    const scheduled = await platform.gql(DELETE_ACCOUNT, { input: { password: leaving.password, contentChoice: 'ANONYMISE' } }, { token: tokenOf(leaving) });
    expect(scheduled.errors).toBeUndefined();
    platform.clock.advanceDays(7);
    platform.clock.advance(60_000);
    expect(await platform.app.get(AccountErasureService).executeDue()).toBeGreaterThanOrEqual(1);

    // The audit log keeps every entry, none naming the member any more.
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM moderation_actions`)).rows[0].n).toBe(totalBefore);
    const after = await platform.db.query(`SELECT id, action, actor_id, subject_member_id, reason FROM moderation_actions WHERE id = ANY($1::uuid[]) ORDER BY id`, [auditBefore]);
    expect(after.rows).toHaveLength(auditBefore.length);
    expect(after.rows.filter((row) => row.actor_id === leaving.id || row.subject_member_id === leaving.id)).toEqual([]);
    expect(after.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'SUSPEND', actor_id: null, subject_member_id: offender.id, reason: 'Flooding the space' }),
        expect.objectContaining({ action: 'SUSPEND', actor_id: owner.id, subject_member_id: null, reason: 'Abused moderator rights' }),
      ]),
    );
    expect((await platform.db.query(`SELECT 1 FROM moderation_actions WHERE actor_id = $1 OR subject_member_id = $1`, [leaving.id])).rowCount).toBe(0);

    // Their reports are gone; the case someone else reported stays open with that report alone, the other one closes.
    expect((await platform.db.query(`SELECT 1 FROM content_reports WHERE reporter_id = $1`, [leaving.id])).rowCount).toBe(0);
    const caseOf = async (post: TestPost) => (await platform.db.query(`SELECT status, open_reports, open_weight FROM moderation_cases WHERE content_id = $1`, [post.id])).rows[0];
    expect(await caseOf(shared)).toEqual({ status: 'OPEN', open_reports: 1, open_weight: 1 });
    expect(await caseOf(alone)).toEqual({ status: 'RESOLVED', open_reports: 0, open_weight: 0 });
    expect(await casesOutOfStep()).toEqual([]);

    // Suspensions: theirs are gone, the one they gave stays without their id; the posting log is gone.
    expect((await platform.db.query(`SELECT 1 FROM suspensions WHERE member_id = $1 OR created_by = $1 OR lifted_by = $1`, [leaving.id])).rowCount).toBe(0);
    expect((await platform.db.query(`SELECT reason, created_by FROM suspensions WHERE member_id = $1`, [offender.id])).rows).toEqual([{ reason: 'Flooding the space', created_by: null }]);
    expect((await platform.db.query(`SELECT 1 FROM post_log WHERE member_id = $1`, [leaving.id])).rowCount).toBe(0);
    // Their appeal (and its note) is gone; the suspension it contested stays in the audit log.
    expect((await platform.db.query(`SELECT 1 FROM appeals WHERE action_id = $1 OR appellant_id = $2`, [suspendedLeaving.id, leaving.id])).rowCount).toBe(0);
  });

  it('purges posting-log rows older than a day and keeps recent ones', async () => {
    const now = platform.clock.now().getTime();
    await platform.db.query(
      `INSERT INTO post_log (community_id, member_id, kind, body_hash, created_at) VALUES ($1, $2, 'REPLY', repeat('b', 64), $3), ($1, $2, 'REPLY', repeat('c', 64), $4)`,
      [community.id, bystander.id, new Date(now - 25 * 3_600_000), new Date(now - 23 * 3_600_000)],
    );
    expect(await platform.app.get(RetentionService).purge()).toBe(true);
    const { rows } = await platform.db.query(`SELECT body_hash FROM post_log WHERE member_id = $1 ORDER BY created_at`, [bystander.id]);
    expect(rows.map((row) => row.body_hash[0])).toEqual(['c']);
  });
});
