import { nextEvent, startPlatform, type Platform } from '../support/harness';
import { createIdea, IDEAS_CONFIG, ideasWorld, type IdeasWorld } from './ideas-fixtures';
import { graphql } from '../graphql';

interface SocketEvent {
  type: string;
  rooms: string[];
  payload: Record<string, unknown>;
}

describe('ideas: realtime', () => {
  let platform: Platform;
  let world: IdeasWorld;

  beforeAll(async () => {
    platform = await startPlatform({ gateway: true, config: IDEAS_CONFIG });
    world = await ideasWorld(platform);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('delivers support and status changes to the idea room', async () => {
    const idea = await createIdea(platform, world.alice, world.space);
    const socket = await platform.connectSocket(world.alice.token);
    const ack = await socket.timeout(5_000).emitWithAck('subscribe', { room: `idea:${idea.id}` });
    expect(ack).toMatchObject({ ok: true });

    const supported = nextEvent<SocketEvent>(socket, (event) => event.type === 'idea.support_changed');
    const result = await platform.gql(graphql(`mutation IdeasRealtimeSupportIdea($id: ID!) { supportIdea(ideaId: $id) { supportCount } }`), { id: idea.globalId }, { token: world.bob.token });
    expect(result.errors).toBeUndefined();
    expect((await supported).payload).toMatchObject({ ideaId: idea.id, supportCount: 1 });

    const commented = nextEvent<SocketEvent>(socket, (event) => event.type === 'idea.comment_added');
    await platform.gql(graphql(`mutation IdeasRealtimeCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }`), { input: { ideaId: idea.globalId, body: 'Great idea' } }, { token: world.bob.token });
    expect((await commented).payload).toMatchObject({ ideaId: idea.id, authorId: world.bob.id });
  });
});
