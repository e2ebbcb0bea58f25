import type { SubscribeAck } from '@palabre/contracts';
import type { Socket } from 'socket.io-client';
import { Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember } from '../support/factories';
import { graphql } from '../graphql';

const subscribe = (socket: Socket, room: string) => socket.timeout(5000).emitWithAck('subscribe', { room }) as Promise<SubscribeAck>;

describe('suspension and live rooms', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true });
  });
  afterAll(() => platform.close());

  it('keeps a suspended member out of the community room until the suspension is lifted', async () => {
    const owner = await createMember(platform);
    const community = await createCommunity(platform, owner);
    const member = await createMember(platform);
    await addToCommunity(platform, community, member);
    const room = `community:${community.id}`;
    const socket = await platform.connectSocket(member.token);
    expect(await subscribe(socket, room)).toMatchObject({ ok: true, room });

    const until = new Date(platform.clock.now().getTime() + 86_400_000).toISOString();
    const suspended = await platform.gql(
      graphql(`mutation SuspensionRoomsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }`),
      { input: { communityId: community.globalId, memberId: member.globalId, until, reason: 'Repeated spam in the help space' } },
      { token: owner.token },
    );
    expect(suspended.errors).toBeUndefined();
    const refused = await subscribe(socket, room);
    expect(refused.ok).toBe(false);

    const lifted = await platform.gql(
      graphql(`mutation SuspensionRoomsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { until } }`),
      { input: { communityId: community.globalId, memberId: member.globalId, reason: 'Appeal heard, spam was a mistake' } },
      { token: owner.token },
    );
    expect(lifted.errors).toBeUndefined();
    expect(await subscribe(socket, room)).toMatchObject({ ok: true, room });
  });
});
