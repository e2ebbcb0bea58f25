import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/config';
import { redactUrl, requestLoggingOptions, requestLogLevel, requestSerializer } from './logging';

describe('redactUrl', () => {
  it('hides link tokens in paths and query strings, and nothing else', () => {
    expect(redactUrl('/unsubscribe/AbC_123-xyz')).toBe('/unsubscribe/[redacted]');
    expect(redactUrl('/exports/AbC_123?x=1')).toBe('/exports/[redacted]?x=1');
    expect(redactUrl('/insights/exports/AbC')).toBe('/insights/exports/[redacted]');
    expect(redactUrl('/account/reset-password?token=secret&lang=fr')).toBe('/account/reset-password?token=[redacted]&lang=fr');
    expect(redactUrl('/graphql?query=%7Bme%7D')).toBe('/graphql?query=%7Bme%7D');
    expect(redactUrl('/health/ready')).toBe('/health/ready');
  });
});

describe('requestSerializer', () => {
  const request = { id: 'r1', method: 'POST', url: '/unsubscribe/secret', headers: { authorization: 'Bearer x', cookie: 'a=b' }, params: { 0: 'secret' } };

  it('shows only id, method and redacted URL at warn level and above (no headers copied)', () => {
    for (const level of ['warn', 'error', 'fatal', 'silent']) {
      const serializer = requestSerializer(level);
      expect(serializer.wrapSerializers).toBe(false);
      // Nothing a redaction path names is left to redact.
      expect(serializer.redact).toBeUndefined();
      expect(serializer.req({ ...request })).toEqual({ id: 'r1', method: 'POST', url: '/unsubscribe/[redacted]' });
    }
  });

  it('keeps the full request (headers redacted by pino) at info and below', () => {
    const serializer = requestSerializer('info');
    expect(serializer.wrapSerializers).toBe(true);
    expect(serializer.redact).toEqual(['req.headers.authorization', 'req.headers.cookie', 'req.query.token', 'req.params.token']);
    expect(serializer.req({ ...request })).toMatchObject({ url: '/unsubscribe/[redacted]', params: undefined });
  });
});

describe('requestLoggingOptions: what a finished request writes', () => {
  /** Runs one request through a real pino-http middleware with these options and returns the lines written. */
  function linesFor(level: AppConfig['LOG_LEVEL'], statusCode: number): Array<Record<string, unknown>> {
    const lines: string[] = [];
    const middleware = pinoHttp(requestLoggingOptions({ LOG_LEVEL: level }, 'api'), { write: (line: string) => lines.push(line) });
    const request = Object.assign(new EventEmitter(), { method: 'POST', url: '/graphql', headers: {}, socket: {} }) as unknown as IncomingMessage;
    const response = Object.assign(new EventEmitter(), { statusCode, headersSent: true, writableEnded: true, getHeaders: () => ({}) }) as unknown as ServerResponse;
    middleware(request, response, () => undefined);
    response.emit('finish');
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('writes nothing for a success at warn, and the failure with its request at error level', () => {
    expect(linesFor('warn', 200)).toEqual([]);
    const [failed, ...rest] = linesFor('warn', 500);
    expect(rest).toEqual([]);
    expect(failed).toMatchObject({ level: 50, app: 'api', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 500 } });
    // The success is not even composed at the quiet levels (the same output, less work per request).
    const finished = { statusCode: 200 };
    expect(['warn', 'error', 'fatal', 'silent'].map((level) => requestLogLevel(level)({} as IncomingMessage, finished))).toEqual(['silent', 'silent', 'silent', 'silent']);
  });

  it('writes every request at info', () => {
    expect(linesFor('info', 200)).toEqual([expect.objectContaining({ level: 30, msg: 'request completed', res: expect.objectContaining({ statusCode: 200 }) })]);
    expect(linesFor('info', 503)).toEqual([expect.objectContaining({ level: 50 })]);
  });
});
