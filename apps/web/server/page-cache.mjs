// @ts-check
/* global AbortController, Headers, Request -- Node 24 globals, not in this folder's lint environment */
/**
 * Server-rendered pages, with a cache of the rendered HTML that can never serve a stale page.
 *
 * The seam. A page's HTML is a function of three things only: the URL React Router sees (protocol, host, path and
 * query: the canonical link is built from it), the language (the palabre_locale cookie and Accept-Language, the only
 * request headers loaders read; server renders are anonymous, the session never reaches them), and the API's answers
 * to the requests its loaders made. Those requests all go through graphqlRequest (app/lib/graphql-client.ts), which on
 * the server hands them to the tap installed below: while a page renders, the tap notes each request (its body, the
 * headers sent) and a digest of each answer. After the render, a 200 HTML page rendered from successful anonymous answers
 * is kept under (URL, language), with the answers' digests, its nonce replaced by a placeholder.
 *
 * The next request for that key sends the same requests to the API again (a cheap response-cache hit there, and always
 * the current truth), with this reader's forwarded headers. When every answer has the same digest, the render would
 * produce the same bytes: the kept HTML goes out with a fresh nonce, without React Router or React. When one differs, the
 * page is rendered as usual, and the loader is handed the answers just fetched (no second request to the API).
 * So the cache saves the render only, never the freshness: what can change a page (an edit, a deletion, a moderation,
 * a new reply) changes the API's answer, and with it the digest.
 *
 * Never kept: non-GET requests, statuses other than 200 (error pages, redirects, not found), responses that set a
 * cookie, anything but HTML (data requests of client navigations, feeds), pages whose loaders made no API request or
 * a request carrying credentials, or got an error (even a nested one) or a non-200 from the API.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { createRequestHandler } from 'react-router';
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from '@react-router/node';

/** Where graphqlRequest finds the tap (app/lib/graphql-client.ts reads the same registered symbol). */
const API_TAP = Symbol.for('palabre.web.api-tap');
/** The request headers of a reader that graphqlRequest forwards and that do not change the page (rate limits, logs). */
const PER_READER = ['x-forwarded-for', 'user-agent'];

/**
 * @typedef {{ url: string; headers: Record<string, string>; body: string; digest: string }} Call
 * @typedef {{ calls: Call[]; cacheable: boolean; prefetched: Map<string, { status: number; text: string }> | null }} Scope
 * @typedef {{ calls: Call[]; status: number; headers: [string, string][]; policy: string[]; text: Buffer[]; deflated: Buffer[]; size: number }} Entry
 */

const digestOf = (/** @type {string} */ text) => createHash('sha256').update(text).digest('base64url');

/** Keep-alive connections to the API: a page's request reuses a socket instead of opening one per page. */
const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/**
 * One POST to the API, its answer read whole.
 * @param {string} url @param {Record<string, string>} headers @param {string} body @param {AbortSignal} [signal]
 * @returns {Promise<{ status: number; text: string }>}
 */
