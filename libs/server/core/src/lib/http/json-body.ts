import express, { type NextFunction, type Request, type Response } from 'express';
import { AsyncResource } from 'node:async_hooks';
import { Readable } from 'node:stream';

/** What body-parser's `bytes` limits mean (1024-based units). */
const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** The limit in bytes, or null for a form only body-parser understands (then it parses every body). */
export function limitInBytes(limit: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  return match ? Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]) : null;
}

/** The content types clients send GraphQL with, byte for byte (anything else goes to body-parser). */
const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/**
 * JSON request bodies, as body-parser's `json({ limit })` reads them, with a direct path for the common case:
 * a plain `application/json` body, not compressed, with a Content-Length within the limit. That one is read
 * as bytes and parsed at once, skipping body-parser's media-type parsing, charset decoder and stream
 * plumbing (~3% of the api's CPU on a signed-in read). Anything else, and any body the direct path cannot
 * parse (malformed or non-object JSON, a short body), goes to body-parser itself, so its answers and
 * errors (400, 413, 415) stay exactly its own.
 */
export function jsonBodies(limit: string) {
  const parser = express.json({ limit });
  const maxBytes = limitInBytes(limit);
  return (request: Request, response: Response, next: NextFunction): void => {
    const length = maxBytes === null ? null : plainLength(request, maxBytes);
    if (length === null) {
      parser(request, response, next);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
    };
    // Bound: the request's events run outside its async context (the per-request SQL count, the logger's).
    const finish = AsyncResource.bind(() => {
      request.off('data', onData);
      request.off('end', finish);
      request.off('aborted', finish);
      request.off('error', finish);
      request.off('close', finish);
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received);
      const parsed = received === length ? parseObject(body) : undefined;
      if (parsed !== undefined) {
        request.body = parsed;
        next();
        return;
      }
      // body-parser reads what arrived again and answers as it always does. A plain Readable: body-parser takes
      // a finished writable (a PassThrough) for a request already read and would skip it.
      const replay = Object.assign(new Readable({ read() {} }), { headers: request.headers }) as unknown as Request;
      replay.push(body);
      replay.push(null);
      parser(replay, response, (error?: unknown) => {
        request.body = replay.body;
        next(error);
      });
    });
    request.on('data', onData);
    request.on('end', finish);
    request.on('aborted', finish);
    request.on('error', finish);
    request.on('close', finish);
  };
}

function plainLength(request: Request, maxBytes: number): number | null {
  const { headers } = request;
  if (!PLAIN_JSON.has(headers['content-type'] ?? '') || headers['transfer-encoding'] !== undefined || request.readableEnded) return null;
  if (headers['content-encoding'] !== undefined && headers['content-encoding'].toLowerCase() !== 'identity') return null;
  const text = headers['content-length'];
  if (text === undefined || !/^\d{1,10}$/.test(text)) return null;
  const length = Number(text);
  return length > 0 && length <= maxBytes ? length : null;
}

/** body-parser's strict mode: an object or an array, after JSON whitespace. */
const STARTS_AS_OBJECT = /^[ \t\n\r]*[{[]/;

/** A JSON object or array as body-parser's strict mode accepts it, or undefined. */
function parseObject(body: Buffer): unknown {
  // body-parser's decoder drops a byte order mark.
  const start = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  const text = body.toString('utf8', start);
  if (!STARTS_AS_OBJECT.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
