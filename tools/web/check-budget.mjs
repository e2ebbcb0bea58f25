// @ts-check
/**
 * The JS/CSS budget of the web client's first load, measured on the production build (dist/web).
 * First load of a page = what its HTML makes the browser fetch before it is interactive: the client entry,
 * the root route and the page's route module with every static import (modulepreload), and their CSS,
 * as React Router's own asset manifest lists them. Lazy chunks (socket.io-client, heavy screens) do not count.
 * Fails (exit 1) above the budget: ≤ 120 KB gzip of JavaScript and ≤ 25 KB gzip of CSS for a signed-out thread page.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET = { js: 120 * KB, css: 25 * KB };
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const clientDir = join(root, 'dist', 'web', 'client');
const serverBuild = join(root, 'dist', 'web', 'server', 'index.mjs');
if (!existsSync(serverBuild)) {
  console.error('dist/web is missing: run `npm run build:web` first.');
  process.exit(1);
}

const { assets } = await import(pathToFileURL(serverBuild).href);
const gzipSize = (/** @type {string} */ url) => gzipSync(readFileSync(join(clientDir, url)), { level: 9 }).length;

/** @param {string} routeId */
function firstLoad(routeId) {
  const js = new Set([assets.entry.module, ...assets.entry.imports]);
  const css = new Set();
  for (const id of ['root', routeId]) {
    const route = assets.routes[id];
    if (!route) throw new Error(`No route "${id}" in the build`);
    js.add(route.module);
    for (const file of route.imports ?? []) js.add(file);
    for (const file of route.css ?? []) css.add(file);
  }
  // The root's stylesheet is a <link> from links(), not a route css entry: count every CSS file the client ships.
  return { js: [...js], css };
}

const pages = ['routes/thread', 'routes/space', 'routes/idea-board', 'routes/community', 'routes/account/sign-in'];
const { readdirSync } = await import('node:fs');
const allCss = readdirSync(join(clientDir, 'assets')).filter((file) => file.endsWith('.css')).map((file) => `/assets/${file}`);
const cssBytes = allCss.reduce((sum, file) => sum + gzipSize(file), 0);
let failed = false;
for (const page of pages) {
  const { js } = firstLoad(page);
  const jsBytes = js.reduce((sum, file) => sum + gzipSize(file), 0);
  const isBudgeted = page === 'routes/thread';
  const over = isBudgeted && (jsBytes > BUDGET.js || cssBytes > BUDGET.css);
  failed ||= over;
  console.log(
    `${page.padEnd(24)} JS ${(jsBytes / KB).toFixed(1)} KB gzip in ${js.length} files, CSS ${(cssBytes / KB).toFixed(1)} KB gzip` +
      (isBudgeted ? ` (budget ${BUDGET.js / KB} KB JS, ${BUDGET.css / KB} KB CSS)${over ? ' OVER BUDGET' : ' ok'}` : ''),
  );
}
if (failed) process.exit(1);
