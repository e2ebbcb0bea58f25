import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@palabre/contracts';

/**
 * Every error a client may see is an AppError with a stable `extensions.code`:
 * the generic codes of ErrorCode or a domain code named by an issue (e.g. THREAD_LOCKED).
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ?? {}) } });
  }
}

/** An operation's description followed by the domain codes it may raise (the schema documents the catalogue where it applies). */
export const raises = (description: string, ...codes: readonly string[]): string => `${description}. Errors: ${codes.join(', ')}`;

export const badInput = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const unauthenticated = (message = 'Sign in to do this') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') => new AppError(ErrorCode.FORBIDDEN, message);
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

export type ErrorLogger = (details: { correlationId: string; error: unknown }) => void;

/**
 * Keeps domain and request errors, masks everything else: SQL, table names and stack
 * traces never reach a client, only a correlation id that is also in the log.
 */
export function createErrorFormatter(logError: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.['code'];
    const isRequestError = typeof code === 'string' && APOLLO_REQUEST_CODES.has(code) && !(error instanceof GraphQLError && error.originalError && !(error.originalError instanceof GraphQLError));
    if (isRequestError) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const correlationId = randomUUID();
    logError({ correlationId, error: original });
    return {
      message: `Something went wrong on our side; quote ${correlationId} if you report it`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
