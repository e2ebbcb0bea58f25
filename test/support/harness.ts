import { randomBytes } from 'node:crypto';
/**
 * E2E harness: the real api (and gateway) on a fresh database cloned from a migrated template.
 *
 *   const platform = await startPlatform({ gateway: true });
 *   afterAll(() => platform.close());
 *   const res = await platform.gql(`mutation { ... }`, { input }, { token });
 *
 * One database per spec file (call startPlatform once, in beforeAll). The template database is
 * created once per jest run, lazily, under a PostgreSQL advisory lock so parallel workers do not race.
 */
import { Pool, Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { loadConfig, ManualClock, SQL_COUNT_HEADER, type AppConfig } from '@palabre/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createGatewayApp } from '../../apps/gateway/src/bootstrap';
import { TEST_ENV, runDatabasePrefix } from './env';

/** Environment-style overrides (strings, as they would be in process.env). */
export type ConfigOverrides = Partial<Record<keyof AppConfig, string>>;

export interface StartPlatformOptions {
  /** Also boot the socket.io gateway (default false). */
  gateway?: boolean;
  /** Overrides of the test configuration (e.g. `{ RATE_LIMIT_POINTS: '5' }`). */
  config?: ConfigOverrides;
  /** Start of the manual clock (default TEST_START). */
  now?: Date;
  /** Receives the api's log lines (JSON text) instead of nobody; set LOG_LEVEL in `config` too. */
  logDestination?: { write(line: string): unknown };
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GqlResult<TData = any> {
  data: TData | null | undefined;
  errors: GqlError[] | undefined;
  status: number;
  /** Statements run while serving the request (x-sql-statements header); NaN when absent. */
  sqlStatements: number;
  headers: Headers;
  /** Raw body, for non-JSON answers (e.g. 413). */
  text: string;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Platform {
  apiUrl: string;
  /** http://127.0.0.1:<port> of the gateway, or undefined unless started with `gateway: true`. */
  gatewayUrl: string | undefined;
  clock: ManualClock;
  config: AppConfig;
  app: INestApplication;
  gateway: INestApplication | undefined;
  /** Pool on this spec file's database, for factories and assertions. */
  db: Pool;
  databaseUrl: string;
  databaseName: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<TData = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResult<TData>>;
  /** connectSocket() against this platform's gateway; the socket is disconnected by close(). */
  connectSocket(token?: string, options?: Partial<ManagerOptions & SocketOptions>): Promise<Socket>;
  /** Closes sockets, apps and pool, then drops the database. Idempotent. */
  close(): Promise<void>;
}

/** Forgets nestjs-pino's process-wide pino-http instance (its own test hook; not in the package's exports map). */
function resetNestPino(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const internals = require(require.resolve('nestjs-pino').replace(/index\.js$/, 'PinoLogger.js')) as { __resetOutOfContextForTests(): void };
  internals.__resetOutOfContextForTests();
}

/** Monday 2 March 2026, 09:00 UTC: where every platform's manual clock starts. */
export const TEST_START = new Date('2026-03-02T09:00:00.000Z');
export const TEST_AUTH_SECRET = 'e2e-test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/** The configuration every e2e platform starts from (before `options.config`). */
export const TEST_CONFIG_ENV: ConfigOverrides = {
  NODE_ENV: 'test',
  AUTH_SECRET: TEST_AUTH_SECRET,
  LOG_LEVEL: 'silent',
  API_PORT: '0',
  GATEWAY_PORT: '0',
  // Every request comes from 127.0.0.1: keep address-keyed limits out of the way unless a spec lowers them.
  RATE_LIMIT_POINTS: '1000000',
  // Fast password hashing in tests; production keeps the default cost.
  PASSWORD_HASH_COST_LOG2: '10',
  // The clock stands still in tests: the flood limit is tested on its own (test/moderation/limits).
  POST_FLOOD_INTERVAL_SECONDS: '0',
  AUTH_FAILURES_PER_ADDRESS: '1000000',
  SIGNUPS_PER_ADDRESS_PER_HOUR: '1000000',
  SIGNUPS_PER_HOUR: '1000000',
  // Specs report freely: the daily report budget is tested on its own (test/hardening/abuse-limits).
  REPORTS_PER_DAY: '1000000',
  // Specs write rows straight through their own pool, i.e. from "another process", whose invalidation
  // reaches the api a moment later: the response cache is tested on its own (test/foundation/response-cache).
  RESPONSE_CACHE_TTL_SECONDS: '0',
  // Statement counts asserted by specs are those of a request whose session is read (the worst case):
  // the session cache is tested on its own (test/foundation/active-sessions).
  SESSION_CACHE_MAX_ENTRIES: '0',
  // Likewise for spaces, communities and roles (test/foundation/communities-cache).
  COMMUNITY_CACHE_MAX_ENTRIES: '0',
  // Mail is queued by every api but sent only where a spec turns the worker on (with an SMTP sink).
  MAIL_WORKER_ENABLED: 'false',
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run e2e specs through jest's e2e project (npm run test:e2e), whose globalSetup provides it.`);
  }
  return value;
}

function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: required(TEST_ENV.adminUrl) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(client: Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (rowCount ?? 0) > 0;
}

async function terminateConnections(client: Client, name: string): Promise<void> {
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
}

export function buildConfig(databaseUrl: string, overrides: ConfigOverrides = {}): AppConfig {
  return loadConfig({ ...TEST_CONFIG_ENV, ...overrides, DATABASE_URL: databaseUrl });
}

let templateReady: Promise<string> | undefined;

/** Name of the migrated template database of this run; created by the first worker that asks. */
export function ensureTemplateDatabase(): Promise<string> {
  templateReady ??= createTemplateOnce().catch((error: unknown) => {
    templateReady = undefined;
    throw error;
  });
  return templateReady;
}

async function createTemplateOnce(): Promise<string> {
  const template = `${runDatabasePrefix(required(TEST_ENV.runId))}_tpl`;
  return withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      if (await databaseExists(admin, template)) return template;
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(template)}`);
      try {
        // Booting the api runs the migrations (migrationsRun), plus whatever else it sets up on init.
        const app = await createApiApp(buildConfig(urlWithDatabase(required(TEST_ENV.adminUrl), template), { SCHEDULER_ENABLED: 'false' }), {
          clock: new ManualClock(TEST_START),
        });
        await app.close();
        // Anything still connected would make CREATE DATABASE ... TEMPLATE fail.
        await terminateConnections(admin, template);
        await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(template)} WITH IS_TEMPLATE true`);
      } catch (error) {
        await terminateConnections(admin, template);
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(template)} WITH (FORCE)`);
        throw error;
      }
      return template;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

let databaseCounter = 0;

async function createSpecDatabase(): Promise<string> {
  const template = await ensureTemplateDatabase();
  // Jest gives each spec file a fresh module registry, so a per-module counter repeats across files in one worker.
  const name = `${runDatabasePrefix(required(TEST_ENV.runId))}_${process.pid}_${(databaseCounter += 1)}_${randomBytes(3).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`);
        return;
      } catch (error) {
        // 55006: "source database is being accessed by other users" (a short-lived connection); retry.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  });
  return name;
}

async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`));
}

