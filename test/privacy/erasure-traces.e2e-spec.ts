import { SpaceKind } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { AccountErasureService } from '@palabre/privacy';
import { Platform, startPlatform } from '../support/harness';
import { castWorld, CastWorld, TestMember } from '../support/factories';
import { createThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

/** Nothing a leaving member wrote outlives them in other members' notifications or in replayable events. */
describe('erasure leaves no trace in notifications and events', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());

  /** `leaver` thanks Bob with a message and starts a thread with a recognisable title, then leaves with `choice`. */
  async function leaveAfterWriting(leaver: TestMember, choice: 'ANONYMISE' | 'DELETE', words: string) {
    const bobsThread = await createThread(platform, world.bob, world.space, { title: `Bob asks a question (${choice})`, body: `A question from Bob before someone leaves with ${choice}.` });
    const kudos = await platform.gql(graphql(`mutation ErasureTracesGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`), { input: { contentId: bobsThread.globalId, message: `Thanks for ${words}` } }, { token: tokenOf(leaver) });
    expect(kudos.errors).toBeUndefined();
    await createThread(platform, leaver, world.space, { title: `My own ${words} thread`, body: `Written by the leaver about ${words}.` });
    const notificationsFromLeaver = await platform.db.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND actor_id = $2`, [world.bob.id, leaver.id]);
    expect(notificationsFromLeaver.rows[0].n).toBeGreaterThan(0);

    const scheduled = await platform.gql(graphql(`mutation ErasureTracesDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`), { input: { password: leaver.password, contentChoice: choice } }, { token: tokenOf(leaver) });
    expect(scheduled.errors).toBeUndefined();
    platform.clock.advanceDays(8);
    expect(await platform.app.get(AccountErasureService).executeDue()).toBe(1);
  }

  const tracesOf = async (text: string) => {
    const notifications = await platform.db.query(`SELECT summary, payload::text AS payload FROM notifications WHERE summary LIKE $1 OR payload::text LIKE $1`, [`%${text}%`]);
    const events = await platform.db.query(`SELECT type FROM outbox_events WHERE payload::text LIKE $1`, [`%${text}%`]);
    return [...notifications.rows, ...events.rows];
  };

  it('with DELETE, removes their words and their id from every notification and event at once', async () => {
    await leaveAfterWriting(world.alice, 'DELETE', 'derailleur-hangers');
    expect(await tracesOf('derailleur-hangers')).toEqual([]);
    expect(await tracesOf(world.alice.id)).toEqual([]);
  });

  it('with ANONYMISE, keeps the notifications about their content but never their id', async () => {
    await leaveAfterWriting(world.staff, 'ANONYMISE', 'tubeless-sealant');
    expect(await tracesOf(world.staff.id)).toEqual([]);
    const kept = await platform.db.query(`SELECT actor_id FROM notifications WHERE member_id = $1 AND summary LIKE '%tubeless-sealant%'`, [world.bob.id]);
    expect(kept.rows).toEqual([{ actor_id: null }]);
  });
});
