import type { Socket } from 'socket.io-client';
import { Visibility } from '@palabre/contracts';
import { OutboxRelayService } from '@palabre/core';
import { nextEvent, startPlatform, type Platform } from '../support/harness';
import { adviceWorld, createThread, type AdviceWorld } from './advice-fixtures';
import { graphql } from '../graphql';

type Ack = { ok: boolean; error?: { code: string } };
const subscribe = (socket: Socket, room: string) => socket.timeout(5_000).emitWithAck('subscribe', { room }) as Promise<Ack>;

describe('advice: realtime', () => {
  let platform: Platform;
  let world: AdviceWorld;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true });
    world = await adviceWorld(platform);
  });
  afterAll(() => platform.close());

  it('delivers reply.created to members watching the thread room', async () => {
    const thread = await createThread(platform, world.alice, world.space);
    const socket = await platform.connectSocket(world.alice.token);
    expect(await subscribe(socket, `thread:${thread.id}`)).toMatchObject({ ok: true });
    const received = nextEvent<{ type: string; payload: Record<string, unknown> }>(socket, (event) => event.type === 'reply.created');
    const res = await platform.gql(graphql(`mutation AdviceRealtimeReply($input: ReplyInput!) { reply(input: $input) { id } }`), { input: { threadId: thread.globalId, body: 'Live answer' } }, { token: world.bob.token });
    expect(res.errors).toBeUndefined();
    await platform.app.get(OutboxRelayService).wake();
    const event = await received;
    expect(event.payload).toMatchObject({ threadId: thread.id, authorId: world.bob.id });
  });

  it('refuses to let outsiders join the room of a thread in a private community', async () => {
    const secret = await adviceWorld(platform, { visibility: Visibility.PRIVATE });
    const thread = await createThread(platform, secret.alice, secret.space);
    const outsider = await platform.connectSocket(world.alice.token);
    expect(await subscribe(outsider, `thread:${thread.id}`)).toMatchObject({ ok: false });
    const member = await platform.connectSocket(secret.bob.token);
    expect(await subscribe(member, `thread:${thread.id}`)).toMatchObject({ ok: true });
  });
});
