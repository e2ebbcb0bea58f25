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
  let stopping;
  return {
    databaseUrl: server.databaseUrl,
    owned: true,
    // A Ctrl+C in a terminal also reaches PostgreSQL itself; then stop() would wait for an exit already
    // past, so also finish when its postmaster.pid is gone.
    stop: () =>
      (stopping ??= new Promise((done) => {
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          clearInterval(poll);
          clearTimeout(limit);
          done();
        };
        const poll = setInterval(() => existsSync(pidFile) || finish(), 200);
        const limit = setTimeout(() => {
          log('PostgreSQL did not stop within 30 s.');
          finish();
        }, 30_000);
        server.stop().then(finish, finish);
      })),
  };
}

/** Runs a compiled entry as a child process, with the alias registration. */
function spawnEntry(name, env, extraArgs = []) {
  return spawn(process.execPath, ['-r', registerPaths, entryFile(name), ...extraArgs], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
}

/** Runs the production web server (needs dist/web from `npm run build:web`). */
function spawnWeb(env) {
  if (!existsSync(join(distDir, 'web', 'server', 'index.mjs'))) fail('dist/web is missing: run `npm run build` (or `npm run build:web`) first.');
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

/** Sends `signal` and waits up to `graceMs` for the exit, then SIGKILL. */
function stopChild(child, signal = 'SIGTERM', graceMs = 15_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill(signal);
  });
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
  waitUntilReady,
  stopChild,
};
