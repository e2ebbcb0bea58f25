import { SpaceKind } from '@palabre/contracts';
import { TokenService } from '@palabre/core';
import { AccountErasureService } from '@palabre/privacy';
import { Platform, startPlatform } from '../support/harness';
import { addToCommunity, castWorld, CastWorld, createMember, TestMember } from '../support/factories';
import { createThread } from '../advice/advice-fixtures';

/** `@handle` of an erased member, in what other members wrote, reads "former member #n" everywhere it is stored. */
describe('mentions of an erased member', () => {
  let platform: Platform;
  let world: CastWorld;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(() => platform.close());

  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());

  it('replaces whole-word @handle mentions in bodies, rendered bodies and staff rationales, and leaves longer handles and emails alone', async () => {
    const leaver = await createMember(platform);
    await addToCommunity(platform, world.community, leaver);
    const handle = leaver.handle;
    const thread = await createThread(platform, world.bob, world.space, {
      title: `Question for @${handle}`,
      body: `Thanks @${handle}, and @${handle}-fan and mail ${handle}@example.org stay as they are. (@${handle})`,
    });
    const moderated = await platform.gql(
      `mutation ($input: ModerateInput!) { moderate(input: $input) { id } }`,
      { input: { contentId: thread.globalId, action: 'HIDE', reason: `Hidden as @${handle} asked` } },
      { token: tokenOf(world.moderator) },
    );
    expect(moderated.errors).toBeUndefined();
    const bobsPost = await createThread(platform, world.bob, world.space, { title: 'Chain wax or oil?', body: 'Which one lasts longer in the rain?' });
    const kudos = await platform.gql(`mutation($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`, { input: { contentId: bobsPost.globalId, message: `As @${handle} said, wax` } }, { token: tokenOf(world.alice) });
    expect(kudos.errors).toBeUndefined();

    const scheduled = await platform.gql(`mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }`, { input: { password: leaver.password, contentChoice: 'ANONYMISE' } }, { token: tokenOf(leaver) });
    expect(scheduled.errors).toBeUndefined();
    platform.clock.advanceDays(8);
    expect(await platform.app.get(AccountErasureService).executeDue()).toBe(1);

    const { rows } = await platform.db.query<{ title: string; body: string; body_html: string }>(`SELECT title, body, body_html FROM threads WHERE id = $1`, [thread.id]);
    const labelText = rows[0]!.body.match(/Thanks (.*?),/)![1]!;
    expect(labelText).toMatch(/former member/i);
    expect(rows[0]!.title).toBe(`Question for ${labelText}`);
    expect(rows[0]!.body).toBe(`Thanks ${labelText}, and @${handle}-fan and mail ${handle}@example.org stay as they are. (${labelText})`);
    expect(rows[0]!.body_html).not.toMatch(new RegExp(`@${handle}(?![\\w-])`));
    expect(rows[0]!.body_html).toContain(labelText);
    const rationale = await platform.db.query<{ reason: string }>(`SELECT reason FROM moderation_actions WHERE target_id = $1`, [thread.id]);
    expect(rationale.rows.map((row) => row.reason)).toEqual([`Hidden as ${labelText} asked`]);
    const thanks = await platform.db.query<{ message: string }>(`SELECT message FROM kudos WHERE giver_id = $1`, [world.alice.id]);
    expect(thanks.rows.map((row) => row.message)).toEqual([`As ${labelText} said, wax`]);
  });
});
