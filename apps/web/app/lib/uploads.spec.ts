import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './graphql-client';
import { closeMediaSession, imageMarkdown, openMediaSession, uploadImage } from './uploads';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A stand-in API on a real socket: records each request, answers with the next scripted reply. */
function api(answers: { status: number; body: unknown }[], seen: Seen[]): Promise<{ server: Server; baseUrl: string }> {
  return new Promise((resolve) => {
    const server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, contentType: request.headers['content-type'], body: Buffer.concat(chunks).toString('latin1') });
        const answer = answers.shift() ?? { status: 500, body: {} };
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body === null ? undefined : JSON.stringify(answer.body));
      });
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

describe('image uploads from the web client', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('posts the file as multipart field "file" with the bearer token, and answers its Markdown', async () => {
    const seen: Seen[] = [];
    const started = await api([{ status: 201, body: { id: 'abc', url: '/media/abc', markdown: '![](/media/abc)', contentType: 'image/png', width: 40, height: 30 } }], seen);
    server = started.server;

    const image = await uploadImage(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'hinge.png', { type: 'image/png' }), { token: 'tok', baseUrl: started.baseUrl, alt: 'The [cracked] hinge' });

    expect(image).toEqual({ id: 'abc', url: '/media/abc', markdown: '![The \\[cracked\\] hinge](/media/abc)', contentType: 'image/png', width: 40, height: 30 });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/uploads', authorization: 'Bearer tok' });
    expect(seen[0].contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0].body).toContain('name="file"; filename="hinge.png"');
  });

  it("turns the API's refusal into an ApiError with its code", async () => {
    const seen: Seen[] = [];
    const started = await api([{ status: 415, body: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only JPEG, PNG, WebP, AVIF and GIF images are accepted' } }], seen);
    server = started.server;

    const refusal = uploadImage(new Blob(['MZ']), { token: 'tok', baseUrl: started.baseUrl });

    await expect(refusal).rejects.toBeInstanceOf(ApiError);
    await expect(refusal).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it('refuses to upload without a session, without calling the API', async () => {
    await expect(uploadImage(new Blob(['x']), { token: null, baseUrl: 'http://127.0.0.1:9' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('opens and closes the media cookie session', async () => {
    const seen: Seen[] = [];
    const started = await api([{ status: 204, body: null }, { status: 204, body: null }], seen);
    server = started.server;

    expect(await openMediaSession({ token: 'tok', baseUrl: started.baseUrl })).toBe(true);
    await closeMediaSession({ baseUrl: started.baseUrl });

    expect(seen.map((request) => [request.method, request.url, request.authorization])).toEqual([
      ['POST', '/media/session', 'Bearer tok'],
      ['DELETE', '/media/session', undefined],
    ]);
  });

  it('keeps alt text on one line', () => {
    expect(imageMarkdown('/media/x', 'two\nlines')).toBe('![two lines](/media/x)');
  });
});

describe('the media cookie follows the session', () => {
  it('opens on each new access token and closes on signing out', async () => {
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method} ${url} ${(init?.headers as Record<string, string> | undefined)?.authorization ?? ''}`.trim());
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    try {
      const { setSession } = await import('./session');
      const { keepMediaSession } = await import('./uploads');
      keepMediaSession();
      keepMediaSession();
      setSession({ token: 't1', handle: 'alice' });
      setSession({ token: 't2', handle: 'alice' });
      setSession(null);
      await new Promise((resolve) => setImmediate(resolve));
      expect(calls).toEqual(['POST /media/session Bearer t1', 'POST /media/session Bearer t2', 'DELETE /media/session']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
