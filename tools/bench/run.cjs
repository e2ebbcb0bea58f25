'use strict';
/**
 * Palabre benchmarks: `npm run bench [-- --scale small|default] [--duration 15] [--check] [--only a,b]`.
 *
 * Starts the platform in production mode on a fresh embedded PostgreSQL (temporary data
 * directory, free port), seeds a dataset with bulk SQL, runs every scenario with load from
 * separate processes (autocannon, socket.io-client) next to baselines measured in the same run
 * (bare Node http, the same SQL from a bare http + pg handler, pgbench, a bare socket.io
 * broadcast), prints a table, writes tools/bench/results/latest.json and stops what it started.
 *
 * --check: short runs that verify the harness and the correctness checks (counter = rows, no
 * errors, every socket served); exits non-zero on a failure; never asserts speed.
 */
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes, createHmac } = require('node:crypto');
const { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, existsSync, readdirSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const { join, resolve } = require('node:path');
const { performance } = require('node:perf_hooks');

const platform = require('../scripts/platform.cjs');
const { seed, counterMismatches, searchQueries } = require('./lib/seed.cjs');
const { judgeIssue21, issue21Lines } = require('./lib/issue21.cjs');

const repoRoot = resolve(__dirname, '..', '..');
const libDir = join(__dirname, 'lib');
const { Client } = require(require.resolve('pg', { paths: [repoRoot] }));
const { toGlobalId } = require(join(repoRoot, 'dist/libs/contracts/src/lib/global-id.js'));

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const options = { scale: 'default', check: false, duration: null, connections: 50, only: null, keep: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined) platform.fail(`${arg} needs a value`);
      index += 1;
      return next;
    };
    if (arg === '--scale') options.scale = value();
    else if (arg.startsWith('--scale=')) options.scale = arg.slice(8);
    else if (arg === '--check') options.check = true;
    else if (arg === '--duration') options.duration = Number(value());
    else if (arg === '--connections') options.connections = Number(value());
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run bench -- [--scale small|default] [--duration seconds] [--connections n] [--check] [--only overhead,thread-list,thread-page-ssr,...] [--explain] [--keep]\n');
      process.exit(0);
    } else platform.fail(`unknown option ${arg} (see --help)`);
  }
  if (!['small', 'default'].includes(options.scale)) platform.fail('--scale must be small or default');
  // --scale small without --duration is the quick run (< 3 minutes): 5 s per measurement.
  options.duration ??= options.check ? 2 : options.scale === 'small' ? 5 : 15;
  options.warmup = options.check || options.duration < 15 ? 1 : 3;
  options.bareDuration = Math.min(options.duration, options.duration < 15 ? 3 : 5);
  options.fanoutRounds = options.check ? 3 : options.duration < 15 ? 10 : 20;
  options.pgbenchSeconds = options.check ? 2 : Math.min(options.duration, 10);
  return options;
}

const options = parseArgs(process.argv.slice(2));
const wanted = (name) => !options.only || options.only.includes(name);

// ---------------------------------------------------------------- process bookkeeping

const children = new Set();
let database = null;
let workDir = null;
let stopping = null;

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function track(child, name) {
  child.benchName = name;
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping && (signal || code !== 0)) process.stderr.write(`[bench] ${name} exited (${signal ?? code})\n`);
  });
  return child;
}

