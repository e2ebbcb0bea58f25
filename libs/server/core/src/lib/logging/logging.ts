import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/config';

/** A stream pino can write to (stdout when none is given). */
export interface LogDestination {
  write(line: string): unknown;
}

/** Paths whose last segment is a capability (a single-use link token). */
const TOKEN_PATHS = /^(\/(?:unsubscribe|exports|insights\/exports)\/)[^/?#]+/;

/**
 * A request URL safe to log: link tokens (in `/unsubscribe/<token>`, `/exports/<token>` and any `token`
 * query parameter) are replaced, since whoever reads the logs must not be able to use them.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  return url.replace(TOKEN_PATHS, '$1[redacted]').replace(/([?&](?:token|refreshToken)=)[^&#]*/gi, '$1[redacted]');
}

/** Secrets a full request carries: the credentials and link tokens. */
const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.query.token', 'req.params.token'];

/** Levels at which no request is logged unless it fails (the success log is at info). */
const QUIET_LEVELS = new Set(['warn', 'error', 'fatal', 'silent']);

/**
 * How a request is shown in logs. pino-http binds it to a child logger on every request, whatever the level;
 * at warn and above only failed requests are ever logged, and what identifies them is the id, method and URL:
 * the copy of every header (and their redaction) is skipped, ~4% of the api's CPU per signed-in request.
 * Nothing the redaction paths name (headers, query, params) is left in a request shown that way, so pino's
 * redaction, which would still walk every request's logger bindings (~0.6% of the api's CPU), is off too.
 */
export function requestSerializer(level: string): {
  wrapSerializers: boolean;
  redact: string[] | undefined;
  req: (req: { id?: unknown; method?: string; url?: string; params?: unknown }) => unknown;
  others: Record<string, (value: never) => unknown>;
} {
  if (QUIET_LEVELS.has(level)) {
    // Unwrapped, pino-http no longer applies the standard serializers: responses and errors get them here.
    return { wrapSerializers: false, redact: undefined, req: (req) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }), others: { res: stdSerializers.res, err: stdSerializers.err } };
  }
  // Params are only the router's splat of the URL at this level (tokens included): the URL says it all.
  return { wrapSerializers: true, redact: REDACTED_PATHS, req: (req) => Object.assign(req, { url: redactUrl(req.url), params: undefined }), others: {} };
}

/**
 * The level of a finished request's log line: failures at error, successes at info, except at the quiet levels,
 * which would never write an info line: there a success is 'silent', and pino-http skips composing the line it
 * would drop (~4% of the api's CPU per signed-in thread list in the bench profile).
 */
export function requestLogLevel(level: string): (request: IncomingMessage, response: { statusCode: number }, error?: Error) => 'error' | 'info' | 'silent' {
  const success = QUIET_LEVELS.has(level) ? 'silent' : 'info';
  return (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : success);
}

/** pino-http's options: structured JSON logs with a request id (taken from x-request-id when a proxy sets one). */
export function requestLoggingOptions(config: Pick<AppConfig, 'LOG_LEVEL'>, app: string) {
  const request = requestSerializer(config.LOG_LEVEL);
  return {
    level: config.LOG_LEVEL,
    wrapSerializers: request.wrapSerializers,
    base: { app },
    genReqId: (request: IncomingMessage) => {
      const header = request.headers['x-request-id'];
      const given = Array.isArray(header) ? header[0] : header;
      return given && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
    redact: request.redact,
    serializers: { ...request.others, req: request.req },
    autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
    customLogLevel: requestLogLevel(config.LOG_LEVEL),
  } satisfies Options;
}

export function createLoggerModule(config: AppConfig, app: string, destination?: LogDestination) {
  const options = requestLoggingOptions(config, app);
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
}
