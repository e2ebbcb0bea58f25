import { getAccessToken, setSession } from './session';

/** An API error with its stable `extensions.code` (mapped to a message by the i18n catalogue: `error.<CODE>`). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = code === 'NOT_FOUND' ? 404 : code === 'TOO_MANY_REQUESTS' ? 429 : code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 500,
    /** The input fields the API named (`extensions.field`, or each of `extensions.fields` from validation). */
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; fields?: { field: string }[] };
}

/** Where the server render reaches the API directly; the browser goes through the same origin (`/graphql`). */
// `typeof document` rather than import.meta.env.SSR: the same module also runs under Jest (CommonJS).
const onServer = typeof document === 'undefined';

function endpoint(): string {
  if (onServer) return `${globalThis.process.env.WEB_API_URL ?? `http://127.0.0.1:${globalThis.process.env.API_PORT ?? 3100}`}/graphql`;
  return '/graphql';
}

/**
 * The production web server's page cache (apps/web/server/page-cache.mjs) installs this under a registered symbol:
 * on the server, every request a render makes goes through it, so the cache knows exactly which API answers a page
 * was rendered from (and may hand the loader an answer it has just fetched itself, so a page is never fetched twice).
 * A symbol on globalThis rather than an import: this module also runs in the browser and under Jest, where nothing is installed.
 */
interface ServerApiTap {
  post(url: string, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<{ status: number; text: string }>;
}
const API_TAP = Symbol.for('palabre.web.api-tap');

/** Headers a server render forwards from the browser's request (address for rate limits, language, later the session). */
const FORWARDED = ['x-forwarded-for', 'accept-language', 'user-agent'] as const;

/**
 * The one function every GraphQL call goes through: typed by the generated document, one HTTP request,
 * errors turned into ApiError with the API's code.
 */
export async function graphqlRequest<Result, Variables>(
  // Structural, so documents of either generated output (app/graphql, app/graphql-account) are accepted.
  document: { __apiType?: (variables: Variables) => Result; toString(): string },
  variables: Variables,
  options: { request?: Request } = {},
): Promise<Result> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.request) {
    for (const name of FORWARDED) {
      const value = options.request.headers.get(name);
      if (value) headers[name] = value;
    }
  }
  const token = onServer ? null : getAccessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const requestBody = JSON.stringify({ query: document.toString(), variables });
  const tap = onServer ? ((globalThis as Record<symbol, unknown>)[API_TAP] as ServerApiTap | undefined) : undefined;
  let answer: { status: number; text: string };
  try {
    if (tap) answer = await tap.post(endpoint(), headers, requestBody, options.request?.signal);
    else {
      const response = await fetch(endpoint(), { method: 'POST', headers, body: requestBody, signal: options.request?.signal });
      answer = { status: response.status, text: await response.text() };
    }
  } catch (error) {
    throw new ApiError('INTERNAL_SERVER_ERROR', `The API could not be reached: ${String(error)}`, 502);
  }
  const response = { ok: answer.status >= 200 && answer.status < 300, status: answer.status };
  let body: { data?: Result | null; errors?: GraphQLError[] };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    body = {};
  }
  // An error on a nested nullable field (e.g. figures only members may read) leaves the rest of the page
  // usable: the field is null and the page shows without it. An error at the top of the document fails the page.
  const fatal = body.errors?.find((error) => !body.data || !error.path || error.path.length <= 1);
  if (fatal) {
    const { code = 'INTERNAL_SERVER_ERROR', field, fields = [] } = fatal.extensions ?? {};
    // The session was ended elsewhere (signed out, "end other sessions"): this page is signed out from now on.
    if (token && code === 'UNAUTHENTICATED') setSession(null);
    throw new ApiError(code, fatal.message, undefined, field ? [field] : fields.map((entry) => entry.field));
  }
  if (!response.ok || !body.data) throw new ApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR', `The API answered ${response.status}`);
  return body.data;
}
