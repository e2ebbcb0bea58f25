import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/config';
import { publicUrlOf } from './web-origins';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * helmet's headers for the api and the gateway. Neither serves pages (only JSON, metrics and the
 * development explorer, which sets its own policy), so the content security policy forbids everything.
 * HSTS only when the public URL is https: sent over plain http it would be ignored, and on localhost harmful.
 */
function helmetFor(config: AppConfig): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
    strictTransportSecurity: publicUrlOf(config).protocol === 'https:' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The web client (another origin in development) reads our JSON through CORS.
    crossOriginResourcePolicy: { policy: 'same-site' },
  }) as Middleware;
}

/**
 * The same headers as a list, for responses that no middleware sees (socket.io's own polling and
 * handshake answers): helmet is run once against a recording response.
 */
export function securityHeaderList(config: AppConfig): ReadonlyArray<[string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
    getHeader: (name: string) => headers.get(name),
  } as unknown as ServerResponse;
  helmetFor(config)({ headers: {} } as IncomingMessage, recorder, () => undefined);
  return [...headers.entries()];
}

/**
 * helmet's headers on every response. They depend on the configuration only (no nonce, nothing from the
 * request), so helmet runs once at startup and each request gets the recorded list: running helmet's
 * fifteen middlewares per request cost ~0.7% of the api's CPU on a signed-in read.
 */
export function securityHeaders(config: AppConfig): Middleware {
  const headers = securityHeaderList(config);
  return (_request, response, next) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    // helmet's own doing (x-powered-by is disabled anyway; removing a missing header is a no-op).
    response.removeHeader('X-Powered-By');
    next();
  };
}
