import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config';

/** Structured JSON logs with a request id (taken from x-request-id when a proxy sets one). */
export function createLoggerModule(config: AppConfig, app: string) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { app },
      genReqId: (request: IncomingMessage) => {
        const header = request.headers['x-request-id'];
        const given = Array.isArray(header) ? header[0] : header;
        return given && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    },
  });
}
