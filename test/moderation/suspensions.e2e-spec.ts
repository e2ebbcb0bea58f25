import { Role, toGlobalId } from '@palabre/contracts';
import { TransactionRunner, WriteGate } from '@palabre/core';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { createPost, installFakeContent, postState } from './fake-content';
import { graphql } from '../graphql';

const SUSPEND = graphql(`mutation SuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id until reason liftedAt member { handle } } }`);
const LIFT = graphql(`mutation SuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id liftedAt } }`);
const REPORT = graphql(`mutation SuspensionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }`);
const KUDOS = graphql(`mutation SuspensionsKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`);
const START_THREAD = graphql(`mutation SuspensionsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }`);

describe('moderation: suspensions', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let otherModerator: TestMember;
  let author: TestMember;
  let offender: TestMember;
  let community: TestCommunity;
  let elsewhere: TestCommunity;
  let space: TestSpace;

  const inDays = (days: number) => new Date(platform.clock.now().getTime() + days * 86_400_000).toISOString();
  const suspend = (actor: TestMember, target: TestMember, until = inDays(7), reason = 'Repeated insults in replies') =>
    platform.gql(SUSPEND, { input: { communityId: community.globalId, memberId: target.globalId, until, reason } }, { token: actor.token });
  const lift = (actor: TestMember, target: TestMember) =>
    platform.gql(LIFT, { input: { communityId: community.globalId, memberId: target.globalId, reason: 'Apologised to everyone involved' } }, { token: actor.token });
  const canWrite = (target: TestMember, communityId: string) =>
    platform.app
      .get(TransactionRunner)
      .run((tx) => platform.app.get(WriteGate).assertCanWrite(tx, communityId, target.id))
      .then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
    await installFakeContent(platform);
    [owner, moderator, otherModerator, author, offender] = await createMembers(platform, 5);
    community = await createCommunity(platform, owner);
    elsewhere = await createCommunity(platform, owner);
    space = await createSpace(platform, community);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, otherModerator, Role.MODERATOR);
    for (const member of [author, offender]) {
      await addToCommunity(platform, community, member);
      await addToCommunity(platform, elsewhere, member);
    }
  });

  afterAll(() => platform?.close());

  it('lets a suspended member read but not report, start threads or give kudos there (SUSPENDED); other communities are unaffected', async () => {
    const post = await createPost(platform, space, author);
    const suspended = await suspend(moderator, offender);
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data.suspendMember).toMatchObject({ reason: 'Repeated insults in replies', liftedAt: null, member: { handle: offender.handle } });

    const report = await platform.gql(REPORT, { input: { contentId: post.globalId, reason: 'SPAM', note: '' } }, { token: offender.token });
    expect(errorCode(report)).toBe('SUSPENDED');
    expect(report.errors?.[0]?.message).toMatch(/suspended in this community until/);
    expect(errorCode(await platform.gql(KUDOS, { input: { contentId: post.globalId } }, { token: offender.token }))).toBe('SUSPENDED');
    const thread = await platform.gql(START_THREAD, { input: { spaceId: space.globalId, kind: 'DISCUSSION', title: 'A thread while suspended', body: 'Hello', tags: [] } }, { token: offender.token });
    expect(errorCode(thread)).toBe('SUSPENDED');
    const post2 = () =>
      platform.app.get(TransactionRunner).run((tx) => platform.app.get(WriteGate).assertCanPost(tx, { communityId: community.id, memberId: offender.id, kind: 'IDEA_COMMENT', body: 'a comment' }));
    await expect(post2()).rejects.toMatchObject({ code: 'SUSPENDED' });

    const reading = await platform.gql(graphql(`query SuspensionsCommunity($slug: String!) { community(slug: $slug) { name } }`), { slug: community.slug }, { token: offender.token });
    expect(reading.errors).toBeUndefined();
    expect(await canWrite(offender, elsewhere.id)).toBe('ok');
    expect(await canWrite(author, community.id)).toBe('ok');
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM content_reports WHERE reporter_id = $1`, [offender.id]);
    expect(rows[0].count).toBe(0);
  });

  it('announces the suspension to the gateway (communityId and memberId) and records it in the audit log and the member’s history', async () => {
    const { rows } = await platform.db.query(`SELECT rooms, audience, payload FROM outbox_events WHERE type = 'member.suspended'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].rooms).toEqual([`community:${community.id}`, `member:${offender.id}`]);
    expect(rows[0].audience).toBe('moderators');
    expect(rows[0].payload).toMatchObject({ communityId: community.id, memberId: offender.id, reason: 'Repeated insults in replies' });
    const history = await platform.gql(graphql(`query SuspensionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action target reason actor { handle } } } } } }`), { c: community.globalId }, { token: offender.token });
    expect(history.data.me.moderationHistory?.edges[0].node).toEqual({ action: 'SUSPEND', target: offender.globalId, reason: 'Repeated insults in replies', actor: { handle: moderator.handle } });
  });

  it('ends with liftSuspension', async () => {
    const lifted = await lift(otherModerator, offender);
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data.liftSuspension.liftedAt).not.toBeNull();
    expect(await canWrite(offender, community.id)).toBe('ok');
    expect(errorCode(await lift(otherModerator, offender))).toBe('NOT_FOUND');
  });

  it('refuses a past end, suspending oneself or an owner, and lets only owners suspend moderators', async () => {
    expect(errorCode(await suspend(moderator, offender, inDays(-1)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await suspend(moderator, moderator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await suspend(moderator, owner))).toBe('FORBIDDEN');
    expect(errorCode(await suspend(moderator, otherModerator))).toBe('FORBIDDEN');
    expect(errorCode(await suspend(moderator, offender, inDays(3), 'short'))).toBe('BAD_USER_INPUT');
    const byOwner = await suspend(owner, otherModerator, inDays(1), 'Abused the moderation tools');
    expect(byOwner.errors).toBeUndefined();
    await lift(owner, otherModerator);
  });

  it('lifts the suspension when an appeal is REVERSED by another moderator', async () => {
    const suspended = await suspend(moderator, author, inDays(30), 'Posted a stranger’s phone number');
    expect(await canWrite(author, community.id)).toBe('SUSPENDED');
    const { rows } = await platform.db.query(`SELECT id FROM moderation_actions WHERE action = 'SUSPEND' AND subject_member_id = $1`, [author.id]);
    expect(suspended.errors).toBeUndefined();
    const actionId = toGlobalId('AuditEntry', rows[0].id);
    const appeal = await platform.gql(graphql(`mutation SuspensionsAppeal($input: AppealInput!) { appeal(input: $input) { id } }`), { input: { actionId, note: 'It was my own shop’s public number' } }, { token: author.token });
    expect(appeal.errors).toBeUndefined();
    const resolved = await platform.gql(
      graphql(`mutation SuspensionsResolveAppeal($input: ResolveAppealInput!) { resolveAppeal(input: $input) { status } }`),
      { input: { appealId: appeal.data.appeal.id, outcome: 'REVERSED', reason: 'A public business number is fine' } },
      { token: otherModerator.token },
    );
    expect(resolved.data?.resolveAppeal.status).toBe('REVERSED');
    expect(await canWrite(author, community.id)).toBe('ok');
  });

  it('still lets the suspended member’s content be moderated as usual', async () => {
    const post = await createPost(platform, space, offender);
    await suspend(moderator, offender, inDays(2));
    const hidden = await platform.gql(graphql(`mutation SuspensionsModerate($input: ModerateInput!) { moderate(input: $input) { action } }`), { input: { contentId: post.globalId, action: 'HIDE', reason: 'Insults another member' } }, { token: moderator.token });
    expect(hidden.errors).toBeUndefined();
    expect(await postState(platform, post)).toMatchObject({ hidden: true });
  });

  // Last: moving the clock a day ahead also ends the access tokens of this file.
  it('ends on its own when `until` passes', async () => {
    expect(await canWrite(offender, community.id)).toBe('SUSPENDED');
    platform.clock.advanceDays(2);
    expect(await canWrite(offender, community.id)).toBe('ok');
  });
});
