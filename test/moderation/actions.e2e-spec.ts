import { Role } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { COMMENT_TYPE, createPost, installFakeContent, postState, TestPost } from './fake-content';
import { graphql } from '../graphql';
import type { ModerationAction, ResolveAppealInput } from '../graphql/graphql';

const MODERATE = graphql(`mutation ActionsModerate($input: ModerateInput!) { moderate(input: $input) { id action actorKind reason target actor { handle affiliation } } }`);
const REPORT = graphql(`mutation ActionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }`);
const APPEAL = graphql(`mutation ActionsAppeal($input: AppealInput!) { appeal(input: $input) { id status dueAt action { action } } }`);
const APPEALS_QUEUE = graphql(`query ActionsAppealsQueue($communityId: ID!) { appealsQueue(communityId: $communityId) { totalCount edges { node { id note appellant { handle } action { id action } } } } }`);
const RESOLVE = graphql(`mutation ActionsResolve($input: ResolveAppealInput!) { resolveAppeal(input: $input) { id status resolutionReason } }`);
const FEATURE = graphql(`mutation ActionsFeature($input: FeatureContentInput!) { featureContent(input: $input) { contentId note curator { handle affiliation } } }`);
const SET_AUTO_HIDE = graphql(`mutation ActionsSetAutoHide($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }`);
const FEATURED = graphql(`query ActionsFeatured($slug: String!) { community(slug: $slug) { featured(first: 10) { totalCount edges { node { contentId note curator { handle } } } } } }`);

