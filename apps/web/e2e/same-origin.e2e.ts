import { expect, test, type APIRequestContext } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';

/**
 * One origin for the browser: /graphql and /realtime answer on the web server (proxied to the api and the
 * gateway, WebSocket upgrades included), and live events reach a socket there with the gateway's replay.
 */

const PASSWORD = 'palabre-demo-2026';

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function signIn(request: APIRequestContext, email: string): Promise<string> {
  const data = await graphql<{ signIn: { accessToken: string } }>(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password: PASSWORD } });
  return data.signIn.accessToken;
}

function connect(baseURL: string, auth: Record<string, string>): Promise<Socket> {
  const socket = io(baseURL, { path: '/realtime', auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

function nextReply(socket: Socket): Promise<{ id: string; payload: { replyId: string } }> {
  return new Promise((resolve) => {
    const listener = (event: { id: string; type: string; payload: { replyId: string } }) => {
      if (event.type !== 'reply.created') return;
      socket.off('event', listener);
      resolve(event);
    };
    socket.on('event', listener);
  });
}

test('a reply posted through /graphql reaches a reader’s socket on /realtime of the same origin, and a reconnecting socket gets what it missed', async ({ page, request, baseURL }) => {
  await page.goto('/c/trail-gear');
  await page.getByRole('link', { name: 'Help & advice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help & advice' })).toBeVisible();
  const href = (await page.locator('main a[href*="/t/"]').first().getAttribute('href')) ?? '';
  const threadId = href.split('/t/')[1];
  expect(threadId).toBeTruthy();

  // Without a session the gateway answers through the proxy, and refuses.
  const refused = (await connect(baseURL!, {}).catch((error: unknown) => error)) as Error & { data?: { code?: string } };
  expect(refused.data?.code).toBe('UNAUTHENTICATED');

  const reader = await connect(baseURL!, { token: await signIn(request, 'camille@demo.palabre.local') });
  const writerToken = await signIn(request, 'modo_anna@demo.palabre.local');
  try {
    // The room is named by the thread's global id, as the web client does.
    expect(await reader.emitWithAck('subscribe', { room: 'thread', id: threadId })).toMatchObject({ ok: true });
    const arriving = nextReply(reader);
    const posted = await graphql<{ reply: { id: string } }>(request, 'mutation ($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId, body: 'Live through the same origin.' } }, writerToken);
    const live = await arriving;
    expect(posted.reply.id).toBeTruthy();

    // Asleep: the reader's socket goes away, a reply is posted, the socket comes back with its last event id.
    reader.close();
    await graphql(request, 'mutation ($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId, body: 'Posted while the reader slept.' } }, writerToken);
    const again = await connect(baseURL!, { token: await signIn(request, 'camille@demo.palabre.local') });
    try {
      const replayed = nextReply(again);
      expect(await again.emitWithAck('subscribe', { room: 'thread', id: threadId, lastEventId: live.id })).toMatchObject({ ok: true, replayed: 1 });
      expect((await replayed).id).not.toBe(live.id);
    } finally {
      again.close();
    }
  } finally {
    reader.close();
  }
});
