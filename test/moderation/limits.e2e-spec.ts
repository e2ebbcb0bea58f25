import { Role } from '@palabre/contracts';
import { ContentKind, TransactionRunner, WriteGate } from '@palabre/core';
import { Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMembers, TestCommunity, TestMember } from '../support/factories';

/**
 * The anti-abuse limits every posting feature applies through core's WriteGate.assertCanPost,
 * inside the transaction that inserts the post (advice and ideas call it the same way).
 */
describe('moderation: anti-abuse posting limits', () => {
  let platform: Platform;
  let owner: TestMember;
  let community: TestCommunity;
  let members: TestMember[];
  let bodies = 0;

  const post = (member: TestMember, kind: ContentKind, body = `distinct body ${(bodies += 1)}`) =>
    platform.app
      .get(TransactionRunner)
      .run((tx) => platform.app.get(WriteGate).assertCanPost(tx, { communityId: community.id, memberId: member.id, kind, body }))
      .then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? String(error),
      );
  const logged = async (member: TestMember) => (await platform.db.query(`SELECT count(*)::int AS count FROM post_log WHERE member_id = $1`, [member.id])).rows[0].count as number;

  beforeAll(async () => {
    platform = await startPlatform({ config: { PASSWORD_HASH_COST_LOG2: '10', POST_FLOOD_INTERVAL_SECONDS: '5' } });
    [owner, ...members] = await createMembers(platform, 6);
    community = await createCommunity(platform, owner);
    for (const member of members) await addToCommunity(platform, community, member);
  });

  afterAll(() => platform?.close());

  it('allows a new member 3 threads or ideas in their first 24 hours (NEW_MEMBER_LIMIT)', async () => {
    const [newcomer] = members;
    const results = [];
    for (const kind of ['THREAD', 'IDEA', 'THREAD'] as const) {
      results.push(await post(newcomer, kind));
      platform.clock.advance(6_000);
    }
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(await post(newcomer, 'IDEA')).toBe('NEW_MEMBER_LIMIT');
    expect(await post(newcomer, 'REPLY')).toBe('ok');
    expect(await logged(newcomer)).toBe(4);
    platform.clock.advanceHours(24);
    expect(await post(newcomer, 'THREAD')).toBe('ok');
  });

  it('allows a new member 10 replies or comments in their first 24 hours', async () => {
    const newcomer = members[1];
    await platform.db.query(`UPDATE memberships SET joined_at = $3 WHERE community_id = $1 AND member_id = $2`, [community.id, newcomer.id, platform.clock.now()]);
    for (let index = 0; index < 10; index += 1) {
      expect(await post(newcomer, index % 2 ? 'REPLY' : 'IDEA_COMMENT')).toBe('ok');
      platform.clock.advance(5_000);
    }
    expect(await post(newcomer, 'REPLY')).toBe('NEW_MEMBER_LIMIT');
    expect(await post(newcomer, 'THREAD')).toBe('ok');
  });

  it('does not treat staff and moderators as new members', async () => {
    const moderator = members[2];
    await addToCommunity(platform, community, moderator, Role.MODERATOR);
    await platform.db.query(`UPDATE memberships SET joined_at = $3 WHERE community_id = $1 AND member_id = $2`, [community.id, moderator.id, platform.clock.now()]);
    for (let index = 0; index < 5; index += 1) {
      expect(await post(moderator, 'THREAD')).toBe('ok');
      platform.clock.advance(5_000);
    }
  });

  it('refuses the same text twice within 5 minutes (DUPLICATE_CONTENT), whatever the spacing or case', async () => {
    const member = members[3];
    platform.clock.advanceHours(25);
    expect(await post(member, 'REPLY', 'Have you tried turning it off and on again?')).toBe('ok');
    platform.clock.advance(60_000);
    expect(await post(member, 'REPLY', '  have you tried turning it OFF and on   again? ')).toBe('DUPLICATE_CONTENT');
    platform.clock.advance(4 * 60_000);
    expect(await post(member, 'THREAD', 'Have you tried turning it off and on again?')).toBe('ok');
    expect(await logged(member)).toBe(2);
  });

  it('refuses a second post within the flood interval (TOO_MANY_REQUESTS), one post at a time under concurrency', async () => {
    const member = members[4];
    platform.clock.advanceHours(25);
    const results = await Promise.all([post(member, 'REPLY'), post(member, 'REPLY'), post(member, 'REPLY'), post(member, 'REPLY')]);
    expect(results.filter((result) => result === 'ok')).toHaveLength(1);
    expect(results.filter((result) => result === 'TOO_MANY_REQUESTS')).toHaveLength(3);
    platform.clock.advance(4_000);
    expect(await post(member, 'REPLY')).toBe('TOO_MANY_REQUESTS');
    platform.clock.advance(1_000);
    expect(await post(member, 'REPLY')).toBe('ok');
    expect(await logged(member)).toBe(2);
  });
});
