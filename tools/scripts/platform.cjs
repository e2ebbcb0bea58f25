'use strict';
/**
 * Shared by start.cjs and run-app.cjs: configuration, the persistent AUTH_SECRET, the embedded
 * PostgreSQL and child processes running compiled entries. Requires `npm run build` first.
 */
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, rmSync } = require('node:fs');
const { join, resolve } = require('node:path');

const repoRoot = resolve(__dirname, '..', '..');
const distDir = join(repoRoot, 'dist');
const registerPaths = join(__dirname, 'register-paths.cjs');

const entries = {
  api: 'apps/api/src/main.js',
  gateway: 'apps/gateway/src/main.js',
  seed: 'apps/api/src/seed/seed-demo.js',
  'reputation-check': 'apps/api/src/tools/reputation-check.js',
  backup: 'apps/api/src/tools/backup-cli.js',
  jobs: 'apps/api/src/tools/jobs.js',
};

/** The web server is an ES module outside dist/ (it serves dist/web, built by `npm run build:web`). */
const webServer = join(repoRoot, 'apps', 'web', 'server', 'server.mjs');

function log(message) {
  process.stderr.write(`[palabre] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Compiled modules of libs/server/core that need neither NestJS nor the path aliases. */
function requireCompiled(relativePath) {
  const file = join(distDir, relativePath);
  if (!existsSync(file)) fail(`${relativePath} is missing from dist/: run \`npm run build\` first.`);
  return require(file);
}

function entryFile(name) {
  const relative = entries[name];
  if (!relative) fail(`Unknown entry "${name}"; expected one of: ${Object.keys(entries).join(', ')}`);
  const file = join(distDir, relative);
  if (!existsSync(file)) fail(`dist/${relative} is missing: run \`npm run build\` first.`);
  return file;
}

function dataDirOf(env) {
  return resolve(repoRoot, env.DATA_DIR && env.DATA_DIR.trim() !== '' ? env.DATA_DIR : '.data');
}

/**
 * AUTH_SECRET when the environment has none: read `${DATA_DIR}/auth-secret`, creating it (0600)
 * with a random value if `create` and it does not exist yet. Returns undefined otherwise.
 */
function persistentAuthSecret(dataDir, { create }) {
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (!create) return undefined;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  log(`Created a random AUTH_SECRET in ${file} (kept across restarts; set AUTH_SECRET to use your own).`);
  return secret;
}

/**
 * The environment the apps will see, validated: exits with the ConfigError message when invalid.
 * `createSecret`: generate a persistent AUTH_SECRET in DATA_DIR when none is set.
 */
function prepareEnvironment({ createSecret }) {
  const env = { ...process.env };
  const dataDir = dataDirOf(env);
  env.DATA_DIR = dataDir;
  if (!env.AUTH_SECRET) {
    const secret = persistentAuthSecret(dataDir, { create: createSecret });
    if (secret) env.AUTH_SECRET = secret;
  }
  const { loadConfig, ConfigError } = requireCompiled('libs/server/core/src/lib/config/config.js');
  try {
    return { env, config: loadConfig(env), dataDir };
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** `${DATA_DIR}/platform.json`: written by a running `npm start` so tools can share its database. */
function runningPlatform(dataDir) {
  const file = join(dataDir, 'platform.json');
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8'));
    return Number.isInteger(info.pid) && isAlive(info.pid) && info.pid !== process.pid ? info : undefined;
  } catch {
    return undefined;
  }
}

function writePlatformInfo(dataDir, info) {
  writeFileSync(join(dataDir, 'platform.json'), `${JSON.stringify({ pid: process.pid, ...info }, null, 2)}\n`, { mode: 0o600 });
}

function removePlatformInfo(dataDir) {
  rmSync(join(dataDir, 'platform.json'), { force: true });
}

const SIGNAL_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'];

/**
 * PostgreSQL to use: DATABASE_URL when set; else the one of a running `npm start` on the same DATA_DIR
 * (shared, not stopped by us); else an embedded server we start and own (data in DATA_DIR, port EMBEDDED_PG_PORT).
 */
async function startDatabase(config, dataDir) {
  if (config.DATABASE_URL) return { databaseUrl: config.DATABASE_URL, owned: false, stop: async () => undefined };
  const running = runningPlatform(dataDir);
  if (running && running.databaseUrl) {
    log(`Using the embedded PostgreSQL of the Palabre already running (pid ${running.pid}).`);
    return { databaseUrl: running.databaseUrl, owned: false, stop: async () => undefined };
  }
  const { startEmbeddedPostgres } = requireCompiled('libs/server/core/src/lib/database/embedded-postgres.js');
  const before = Object.fromEntries(SIGNAL_EVENTS.map((event) => [event, process.listeners(event)]));
  const started = Date.now();
  const server = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, log });
  // embedded-postgres installs its own exit hooks that stop the server and exit the process at once;
  // we stop children first and PostgreSQL last, so take those listeners back out.
  for (const event of SIGNAL_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before[event].includes(listener)) process.removeListener(event, listener);
    }
  }
  log(`Embedded PostgreSQL ready on 127.0.0.1:${config.EMBEDDED_PG_PORT} in ${Date.now() - started} ms (data in ${join(dataDir, 'pg')}).`);
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  const postmaster = postmasterPid(pidFile);
  let stopping;
  let forcing;
  // The postmaster's pid is known from its postmaster.pid, so PostgreSQL can be stopped whatever state it is in:
  // a fast shutdown (SIGINT) first, an immediate one (SIGQUIT) when it does not end within the grace, SIGKILL last.
  const force = () =>
    (forcing ??= (async () => {
      if (!postmaster || !isAlive(postmaster)) return;
      log(`Forcing PostgreSQL (pid ${postmaster}) to stop.`);
      signalPid(postmaster, 'SIGQUIT');
      if (await waitForPidExit(postmaster, 5_000)) return;
      signalPid(postmaster, 'SIGKILL');
      if (!(await waitForPidExit(postmaster, 5_000))) log(`PostgreSQL (pid ${postmaster}) survived SIGKILL.`);
    })());
  return {
    databaseUrl: server.databaseUrl,
    owned: true,
    postmasterPid: postmaster,
    /** Stops PostgreSQL within `graceMs` plus the forced stop's few seconds; resolves once the postmaster is gone. */
    stop: (graceMs = PG_STOP_GRACE_MS) =>
      (stopping ??= (async () => {
        // A Ctrl+C in a terminal also reaches PostgreSQL itself; then server.stop() would wait for an exit
        // already past, so the postmaster's own pid is what is watched.
        server.stop().catch(() => undefined);
        const stopped = postmaster ? await waitForPidExit(postmaster, graceMs) : true;
        if (!stopped) {
          log(`PostgreSQL did not stop within ${graceMs / 1000} s.`);
          await force();
        }
      })()),
    /** Second Ctrl+C: an immediate shutdown at once. */
    kill: () => force(),
  };
}

