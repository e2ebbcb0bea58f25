import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '@palabre/core';
import { RoomAccessClient } from './room-access.client';

type Handler = (request: IncomingMessage, body: { query: string; variables: Record<string, unknown> }, response: ServerResponse) => void;

/** A stand-in for the api's /graphql endpoint, answering with `handler`. */
async function fakeApi(handler: Handler): Promise<{ client: RoomAccessClient; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => handler(request, JSON.parse(text), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new RoomAccessClient({ API_URL: `http://127.0.0.1:${port}` } as AppConfig);
  return {
    client,
    close: async () => {
      client.onApplicationShutdown();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const json = (response: ServerResponse, body: unknown) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

describe('RoomAccessClient', () => {
  it('asks as the member, once, and keeps only the rooms the api allows, with those the member moderates', async () => {
    let calls = 0;
    const api = await fakeApi((request, body, response) => {
      calls += 1;
      const rooms = body.variables.rooms as string[];
      const allowed = request.headers.authorization === 'Bearer good-token';
      json(response, { data: { roomAccess: rooms.map((room) => ({ room, allowed: allowed && room !== 'thread:secret', moderates: allowed && room === 'community:a' })) } });
    });
    try {
      const answer = await api.client.check('good-token', ['community:a', 'thread:secret']);
      expect(answer).toEqual({ kind: 'ok', allowed: new Set(['community:a']), moderated: new Set(['community:a']) });
      expect(calls).toBe(1);
      expect(await api.client.check('other-token', ['community:a'])).toEqual({ kind: 'ok', allowed: new Set(), moderated: new Set() });
    } finally {
      await api.close();
    }
  });

  it('tells an expired token apart from an api that cannot answer', async () => {
    let mode: 'expired' | 'broken' | 'cut' = 'expired';
    const api = await fakeApi((_request, _body, response) => {
      if (mode === 'expired') return json(response, { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] });
      if (mode === 'broken') {
        response.writeHead(502, { 'content-type': 'text/html' });
        return response.end('<html>Bad gateway</html>');
      }
      // Headers and half a body, then the connection drops.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"data":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    try {
      expect(await api.client.check('token', ['community:a'])).toEqual({ kind: 'unauthenticated' });
      mode = 'broken';
      expect(await api.client.check('token', ['community:a'])).toEqual({ kind: 'unavailable' });
      mode = 'cut';
      expect(await api.client.check('token', ['community:a'])).toEqual({ kind: 'unavailable' });
    } finally {
      await api.close();
    }
  });
});