describe('moderation: moderator actions, appeals and featuring', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let secondModerator: TestMember;
  let staff: TestMember;
  let author: TestMember;
  let member: TestMember;
  let community: TestCommunity;
  let space: TestSpace;

  const moderate = (actor: TestMember, post: TestPost, action: ModerationAction, reason = 'Breaks rule 3: no advertising here') =>
    platform.gql(MODERATE, { input: { contentId: post.globalId, action, reason } }, { token: actor.token });
  const actionCount = async () => (await platform.db.query(`SELECT count(*)::int AS count FROM moderation_actions`)).rows[0].count as number;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
    await installFakeContent(platform);
    [owner, moderator, secondModerator, staff, author, member] = await createMembers(platform, 6);
    community = await createCommunity(platform, owner);
    space = await createSpace(platform, community);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, secondModerator, Role.MODERATOR);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    await addToCommunity(platform, community, author);
    await addToCommunity(platform, community, member);
  });

  afterAll(() => platform?.close());

  it('hides, restores, removes, locks and unlocks with a labelled, reasoned audit entry and a notice to the author', async () => {
    const post = await createPost(platform, space, author);
    const hidden = await moderate(moderator, post, 'HIDE');
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.moderate).toMatchObject({ action: 'HIDE', actorKind: 'HUMAN', target: post.globalId, actor: { handle: moderator.handle, affiliation: 'MODERATOR' } });
    expect(await postState(platform, post)).toEqual({ hidden: true, removed: false, locked: false });
    await moderate(moderator, post, 'RESTORE');
    expect(await postState(platform, post)).toEqual({ hidden: false, removed: false, locked: false });
    await moderate(moderator, post, 'LOCK');
    expect(await postState(platform, post)).toMatchObject({ locked: true });
    await moderate(owner, post, 'UNLOCK');
    await moderate(owner, post, 'REMOVE');
    expect(await postState(platform, post)).toEqual({ hidden: false, removed: true, locked: false });

    const { rows } = await platform.db.query(`SELECT action, actor_kind FROM moderation_actions WHERE target_id = $1 ORDER BY created_at, action`, [post.id]);
    expect(rows.map((row) => row.action).sort()).toEqual(['HIDE', 'LOCK', 'REMOVE', 'RESTORE', 'UNLOCK']);
    const { rows: events } = await platform.db.query(`SELECT type, rooms, payload->>'reason' AS reason FROM outbox_events WHERE payload->>'contentId' = $1 ORDER BY id`, [post.globalId]);
    expect(events.map((event) => event.type)).toEqual(['content.hidden', 'content.restored', 'content.locked', 'content.unlocked', 'content.removed']);
    expect(events.every((event) => event.rooms[0] === `member:${author.id}` && event.reason === 'Breaks rule 3: no advertising here')).toBe(true);
  });

  it('requires a reason of at least 10 characters and changes nothing without one', async () => {
    const post = await createPost(platform, space, author);
    const before = await actionCount();
    const result = await moderate(moderator, post, 'HIDE', 'spam   ');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    expect(await actionCount()).toBe(before);
  });

  it('locks threads and ideas only', async () => {
    const comment = await createPost(platform, space, author, COMMENT_TYPE);
    expect(errorCode(await moderate(moderator, comment, 'LOCK'))).toBe('BAD_USER_INPUT');
    expect(await postState(platform, comment)).toMatchObject({ locked: false });
  });

  it('resolves the reports of moderated content, and dismissing them lifts an automatic hide', async () => {
    const post = await createPost(platform, space, author);
    await platform.gql(SET_AUTO_HIDE, { input: { communityId: community.globalId, threshold: 1 } }, { token: owner.token });
    await platform.gql(REPORT, { input: { contentId: post.globalId, reason: 'SPAM', note: '' } }, { token: member.token });
    expect(await postState(platform, post)).toMatchObject({ hidden: true });
    const dismissed = await moderate(secondModerator, post, 'DISMISS_REPORTS', 'Not spam: a genuine question');
    expect(dismissed.errors).toBeUndefined();
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    const { rows } = await platform.db.query(`SELECT status, open_weight FROM moderation_cases WHERE content_id = $1`, [post.id]);
    expect(rows[0]).toEqual({ status: 'RESOLVED', open_weight: 0 });
    await platform.gql(SET_AUTO_HIDE, { input: { communityId: community.globalId, threshold: 5 } }, { token: owner.token });
  });

  it('answers FORBIDDEN when a member or brand staff calls a moderator mutation', async () => {
    const post = await createPost(platform, space, author);
    const before = await actionCount();
    for (const actor of [member, staff]) {
      expect(errorCode(await moderate(actor, post, 'HIDE'))).toBe('FORBIDDEN');
      const suspend = await platform.gql(
        graphql(`mutation ActionsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }`),
        { input: { communityId: community.globalId, memberId: author.globalId, until: '2026-04-01T00:00:00Z', reason: 'Repeated insults in replies' } },
        { token: actor.token },
      );
      expect(errorCode(suspend)).toBe('FORBIDDEN');
      const lift = await platform.gql(graphql(`mutation ActionsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }`), { input: { communityId: community.globalId, memberId: author.globalId, reason: 'Served the suspension' } }, { token: actor.token });
      expect(errorCode(lift)).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(SET_AUTO_HIDE, { input: { communityId: community.globalId, threshold: 1 } }, { token: actor.token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(APPEALS_QUEUE, { communityId: community.globalId }, { token: actor.token }))).toBe('FORBIDDEN');
    }
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    expect(await actionCount()).toBe(before);
  });

  it('sends an appeal to a moderator other than the one who acted, due within 72 hours; REVERSED restores the content', async () => {
    const post = await createPost(platform, space, author);
    const hidden = await moderate(moderator, post, 'HIDE');
    const actionId = hidden.data.moderate.id;

    expect(errorCode(await platform.gql(APPEAL, { input: { actionId, note: 'Not mine to appeal' } }, { token: member.token }))).toBe('NOT_FOUND');
    const appealed = await platform.gql(APPEAL, { input: { actionId, note: 'This was a genuine recommendation, not an ad' } }, { token: author.token });
    expect(appealed.errors).toBeUndefined();
    expect(appealed.data.appeal).toMatchObject({ status: 'OPEN', dueAt: new Date(platform.clock.now().getTime() + 72 * 3_600_000).toISOString(), action: { action: 'HIDE' } });
    expect(errorCode(await platform.gql(APPEAL, { input: { actionId, note: 'Again' } }, { token: author.token }))).toBe('CONFLICT');

    const forActor = await platform.gql(APPEALS_QUEUE, { communityId: community.globalId }, { token: moderator.token });
    expect(forActor.data.appealsQueue.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(appealed.data.appeal.id);
    const forOther = await platform.gql(APPEALS_QUEUE, { communityId: community.globalId }, { token: secondModerator.token });
    expect(forOther.data.appealsQueue.edges.map((edge: { node: { id: string } }) => edge.node)).toContainEqual(
      expect.objectContaining({ id: appealed.data.appeal.id, appellant: { handle: author.handle }, action: { id: actionId, action: 'HIDE' } }),
    );

    const input: ResolveAppealInput = { appealId: appealed.data.appeal.id, outcome: 'REVERSED', reason: 'Agreed: it is a useful recommendation' };
    expect(errorCode(await platform.gql(RESOLVE, { input }, { token: moderator.token }))).toBe('FORBIDDEN');
    platform.clock.advance(60_000);
    const reversed = await platform.gql(RESOLVE, { input }, { token: secondModerator.token });
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data.resolveAppeal).toMatchObject({ status: 'REVERSED' });
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    expect(errorCode(await platform.gql(RESOLVE, { input }, { token: owner.token }))).toBe('CONFLICT');

    const history = await platform.gql(graphql(`query ActionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action reverses reason } } } } }`), { c: community.globalId }, { token: author.token });
    expect(history.data.me.moderationHistory?.edges[0].node).toEqual({ action: 'APPEAL_REVERSED', reverses: actionId, reason: 'Agreed: it is a useful recommendation' });
  });

  it('keeps the action when the appeal is UPHELD', async () => {
    const post = await createPost(platform, space, author);
    const removed = await moderate(moderator, post, 'REMOVE');
    const appealed = await platform.gql(APPEAL, { input: { actionId: removed.data.moderate.id, note: 'Please reconsider' } }, { token: author.token });
    const upheld = await platform.gql(RESOLVE, { input: { appealId: appealed.data.appeal.id, outcome: 'UPHELD', reason: 'It is an advertisement' } }, { token: owner.token });
    expect(upheld.data.resolveAppeal.status).toBe('UPHELD');
    expect(await postState(platform, post)).toMatchObject({ removed: true });
  });

  it('lets brand staff feature content with a note, listed newest first in the community’s best of', async () => {
    platform.clock.advance(60_000);
    const first = await createPost(platform, space, author);
    const second = await createPost(platform, space, member);
    const featured = await platform.gql(FEATURE, { input: { contentId: first.globalId, note: 'The clearest setup guide we have' } }, { token: staff.token });
    expect(featured.errors).toBeUndefined();
    expect(featured.data.featureContent).toMatchObject({ curator: { handle: staff.handle, affiliation: 'BRAND_STAFF' } });
    platform.clock.advance(1000);
    await platform.gql(FEATURE, { input: { contentId: second.globalId, note: 'Great troubleshooting story' } }, { token: moderator.token });
    expect(errorCode(await platform.gql(FEATURE, { input: { contentId: first.globalId, note: 'mine' } }, { token: member.token }))).toBe('FORBIDDEN');

    const list = await platform.gql(FEATURED, { slug: community.slug }, { token: member.token });
    expect(list.data.community.featured.totalCount).toBe(2);
    expect(list.data.community.featured.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { contentId: second.globalId, note: 'Great troubleshooting story', curator: { handle: moderator.handle } },
      { contentId: first.globalId, note: 'The clearest setup guide we have', curator: { handle: staff.handle } },
    ]);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM outbox_events WHERE type = 'content.featured'`);
    expect(rows[0].count).toBe(2);

    // Hidden content leaves the best of; unfeaturing says whether it was there.
    await moderate(moderator, second, 'HIDE');
    const unfeature = await platform.gql(graphql(`mutation ActionsUnfeatureContent($id: ID!) { unfeatureContent(contentId: $id) }`), { id: first.globalId }, { token: staff.token });
    expect(unfeature.data.unfeatureContent).toBe(true);
    const after = await platform.gql(FEATURED, { slug: community.slug }, { token: member.token });
    expect(after.data.community.featured.totalCount).toBe(0);
    const history = await platform.gql(graphql(`query ActionsMe2($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action } } } } }`), { c: community.globalId }, { token: author.token });
    expect(history.data.me.moderationHistory?.edges.map((edge: { node: { action: string } }) => edge.node.action).slice(0, 2)).toEqual(['UNFEATURE', 'FEATURE']);
  });
});