function listeningUrl(app: INestApplication): string {
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** First `errors[].extensions.code` of a GraphQL result (undefined when there is none). */
/** Reads until `done` holds or the deadline passes, and answers the last value read (the caller asserts on it). */
export async function readUntil<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function errorCode(result: { errors?: readonly GqlError[] | null }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** POSTs a GraphQL request as JSON to `<apiUrl>/graphql`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postGraphql<TData = any>(
  apiUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  options: GqlOptions = {},
): Promise<GqlResult<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  });
  const text = await response.text();
  let body: { data?: TData | null; errors?: GqlError[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON (e.g. a proxy-level error): callers look at status and text
  }
  const sql = response.headers.get(SQL_COUNT_HEADER);
  return {
    data: body.data,
    errors: body.errors,
    status: response.status,
    sqlStatements: sql === null ? Number.NaN : Number(sql),
    headers: response.headers,
    text,
  };
}

/**
 * Connects a socket.io client to the gateway (path /realtime, websocket only, no reconnection).
 * Resolves once connected; rejects with the `connect_error` (e.g. the handshake refused the token).
 */
export function connectSocket(
  gatewayUrl: string,
  token?: string,
  options: Partial<ManagerOptions & SocketOptions> = {},
  timeoutMs = 5_000,
): Promise<Socket> {
  const socket = io(gatewayUrl, {
    path: '/realtime',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...options,
    auth: token === undefined ? options.auth : { ...(typeof options.auth === 'object' ? options.auth : {}), token },
  });
  return new Promise<Socket>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      socket.disconnect();
      reject(new Error(`socket did not connect to ${gatewayUrl} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onConnect = () => {
      cleanup();
      resolve(socket);
    };
    const onError = (error: Error) => {
      cleanup();
      socket.disconnect();
      reject(error);
    };
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
    };
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
  });
}

/** Resolves with the next `event` (default 'event') payload matching `predicate`; rejects after `timeoutMs`. */
export function nextEvent<T = unknown>(
  socket: Socket,
  predicate: (payload: T) => boolean = () => true,
  options: { event?: string; timeoutMs?: number } = {},
): Promise<T> {
  const event = options.event ?? 'event';
  const timeoutMs = options.timeoutMs ?? 5_000;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching '${event}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Boots the api (and optionally the gateway) on a fresh database for this spec file. */
export async function startPlatform(options: StartPlatformOptions = {}): Promise<Platform> {
  const databaseName = await createSpecDatabase();
  const databaseUrl = urlWithDatabase(required(TEST_ENV.adminUrl), databaseName);
  const config = buildConfig(databaseUrl, options.config);
  const clock = new ManualClock(options.now ?? TEST_START);
  const db = new Pool({ connectionString: databaseUrl, max: 5 });
  // pool.end() resolves before its sockets close; dropping the database then ends them with 57P01.
  db.on('error', () => undefined);
  const sockets = new Set<Socket>();
  let app: INestApplication | undefined;
  let gateway: INestApplication | undefined;
  let closed: Promise<void> | undefined;

  const close = (): Promise<void> =>
    (closed ??= (async () => {
      const problems: unknown[] = [];
      const attempt = async (work: () => Promise<unknown> | unknown) => {
        try {
          await work();
        } catch (error) {
          problems.push(error);
        }
      };
      for (const socket of sockets) await attempt(() => socket.disconnect());
      if (gateway) await attempt(() => gateway?.close());
      if (app) await attempt(() => app?.close());
      if (options.logDestination) resetNestPino();
      await attempt(() => db.end());
      await attempt(() => dropDatabase(databaseName));
      if (problems.length > 0) throw problems[0];
    })());

  try {
    // nestjs-pino builds one pino-http instance per module registry, from the first app's settings (here,
    // often the template's silent one): a spec that reads logs needs its own.
    if (options.logDestination) resetNestPino();
    app = await createApiApp(config, { clock, exposeSqlCount: true, logDestination: options.logDestination });
    await app.listen(0, '127.0.0.1');
    const apiUrl = listeningUrl(app);
    let gatewayUrl: string | undefined;
    if (options.gateway) {
      const started = await createGatewayApp({ ...config, API_URL: apiUrl }, { clock });
      gateway = started;
      await started.listen(0, '127.0.0.1');
      gatewayUrl = listeningUrl(started);
    }
    const platform: Platform = {
      apiUrl,
      gatewayUrl,
      clock,
      config,
      app,
      gateway,
      db,
      databaseUrl,
      databaseName,
      gql: (query, variables, gqlOptions) => postGraphql(apiUrl, query, variables, gqlOptions),
      connectSocket: async (token, socketOptions) => {
        if (!gatewayUrl) throw new Error('startPlatform({ gateway: true }) is needed for sockets');
        const socket = await connectSocket(gatewayUrl, token, socketOptions);
        sockets.add(socket);
        return socket;
      },
      close,
    };
    return platform;
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
