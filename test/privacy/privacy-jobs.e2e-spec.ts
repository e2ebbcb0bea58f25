import { PrivacyScheduler } from '@palabre/privacy';
import { Platform, startPlatform } from '../support/harness';
import { createMember } from '../support/factories';
import { graphql } from '../graphql';

/** The scheduled side: with the scheduler on, requests are served without anyone calling the services. */
describe('privacy jobs', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'true', ACCOUNT_DELETION_GRACE_DAYS: '2' } });
  });
  afterAll(() => platform?.close());

  it('builds a requested export right away', async () => {
    const me = await createMember(platform);
    const requested = await platform.gql(graphql(`mutation PrivacyJobsRequestDataExport { requestDataExport { id } }`), undefined, { token: me.token });
    expect(requested.errors).toBeUndefined();
    // The request woke the jobs; waiting for the run in progress (or one more) is waiting for the export.
    await platform.app.get(PrivacyScheduler).tick();
    const listed = await platform.gql(graphql(`query PrivacyJobsDataExports { dataExports { edges { node { id status } } } }`), undefined, { token: me.token });
    expect(listed.data.dataExports.edges).toEqual([{ node: { id: requested.data.requestDataExport.id, status: 'READY' } }]);
  });

  it('erases an account once its configured grace period is over, and purges old traces', async () => {
    const me = await createMember(platform);
    const scheduled = await platform.gql(graphql(`mutation PrivacyJobsDeleteAccount($i: DeleteAccountInput!) { deleteAccount(input: $i) { executeAfter } }`), { i: { password: me.password, contentChoice: 'ANONYMISE' } }, { token: me.token });
    expect(new Date(scheduled.data.deleteAccount.executeAfter).getTime() - platform.clock.now().getTime()).toBe(2 * 86_400_000);
    const other = await createMember(platform);

    platform.clock.advanceDays(2);
    await platform.app.get(PrivacyScheduler).tick();
    expect((await platform.db.query(`SELECT handle FROM members WHERE id = $1`, [me.id])).rows[0].handle).toMatch(/^former-member-\d+$/);
    expect((await platform.db.query(`SELECT ip_address FROM sessions WHERE member_id = $1`, [other.id])).rows[0].ip_address).not.toBeNull();

    platform.clock.advanceDays(29);
    await platform.app.get(PrivacyScheduler).tick();
    expect((await platform.db.query(`SELECT ip_address FROM sessions WHERE member_id = $1`, [other.id])).rows[0].ip_address).toBeNull();
  });
});
