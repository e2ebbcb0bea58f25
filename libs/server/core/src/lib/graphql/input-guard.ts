import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@palabre/contracts';

/** Deeper than any input type of the schema; JSON nested further is hostile, not a query. */
export const MAX_INPUT_DEPTH = 32;

/** `\u0000` or `\u{0}` written as an escape inside a GraphQL string literal of the document. */
const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;

type Refusal = string | null;

/**
 * Walks a JSON value without recursion (a hostile value may be nested far beyond the stack):
 * refuses NUL characters in strings and keys, and nesting beyond MAX_INPUT_DEPTH.
 */
export function refuseHostileJson(value: unknown, what: string): Refusal {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return `${what} contain a NUL character (U+0000), which no text may hold`;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return `${what} are nested more than ${MAX_INPUT_DEPTH} levels deep`;
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\u0000')) return `${what} contain a NUL character (U+0000), which no text may hold`;
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

function refusalOf(body: Record<string, unknown>): Refusal {
  const { query, variables, operationName, extensions } = body;
  if (typeof query === 'string' && (query.includes('\u0000') || ESCAPED_NUL.test(query))) {
    return 'The document contains a NUL character (U+0000), which no text may hold';
  }
  if (typeof operationName === 'string' && operationName.includes('\u0000')) return 'operationName contains a NUL character (U+0000)';
  return refuseHostileJson(variables, 'The variables') ?? refuseHostileJson(extensions, 'The extensions');
}

/** GET requests carry variables and extensions as JSON text in the query string. */
function getBodyOf(request: Request): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...(request.query as Record<string, unknown>) };
  for (const field of ['variables', 'extensions']) {
    const text = parsed[field];
    if (typeof text !== 'string') continue;
    try {
      parsed[field] = JSON.parse(text);
    } catch {
      // Apollo answers malformed JSON itself (400).
    }
  }
  return parsed;
}

/**
 * Refuses hostile input at the edge, before Apollo, the response cache or a resolver sees it:
 * NUL characters anywhere (PostgreSQL text cannot hold them) and absurdly nested variables.
 * The answer has the shape and status of any other GraphQL request error.
 */
export function graphqlInputGuard() {
  return (request: Request, response: Response, next: NextFunction): void => {
    const body: unknown = request.method === 'GET' ? getBodyOf(request) : request.body;
    const refusal = body !== null && typeof body === 'object' && !Array.isArray(body) ? refusalOf(body as Record<string, unknown>) : null;
    if (refusal === null) return next();
    response.status(400).json({ errors: [{ message: refusal, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  };
}
