/**
 * Two api and two gateway processes sharing one database and the Redis on 127.0.0.1:6379
 * behave as one. Required when CI is set; otherwise skipped (with the reason printed) when
 * that Redis cannot be reached.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createGatewayApp } from '../../apps/gateway/src/bootstrap';
import { connectSocket, postGraphql, startPlatform, type Platform } from '../support/harness';
import { collect, createCommunity, createMember, createSpace, createThread, eventually, request, sleep, type TestMember } from './factories';
import { graphql } from '../graphql';

// The machine is shared: boots and template creation can be slow (the project-level testTimeout does not apply).
jest.setTimeout(30_000);

const REDIS_URL = 'redis://127.0.0.1:6379';

function redisReachable(): boolean {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('net').connect(6379,'127.0.0.1');s.setTimeout(1000);s.on('connect',()=>{s.end();process.exit(0)});s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));"],
    { timeout: 3000 },
  );
  return probe.status === 0;
}

const reachable = redisReachable();
const required = Boolean(process.env['CI']);
if (!reachable && !required) {
  process.stdout.write(`multi-node e2e skipped: no Redis reachable at ${REDIS_URL} (start one, or set CI to make this test required)\n`);
}

(reachable || required ? describe : describe.skip)('two apis and two gateways over Redis', () => {
  let platform: Platform;
  let apiB: INestApplication;
  let gatewayB: INestApplication;
  let apiBUrl: string;
  let gatewayBUrl: string;
  let owner: TestMember;
  let community: string;
  const extraSockets: Array<{ disconnect(): void }> = [];

  const urlOf = (app: INestApplication) => `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

  beforeAll(async () => {
    if (!reachable) throw new Error(`CI is set but no Redis is reachable at ${REDIS_URL}`);
    platform = await startPlatform({ gateway: true, config: { REDIS_URL } });
    apiB = await createApiApp(platform.config, { clock: platform.clock });
    await apiB.listen(0, '127.0.0.1');
    apiBUrl = urlOf(apiB);
    gatewayB = await createGatewayApp({ ...platform.config, API_URL: apiBUrl }, { clock: platform.clock });
    await gatewayB.listen(0, '127.0.0.1');
    gatewayBUrl = urlOf(gatewayB);
    owner = await createMember(platform);
    community = await createCommunity(platform, owner);
  });

  afterAll(async () => {
    for (const socket of extraSockets) socket.disconnect();
    // Let the gateways announce the departures before they close.
    await sleep(300);
    await gatewayB?.close();
    await apiB?.close();
    await platform?.close();
  });

  it('delivers a mutation made on api A to a socket on gateway B, once', async () => {
    const socket = await connectSocket(gatewayBUrl, owner.token);
    extraSockets.push(socket);
    expect(await request(socket, 'subscribe', { room: `community:${community}` })).toMatchObject({ ok: true });
    const received = collect(socket);
    const joiner = await createMember(platform);
    const result = await platform.gql(graphql(`mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: toGlobalId('Community', community) }, { token: joiner.token });
    expect(result.errors).toBeUndefined();
    await eventually(() => expect(received.events.map((event) => event.type)).toEqual(['community.member_joined']));
    expect(received.events[0].payload).toMatchObject({ memberId: joiner.id });
    await sleep(300);
    expect(received.events).toHaveLength(1);
  });

  it('delivers a mutation made on api B to sockets on both gateways', async () => {
    const onA = await platform.connectSocket(owner.token);
    const onB = await connectSocket(gatewayBUrl, owner.token);
    extraSockets.push(onB);
    for (const socket of [onA, onB]) expect(await request(socket, 'subscribe', { room: `community:${community}` })).toMatchObject({ ok: true });
    const received = [collect(onA), collect(onB)];
    const joiner = await createMember(platform);
    const result = await postGraphql(apiBUrl, graphql(`mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: toGlobalId('Community', community) }, { token: joiner.token });
    expect(result.errors).toBeUndefined();
    for (const box of received) await eventually(() => expect(box.events.map((event) => event.payload['memberId'])).toEqual([joiner.id]));
  });

  it('replays on gateway B what a socket missed after leaving gateway A', async () => {
    const onA = await platform.connectSocket(owner.token);
    expect(await request(onA, 'subscribe', { room: `community:${community}` })).toMatchObject({ ok: true });
    const seenOnA = collect(onA);
    const first = await createMember(platform);
    await platform.gql(graphql(`mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: toGlobalId('Community', community) }, { token: first.token });
    await eventually(() => expect(seenOnA.events).toHaveLength(1));
    const lastEventId = seenOnA.events[0].id;
    onA.disconnect();

    const missed = await createMember(platform);
    await postGraphql(apiBUrl, graphql(`mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }`), { id: toGlobalId('Community', community) }, { token: missed.token });
    await sleep(300);
    const onB = await connectSocket(gatewayBUrl, owner.token);
    extraSockets.push(onB);
    const received = collect(onB);
    expect(await request(onB, 'subscribe', { room: `community:${community}`, lastEventId })).toMatchObject({ ok: true, replayed: 1 });
    expect(received.events.map((event) => event.payload['memberId'])).toEqual([missed.id]);
  });

  it('spans presence and typing across both gateways', async () => {
    const space = await createSpace(platform, community);
    const thread = await createThread(platform, space, community, owner);
    const room = `thread:${thread}`;
    const a = await createMember(platform);
    const b = await createMember(platform);
    const onA = await platform.connectSocket(a.token);
    const onB = await connectSocket(gatewayBUrl, b.token);
    extraSockets.push(onB);
    const presenceOnA: unknown[] = [];
    const typingOnA: unknown[] = [];
    onA.on('thread.presence', (info) => presenceOnA.push(info));
    onA.on('thread.typing', (info) => typingOnA.push(info));
    expect(await request(onA, 'subscribe', { room })).toMatchObject({ ok: true });
    expect(await request(onB, 'subscribe', { room })).toMatchObject({ ok: true });
    await eventually(() => expect(presenceOnA).toEqual([{ room, memberId: b.id, present: true }]));
    expect(await request(onB, 'thread.presence', { room })).toEqual({ ok: true, room, memberIds: [a.id, b.id].sort() });
    expect(await request(onB, 'thread.typing', { room })).toEqual({ ok: true });
    await eventually(() => expect(typingOnA).toEqual([{ room, memberId: b.id }]));
  });
});