async function stopAll() {
  stopping ??= (async () => {
    for (const child of [...children].reverse()) await platform.stopChild(child, 'SIGTERM', 10_000);
    if (database) await database.stop().catch(() => undefined);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`received ${signal}: stopping everything`);
    stopAll().finally(() => process.exit(130));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolveReachable) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolveReachable(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Spawns a node script; resolves once it printed a line starting with "ready" (returns the port). */
function spawnReady(name, script, args, env = process.env, nodeArgs = []) {
  const child = track(spawn(process.execPath, [...nodeArgs, script, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] }), name);
  return new Promise((resolveReady, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = /ready (\d+)/.exec(buffer);
      if (match) resolveReady({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready`)));
  });
}

/** Runs a node script to completion; resolves with the last JSON line it printed. */
function runJson(name, script, args, { onLine } = {}) {
  const child = track(spawn(process.execPath, [script, ...args], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] }), name);
  return {
    child,
    done: new Promise((resolveRun, reject) => {
      let buffer = '';
      let last = null;
      child.stdout.on('data', (chunk) => {
        buffer += chunk;
        let newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).trim();
          buffer = buffer.slice(newline + 1);
          if (!line.startsWith('{')) continue;
          last = JSON.parse(line);
          onLine?.(last, child);
        }
      });
      child.once('exit', (code) => (code === 0 && last ? resolveRun(last) : reject(new Error(`${name} failed (exit ${code})`))));
    }),
  };
}

// ---------------------------------------------------------------- /proc sampling

const TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is state (field 3); utime = field 14 → index 11
    return { ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]), cutime: Number(fields[13]), cstime: Number(fields[14]) };
  } catch {
    return null;
  }
}

/** Full GC in processes started with lib/gc-on-signal.cjs, then a moment for the heap to shrink. */
async function collectGarbage(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {
      // gone: its RSS reads as 0 and the run reports it
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds of a process (and, with `tree`, of its live children plus those it reaped). */
function cpuSeconds(pid, tree = false) {
  const own = procStat(pid);
  if (!own) return 0;
  let ticks = own.utime + own.stime;
  if (tree) {
    ticks += own.cutime + own.cstime;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = procStat(Number(entry));
      if (stat && stat.ppid === pid) ticks += stat.utime + stat.stime;
    }
  }
  return ticks / TICKS;
}

function postmasterPid() {
  const file = join(workDir, 'pg', 'postmaster.pid');
  return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0], 10);
}

/** Watches CPU and peak RSS of named processes from now until stop(). */
function watchProcesses(processes) {
  const start = Object.fromEntries(Object.entries(processes).map(([name, p]) => [name, cpuSeconds(p.pid, p.tree)]));
  const peak = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, p] of Object.entries(processes)) if (!p.tree) peak[name] = Math.max(peak[name], rssKb(p.pid));
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    const cpu = Object.fromEntries(Object.entries(processes).map(([name, p]) => [name, cpuSeconds(p.pid, p.tree) - start[name]]));
    return { cpu, peakRssMb: Object.fromEntries(Object.entries(peak).filter(([name]) => !processes[name].tree).map(([name, kb]) => [name, Math.round(kb / 102.4) / 10])) };
  };
}

// ---------------------------------------------------------------- helpers

function progressBar(fraction, label) {
  const width = 30;
  const filled = Math.round(fraction * width);
  process.stderr.write(`\r[bench] seeding [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${label.padEnd(28).slice(0, 28)}`);
  if (fraction >= 1) process.stderr.write('\n');
}

function base64url(value) {
  return Buffer.from(value).toString('base64url');
}

/** An access token as the TokenService issues it (HS256, issuer palabre), for a seeded session. */
function accessToken(secret, memberId, sessionId) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = base64url(JSON.stringify({ sub: memberId, sid: sessionId, typ: 'access', iat: now, exp: now + 6 * 3600, iss: 'palabre' }));
  const signature = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

/** /metrics answers only with the token the bench gave the api (METRICS_TOKEN). */
let metricsToken = '';

async function metricValue(apiUrl, name) {
  const text = await (await fetch(`${apiUrl}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

const round1 = (value) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10);
const round2 = (value) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100);

// ---------------------------------------------------------------- main

const results = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  options: { scale: options.scale, check: options.check, durationSeconds: options.duration, warmupSeconds: options.warmup, connections: options.connections },
  dataset: null,
  scenarios: [],
  baselines: {},
  fanout: [],
  failures: [],
  skipped: [],
};

function fail(message) {
  results.failures.push(message);
  log(`FAILED: ${message}`);
}

async function main() {
  const started = performance.now();
  if (Number(process.versions.node.split('.')[0]) < 24) {
    log(`warning: node ${process.version}; \`npm run bench\` uses the project's node 24 (node_modules/.bin), whose AsyncLocalStorage is much cheaper: numbers differ`);
  }
  workDir = mkdtempSync(join(os.tmpdir(), 'palabre-bench-'));
  const captureDir = join(workDir, 'capture');
  mkdirSync(captureDir);
  const [pgPort, apiPort, gatewayPort, gatewayPort2] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);

  log(`scale ${options.scale}${options.check ? ' (check mode)' : ''}; work directory ${workDir}`);
  database = await platform.startDatabase({ EMBEDDED_PG_PORT: pgPort }, workDir);
  const pgPid = postmasterPid();

  const secret = randomBytes(48).toString('base64url');
  metricsToken = randomBytes(24).toString('base64url');
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.databaseUrl,
    DATA_DIR: workDir,
    AUTH_SECRET: secret,
    METRICS_TOKEN: metricsToken,
    HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    API_URL: apiUrl,
    GATEWAY_PORT: String(gatewayPort),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_POINTS: '1000000000',
    POST_FLOOD_INTERVAL_SECONDS: '0',
    KUDOS_DAILY_BUDGET: '1000000',
    SCHEDULER_ENABLED: 'false',
    REDIS_URL: '',
    BENCH_CAPTURE_DIR: captureDir,
  };
  const register = join(repoRoot, 'tools/scripts/register-paths.cjs');
  // BENCH_PROFILE=api (or gateway): V8 CPU profile of that process in tools/bench/results/profiles/.
  const profileArgs = (name) => (process.env.BENCH_PROFILE === name ? ['--cpu-prof', `--cpu-prof-dir=${join(__dirname, 'results', 'profiles')}`] : []);
  // Gateways collect garbage on SIGUSR2, so memory per connection is read without garbage (see fanout()).
  const gcArgs = (entry) => (entry === 'gateway' ? ['--expose-gc', '-r', join(libDir, 'gc-on-signal.cjs')] : []);
  const spawnApp = (name, entry, extraEnv = {}, preload = []) =>
    track(
      spawn(process.execPath, [...profileArgs(name), ...gcArgs(entry), '-r', register, ...preload.flatMap((file) => ['-r', file]), platform.entryFile(entry)], {
        cwd: repoRoot,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
      name,
    );

  // The api runs the migrations on start.
  const api = spawnApp('api', 'api', {}, [join(libDir, 'capture-sql.cjs')]);
  await platform.waitUntilReady(`${apiUrl}/health/ready`, api);
  log(`api ready (migrations applied) in ${Math.round(performance.now() - started)} ms`);

  const db = new Client({ connectionString: database.databaseUrl });
  await db.connect();
  const seedStart = performance.now();
  const world = await seed(db, options.scale, progressBar);
  results.dataset = { ...world.counts, seedSeconds: round1((performance.now() - seedStart) / 1000) };
  log(`seeded ${JSON.stringify(world.counts)} in ${results.dataset.seedSeconds} s`);

  const gateway = spawnApp('gateway', 'gateway');
  await platform.waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, gateway);

  const member = (n) => {
    const index = n % world.members;
    const id = world.memberId(index);
    const session = world.sessionId(index);
    return { index, id, session, token: accessToken(secret, id, session), gid: toGlobalId('Member', id) };
  };
  const gql = (query, variables) => JSON.stringify({ query, variables });
  const auth = (m) => ({ authorization: `Bearer ${m.token}` });

  /** One request through fetch: checks there is no GraphQL error; with `capture`, records its SQL. */
  async function call(body, headers = {}, capture) {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(capture ? { 'x-bench-capture': capture } : {}) },
      body,
    });
    const text = await response.text();
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { errors: [{ message: text.slice(0, 200) }] };
    }
    if (!response.ok || parsed.errors) throw new Error(`GraphQL call failed (${response.status}): ${JSON.stringify(parsed.errors ?? text).slice(0, 500)}`);
    return { data: parsed.data, bytes: Buffer.byteLength(text), captured: capture ? JSON.parse(readFileSync(join(captureDir, `${capture}.json`), 'utf8')) : null };
  }

  // Baseline server (bare JSON + ceilings) is started once the statements are captured.
  const captures = {};
  const apiProcesses = () => ({ api: { pid: api.pid }, postgres: { pid: pgPid, tree: true } });

  async function load(url, requests, { connections = options.connections, duration = options.duration, warmup = options.warmup, checkGraphqlErrors = true, afterWarmup } = {}) {
    const file = join(workDir, `load-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    const base = { url, connections, requests, checkGraphqlErrors };
    if (warmup > 0) {
      writeFileSync(file, JSON.stringify({ ...base, duration: warmup, warmup: 0, counterStart: 1e9 }));
      await runJson('load (warm-up)', join(libDir, 'load.cjs'), [file]).done;
    }
    if (afterWarmup) await afterWarmup();
    writeFileSync(file, JSON.stringify({ ...base, duration, warmup: 0 }));
    return runJson('load', join(libDir, 'load.cjs'), [file]).done;
  }

  /** Measures the api under `requests`, with CPU, RSS and SQL statements per request. */
  async function measureApi(requests, loadOptions = {}) {
    let before = 0;
    let stop = null;
    const result = await load(`${apiUrl}/graphql`, requests, {
      ...loadOptions,
      afterWarmup: async () => {
        before = await metricValue(apiUrl, 'palabre_sql_statements_total');
        stop = watchProcesses(apiProcesses());
      },
    });
    const usage = stop();
    const after = await metricValue(apiUrl, 'palabre_sql_statements_total');
    const requestsDone = Math.max(1, result.requests);
    return {
      ...result,
      sqlPerRequestAvg: round2((after - before) / requestsDone),
      cpuSeconds: { api: round2(usage.cpu.api), postgres: round2(usage.cpu.postgres) },
      cpuMsPerRequest: round2(((usage.cpu.api + usage.cpu.postgres) * 1000) / requestsDone),
      peakRssMb: usage.peakRssMb.api,
    };
  }

  const scenarios = [];
  const addScenario = (definition) => wanted(definition.name) && scenarios.push(definition);

  const spaceGid = toGlobalId('Space', world.ids.discussion);
  const ideasSpaceGid = toGlobalId('Space', world.ids.ideasSpace);
  const communityGid = toGlobalId('Community', world.ids.community);
  const threadGid = (n) => toGlobalId('Thread', world.threadId(n));
  const ideaGid = (id) => toGlobalId('Idea', id);

  addScenario({
    name: 'overhead',
    what: 'trivial query, no table',
    query: '{ __typename }',
    requests: () => [{ path: '/graphql', body: gql('{ __typename }') }],
    target: (s) => ({ text: '≥ 10% of bare http', ok: s.ratioBare >= 0.1 }),
  });

  const THREAD_LIST = `query ThreadList($id: ID!) { node(id: $id) { ... on Space { threads(first: 20) { edges { cursor node { id title kind replyCount lastActivityAt author { id handle affiliation } } } pageInfo { hasNextPage endCursor } } } } }`;
  addScenario({
    name: 'thread-list',
    what: 'space.threads(first: 20), anonymous',
    requests: () => [{ path: '/graphql', body: gql(THREAD_LIST, { id: spaceGid }) }],
    validate: (data) => data.node?.threads?.edges?.length === 20 || 'expected 20 threads',
    ceiling: () => [{ path: '/ceiling/thread-list', body: '{}' }],
    target: (s) => ({ text: '≥ 50% ceiling, p99 < 50 ms, ≤ 3 SQL, ≤ 2 ms CPU', ok: s.ratioCeiling >= 0.5 && s.latency.p99 < 50 && s.sql <= 3 && s.cpuMsPerRequest <= 2 }),
  });
  // Anonymous reads are answered by the response cache after the first one; signed-in variants
  // (50 members, the cache never serves them) measure the query actually executing.
  const readers = Array.from({ length: 50 }, (_, index) => member(300 + index));
  const signedIn = (body) => readers.map((m) => ({ path: '/graphql', headers: auth(m), body }));
  const readerSubs = (m) => ({ [readers[0].id]: m.id, [readers[0].session]: m.session });
  addScenario({
    name: 'thread-list-signed-in',
    what: 'space.threads(first: 20), signed in (executed)',
    requests: () => signedIn(gql(THREAD_LIST, { id: spaceGid })),
    captureHeaders: () => auth(readers[0]),
    anchor: 'thread-list',
    validate: (data) => data.node?.threads?.edges?.length === 20 || 'expected 20 threads',
    ceiling: () => readers.map((m) => ({ path: '/ceiling/thread-list-signed-in', body: JSON.stringify({ subs: readerSubs(m) }) })),
    target: (s) => ({ text: 'uncached, informational', informational: true, note: `${s.ratioCeiling >= 0.5 ? '≥' : '<'} 50% ceiling, p99 ${s.latency.p99} ms, ${s.sql} SQL, ${s.cpuMsPerRequest} ms CPU` }),
  });

  const THREAD_PAGE = `query ThreadPage($id: ID!) { node(id: $id) { ... on Thread { id title body bodyHtml replyCount kudosCount author { id handle affiliation } replies(first: 20) { edges { cursor node { id body bodyHtml kudosCount createdAt author { id handle affiliation } } } pageInfo { hasNextPage endCursor } } } } }`;
  const pageThreads = Array.from({ length: 50 }, (_, index) => index);
  addScenario({
    name: 'thread-page',
    what: 'thread + 20 replies with authors, anonymous',
    requests: () => pageThreads.map((n) => ({ path: '/graphql', body: gql(THREAD_PAGE, { id: threadGid(n) }) })),
    captureBody: () => gql(THREAD_PAGE, { id: threadGid(0) }),
    validate: (data) => data.node?.replies?.edges?.length === 20 || 'expected 20 replies',
    ceiling: () => pageThreads.map((n) => ({ path: '/ceiling/thread-page', body: JSON.stringify({ subs: { [world.threadId(0)]: world.threadId(n) } }) })),
    target: (s) => ({ text: '≥ 50% ceiling, p99 < 60 ms, ≤ 4 SQL', ok: s.ratioCeiling >= 0.5 && s.latency.p99 < 60 && s.sql <= 4 }),
  });
  addScenario({
    name: 'thread-page-signed-in',
    what: 'thread + 20 replies with authors, signed in (executed)',
    requests: () => pageThreads.map((n, index) => ({ path: '/graphql', headers: auth(readers[index % readers.length]), body: gql(THREAD_PAGE, { id: threadGid(n) }) })),
    captureBody: () => gql(THREAD_PAGE, { id: threadGid(0) }),
    captureHeaders: () => auth(readers[0]),
    anchor: 'thread-page',
    validate: (data) => data.node?.replies?.edges?.length === 20 || 'expected 20 replies',
    ceiling: () =>
      pageThreads.map((n, index) => ({
        path: '/ceiling/thread-page-signed-in',
        body: JSON.stringify({ subs: { [world.threadId(0)]: world.threadId(n), ...readerSubs(readers[index % readers.length]) } }),
      })),
    target: (s) => ({ text: 'uncached, informational', informational: true, note: `${s.ratioCeiling >= 0.5 ? '≥' : '<'} 50% ceiling, p99 ${s.latency.p99} ms, ${s.sql} SQL` }),
  });

  const IDEA_BOARD = `query IdeaBoard($spaceId: ID!) { ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) { edges { cursor node { id title status supportCount viewerSupports author { id handle affiliation } } } pageInfo { hasNextPage endCursor } } }`;
  const boardMembers = Array.from({ length: 50 }, (_, index) => member(10 + index));
  addScenario({
    name: 'idea-board',
    what: 'ideas(MOST_SUPPORTED, 20) + viewerSupports, signed in',
    requests: () => boardMembers.map((m) => ({ path: '/graphql', headers: auth(m), body: gql(IDEA_BOARD, { spaceId: ideasSpaceGid }) })),
    captureHeaders: () => auth(boardMembers[0]),
    anchor: 'idea-board',
    validate: (data) => data.ideas?.edges?.length === 20 || 'expected 20 ideas',
    ceiling: () =>
      boardMembers.map((m) => ({ path: '/ceiling/idea-board', body: JSON.stringify({ subs: { [boardMembers[0].id]: m.id, [boardMembers[0].session]: m.session } }) })),
    target: (s) => ({ text: '≥ 50% ceiling, p99 < 50 ms', ok: s.ratioCeiling >= 0.5 && s.latency.p99 < 50 }),
  });

  const REPLY = `mutation Reply($input: ReplyInput!) { reply(input: $input) { id createdAt } }`;
  const replyMembers = Array.from({ length: 50 }, (_, index) => member(100 + index));
  const replyBody = (m, n) => gql(REPLY, { input: { threadId: threadGid(n), body: `Réponse de banc d’essai __N__ : la livraison est arrivée, merci pour le conseil.` } });
  addScenario({
    name: 'reply',
    what: 'reply from 50 distinct members',
    requests: () => replyMembers.map((m, index) => ({ path: '/graphql', headers: auth(m), body: replyBody(m, 50 + index) })),
    captureBody: () => replyBody(member(99), 49).replace('__N__', 'capture'),
    captureHeaders: () => auth(member(99)),
    anchor: 'reply',
    ceiling: () =>
      replyMembers.map((m, index) => ({
        path: '/ceiling/reply',
        body: JSON.stringify({ subs: { [member(99).id]: m.id, [member(99).session]: m.session, [world.threadId(49)]: world.threadId(50 + index) } }),
      })),
    before: async () => Number((await db.query('SELECT count(*) FROM replies')).rows[0].count),
    after: async (s, before) => {
      const rows = Number((await db.query('SELECT count(*) FROM replies')).rows[0].count) - before;
      s.rowsWritten = rows;
      if (rows < s.requests) fail(`reply: ${rows} replies written for ${s.requests} answered requests`);
    },
    target: (s) => ({ text: '≥ 40% ceiling, p99 < 100 ms, ≤ 5 ms CPU', ok: s.ratioCeiling >= 0.4 && s.latency.p99 < 100 && s.cpuMsPerRequest <= 5 }),
  });

  const SUPPORT = `mutation Support($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id supportCount viewerSupports } }`;
  const supportIdeas = world.benchIdeas.slice(0, 50);
  const supportMembers = Array.from({ length: 500 }, (_, index) => member(index));
  const supportPairs = [];
  for (let n = 0; n < supportMembers.length * supportIdeas.length; n += 1) {
    supportPairs.push([supportMembers[n % 500], supportIdeas[(n + Math.floor(n / 500)) % 50]]);
  }
  const captureSupport = { member: member(0), idea: world.benchIdeas[50] };
  addScenario({
    name: 'support',
    what: 'supportIdea, 500 members × 50 ideas',
    requests: () => supportPairs.map(([m, idea]) => ({ path: '/graphql', headers: auth(m), body: gql(SUPPORT, { ideaId: ideaGid(idea) }) })),
    captureBody: () => gql(SUPPORT, { ideaId: ideaGid(captureSupport.idea) }),
    captureHeaders: () => auth(captureSupport.member),
    anchor: 'support',
    validate: (data) => data.supportIdea?.viewerSupports === true || 'expected viewerSupports true',
    ceiling: () =>
      supportPairs.map(([m, idea]) => ({
        path: '/ceiling/support',
        body: JSON.stringify({ subs: { [captureSupport.member.id]: m.id, [captureSupport.member.session]: m.session, [captureSupport.idea]: idea } }),
      })),
    before: async () => Number((await db.query('SELECT count(*) FROM idea_supports WHERE idea_id = ANY($1::uuid[])', [supportIdeas])).rows[0].count),
    after: async (s, before) => {
      const rows = Number((await db.query('SELECT count(*) FROM idea_supports WHERE idea_id = ANY($1::uuid[])', [supportIdeas])).rows[0].count) - before;
      s.rowsWritten = rows;
      const mismatches = await counterMismatches(db);
      s.countersEqualRows = mismatches.length === 0;
      if (mismatches.length > 0) fail(`support: counter ≠ rows afterwards: ${JSON.stringify(mismatches)}`);
      if (rows < s.requests) fail(`support: ${rows} supports written for ${s.requests} answered requests`);
    },
    // The ceiling replays inserts: start it from the same state, then put the counters right again.
    beforeCeiling: async () => {
      await db.query('DELETE FROM idea_supports WHERE idea_id = ANY($1::uuid[])', [supportIdeas]);
      await db.query('UPDATE ideas SET support_count = 0 WHERE id = ANY($1::uuid[])', [supportIdeas]);
    },
    afterCeiling: async () => {
      // Requests autocannon gave up on at the end may still be committing (and the warm-up repeated pairs).
      await new Promise((done) => setTimeout(done, 2000));
      await db.query(
        `UPDATE ideas i SET support_count = (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id) WHERE i.id = ANY($1::uuid[])`,
        [[...supportIdeas, captureSupport.idea]],
      );
    },
    // The anchor too starts from no support on these ideas (as the api did), and leaves the counters exact.
    beforeAnchor: async () => {
      await db.query('DELETE FROM idea_supports WHERE idea_id = ANY($1::uuid[])', [supportIdeas]);
      await db.query('UPDATE ideas SET support_count = 0 WHERE id = ANY($1::uuid[])', [supportIdeas]);
    },
    afterAnchor: async () => {
      await new Promise((done) => setTimeout(done, 2000));
      const mismatches = await counterMismatches(db);
      if (mismatches.length > 0) fail(`support anchor: counter ≠ rows afterwards: ${JSON.stringify(mismatches)}`);
    },
    target: (s) => ({ text: '≥ 40% ceiling, counter = rows', ok: s.ratioCeiling >= 0.4 && s.countersEqualRows === true }),
  });

  const SEARCH = `query Search($input: SearchInput!) { search(input: $input) { edges { node { kind rank snippet thread { id title } reply { id } } } pageInfo { hasNextPage endCursor } } }`;
  const queries = world.searchQueries ?? searchQueries();
  addScenario({
    name: 'search',
    what: '200 FR/EN queries, 10 connections, signed in (executed)',
    connections: 10,
    // Signed in: anonymous, the 200 queries would be answered by the response cache after the warm-up.
    requests: () => queries.map((query, index) => ({ path: '/graphql', headers: auth(readers[index % readers.length]), body: gql(SEARCH, { input: { communityId: communityGid, query, first: 10 } }) })),
    captureBody: () => gql(SEARCH, { input: { communityId: communityGid, query: queries[1], first: 10 } }),
    captureHeaders: () => auth(readers[0]),
    validate: (data) => Array.isArray(data.search?.edges) || 'expected search edges',
    ceiling: () => queries.map((query, index) => ({ path: '/ceiling/search', body: JSON.stringify({ subs: { [queries[1]]: query, ...readerSubs(readers[index % readers.length]) } }) })),
    target: (s) => ({ text: `p95 < 40 ms at 10 connections (p95 ${s.latency.p95} ms)`, ok: s.latency.p95 !== null && s.latency.p95 < 40 }),
  });

  // ---------------------------------------------------------------- --explain

  /**
   * EXPLAIN (ANALYZE, BUFFERS) of every captured read, each in a transaction rolled back (a CTE may write),
   * twice: planned for its values (what a custom plan costs) and as a prepared statement under
   * plan_cache_mode = force_generic_plan (what a generic plan costs). Texts of several statements (the
   * transaction's BEGIN and COMMIT, sent without parameters) are skipped: node-postgres answers them with an
   * array of results, which made --explain crash on the reply scenario.
   */
  async function explainStatements(name, statements) {
    const plans = [];
    const summary = [];
    const timing = (lines) => {
      const text = lines.join('\n');
      const planning = /Planning Time: ([0-9.]+) ms/.exec(text);
      const execution = /Execution Time: ([0-9.]+) ms/.exec(text);
      return { planningMs: planning ? Number(planning[1]) : null, executionMs: execution ? Number(execution[1]) : null };
    };
    const inRollback = async (work) => {
      await db.query('BEGIN');
      try {
        return await work();
      } catch (error) {
        return [`failed: ${error.message}`];
      } finally {
        await db.query('ROLLBACK');
      }
    };
    for (const [index, statement] of statements.entries()) {
      if (!/^\s*(SELECT|WITH)\b/i.test(statement.text) || /;\s*\S/.test(statement.text.replace(/--[^\n]*/g, ''))) continue;
      // An INSERT that names its rows' ids (a notification's) already ran when it was captured: its rows are
      // deleted first, in the same rolled-back transaction, or EXPLAIN ANALYZE would stop on the duplicate key.
      const makeRoomForReplay = async () => {
        const ids = statement.values.filter((value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value));
        for (const [, table] of statement.text.matchAll(/INSERT INTO (\w+) \(id,/gi)) {
          await db.query(`DELETE FROM ${db.escapeIdentifier(table)} WHERE id::text = ANY($1::text[])`, [ids]);
        }
      };
      const custom = await inRollback(async () => {
        await makeRoomForReplay();
        return (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values)).rows.map((row) => row['QUERY PLAN']);
      });
      const generic = await inRollback(async () => {
        await makeRoomForReplay();
        await db.query('SET LOCAL plan_cache_mode = force_generic_plan');
        await db.query(`PREPARE bench_explain AS ${statement.text}`);
        // EXECUTE takes no bound parameters: the captured values (as node-postgres sent them) become literals.
        const args = statement.values.map((value) => (value === null ? 'NULL' : db.escapeLiteral(String(value)))).join(', ');
        const explain = `EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_explain${args ? `(${args})` : ''}`;
        // The first execution builds the generic plan; the second shows what each later request pays.
        await db.query(explain);
        await makeRoomForReplay();
        return (await db.query(explain)).rows.map((row) => row['QUERY PLAN']);
      });
      await db.query('DEALLOCATE bench_explain').catch(() => undefined);
      summary.push({ statement: index + 1, text: statement.text.replace(/\s+/g, ' ').slice(0, 100), custom: timing(custom), generic: timing(generic) });
      plans.push(`-- ${statement.text.replace(/\s+/g, ' ')}\n-- custom plan (planned for these values):\n${custom.join('\n')}\n-- generic plan (prepared, force_generic_plan):\n${generic.join('\n')}`);
    }
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', `explain-${name}.txt`), `${plans.join('\n\n')}\n`);
    results.explain ??= {};
    results.explain[name] = summary;
    for (const row of summary) log(`explain ${name} #${row.statement}: custom plan ${row.custom.planningMs} + ${row.custom.executionMs} ms, generic ${row.generic.planningMs} + ${row.generic.executionMs} ms (planning + execution)`);
  }

  // ---------------------------------------------------------------- captures, then baselines server

  const templates = {};
  for (const scenario of scenarios) {
    const body = scenario.captureBody ? scenario.captureBody() : scenario.requests()[0].body;
    const headers = scenario.captureHeaders ? scenario.captureHeaders() : scenario.requests()[0].headers ?? {};
    try {
      const { data, bytes, captured } = await call(body, headers, scenario.name);
      const verdict = scenario.validate ? scenario.validate(data) : true;
      if (verdict !== true) throw new Error(verdict);
      captures[scenario.name] = { bytes, sql: captured.statements.length, statements: captured.statements.map((statement) => statement.text.replace(/\s+/g, ' ').slice(0, 160)) };
      templates[scenario.name] = join(captureDir, `${scenario.name}.json`);
      log(`${scenario.name}: ${captured.statements.length} SQL statements, response ${bytes} bytes`);
      if (options.explain) await explainStatements(scenario.name, captured.statements);
    } catch (error) {
      fail(`${scenario.name}: ${error.message}`);
      scenario.broken = true;
    }
  }
  const baseline = await spawnReady('baselines', join(libDir, 'baseline-server.cjs'), [
    JSON.stringify({ databaseUrl: database.databaseUrl, repoRoot, templates, poolSize: 20 }),
  ]);
  const baselineUrl = `http://127.0.0.1:${baseline.port}`;
  // The minimal anchor: the same user-visible results from a bare http + pg server with the least SQL.
  const anchorServer = scenarios.some((scenario) => scenario.anchor)
    ? await spawnReady('anchor', join(libDir, 'anchor-server.cjs'), [JSON.stringify({ databaseUrl: database.databaseUrl, repoRoot, secret, poolSize: 20 })])
    : null;
  const bareCache = new Map();
  async function bare(bytes, connections) {
    const key = `${bytes}:${connections}`;
    if (!bareCache.has(key)) {
      const result = await load(baselineUrl, [{ method: 'GET', path: `/json/${bytes}` }], { connections, checkGraphqlErrors: false, duration: options.bareDuration });
      bareCache.set(key, result);
    }
    return bareCache.get(key);
  }

  // ---------------------------------------------------------------- HTTP scenarios

  for (const scenario of scenarios) {
    if (scenario.broken) continue;
    log(`scenario ${scenario.name} ...`);
    const connections = scenario.connections ?? options.connections;
    const capture = captures[scenario.name];
    const before = scenario.before ? await scenario.before() : undefined;
    const measured = await measureApi(scenario.requests(), { connections });
    const row = { name: scenario.name, what: scenario.what, connections, sql: capture.sql, responseBytes: capture.bytes, ...measured };
    if (measured.errors > 0) fail(`${scenario.name}: ${measured.errors} errors (non-2xx ${measured.non2xx}, GraphQL errors ${measured.mismatches}, timeouts ${measured.timeouts})`);
    if (measured.requests === 0) fail(`${scenario.name}: no request answered`);
    if (scenario.after) await scenario.after(row, before);

    const bareResult = await bare(capture.bytes, connections);
    row.bare = { rps: round1(bareResult.rps), p99: bareResult.latency.p99 };
    row.ratioBare = round2(measured.rps / bareResult.rps);
    if (scenario.ceiling) {
      if (scenario.beforeCeiling) await scenario.beforeCeiling();
      let stop = null;
      const ceilingResult = await load(baselineUrl, scenario.ceiling(), {
        connections,
        checkGraphqlErrors: false,
        afterWarmup: () => {
          stop = watchProcesses({ baseline: { pid: baseline.child.pid }, postgres: { pid: pgPid, tree: true } });
        },
      });
      const usage = stop();
      if (scenario.afterCeiling) await scenario.afterCeiling();
      if (ceilingResult.errors > 0) fail(`${scenario.name} ceiling: ${ceilingResult.errors} errors`);
      row.ceiling = {
        rps: round1(ceilingResult.rps),
        p99: ceilingResult.latency.p99,
        cpuMsPerRequest: round2(((usage.cpu.baseline + usage.cpu.postgres) * 1000) / Math.max(1, ceilingResult.requests)),
      };
      row.ratioCeiling = round2(measured.rps / ceilingResult.rps);
    }
    if (scenario.anchor && anchorServer) {
      if (scenario.beforeAnchor) await scenario.beforeAnchor();
      let stop = null;
      const anchorRequests = scenario.requests().map((request) => ({ ...request, path: `/anchor/${scenario.anchor}` }));
      const anchorResult = await load(`http://127.0.0.1:${anchorServer.port}`, anchorRequests, {
        connections,
        afterWarmup: () => {
          stop = watchProcesses({ anchor: { pid: anchorServer.child.pid }, postgres: { pid: pgPid, tree: true } });
        },
      });
      const usage = stop();
      if (scenario.afterAnchor) await scenario.afterAnchor();
      if (anchorResult.errors > 0) fail(`${scenario.name} anchor: ${anchorResult.errors} errors`);
      row.anchor = {
        rps: round1(anchorResult.rps),
        p99: anchorResult.latency.p99,
        cpuMsPerRequest: round2(((usage.cpu.anchor + usage.cpu.postgres) * 1000) / Math.max(1, anchorResult.requests)),
      };
      row.ratioAnchor = round2(measured.rps / anchorResult.rps);
    }
    row.rps = round1(row.rps);
    const target = scenario.target(row);
    row.target = target.text;
    row.meetsTarget = target.informational ? null : Boolean(target.ok);
    if (target.note) row.note = target.note;
    results.scenarios.push(row);
    log(`${scenario.name}: ${row.rps} req/s, p99 ${row.latency.p99} ms, ${row.sql} SQL, ${row.cpuMsPerRequest} ms CPU/req${row.ceiling ? `, ceiling ${row.ceiling.rps} req/s (${row.ratioCeiling})` : ''}${row.anchor ? `, anchor ${row.anchor.rps} req/s (${row.ratioAnchor})` : ''}`);
  }
  results.issue21 = judgeIssue21(results.scenarios);
  results.sqlStatements = Object.fromEntries(Object.entries(captures).map(([name, capture]) => [name, capture.statements]));

  // ---------------------------------------------------------------- server-rendered pages (issue 16)

  await serverRenderedPages();

  /**
   * The web client's server-rendered thread page, signed out and signed in, through the production web server
   * (apps/web/server/server.mjs), next to the very GraphQL request its loader sends, measured right before it
   * (`thread-page-loader`: the route's ThreadPage document, anonymous, with the headers the loader forwards).
   * Target: the page keeps ≥ 50% of that row's req/s. CPU ms per page = web + api + PostgreSQL.
   * The server render never sends a member's credentials (the refresh cookie is limited to /graphql, the access
   * token lives in the browser's memory), so the signed-in page is rendered from the same anonymous request; it
   * differs by the cookies a member's browser sends with the page (their chosen language, and the session cookie
   * sent here anyway in case a deployment widens its path).
   */
  async function serverRenderedPages() {
    const pages = ['thread-page-ssr', 'thread-page-ssr-signed-in'].filter(wanted);
    if (pages.length === 0 && !options.only?.includes('thread-page-loader')) return;
    const webPages = require('./lib/web-pages.cjs');
    const document = webPages.webDocument(repoRoot, 'ThreadPage');
    const slug = (await db.query('SELECT slug FROM communities WHERE id = $1', [world.ids.community])).rows[0].slug;
    const loaderBody = (n) => gql(document, { id: threadGid(n) });
    const forwarded = webPages.forwardedHeaders();
    const connections = options.connections;

    // The loader's request sent to the api directly: checked, SQL captured (the first one executes), measured.
    let title;
    let captured;
    try {
      const first = await call(loaderBody(0), forwarded, 'thread-page-loader');
      title = first.data.node?.title;
      if (!title || !Array.isArray(first.data.node?.replies?.edges)) throw new Error('expected the thread with its replies');
      captured = first;
    } catch (error) {
      fail(`thread-page-loader: ${error.message}`);
      return;
    }
    const webPort = await freePort();
    const web = await webPages.startWebServer({
      platform,
      track,
      env,
      apiUrl,
      gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
      port: webPort,
      nodeArgs: profileArgs('web'),
    });
    const webUrl = `http://127.0.0.1:${webPort}`;
    log(`web server ready on ${webUrl}`);
    const pagePath = (n) => `/c/${slug}/t/${threadGid(n)}`;
    // A fresh web server renders several times slower until V8 has optimised React's renderer: a few seconds of
    // pages first (the api and gateway were warmed by the scenarios before), so the first row is not the cold one.
    if (!options.check) {
      await load(webUrl, pageThreads.map((n) => ({ method: 'GET', path: pagePath(n), headers: webPages.BROWSER_PAGE_HEADERS })), {
        connections,
        duration: 3,
        warmup: 0,
        checkGraphqlErrors: false,
      });
    }

    log('scenario thread-page-loader ...');
    const direct = await measureApi(
      pageThreads.map((n) => ({ path: '/graphql', headers: forwarded, body: loaderBody(n) })),
      { connections },
    );
    if (direct.errors > 0) fail(`thread-page-loader: ${direct.errors} errors (non-2xx ${direct.non2xx}, GraphQL errors ${direct.mismatches}, timeouts ${direct.timeouts})`);
    const directRow = {
      name: 'thread-page-loader',
      what: 'the thread page loader’s ThreadPage document (30 replies), anonymous, sent to the api directly',
      connections,
      sql: captured.captured.statements.length,
      responseBytes: captured.bytes,
      ...direct,
      rps: round1(direct.rps),
      target: 'the api side of the server-rendered page (the page’s reference)',
      meetsTarget: null,
    };
    results.scenarios.push(directRow);
    log(`thread-page-loader: ${directRow.rps} req/s, p99 ${directRow.latency.p99} ms, ${directRow.cpuMsPerRequest} ms CPU/req`);

    const variants = {
      'thread-page-ssr': { what: 'server-rendered thread page (HTML, gzip), signed out', headers: webPages.BROWSER_PAGE_HEADERS },
      'thread-page-ssr-signed-in': {
        what: 'server-rendered thread page (HTML, gzip), a member’s cookies',
        headers: (m) => ({ ...webPages.BROWSER_PAGE_HEADERS, cookie: `palabre_locale=en; palabre_refresh=${m.session}.${randomBytes(32).toString('base64url')}` }),
      },
    };
    for (const name of pages) {
      const variant = variants[name];
      const headersFor = (index) => (typeof variant.headers === 'function' ? variant.headers(readers[index % readers.length]) : variant.headers);
      // Correctness (fails --check): 200, an HTML page with its policy, carrying the thread's title.
      const response = await fetch(`${webUrl}${pagePath(0)}`, { headers: headersFor(0) });
      const html = await response.text();
      if (response.status !== 200 || !/text\/html/.test(response.headers.get('content-type') ?? '') || !response.headers.get('content-security-policy')) {
        fail(`${name}: ${response.status} ${response.headers.get('content-type')} (expected a 200 HTML page with its Content-Security-Policy)`);
        continue;
      }
      if (!html.includes(webPages.escapeHtml(title))) {
        fail(`${name}: the page does not carry the thread's title`);
        continue;
      }
      log(`scenario ${name} ...`);
      const measured = await measureWeb(web, webUrl, pageThreads.map((n, index) => ({ method: 'GET', path: pagePath(n), headers: headersFor(index) })), connections);
      if (measured.errors > 0) fail(`${name}: ${measured.errors} errors (non-2xx ${measured.non2xx}, timeouts ${measured.timeouts})`);
      if (measured.requests === 0) fail(`${name}: no request answered`);
      const ratio = round2(measured.rps / direct.rps);
      const row = {
        name,
        what: variant.what,
        connections,
        sql: null,
        responseBytes: Buffer.byteLength(html),
        ...measured,
        rps: round1(measured.rps),
        reference: 'thread-page-loader',
        ratioApi: ratio,
        target: '≥ 50% of the api’s req/s for the loader’s request (thread-page-loader)',
        meetsTarget: ratio >= 0.5,
        note: `${Math.round(ratio * 100)}%; CPU ms/page web ${measured.cpuMsPerRequestBy.web} + api ${measured.cpuMsPerRequestBy.api} + PostgreSQL ${measured.cpuMsPerRequestBy.postgres}`,
      };
      results.scenarios.push(row);
      log(`${name}: ${row.rps} req/s, p99 ${row.latency.p99} ms, ${row.cpuMsPerRequest} ms CPU/req (web ${measured.cpuMsPerRequestBy.web}), ${Math.round(ratio * 100)}% of thread-page-loader`);
    }
    if (options.keep) log(`--keep: web server ${webUrl}`);
    else await platform.stopChild(web);
  }

  /** Measures the web server under `requests`: CPU of web + api + PostgreSQL per page, the web's peak RSS. */
  async function measureWeb(web, webUrl, requests, connections) {
    let before = 0;
    let stop = null;
    const result = await load(webUrl, requests, {
      connections,
      checkGraphqlErrors: false,
      afterWarmup: async () => {
        before = await metricValue(apiUrl, 'palabre_sql_statements_total');
        stop = watchProcesses({ web: { pid: web.pid }, ...apiProcesses() });
      },
    });
    const usage = stop();
    const after = await metricValue(apiUrl, 'palabre_sql_statements_total');
    const requestsDone = Math.max(1, result.requests);
    const perRequest = (seconds) => round2((seconds * 1000) / requestsDone);
    return {
      ...result,
      sqlPerRequestAvg: round2((after - before) / requestsDone),
      wireBytesPerRequest: Math.round(result.bytes / requestsDone),
      cpuSeconds: { web: round2(usage.cpu.web), api: round2(usage.cpu.api), postgres: round2(usage.cpu.postgres) },
      cpuMsPerRequest: perRequest(usage.cpu.web + usage.cpu.api + usage.cpu.postgres),
      cpuMsPerRequestBy: { web: perRequest(usage.cpu.web), api: perRequest(usage.cpu.api), postgres: perRequest(usage.cpu.postgres) },
      peakRssMb: usage.peakRssMb.web,
    };
  }

  // ---------------------------------------------------------------- pgbench

  if (wanted('pgbench')) {
    const pgbench = ['/usr/bin/pgbench', '/usr/lib/postgresql/15/bin/pgbench'].find((file) => existsSync(file));
    if (!pgbench) {
      results.skipped.push('pgbench: not installed');
    } else {
      log('pgbench ...');
      await db.query('CREATE DATABASE bench_pgbench');
      const url = new URL(database.databaseUrl);
      const pgEnv = { ...process.env, PGPASSWORD: decodeURIComponent(url.password), PGHOST: '127.0.0.1', PGPORT: url.port, PGUSER: decodeURIComponent(url.username), PGDATABASE: 'bench_pgbench' };
      const scaleFactor = options.check ? 1 : 10;
      const init = spawnSync(pgbench, ['-i', '-q', '-s', String(scaleFactor)], { env: pgEnv, encoding: 'utf8' });
      if (init.status !== 0) fail(`pgbench -i failed: ${init.stderr.slice(0, 300)}`);
      else {
        const runBench = (label, extra) => {
          const run = spawnSync(pgbench, ['-n', '-c', String(options.connections), '-j', '2', '-T', String(options.pgbenchSeconds), ...extra], { env: pgEnv, encoding: 'utf8' });
          const tps = /tps = ([0-9.]+) \(without initial connection time\)/.exec(run.stdout);
          const latency = /latency average = ([0-9.]+) ms/.exec(run.stdout);
          if (run.status !== 0 || !tps) {
            fail(`pgbench ${label} failed: ${(run.stderr || run.stdout).slice(0, 300)}`);
            return null;
          }
          return { tps: round1(Number(tps[1])), latencyAvgMs: latency ? Number(latency[1]) : null };
        };
        results.baselines.pgbench = { scaleFactor, clients: options.connections, seconds: options.pgbenchSeconds, selectOnly: runBench('select-only', ['-S']), tpcbLike: runBench('tpc-b', []) };
      }
      await db.query('DROP DATABASE bench_pgbench');
    }
  }

  // ---------------------------------------------------------------- fan-out

  // Check mode only proves the path works (every socket served); the sizes of the issue otherwise.
  const fanoutSizes = options.check ? [200, 500] : [1000, 5000];
  const eventSample = {
    id: '123456',
    type: 'idea.support_changed',
    rooms: [`space:${world.ids.ideasSpace}`, `idea:${world.benchIdeas[51]}`],
    payload: { ideaId: world.benchIdeas[51], spaceId: world.ids.ideasSpace, communityId: world.ids.community, supportCount: 1 },
    occurredAt: new Date().toISOString(),
  };
  let fanoutIdea = 51;
  const tokens = Array.from({ length: Math.min(200, world.members) }, (_, index) => member(index).token);
  let supporter = 200;

  async function fanout(label, targets, sockets, trigger, watch) {
    const file = join(workDir, `fanout-${label.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ ...targets, sockets, eventType: 'idea.support_changed', trigger, timeoutMs: 10_000 }));
    let stopWatch = null;
    const rssNow = () => Object.fromEntries(Object.entries(watch).map(([name, pid]) => [name, rssKb(pid)]));
    await collectGarbage(Object.values(watch));
    const rssBefore = rssNow();
    let rssConnected = {};
    let connectMs = null;
    const run = runJson(`fanout ${label}`, join(libDir, 'fanout.cjs'), [file], {
      onLine: async (line, child) => {
        if (line.phase !== 'connected') return;
        connectMs = line.connectMs;
        // Memory held by the connections, not the connection storm's garbage (same for the bare baseline).
        await collectGarbage(Object.values(watch));
        rssConnected = rssNow();
        stopWatch = watchProcesses(Object.fromEntries(Object.entries(watch).map(([name, pid]) => [name, { pid }])));
        child.stdin.write('go\n');
      },
    });
    const result = await run.done;
    const usage = stopWatch ? stopWatch() : { cpu: {}, peakRssMb: {} };
    const kbPerConnection = Object.fromEntries(Object.keys(watch).map((name) => [name, round2((rssConnected[name] - rssBefore[name]) / (sockets / Object.keys(watch).length))]));
    if (result.missed > 0) fail(`fan-out ${label}: ${result.missed} deliveries missing`);
    return {
      label,
      sockets,
      connectMs,
      rounds: result.rounds,
      missed: result.missed,
      p50: round1(result.p50),
      p99: round1(result.p99),
      max: round1(result.max),
      fromRequest: { p50: round1(result.fromRequest.p50), p99: round1(result.fromRequest.p99) },
      kbPerConnection,
      cpuSeconds: usage.cpu,
      peakRssMb: usage.peakRssMb,
    };
  }

  function supportTrigger(ideaIndex) {
    const idea = world.benchIdeas[ideaIndex];
    const requests = [];
    for (let round = 0; round < options.fanoutRounds; round += 1) {
      const m = member(supporter);
      supporter += 1;
      requests.push({ body: gql(SUPPORT, { ideaId: ideaGid(idea) }), headers: auth(m) });
    }
    return { idea, requests };
  }

  const onePerSize = {};
  if (wanted('fanout')) {
    const bareIo = await spawnReady('bare socket.io', join(libDir, 'bare-socketio.cjs'), [], process.env, ['--expose-gc', '-r', join(libDir, 'gc-on-signal.cjs')]);
    for (const size of fanoutSizes) {
      log(`fan-out to ${size} sockets ...`);
      const room = `idea:${world.benchIdeas[51]}`;
      const bareRow = await fanout(
        `bare socket.io ${size}`,
        { targets: [{ url: `http://127.0.0.1:${bareIo.port}`, path: '/realtime' }], tokens: ['bare'], room },
        size,
        { url: `http://127.0.0.1:${bareIo.port}/broadcast`, bodies: Array.from({ length: options.fanoutRounds }, () => JSON.stringify({ room, event: eventSample })) },
        { bare: bareIo.child.pid },
      );
      const { idea, requests } = supportTrigger(fanoutIdea);
      fanoutIdea += 1;
      const row = await fanout(
        `palabre ${size}`,
        { targets: [{ url: `http://127.0.0.1:${gatewayPort}`, path: '/realtime' }], tokens, room: `idea:${idea}` },
        size,
        { url: `${apiUrl}/graphql`, requests },
        { gateway: gateway.pid },
      );
      row.bare = { p50: bareRow.fromRequest.p50, p99: bareRow.fromRequest.p99, kbPerConnection: bareRow.kbPerConnection.bare };
      row.limitMs = round1(1.5 * row.bare.p99 + 20);
      row.target = 'p99 ≤ 1.5 × bare + 20 ms; ≤ 30 KB RSS per connection';
      // RSS per connection is judged at the largest size only: at 1,000 the heap's own growth dominates.
      const memoryJudged = size === fanoutSizes[fanoutSizes.length - 1];
      row.meetsTarget = row.p99 !== null && row.p99 <= row.limitMs && (!memoryJudged || row.kbPerConnection.gateway <= 30);
      if (!memoryJudged) row.target = 'p99 ≤ 1.5 × bare + 20 ms (RSS judged at the largest size)';
      onePerSize[size] = row.p99;
      results.fanout.push(row);
      log(`fan-out ${size}: p99 ${row.p99} ms (bare ${row.bare.p99} ms), ${row.kbPerConnection.gateway} KB/connection`);
    }
    await platform.stopChild(bareIo.child);
  }

  if (wanted('two-nodes')) {
    if (!(await reachable('127.0.0.1', 6379))) {
      results.skipped.push('two-nodes: Redis is not reachable at 127.0.0.1:6379');
      log('two nodes: skipped (Redis is not reachable at 127.0.0.1:6379)');
    } else {
      await platform.stopChild(gateway);
      // The api publishes its wake-ups on Redis too when it has REDIS_URL, as in a real two-node set-up.
      const redisEnv = { REDIS_URL: 'redis://127.0.0.1:6379' };
      await platform.stopChild(api);
      const apiWithRedis = spawnApp('api (redis)', 'api', redisEnv);
      await platform.waitUntilReady(`${apiUrl}/health/ready`, apiWithRedis);
      const gw1 = spawnApp('gateway 1', 'gateway', { ...redisEnv, GATEWAY_PORT: String(gatewayPort) });
      const gw2 = spawnApp('gateway 2', 'gateway', { ...redisEnv, GATEWAY_PORT: String(gatewayPort2) });
      await Promise.all([
        platform.waitUntilReady(`http://127.0.0.1:${gatewayPort}/health/ready`, gw1),
        platform.waitUntilReady(`http://127.0.0.1:${gatewayPort2}/health/ready`, gw2),
      ]);
      for (const size of fanoutSizes) {
        log(`two nodes: fan-out to ${size} sockets ...`);
        const { idea, requests } = supportTrigger(fanoutIdea);
        fanoutIdea += 1;
        const row = await fanout(
          `two nodes ${size}`,
          {
            targets: [
              { url: `http://127.0.0.1:${gatewayPort}`, path: '/realtime' },
              { url: `http://127.0.0.1:${gatewayPort2}`, path: '/realtime' },
            ],
            tokens,
            room: `idea:${idea}`,
          },
          size,
          { url: `${apiUrl}/graphql`, requests },
          { gateway1: gw1.pid, gateway2: gw2.pid },
        );
        row.oneNodeP99 = onePerSize[size] ?? null;
        row.limitMs = row.oneNodeP99 === null ? null : round1(1.5 * row.oneNodeP99);
        row.target = 'p99 ≤ 1.5 × one node';
        row.meetsTarget = row.limitMs !== null && row.p99 !== null && row.p99 <= row.limitMs;
        results.fanout.push(row);
        log(`two nodes ${size}: p99 ${row.p99} ms (one node ${row.oneNodeP99} ms)`);
      }
    }
  }

  // Final correctness check: every counter still equals its rows.
  const mismatches = await counterMismatches(db);
  if (mismatches.length > 0) fail(`counter ≠ rows at the end: ${JSON.stringify(mismatches)}`);
  results.countersEqualRows = mismatches.length === 0;
  await db.end();

  results.totalSeconds = round1((performance.now() - started) / 1000);
  results.apiUrl = apiUrl;
  return results;
}

