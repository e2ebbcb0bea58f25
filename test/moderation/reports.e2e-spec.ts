import { Role, SpaceKind, Visibility } from '@palabre/contracts';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, createMembers, createSpace, TestCommunity, TestMember, TestSpace } from '../support/factories';
import { COMMENT_TYPE, createPost, installFakeContent, postState, TestPost } from './fake-content';
import { graphql } from '../graphql';
import type { ReportReason } from '../graphql/graphql';

const REPORT = graphql(`mutation ReportsReport($input: ReportContentInput!) { reportContent(input: $input) { id weight reason note } }`);
const QUEUE = graphql(`query ReportsQueue($communityId: ID!, $status: ModerationCaseStatus!, $first: Int) {
  moderationQueue(communityId: $communityId, filter: { status: $status }, first: $first) {
    totalCount
    edges { node { contentId contentType status openWeight openReports autoHiddenAt author { handle } reports { weight reason reporter { handle affiliation } } } }
  } }`);
const HISTORY = graphql(`query ReportsHistory($communityId: ID!) { me { moderationHistory(communityId: $communityId) { edges { node { id action actorKind reason target actor { handle } } } } } }`);
const AUDIT = graphql(`query ReportsAudit($communityId: ID!) { auditLog(communityId: $communityId) { totalCount edges { node { action actorKind target reason actor { handle } } } } }`);

