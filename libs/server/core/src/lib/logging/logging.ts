import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
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

/** Structured JSON logs with a request id (taken from x-request-id when a proxy sets one). */
export function createLoggerModule(config: AppConfig, app: string, destination?: LogDestination) {
  const options = {
    level: config.LOG_LEVEL,
    base: { app },
    genReqId: (request: IncomingMessage) => {
      const header = request.headers['x-request-id'];
      const given = Array.isArray(header) ? header[0] : header;
      return given && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.query.token', 'req.params.token'],
    // Params are only the router's splat of the URL at this level (tokens included): the URL says it all.
    serializers: { req: (req: { url?: string; params?: unknown }) => Object.assign(req, { url: redactUrl(req.url), params: undefined }) },
    autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
    customLogLevel: (_request: IncomingMessage, response: { statusCode: number }, error?: Error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
  } satisfies Options;
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
}