// ---------------------------------------------------------------- report

function printTable(report) {
  const lines = [];
  const pad = (value, width) => String(value ?? '–').padStart(width);
  lines.push('');
  lines.push(`Palabre bench — scale ${report.options.scale}${report.options.check ? ' (check)' : ''}, ${report.machine.cpus} CPU ${report.machine.cpuModel ?? ''}, node ${report.machine.node}`);
  lines.push(`dataset ${JSON.stringify(report.dataset)}`);
  lines.push('');
  lines.push(`${'scenario'.padEnd(22)} ${pad('req/s', 8)} ${pad('p50', 6)} ${pad('p99', 6)} ${pad('SQL', 4)} ${pad('SQL~', 5)} ${pad('CPU ms', 7)} ${pad('RSS MB', 7)} ${pad('bare', 8)} ${pad('%bare', 6)} ${pad('ceiling', 8)} ${pad('%ceil', 6)} ${pad('ceil p99', 8)} ${pad('anchor', 8)} ${pad('%anch', 6)}  target`);
  for (const row of report.scenarios) {
    lines.push(
      `${row.name.padEnd(22)} ${pad(row.rps, 8)} ${pad(row.latency.p50, 6)} ${pad(row.latency.p99, 6)} ${pad(row.sql, 4)} ${pad(row.sqlPerRequestAvg, 5)} ${pad(row.cpuMsPerRequest, 7)} ${pad(row.peakRssMb, 7)} ${pad(row.bare?.rps, 8)} ${pad(row.ratioBare === undefined ? '–' : Math.round(row.ratioBare * 100), 6)} ${pad(row.ceiling?.rps, 8)} ${pad(row.ratioCeiling === undefined ? '–' : Math.round(row.ratioCeiling * 100), 6)} ${pad(row.ceiling?.p99, 8)} ${pad(row.anchor?.rps, 8)} ${pad(row.ratioAnchor === undefined ? '–' : Math.round(row.ratioAnchor * 100), 6)}  ${row.meetsTarget === null ? 'info' : row.meetsTarget ? 'MET ' : 'MISS'} ${row.target}${row.note ? `: ${row.note}` : ''}`,
    );
  }
  if (report.baselines.pgbench) {
    const pgb = report.baselines.pgbench;
    lines.push('');
    lines.push(`pgbench (scale ${pgb.scaleFactor}, ${pgb.clients} clients, ${pgb.seconds} s): select-only ${pgb.selectOnly?.tps ?? '–'} tps, TPC-B-like ${pgb.tpcbLike?.tps ?? '–'} tps`);
  }
  if (report.fanout.length > 0) {
    lines.push('');
    lines.push(`${'fan-out'.padEnd(18)} ${pad('sockets', 7)} ${pad('p50', 7)} ${pad('p99', 7)} ${pad('bare p99', 8)} ${pad('limit', 7)} ${pad('KB/conn', 22)} ${pad('missed', 6)}  target`);
    for (const row of report.fanout) {
      const kb = `${Object.values(row.kbPerConnection).join('/')}${row.bare?.kbPerConnection !== undefined ? ` (bare ${row.bare.kbPerConnection})` : ''}`;
      lines.push(`${row.label.padEnd(18)} ${pad(row.sockets, 7)} ${pad(row.p50, 7)} ${pad(row.p99, 7)} ${pad(row.bare?.p99 ?? row.oneNodeP99, 8)} ${pad(row.limitMs, 7)} ${pad(kb, 22)} ${pad(row.missed, 6)}  ${row.meetsTarget ? 'MET ' : 'MISS'} ${row.target}`);
    }
  }
  lines.push(...issue21Lines(report.issue21));
  for (const skipped of report.skipped) lines.push(`skipped: ${skipped}`);
  lines.push('');
  lines.push('SQL = statements of one request (captured); SQL~ = palabre_sql_statements_total delta / requests (includes background work); CPU ms = api + PostgreSQL CPU per request; %ceil = share of the api\'s own statements replayed by bare http + pg; %anch = share of the minimal anchor (bare http + pg, least SQL for the same result, lib/anchor-server.cjs).');
  lines.push(report.failures.length === 0 ? `all correctness checks hold (${report.totalSeconds} s in all)` : `FAILURES:\n  ${report.failures.join('\n  ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main()
  .then(async (report) => {
    if (options.keep) {
      // --keep: everything stays up (database, api, gateway) for EXPLAIN or profiling by hand, until Ctrl-C.
      printTable(report);
      log(`--keep: database ${database.databaseUrl}, api ${report.apiUrl}; Ctrl-C stops everything`);
      return;
    }
    await stopAll();
    printTable(report);
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    // Only a complete run replaces latest.json.
    writeFileSync(join(dir, options.check ? 'check.json' : options.only ? 'partial.json' : 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (!options.check && !options.only) {
      // Complete runs are kept for `node tools/bench/median.cjs` (the README's median of three).
      mkdirSync(join(dir, 'runs'), { recursive: true });
      writeFileSync(join(dir, 'runs', `${report.options.scale}-${report.startedAt.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(report, null, 2)}\n`);
    }
    process.exit(report.failures.length > 0 ? 1 : 0);
  })
  .catch(async (error) => {
    process.stderr.write(`\n[bench] ${error && error.stack ? error.stack : String(error)}\n`);
    await stopAll();
    process.exit(1);
  });
