// @ts-check
/**
 * A request-level throttling reverse proxy, for `npm run web:paint`: it applies what DevTools network throttling
 * applies (a latency per request before its response starts, one shared download and upload throughput) to every
 * request, the page's own document included. The DevTools throttling of the Chromium of @sparticuz/chromium 153
 * (Network.emulateNetworkConditions and …ByRule) slows a page's subresources but not its navigation request,
 * which would leave the HTML, the largest part of a server-rendered page's wait, unthrottled.
 * WebSocket upgrades (/realtime) are piped through unthrottled: they start after the page has painted.
 */
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * @param {{ target: string, latencyMs: number, downloadBytesPerSecond: number, uploadBytesPerSecond: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startThrottleProxy({ target, latencyMs, downloadBytesPerSecond, uploadBytesPerSecond }) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  /** When each direction's link is next free (ms, performance clock): transfers queue one after the other. */
  const link = { down: 0, up: 0 };
  /** Resolves once `bytes` have crossed the `direction` link at its rate, after what is already queued on it. */
  const transfer = (/** @type {'down'|'up'} */ direction, /** @type {number} */ bytes) => {
    const rate = direction === 'down' ? downloadBytesPerSecond : uploadBytesPerSecond;
    const now = performance.now();
    link[direction] = Math.max(now, link[direction]) + (bytes / rate) * 1000;
    const wait = link[direction] - now;
    return new Promise((done) => setTimeout(done, wait));
  };
  const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));
  /** Chunks are cut small so that concurrent responses share the link. */
  const SLICE = 4 * 1024;

  const server = http.createServer(async (request, response) => {
    try {
      const body = [];
      for await (const chunk of request) body.push(chunk);
      const payload = Buffer.concat(body);
      await transfer('up', payload.length + 500); // about 500 bytes of request headers
      await sleep(latencyMs);
      const forwarded = http.request(
        { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers, agent },
        async (answer) => {
          try {
            response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
            for await (const chunk of answer) {
              for (let at = 0; at < chunk.length; at += SLICE) {
                const slice = chunk.subarray(at, at + SLICE);
                await transfer('down', slice.length);
                response.write(slice);
              }
            }
            response.end();
          } catch {
            response.destroy();
          }
        },
      );
      forwarded.on('error', () => {
        if (!response.headersSent) response.writeHead(502);
        response.end();
      });
      forwarded.end(payload);
    } catch {
      response.destroy();
    }
  });
  server.on('upgrade', (request, socket, head) => {
    const onward = net.connect(Number(upstream.port), upstream.hostname, () => {
      const headers = Object.entries(request.headersDistinct)
        .flatMap(([name, values]) => (values ?? []).map((value) => `${name}: ${value}`))
        .join('\r\n');
      onward.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
      if (head.length) onward.write(head);
      onward.pipe(socket).pipe(onward);
    });
    const end = () => {
      onward.destroy();
      socket.destroy();
    };
    onward.on('error', end);
    socket.on('error', end);
    socket.on('close', end);
  });
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => done());
      }),
  };
}
