import { Role } from '@palabre/contracts';
import { AccountErasureService } from '@palabre/privacy';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember } from '../support/factories';
import { graphql } from '../graphql';

const DELETE_ACCOUNT = graphql(`mutation LastOwnerDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`);

describe('account deletion and community ownership', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
  });
  afterAll(() => platform.close());

  it('refuses to schedule the deletion of the last owner of a community with other members', async () => {
    const owner = await createMember(platform);
    const community = await createCommunity(platform, owner);
    await addToCommunity(platform, community, await createMember(platform), Role.MEMBER);
    const result = await platform.gql(DELETE_ACCOUNT, { input: { password: owner.password, contentChoice: 'ANONYMISE' } }, { token: owner.token });
    expect(errorCode(result)).toBe('LAST_OWNER');
    const scheduled = await platform.db.query('SELECT count(*) FROM account_deletions WHERE member_id = $1', [owner.id]);
    expect(Number(scheduled.rows[0].count)).toBe(0);
  });

  it('hands the community to the longest-standing staff member when the last owner is erased after the grace period', async () => {
    const owner = await createMember(platform);
    const community = await createCommunity(platform, owner);
    const coOwner = await createMember(platform);
    await addToCommunity(platform, community, coOwner, Role.OWNER);
    const [member, staff] = [await createMember(platform), await createMember(platform)];
    await addToCommunity(platform, community, member, Role.MEMBER);
    await addToCommunity(platform, community, staff, Role.BRAND_STAFF);
    const scheduled = await platform.gql(DELETE_ACCOUNT, { input: { password: owner.password, contentChoice: 'ANONYMISE' } }, { token: owner.token });
    expect(scheduled.errors).toBeUndefined();
    // During the grace period the co-owner leaves, making the leaving member the last owner.
    await platform.db.query('DELETE FROM memberships WHERE community_id = $1 AND member_id = $2', [community.id, coOwner.id]);
    platform.clock.advanceDays(8);
    await platform.app.get(AccountErasureService).executeDue();
    const owners = await platform.db.query(`SELECT member_id FROM memberships WHERE community_id = $1 AND role = 'OWNER'`, [community.id]);
    expect(owners.rows.map((row) => row.member_id)).toEqual([staff.id]);
  });
});