describe('moderation: reports and weighted auto-hide', () => {
  let platform: Platform;
  let owner: TestMember;
  let moderator: TestMember;
  let staff: TestMember;
  let author: TestMember;
  let trusted: TestMember;
  let members: TestMember[];
  let community: TestCommunity;
  let space: TestSpace;

  const report = (member: TestMember, post: TestPost, reason: ReportReason = 'SPAM') => platform.gql(REPORT, { input: { contentId: post.globalId, reason, note: 'looks like spam' } }, { token: member.token });
  const openCase = async (post: TestPost) =>
    (await platform.db.query<{ open_weight: number; open_reports: number; status: string }>(`SELECT open_weight, open_reports, status FROM moderation_cases WHERE content_id = $1`, [post.id])).rows[0];

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10' } });
    await installFakeContent(platform);
    [owner, moderator, staff, author, trusted] = await createMembers(platform, 5);
    members = await createMembers(platform, 6);
    community = await createCommunity(platform, owner);
    space = await createSpace(platform, community, SpaceKind.DISCUSSION);
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    for (const member of [author, trusted, ...members]) await addToCommunity(platform, community, member);
    await platform.db.query(`INSERT INTO reputations (community_id, member_id, points) VALUES ($1, $2, 20)`, [community.id, trusted.id]);
  });

  afterAll(() => platform?.close());

  it('counts one report per member per content, even when sent several times at once', async () => {
    const post = await createPost(platform, space, author);
    const results = await Promise.all([report(members[0], post), report(members[0], post), report(members[0], post)]);
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(results.map((result) => result.data.reportContent.id)).size).toBe(1);
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM content_reports WHERE content_id = $1`, [post.id]);
    expect(rows[0].count).toBe(1);
    expect(await openCase(post)).toMatchObject({ open_weight: 1, open_reports: 1, status: 'OPEN' });
  });

  it('weighs reports by earned trust only (1, or 2 from reputation 20; a moderator like anyone), and adds concurrent reports exactly', async () => {
    const post = await createPost(platform, space, author);
    const [plain, fromTrusted] = await Promise.all([report(members[0], post), report(trusted, post)]);
    expect(plain.data.reportContent.weight).toBe(1);
    expect(fromTrusted.data.reportContent.weight).toBe(2);
    expect(await openCase(post)).toMatchObject({ open_weight: 3, open_reports: 2 });
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    const fromModerator = await report(moderator, post);
    expect(fromModerator.data.reportContent.weight).toBe(1);
  });

  it('hides content pending review when the open weight reaches 5, records it as AUTOMATION and tells the author why', async () => {
    const post = await createPost(platform, space, author);
    await Promise.all([report(members[0], post), report(members[1], post), report(trusted, post)]);
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    const last = await report(members[2], post, 'ABUSE');
    expect(last.errors).toBeUndefined();
    expect(await postState(platform, post)).toMatchObject({ hidden: true });

    const { rows: actions } = await platform.db.query(`SELECT actor_kind, actor_id, action, subject_member_id FROM moderation_actions WHERE target_id = $1`, [post.id]);
    expect(actions).toEqual([{ actor_kind: 'AUTOMATION', actor_id: null, action: 'AUTO_HIDE', subject_member_id: author.id }]);
    const { rows: events } = await platform.db.query(`SELECT rooms, payload FROM outbox_events WHERE type = 'content.hidden' AND payload->>'contentId' = $1`, [post.globalId]);
    expect(events).toHaveLength(1);
    expect(events[0].rooms).toEqual([`member:${author.id}`]);
    expect(events[0].payload).toMatchObject({ communityId: community.id, actorKind: 'AUTOMATION', reason: expect.stringContaining('threshold (5)') });

    const history = await platform.gql(HISTORY, { communityId: community.globalId }, { token: author.token });
    expect(history.errors).toBeUndefined();
    expect(history.data.me.moderationHistory?.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual(
      expect.objectContaining({ action: 'AUTO_HIDE', actorKind: 'AUTOMATION', actor: null, target: post.globalId, reason: expect.stringContaining('pending review') }),
    );
    // Someone else's history is not theirs to read.
    const others = await platform.gql(HISTORY, { communityId: community.globalId }, { token: members[0].token });
    expect(others.data.me.moderationHistory?.edges.some((edge: { node: { target: string } }) => edge.node.target === post.globalId)).toBe(false);
  });

  it('follows the community’s own threshold', async () => {
    const other = await createCommunity(platform, owner);
    const otherSpace = await createSpace(platform, other);
    for (const member of [author, ...members.slice(0, 2)]) await addToCommunity(platform, other, member);
    const set = await platform.gql(graphql(`mutation ReportsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }`), { input: { communityId: other.globalId, threshold: 2 } }, { token: owner.token });
    expect(set.data?.setAutoHideThreshold).toBe(2);
    const post = await createPost(platform, otherSpace, author);
    await report(members[0], post);
    expect(await postState(platform, post)).toMatchObject({ hidden: false });
    await report(members[1], post);
    expect(await postState(platform, post)).toMatchObject({ hidden: true });
    const community2 = await platform.gql(graphql(`query ReportsCommunity($slug: String!) { community(slug: $slug) { autoHideThreshold } }`), { slug: other.slug }, { token: author.token });
    expect(community2.data.community.autoHideThreshold).toBe(2);
  });

  it('never hides staff or moderator content on member reports alone', async () => {
    for (const writer of [staff, moderator]) {
      const post = await createPost(platform, space, writer);
      for (const member of [...members, trusted]) await report(member, post);
      expect(await openCase(post)).toMatchObject({ open_weight: 8 });
      expect(await postState(platform, post)).toMatchObject({ hidden: false });
    }
    // Weight 1 + 1 + 2 + 1 reaches the threshold, and a moderator (the owner, weighing like anyone) is among them.
    const post = await createPost(platform, space, staff);
    await report(members[0], post);
    await report(members[1], post);
    await report(trusted, post);
    await report(owner, post);
    expect(await postState(platform, post)).toMatchObject({ hidden: true });
  });

  it('refuses reports on one’s own content, from non-members, on private communities and on unknown ids', async () => {
    const post = await createPost(platform, space, author);
    expect(errorCode(await report(author, post))).toBe('BAD_USER_INPUT');
    const outsider = await createMember(platform);
    expect(errorCode(await report(outsider, post))).toBe('FORBIDDEN');
    const secret = await createCommunity(platform, owner, { visibility: Visibility.PRIVATE });
    const secretPost = await createPost(platform, await createSpace(platform, secret), owner);
    expect(errorCode(await report(members[0], secretPost))).toBe('NOT_FOUND');
    const badId = await platform.gql(REPORT, { input: { contentId: 'not-an-id', reason: 'SPAM', note: '' } }, { token: members[0].token });
    expect(errorCode(badId)).toBe('NOT_FOUND');
    // A reason outside the enum: a deliberately invalid variable, hence the untyped call.
    const badReason = await platform.gqlRaw(REPORT.toString(), { input: { contentId: post.globalId, reason: 'BORING', note: '' } }, { token: members[0].token });
    expect(badReason.errors).toBeDefined();
    const { rows } = await platform.db.query(`SELECT count(*)::int AS count FROM content_reports WHERE content_id = ANY($1::uuid[])`, [[post.id, secretPost.id]]);
    expect(rows[0].count).toBe(0);
  });

  it('shows moderators the open queue with reports and weights, in a constant number of statements', async () => {
    const fresh = await createCommunity(platform, owner);
    const freshSpace = await createSpace(platform, fresh);
    for (const member of [author, trusted, ...members]) await addToCommunity(platform, fresh, member);
    await platform.db.query(`INSERT INTO reputations (community_id, member_id, points) VALUES ($1, $2, 25)`, [fresh.id, trusted.id]);
    const first = await createPost(platform, freshSpace, author);
    await report(trusted, first, 'OFF_TOPIC');
    const one = await platform.gql(QUEUE, { communityId: fresh.globalId, status: 'OPEN', first: 10 }, { token: owner.token });
    expect(one.errors).toBeUndefined();
    expect(one.data.moderationQueue.totalCount).toBe(1);
    expect(one.data.moderationQueue.edges[0].node).toMatchObject({
      contentId: first.globalId,
      contentType: 'ModPost',
      status: 'OPEN',
      openWeight: 2,
      openReports: 1,
      author: { handle: author.handle },
      reports: [{ weight: 2, reason: 'OFF_TOPIC', reporter: { handle: trusted.handle, affiliation: 'MEMBER' } }],
    });
    for (let index = 0; index < 4; index += 1) {
      const post = await createPost(platform, freshSpace, author);
      await report(members[index], post);
      await report(members[index + 1], post);
    }
    const many = await platform.gql(QUEUE, { communityId: fresh.globalId, status: 'OPEN', first: 10 }, { token: owner.token });
    expect(many.data.moderationQueue.edges).toHaveLength(5);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('answers FORBIDDEN to members and brand staff asking for the queue or the audit log', async () => {
    for (const member of [members[0], staff]) {
      expect(errorCode(await platform.gql(QUEUE, { communityId: community.globalId, status: 'OPEN' }, { token: member.token }))).toBe('FORBIDDEN');
      expect(errorCode(await platform.gql(AUDIT, { communityId: community.globalId }, { token: member.token }))).toBe('FORBIDDEN');
    }
  });

  it('lists every action in the audit log, automatic ones included', async () => {
    const log = await platform.gql(AUDIT, { communityId: community.globalId }, { token: moderator.token });
    expect(log.errors).toBeUndefined();
    const entries = log.data.auditLog.edges.map((edge: { node: { action: string; actorKind: string } }) => edge.node);
    expect(entries.filter((entry: { action: string }) => entry.action === 'AUTO_HIDE').length).toBeGreaterThanOrEqual(2);
    expect(entries.every((entry: { action: string; actorKind: string }) => (entry.action === 'AUTO_HIDE') === (entry.actorKind === 'AUTOMATION'))).toBe(true);
    expect(log.data.auditLog.totalCount).toBe(entries.length);
  });

  it('keeps the audit log append-only in the database', async () => {
    await expect(platform.db.query(`UPDATE moderation_actions SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(platform.db.query(`DELETE FROM moderation_actions`)).rejects.toThrow(/append-only/);
  });

  it('reports on a comment reach the queue like any other content', async () => {
    const comment = await createPost(platform, space, author, COMMENT_TYPE);
    const result = await report(members[3], comment);
    expect(result.errors).toBeUndefined();
    expect(await openCase(comment)).toMatchObject({ open_weight: 1 });
  });
});
