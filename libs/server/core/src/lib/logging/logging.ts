import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/config';

/** A stream pino can write to (stdout when none is given). */
export interface LogDestination {
  write(line: string): unknown;
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
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
    customLogLevel: (_request: IncomingMessage, response: { statusCode: number }, error?: Error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
  } satisfies Options;
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
}
