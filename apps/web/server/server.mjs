// @ts-check
/**
 * The production web server: serves the built client (immutable hashed assets), renders pages with
 * React Router, and proxies the API's and gateway's paths so the browser sees a single origin
 * (cookies, CSP `'self'` and CORS stay simple). It keeps no state: run as many as you like.
 *
 * Settings (environment): WEB_PORT (3000), HOST (127.0.0.1), WEB_API_URL (http://127.0.0.1:$API_PORT, API_PORT 3100),
 * WEB_GATEWAY_URL (http://127.0.0.1:$GATEWAY_PORT, GATEWAY_PORT 3101), WEB_TRUST_PROXY (express "trust proxy", default loopback),
 * WEB_PAGE_CACHE_MB (64: memory for rendered pages kept while the API's answers stay the same, 0 turns it off; see page-cache.mjs).
 */
import compression from 'compression';
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { createPageHandler } from './page-cache.mjs';
import { existsSync, readdirSync } from 'node:fs';
import { constants as zlibConstants } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';

const buildDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../dist/web');

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    process.stderr.write(`Invalid configuration:\n  - ${name}: must be a port number between 0 and 65535 (got "${raw}")\n`);
    process.exit(1);
  }
  return value;
}

function megabytes(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65536) {
    process.stderr.write(`Invalid configuration:\n  - ${name}: must be a whole number of megabytes between 0 and 65536 (got "${raw}")\n`);
    process.exit(1);
  }
  return value;
}

const config = {
  host: process.env.HOST?.trim() || '127.0.0.1',
  port: port('WEB_PORT', 3000),
  api: process.env.WEB_API_URL?.trim() || `http://127.0.0.1:${port('API_PORT', 3100)}`,
  gateway: process.env.WEB_GATEWAY_URL?.trim() || `http://127.0.0.1:${port('GATEWAY_PORT', 3101)}`,
  trustProxy: process.env.WEB_TRUST_PROXY?.trim() || 'loopback',
  pageCacheBytes: megabytes('WEB_PAGE_CACHE_MB', 64) * 1024 * 1024,
};
// The server render reads the API address from here (app/lib/graphql-client.ts).
process.env.WEB_API_URL = config.api;

const serverBuild = join(buildDir, 'server', 'index.mjs');
if (!existsSync(serverBuild)) {
  process.stderr.write(`${serverBuild} is missing: run \`npm run build:web\` first.\n`);
  process.exit(1);
}

/** Paths the API answers (GraphQL, single-use download links, unsubscribe links, media). */
const API_PATHS = ['/graphql', '/exports', '/insights/exports', '/unsubscribe', '/uploads', '/media'];

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', config.trustProxy);

app.get('/health/ready', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use((req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  // The client address as this server trusts it, so the API's per-address rate limits see the reader, not us.
  req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? '';
  next();
});

// xfwd: the API and gateway (which trust loopback proxies) see the reader's address.
const apiProxy = createProxyMiddleware({ target: config.api, pathFilter: API_PATHS, xfwd: true });
const realtimeProxy = createProxyMiddleware({ target: config.gateway, pathFilter: '/realtime', ws: true, xfwd: true });
// A prefix test first (what pathFilter does for these plain paths): every page request used to go through both
// proxies' own matching, a tenth of the web server's CPU per page once rendered pages are kept (page-cache.mjs).
const proxied = (/** @type {string[]} */ prefixes, /** @type {import('express').RequestHandler} */ proxy) => /** @type {import('express').RequestHandler} */ ((req, res, next) => (prefixes.some((prefix) => req.url.startsWith(prefix)) ? proxy(req, res, next) : next()));
app.use(proxied(API_PATHS, apiProxy));
app.use(proxied(['/realtime'], realtimeProxy));

// The built client's files, listed once: a page's URL goes straight to the render instead of costing a file
// system lookup first (the build does not change while the server runs; it imports it once too).
const clientDir = join(buildDir, 'client');
const clientFiles = new Set(readdirSync(clientDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => `/${relative(clientDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`));
const files = express.Router();
// Compression after the proxies, which pass the api's own encoding through untouched.
files.use(compression());
// Hashed file names: cache for a year.
files.use('/assets', express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }));
files.use(express.static(clientDir, { maxAge: '1h', index: false }));
app.use((req, res, next) => ((req.method === 'GET' || req.method === 'HEAD') && clientFiles.has(req.path) ? files(req, res, next) : next()));

// Pages: brotli at quality 1 rather than the middleware's 4, made for every response (a 37 KB thread page: about
// 0.2 ms of CPU for 9.5 KB instead of 0.8 ms for 8.4 KB; the files above keep 4), gzip without brotli.
app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } } }));

const build = await import(pathToFileURL(serverBuild).href);
// Pages: React Router, behind a cache of rendered HTML that revalidates every page against the API's answer
// (page-cache.mjs says why that can never serve a stale page).
app.all('/{*splat}', createPageHandler({ build, mode: 'production', maxBytes: config.pageCacheBytes }).handler);

const server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : config.port;
  process.stderr.write(`[web] listening on http://${config.host}:${actual} (api ${config.api}, gateway ${config.gateway})\n`);
});
// WebSocket upgrades of /realtime go to the gateway.
server.on('upgrade', (req, socket, head) => {
  if (req.url?.startsWith('/realtime')) realtimeProxy.upgrade(req, /** @type {any} */ (socket), head);
  else socket.destroy();
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
