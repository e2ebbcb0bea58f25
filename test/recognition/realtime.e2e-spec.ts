import type { RealtimeEvent } from '@palabre/contracts';
import { nextEvent, Platform, startPlatform } from '../support/harness';
import { TestCommunity, TestSpace } from '../support/factories';
import { joined, question, recognitionWorld, reply, tokenOf } from './recognition-fixtures';
import { graphql } from '../graphql';

/** kudos.given and badge.awarded reach the receiver's personal room through the gateway. */
describe('recognition in real time', () => {
  let platform: Platform;
  let community: TestCommunity;
  let space: TestSpace;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true });
    ({ community, discussion: space } = await recognitionWorld(platform));
  });
  afterAll(() => platform?.close());

  it("delivers kudos.given and badge.awarded to the receiver's personal room only", async () => {
    const [asker, helper, bystander] = [await joined(platform, community), await joined(platform, community), await joined(platform, community)];
    const thread = await question(platform, space, asker);
    const answer = await reply(platform, helper, thread);
    const helperSocket = await platform.connectSocket(tokenOf(platform, helper));
    const bystanderSocket = await platform.connectSocket(tokenOf(platform, bystander));
    // The personal room is joined on connection; an acknowledged request orders us after that join.
    for (const socket of [helperSocket, bystanderSocket]) await socket.timeout(5_000).emitWithAck('subscribe', { room: `community:${community.id}` });

    const kudosSeen = nextEvent<RealtimeEvent>(helperSocket, (event) => event.type === 'kudos.given');
    const badgeSeen = nextEvent<RealtimeEvent>(helperSocket, (event) => event.type === 'badge.awarded');
    const bystanderKudos = nextEvent<RealtimeEvent>(bystanderSocket, (event) => event.type === 'kudos.given', { timeoutMs: 1_500 });

    const gave = await platform.gql(graphql(`mutation RecognitionRealtimeGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: "Merci !" }) { id } }`), { id: answer.globalId }, { token: tokenOf(platform, asker) });
    expect(gave.errors).toBeUndefined();
    await platform.gql(graphql(`mutation RecognitionRealtimeAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }`), { id: answer.globalId }, { token: tokenOf(platform, asker) });

    expect((await kudosSeen).payload).toMatchObject({ contentId: answer.globalId, giverId: asker.id, receiverId: helper.id, message: 'Merci !' });
    expect((await badgeSeen).payload).toMatchObject({ memberId: helper.id, communityId: community.id });
    await expect(bystanderKudos).rejects.toThrow(/no matching/);
  });
});
