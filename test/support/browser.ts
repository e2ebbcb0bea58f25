import { SQL_COUNT_HEADER } from '@palabre/core';
import { documentText, type TypedDocument } from './harness';

/** One cookie as a server set it: its value and its attributes (lower-cased names). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

export function parseSetCookie(header: string): SetCookie {
  const [pair, ...rest] = header.split(';');
  const separator = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const part of rest) {
    const [name, ...value] = part.trim().split('=');
    attributes[name.toLowerCase()] = value.length > 0 ? value.join('=') : true;
  }
  return { name: pair.slice(0, separator).trim(), value: pair.slice(separator + 1).trim(), attributes };
}

/**
 * What a browser does with cookies, enough for these tests: keeps what the server sets (dropping cleared
 * or expired ones) and sends them back. Path and SameSite are checked by the specs themselves.
 */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  take(response: Response): SetCookie[] {
    const set = response.headers.getSetCookie().map(parseSetCookie);
    for (const cookie of set) {
      const expires = typeof cookie.attributes['expires'] === 'string' ? Date.parse(cookie.attributes['expires']) : Number.NaN;
      const cleared = cookie.value === '' || cookie.attributes['max-age'] === '0' || (!Number.isNaN(expires) && expires <= Date.now());
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return set;
  }

  header(): string | undefined {
    return this.cookies.size === 0 ? undefined : [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface BrowserRequest {
  jar?: CookieJar;
  token?: string;
  origin?: string;
  contentType?: string;
  /** The raw body (for forged form posts); JSON of query and variables otherwise. */
  body?: string;
  userAgent?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface BrowserResult<TData = any> {
  status: number;
  /** Typed as present for a typed document, like TypedGqlResult (see harness.ts). */
  data: TData;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  setCookies: SetCookie[];
  headers: Headers;
  sqlStatements: number;
}

/** A GraphQL POST as a browser page would send it: with the jar's cookies and an Origin. */
export async function browserGql<TData, TVariables>(apiUrl: string, document: TypedDocument<TData, TVariables>, variables: TVariables | undefined, request?: BrowserRequest): Promise<BrowserResult<TData>>;
/** A plain, untyped document: only for deliberately invalid or hostile requests (see Platform.gqlRaw). */
export async function browserGql(apiUrl: string, query: string, variables: Record<string, unknown> | undefined, request?: BrowserRequest): Promise<BrowserResult>;
export async function browserGql(apiUrl: string, document: string | TypedDocument<unknown, never>, variables: unknown, request: BrowserRequest = {}): Promise<BrowserResult<unknown>> {
  const query = documentText(document);
  const headers: Record<string, string> = { 'content-type': request.contentType ?? 'application/json', accept: 'application/json' };
  const cookie = request.jar?.header();
  if (cookie) headers['cookie'] = cookie;
  if (request.origin) headers['origin'] = request.origin;
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  if (request.userAgent) headers['user-agent'] = request.userAgent;
  const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers, body: request.body ?? JSON.stringify({ query, variables }) });
  const setCookies = request.jar ? request.jar.take(response) : response.headers.getSetCookie().map(parseSetCookie);
  const text = await response.text();
  let body: { data?: unknown; errors?: BrowserResult['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: callers look at the status
  }
  return { status: response.status, data: body.data, errors: body.errors, setCookies, headers: response.headers, sqlStatements: Number(response.headers.get(SQL_COUNT_HEADER)) };
}
