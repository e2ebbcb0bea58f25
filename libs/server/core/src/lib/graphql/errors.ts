import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@palabre/contracts';
import { FRENCH_MESSAGE } from './error-language';

/**
 * Every error a client may see is an AppError with a stable `extensions.code`:
 * the generic codes of ErrorCode or a domain code named by an issue (e.g. THREAD_LOCKED).
 */
export class AppError extends GraphQLError {
  /** The message in French, shown to French-speaking callers (ErrorLanguage); the code stays the same. */
  french?: string;

  constructor(
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ?? {}) } });
  }
}

/** Gives an error its French message; English stays the default. */
export function inFrench<T extends AppError>(error: T, message: string): T {
  error.french = message;
  return error;
}

/** What raises() writes when an operation has no domain code: it answers only the generic codes of ErrorCode. */
export const ONLY_GENERIC_CODES = 'generic codes only';

/**
 * An operation's description followed by the domain codes it may raise (the schema documents the catalogue
 * where it applies). Every mutation goes through it, with no code when it raises only the generic ones
 * (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, TOO_MANY_REQUESTS…); the schema spec checks it.
 */
export const raises = (description: string, ...codes: readonly string[]): string =>
  `${description.replace(/\.$/, '')}. Errors: ${codes.length > 0 ? codes.join(', ') : ONLY_GENERIC_CODES}`;

export const badInput = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const unauthenticated = (message?: string) =>
  message === undefined ? inFrench(new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this'), 'Connectez-vous pour faire ceci') : new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message?: string) =>
  message === undefined ? inFrench(new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this'), 'Vous n’avez pas le droit de faire ceci') : new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'This item') => new AppError(ErrorCode.NOT_FOUND, `${what} was not found`);
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.CONFLICT, message, details);
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });

/** Errors Apollo itself raises for malformed requests; their messages are safe to show. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js 16 spells it "more that"; later versions may fix the typo.
/**
 * graphql-js suggests names close to a misspelt field, argument, type or enum value ("Did you mean …?"),
 * which maps the schema for anyone where introspection is off.
 */
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');

const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

/** Seconds a client is asked to wait before retrying when the database is out of reach. */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 5;

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATE classes 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now), 53300 (too many connections). */
const UNREACHABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNREACHABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error means the database could not be reached (down, restarting, out of connections),
 * as opposed to a statement that failed: such a request changed nothing and may simply be retried.
 * Looks through TypeORM's `driverError`, `cause` and graphql-js's wrappers.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message, driverError, cause, originalError, thrownValue } = current as Record<string, unknown>;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true;
    // graphql-js wraps a value that is not an Error of its realm as NonErrorThrown { thrownValue }.
    pending.push(driverError, cause, originalError, thrownValue);
  }
  return false;
}

/** The SQLSTATE of a PostgreSQL error, looking through TypeORM's `driverError`, `cause` and graphql-js's wrappers. */
function sqlStateOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, severity, driverError, cause, originalError, thrownValue } = current as Record<string, unknown>;
    // pg's DatabaseError carries a severity beside its five-character code; Node's system errors do not.
    if (typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    pending.push(driverError, cause, originalError, thrownValue);
  }
  return undefined;
}

/**
 * What the database refused, when the refusal is about the request rather than the server: a unique or
 * exclusion constraint met by a concurrent twin (23505, 23P01) is a CONFLICT; a value it cannot hold
 * (class 22: a date out of range, a number too large, a text too long...) is BAD_USER_INPUT. Validation
 * should have caught the latter first; this is the net under every path that it missed.
 */
export function databaseRefusalOf(error: unknown): { code: ErrorCode.CONFLICT | ErrorCode.BAD_USER_INPUT; sqlState: string } | null {
  const sqlState = sqlStateOf(error);
  if (sqlState === undefined) return null;
  if (sqlState === '23505' || sqlState === '23P01') return { code: ErrorCode.CONFLICT, sqlState };
  if (sqlState.startsWith('22')) return { code: ErrorCode.BAD_USER_INPUT, sqlState };
  return null;
}

export type ErrorLogger = (details: { correlationId: string; error: unknown }) => void;

/**
 * Keeps domain and request errors, masks everything else: SQL, table names and stack
 * traces never reach a client, only a correlation id that is also in the log.
 */
export function createErrorFormatter(logError: ErrorLogger, options: { hideSuggestions?: boolean; logUnavailable?: ErrorLogger; logRefused?: ErrorLogger } = {}) {
  const shown = (message: string) => (options.hideSuggestions ? withoutSuggestions(message) : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof AppError) {
      const shown = { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
      return original.french ? Object.assign(shown, { [FRENCH_MESSAGE]: original.french }) : shown;
    }
    const code = formatted.extensions?.['code'];
    const isRequestError = typeof code === 'string' && APOLLO_REQUEST_CODES.has(code) && !(error instanceof GraphQLError && error.originalError && !(error.originalError instanceof GraphQLError));
    if (isRequestError) {
      // graphql-js enforces the token limit while parsing; every query limit answers one code.
      const limitCode = code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message) ? 'GRAPHQL_VALIDATION_FAILED' : code;
      return { message: shown(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code: limitCode } };
    }
    const correlationId = randomUUID();
    if (isDatabaseUnreachable(original)) {
      options.logUnavailable?.({ correlationId, error: original });
      return {
        message: `The service is briefly unavailable; nothing was changed. Retry in ${SERVICE_UNAVAILABLE_RETRY_SECONDS} seconds (reference ${correlationId})`,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS, correlationId },
      };
    }
    const refusal = databaseRefusalOf(original);
    if (refusal) {
      (options.logRefused ?? logError)({ correlationId, error: original });
      const message =
        refusal.code === ErrorCode.CONFLICT
          ? `This conflicts with a change made at the same moment; read the current state and try again (reference ${correlationId})`
          : `A value in this request is out of the range the service can store (reference ${correlationId})`;
      return { message, path: formatted.path, extensions: { code: refusal.code, correlationId } };
    }
    logError({ correlationId, error: original });
    return {
      message: `Something went wrong on our side; quote ${correlationId} if you report it`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