function post(url, headers, body, signal) {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      { method: 'POST', agent: agents[/** @type {'http:' | 'https:'} */ (target.protocol)], headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, signal },
      (response) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** An answer a page may be kept from: 200 and no GraphQL error anywhere (a key `"errors"` only appears unescaped as a key). */
const usable = (/** @type {{ status: number; text: string }} */ answer) => answer.status === 200 && !answer.text.includes('"errors"');

/**
 * @param {{ build: any; mode?: string; maxBytes?: number }} options
 * @returns {{ handler: import('express').RequestHandler; stats: { hits: number; misses: number; stored: number }; cache: LRUCache<string, Entry> }}
 */
export function createPageHandler({ build, mode = 'production', maxBytes = 64 * 1024 * 1024 }) {
  const handleRequest = createRequestHandler(build, mode);
  /** @type {AsyncLocalStorage<Scope>} */
  const renders = new AsyncLocalStorage();
  /** @type {LRUCache<string, Entry>} */
  const cache = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (entry) => entry.size });
  const stats = { hits: 0, misses: 0, stored: 0 };

  /** @type {{ post: typeof post }} */
  const tap = {
    async post(url, headers, body, signal) {
      const scope = renders.getStore();
      const prefetched = scope?.prefetched?.get(body);
      if (prefetched) scope?.prefetched?.delete(body);
      const answer = prefetched ?? (await post(url, headers, body, signal));
      if (scope) {
        if (!usable(answer) || 'authorization' in headers || 'cookie' in headers) scope.cacheable = false;
        scope.calls.push({ url, headers, body, digest: digestOf(answer.text) });
      }
      return answer;
    },
  };
  /** @type {Record<symbol, unknown>} */ (globalThis)[API_TAP] = tap;

  /** The page's key: the URL React Router sees and the language's inputs. @param {import('express').Request} req @param {string} url */
  function keyOf(req, url) {
    const locale = /(?:^|;\s*)palabre_locale=([^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    return `${url}\n${locale}\n${req.headers['accept-language'] ?? ''}`;
  }

  /**
   * The kept page, if the API still gives the answers it was rendered from; else those answers (for the render).
   * @param {Entry} entry @param {import('express').Request} req @param {AbortSignal} signal
   */
  async function revalidate(entry, req, signal) {
    const answers = await Promise.all(
      entry.calls.map((call) => {
        const headers = { ...call.headers };
        for (const name of PER_READER) {
          const value = req.headers[name];
          if (typeof value === 'string' && value) headers[name] = value;
          else delete headers[name];
        }
        return post(call.url, headers, call.body, signal);
      }),
    );
    if (answers.every((answer, index) => usable(answer) && digestOf(answer.text) === entry.calls[index].digest)) return null;
    return new Map(entry.calls.map((call, index) => [call.body, answers[index]]));
  }

  /** @type {import('express').RequestHandler} */
  const handler = async (req, res, next) => {
    try {
      const url = requestUrl(req);
      if (req.method !== 'GET') {
        await send(res, await handleRequest(toFetchRequest(req, res, url).request));
        return;
      }
      const key = keyOf(req, url);
      const entry = maxBytes > 0 ? cache.get(key) : undefined;
      /** @type {Scope['prefetched']} */
      let prefetched = null;
      if (entry) {
        // No Fetch Request is built for a hit: it only costs when React Router needs it.
        const controller = new AbortController();
        res.on('close', () => res.writableFinished || controller.abort());
        prefetched = await revalidate(entry, req, controller.signal);
        if (!prefetched) {
          stats.hits += 1;
          sendKept(req, res, entry);
          return;
        }
      }
      const { request } = toFetchRequest(req, res, url);
      stats.misses += 1;
      /** @type {Scope} */
      const scope = { calls: [], cacheable: true, prefetched };
      const response = await renders.run(scope, () => handleRequest(request));
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      const keep =
        maxBytes > 0 &&
        scope.cacheable &&
        scope.calls.length > 0 &&
        response.status === 200 &&
        nonce !== undefined &&
        !response.headers.has('set-cookie') &&
        /^text\/html/.test(response.headers.get('content-type') ?? '') &&
        response.body !== null;
      if (!keep) {
        await send(res, response);
        return;
      }
      const html = await response.text();
      const headers = /** @type {[string, string][]} */ ([...response.headers.entries()].filter(([name]) => name !== 'content-security-policy' && name !== 'content-length'));
      const parts = html.split(nonce);
      const text = parts.map((part) => Buffer.from(part, 'utf8'));
      const deflated = text.map(deflatePart);
      /** @type {Entry} */
      const kept = {
        calls: scope.calls,
        status: 200,
        headers,
        policy: policy.split(nonce),
        text,
        deflated,
        // Bytes held: the page (UTF-8), its deflate, the API requests, and some overhead.
        size: text.reduce((sum, part) => sum + part.length, 0) + deflated.reduce((sum, part) => sum + part.length, 0) + scope.calls.reduce((sum, call) => sum + 2 * call.body.length + 200, 0) + 1024,
      };
      cache.set(key, kept);
      stats.stored += 1;
      res.status(200);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      res.setHeader('X-Page-Cache', 'stored');
      res.end(html);
    } catch (error) {
      // The reader left while the api was asked (the signal aborts only then): nobody to answer, nothing to report.
      if (error instanceof Error && error.name === 'AbortError' && !res.writableEnded) {
        if (!res.destroyed) res.destroy();
        return;
      }
      next(error);
    }
  };
  return { handler, stats, cache };
}

/**
 * Sends a kept page with a fresh nonce in its policy and its scripts. Compressing the page was the largest cost left
 * on a hit (brotli quality 1 of a 37 KB page: about 0.3 ms, a third of the web's CPU per page), and the nonce changes
 * every response, so the kept page holds the gzip of the parts between the nonces instead: each part compressed on
 * its own when the page is kept (raw deflate ending on a full flush, so byte-aligned and independent of what comes
 * before), and a response splices them with the nonce as a stored (uncompressed) deflate block, then the gzip trailer
 * (CRC-32 of the page, computed over the parts and this nonce, and its length). The bytes a browser gets are a valid
 * gzip stream of exactly the page with its nonce; a reader that takes no gzip gets the text (compressed by the middleware).
 * @param {import('express').Request} req @param {import('express').Response} res @param {Entry} entry
 */
function sendKept(req, res, entry) {
  const nonce = randomNonce();
  res.status(entry.status);
  for (const [name, value] of entry.headers) res.append(name, value);
  res.setHeader('Content-Security-Policy', entry.policy.join(nonce));
  // Says the render was skipped (the API's answers were unchanged): for tests and operators, nothing private.
  res.setHeader('X-Page-Cache', 'hit');
  res.vary('Accept-Encoding');
  const nonceBytes = Buffer.from(nonce, 'latin1');
  if (!req.acceptsEncodings('gzip')) {
    res.end(Buffer.concat(entry.text.flatMap((part, index) => (index > 0 ? [nonceBytes, part] : [part]))));
    return;
  }
  const stored = storedBlock(nonceBytes);
  const pieces = /** @type {Buffer[]} */ ([GZIP_HEADER]);
  let crc = 0;
  let length = 0;
  entry.text.forEach((part, index) => {
    if (index > 0) {
      pieces.push(stored);
      crc = crc32(nonceBytes, crc);
      length += nonceBytes.length;
    }
    pieces.push(entry.deflated[index]);
    crc = crc32(part, crc);
    length += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  pieces.push(FINAL_BLOCK, trailer);
  const body = Buffer.concat(pieces);
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** gzip member header: deflate, no name, no time, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** The last deflate block: stored, empty, BFINAL set. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** A stored (uncompressed) deflate block holding `bytes` (up to 65,535), starting and ending on a byte boundary. @param {Buffer} bytes */
function storedBlock(bytes) {
  const block = Buffer.alloc(5 + bytes.length);
  block[0] = 0x00;
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}

/** A part of a kept page as raw deflate ending on a full flush (byte-aligned, no final block, no reference outside it). @param {Buffer} part */
function deflatePart(part) {
  return deflateRawSync(part, { level: 6, finishFlush: zlibConstants.Z_FULL_FLUSH });
}

/** As entry.server.tsx makes them: 16 random bytes, base64. */
function randomNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The URL React Router sees, built as @react-router/express builds it (same host and protocol rules).
 * @param {import('express').Request} req
 */
function requestUrl(req) {
  const [, hostnamePortStr] = req.app?.enabled('trust proxy') ? (req.get('X-Forwarded-Host')?.split(':') ?? []) : [];
  const [, hostPortStr] = req.get('host')?.split(':') ?? [];
  const hostnamePort = Number.parseInt(hostnamePortStr, 10);
  const hostPort = Number.parseInt(hostPortStr, 10);
  const port = Number.isSafeInteger(hostnamePort) ? hostnamePort : Number.isSafeInteger(hostPort) ? hostPort : '';
  const resolvedHost = `${req.hostname.split(/[\\/?#@]/)[0] || 'localhost'}${port ? `:${port}` : ''}`;
  return new URL(`${req.protocol}://${resolvedHost}${req.originalUrl}`).href;
}

/**
 * The Fetch request React Router expects, as @react-router/express builds it.
 * @param {import('express').Request} req @param {import('express').Response} res @param {string} url
 */
function toFetchRequest(req, res, url) {
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headers)) {
    if (!values) continue;
    if (Array.isArray(values)) for (const value of values) headers.append(name, value);
    else headers.set(name, values);
  }
  const controller = new AbortController();
  let finished = false;
  res.on('finish', () => (finished = true));
  res.on('close', () => finished || controller.abort());
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = 'half';
  }
  return { request: new Request(url, init) };
}

/** Sends React Router's response as @react-router/express does. @param {import('express').Response} res @param {Response} response */
async function send(res, response) {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel();
    return;
  }
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await writeReadableStreamToWritable(response.body, res);
  } catch (error) {
    if (res.destroyed || res.writableEnded) return;
    throw error;
  }
}
