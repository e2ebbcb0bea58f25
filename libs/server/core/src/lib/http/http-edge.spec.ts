import cors from 'cors';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../config/config';
import { credentialedCors } from './cors';
import { jsonBodies, limitInBytes } from './json-body';
import { noEtagOnPost } from './post-etags';
import { securityHeaders } from './security-headers';

/**
 * The api's cheaper HTTP edge answers exactly as the libraries it replaces on the hot path: each case is
 * sent to an app built with the library and to one built with the replacement, and the answers compared.
 */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const servers: Server[] = [];

async function serve(...middlewares: RequestHandler[]): Promise<string> {
  const app = express();
  app.disable('x-powered-by');
  app.use(...middlewares);
  app.all('/{*path}', (request, response) => {
    response.json({ body: request.body as unknown, hasBody: 'body' in request });
  });
  // Express's default error handler prints stacks outside production; both apps answer the same way anyway.
  app.use(((error, _request, response, _next) => {
    const status = (error as { status?: number }).status ?? 500;
    response.status(status).json({ error: (error as Error).message, type: (error as { type?: string }).type ?? null });
  }) as express.ErrorRequestHandler);
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const COMPARED_HEADERS = /^(access-control-|vary|content-type|content-length|etag|content-security-policy|cross-origin-|origin-agent|referrer-policy|strict-transport|x-)/;

async function answer(base: string, path: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(`${base}${path}`, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (COMPARED_HEADERS.test(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

describe('jsonBodies', () => {
  it('reads limits as body-parser does', () => {
    expect(limitInBytes('100kb')).toBe(102_400);
    expect(limitInBytes('1mb')).toBe(1_048_576);
    expect(limitInBytes('5000')).toBe(5000);
    expect(limitInBytes('1.5KB')).toBe(1536);
    expect(limitInBytes('lots')).toBeNull();
  });

  it('parses every body as express.json({ limit }) does, errors included', async () => {
    const library = await serve(express.json({ limit: '100kb' }));
    const ours = await serve(jsonBodies('100kb'));
    const json = { 'content-type': 'application/json' };
    const cases: Array<[string, RequestInit]> = [
      ['object', { method: 'POST', headers: json, body: '{"query":"{ me { id } }","variables":{"a":[1,2,{"b":"é✓"}]}}' }],
      ['array', { method: 'POST', headers: json, body: ' \n[{"query":"{ __typename }"}]' }],
      ['charset utf-8', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"a":1}' }],
      ['byte order mark', { method: 'POST', headers: json, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]) }],
      ['invalid utf-8', { method: 'POST', headers: json, body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }],
      ['broken json', { method: 'POST', headers: json, body: '{"query":' }],
      ['json null', { method: 'POST', headers: json, body: 'null' }],
      ['json string', { method: 'POST', headers: json, body: '"x"' }],
      ['leading garbage', { method: 'POST', headers: json, body: 'x{"a":1}' }],
      ['empty', { method: 'POST', headers: json, body: '' }],
      ['over the limit', { method: 'POST', headers: json, body: `{"a":"${'x'.repeat(200_000)}"}` }],
      ['just within the limit', { method: 'POST', headers: json, body: `{"a":"${'x'.repeat(102_400 - 8)}"}` }],
      ['bad charset', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-7' }, body: '{"a":1}' }],
      ['gzip', { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync('{"a":1}') }],
      ['unknown encoding', { method: 'POST', headers: { ...json, 'content-encoding': 'snappy' }, body: '{"a":1}' }],
      ['text', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"a":1}' }],
      ['no content type', { method: 'POST', body: '{"a":1}' }],
      ['GET', { method: 'GET' }],
    ];
    for (const [label, init] of cases) {
      const [expected, received] = await Promise.all([answer(library, '/graphql', init), answer(ours, '/graphql', init)]);
      expect({ label, ...received }).toEqual({ label, ...expected });
    }
    // The cases do reach both outcomes (a guard against comparing two broken apps).
    expect((await answer(ours, '/graphql', cases[0][1])).body).toContain('é✓');
    expect((await answer(ours, '/graphql', cases[10][1])).status).toBe(413);
  });

  it('keeps the request async context for what follows (the per-request SQL count lives there)', async () => {
    const { AsyncLocalStorage } = await import('node:async_hooks');
    const storage = new AsyncLocalStorage<string>();
    const app = await serve(
      (_request, _response, next) => storage.run('this request', next),
      jsonBodies('100kb'),
      (request, _response, next) => {
        request.body = { seen: storage.getStore() ?? null };
        next();
      },
    );
    const result = await answer(app, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(JSON.parse(result.body)).toEqual({ body: { seen: 'this request' }, hasBody: true });
  });
});

describe('credentialedCors', () => {
  it('answers as cors({ origin: [...], credentials: true, allowedHeaders }) does, preflights included', async () => {
    const origins = ['http://localhost:3000', 'https://forum.example'];
    const allowedHeaders = ['content-type', 'authorization', 'x-request-id'];
    const library = await serve(cors({ origin: origins, credentials: true, allowedHeaders }));
    const ours = await serve(credentialedCors({ origins, allowedHeaders }));
    const cases: Array<[string, RequestInit]> = [];
    for (const origin of [undefined, 'http://localhost:3000', 'https://forum.example', 'https://evil.example', 'null']) {
      for (const method of ['GET', 'POST', 'OPTIONS']) {
        const headers: Record<string, string> = origin ? { origin } : {};
        if (method === 'OPTIONS') headers['access-control-request-method'] = 'POST';
        cases.push([`${method} from ${origin ?? 'no origin'}`, { method, headers, body: method === 'POST' ? '{}' : undefined }]);
      }
    }
    for (const [label, init] of cases) {
      const [expected, received] = await Promise.all([answer(library, '/graphql', init), answer(ours, '/graphql', init)]);
      expect({ label, ...received }).toEqual({ label, ...expected });
    }
    expect((await answer(ours, '/graphql', { headers: { origin: 'https://forum.example' } })).headers['access-control-allow-origin']).toBe('https://forum.example');
  });
});

describe('securityHeaders', () => {
  it('sets the headers helmet sets, for http and https public URLs', async () => {
    for (const PUBLIC_URL of ['http://localhost:3000', 'https://forum.example']) {
      const config = loadConfig({ ...process.env, AUTH_SECRET: 'x'.repeat(48), PUBLIC_URL });
      const library = await serve(
        helmet({
          contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
          strictTransportSecurity: PUBLIC_URL.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
          crossOriginResourcePolicy: { policy: 'same-site' },
        }),
      );
      const ours = await serve(securityHeaders(config));
      const [expected, received] = await Promise.all([answer(library, '/x', {}), answer(ours, '/x', {})]);
      expect(received.headers).toEqual(expected.headers);
      expect(received.headers['content-security-policy']).toContain("default-src 'none'");
      expect('strict-transport-security' in received.headers).toBe(PUBLIC_URL.startsWith('https:'));
    }
  });
});

describe('noEtagOnPost', () => {
  it('drops the ETag of POST answers only; GET answers keep it and their 304', async () => {
    const app = await serve(noEtagOnPost());
    const get = await answer(app, '/x', {});
    expect(get.headers['etag']).toMatch(/^W\/"/);
    // An explicit Cache-Control: fetch adds `no-cache` to conditional requests otherwise, which is never fresh.
    expect((await fetch(`${app}/x`, { headers: { 'if-none-match': get.headers['etag'], 'cache-control': 'max-age=0' } })).status).toBe(304);
    const post = await answer(app, '/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(200);
    expect(post.headers['etag']).toBeUndefined();
    // The app's own settings are untouched.
    expect((await answer(app, '/x', {})).headers['etag']).toBe(get.headers['etag']);
  });
});