const PG_STOP_GRACE_MS = 15_000;

function postmasterPid(pidFile) {
  try {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Polls until `pid` is gone; false after `timeoutMs`. */
async function waitForPidExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}

/** Runs a compiled entry as a child process, with the alias registration. */
function spawnEntry(name, env, extraArgs = []) {
  return spawn(process.execPath, ['-r', registerPaths, entryFile(name), ...extraArgs], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
}

/** Exits with a message when dist/web (the web server's build) is missing. */
function webEntry() {
  if (!existsSync(join(distDir, 'web', 'server', 'index.mjs'))) fail('dist/web is missing: run `npm run build` (or `npm run build:web`) first.');
  return webServer;
}

/** Runs the production web server (needs dist/web from `npm run build:web`). */
function spawnWeb(env) {
  webEntry();
  // React's server renderer is several times slower in its development build: the web server always runs the production one.
  return spawn(process.execPath, [webServer], { cwd: repoRoot, env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' });
}

/** Polls `url` until it answers 2xx; rejects after `timeoutMs` or when `child` exits first. */
function waitUntilReady(url, child, timeoutMs = 120_000) {
  return new Promise((resolvePromise, reject) => {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    const onExit = (code, signal) => finish(new Error(`exited (${signal || `code ${code}`}) before it was ready`));
    const finish = (error) => {
      if (done) return;
      done = true;
      child.off('exit', onExit);
      if (error) reject(error);
      else resolvePromise();
    };
    child.on('exit', onExit);
    const attempt = async () => {
      if (done) return;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return finish();
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return finish(new Error(`${url} was not ready within ${timeoutMs / 1000} s`));
      setTimeout(attempt, 250);
    };
    attempt();
  });
}

function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves when `child` has exited (at once if it already has). */
function childExit(child) {
  if (!child || hasExited(child)) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

const CHILD_STOP_GRACE_MS = 10_000;

/** Sends `signal`, waits up to `graceMs` for the exit, then SIGKILL; resolves only once the child has exited. */
function stopChild(child, signal = 'SIGTERM', graceMs = CHILD_STOP_GRACE_MS) {
  if (!child || hasExited(child)) return Promise.resolve();
  const exited = childExit(child);
  const timer = setTimeout(() => {
    log(`Process ${child.pid} did not stop within ${graceMs / 1000} s: killing it.`);
    child.kill('SIGKILL');
  }, graceMs);
  child.kill(signal);
  return exited.finally(() => clearTimeout(timer));
}

/** SIGKILL now, and wait for the exit. */
function killChild(child) {
  if (!child || hasExited(child)) return Promise.resolve();
  const exited = childExit(child);
  child.kill('SIGKILL');
  return exited;
}

module.exports = {
  repoRoot,
  entries,
  entryFile,
  log,
  fail,
  prepareEnvironment,
  runningPlatform,
  writePlatformInfo,
  removePlatformInfo,
  startDatabase,
  spawnEntry,
  spawnWeb,
  webEntry,
  waitUntilReady,
  stopChild,
  killChild,
  childExit,
};
