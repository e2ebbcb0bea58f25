import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@palabre/contracts';

/** Deeper than any input type of the schema; JSON nested further is hostile, not a query. */
export const MAX_INPUT_DEPTH = 32;

/** `\u0000` or `\u{0}` written as an escape inside a GraphQL string literal of the document. */
const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;

type Refusal = string | null;

/** A UTF-16 surrogate without its pair: no Unicode text, and PostgreSQL's json, the mailer and validators choke on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL_REFUSAL = 'contain a NUL character (U+0000), which no text may hold';
const SURROGATE_REFUSAL = 'contain a lone UTF-16 surrogate, which is not Unicode text';

/** Why a text cannot be stored, or null. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return NUL_REFUSAL;
  if (LONE_SURROGATE.test(text)) return SURROGATE_REFUSAL;
  return null;
}

/**
 * Walks a JSON value without recursion (a hostile value may be nested far beyond the stack):
 * refuses NUL characters and lone surrogates in strings and keys, and nesting beyond MAX_INPUT_DEPTH.
 */
export function refuseHostileJson(value: unknown, what: string): Refusal {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return `${what} ${problem}`;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return `${what} are nested more than ${MAX_INPUT_DEPTH} levels deep`;
    for (const [key, child] of Object.entries(current)) {
      const problem = textProblem(key);
      if (problem) return `${what} ${problem}`;
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
  if (typeof query === 'string' && LONE_SURROGATE.test(query)) return `The document ${SURROGATE_REFUSAL}`;
  if (typeof operationName === 'string' && textProblem(operationName)) return `The operationName ${textProblem(operationName)}`;
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
 * NUL characters and lone surrogates anywhere (PostgreSQL text cannot hold the one, no Unicode text holds
 * the other) and absurdly nested variables.
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
