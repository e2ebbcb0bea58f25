import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';
import { NonceContext } from './lib/nonce';

export const streamTimeout = 5_000;

/**
 * A strict policy: scripts only from this origin or carrying this response's nonce (React Router's
 * hydration data), no inline styles, no plugins, no framing. Sockets and GraphQL go to the same origin.
 * Images: this origin (members' photos under /media), data: URLs, and blob: for a photo's preview before upload.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers });
  const nonce = randomBytes(16).toString('base64');
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  headers.set('Content-Type', 'text/html; charset=utf-8');

  return new Promise<Response>((resolve, reject) => {
    let timeout: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    // Wait for everything: public pages are read without JavaScript and by crawlers, so they arrive whole.
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          // Everything is rendered: the page goes out as one buffer (one write, compressed in one pass) rather
          // than a stream of React's small chunks through a web stream (measured by the bench's thread-page-ssr).
          const chunks: Buffer[] = [];
          pipe(
            new Writable({
              write(chunk: Buffer, _encoding, callback) {
                chunks.push(chunk);
                callback();
              },
              final(callback) {
                clearTimeout(timeout);
                timeout = undefined;
                resolve(new Response(Buffer.concat(chunks), { headers, status }));
                callback();
              },
            }),
          );
        },
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          console.error(error);
        },
      },
    );
  });
}
