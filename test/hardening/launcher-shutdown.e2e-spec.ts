import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, createConnection, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm start`'s launcher, compiled build and all, with REDIS_URL pointing at a port where nothing listens.
// It needs dist/ (`npm run build`): `npm test` runs jest before building, so .ci/run runs this spec again
// after the build with REQUIRE_DIST=1, where a missing build is a failure rather than a skip.
jest.setTimeout(240_000);

const repoRoot = resolve(__dirname, '..', '..');
const built = existsSync(join(repoRoot, 'dist', 'apps', 'api', 'src', 'main.js')) && existsSync(join(repoRoot, 'dist', 'web', 'server', 'index.mjs'));
if (!built && process.env['REQUIRE_DIST']) throw new Error('dist/ is missing: run `npm run build` before this spec');
const describeWithBuild = built ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => done(port));
    });
  });
}

/** Alive and not a zombie (an exited child not yet reaped is gone for our purpose). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number.parseInt(line.trim(), 10))
      .filter((n) => Number.isInteger(n));
  } catch {
    return [];
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

interface Launched {
  launcher: ChildProcess;
  dataDir: string;
  pgPort: number;
  output: () => string;
  exit: Promise<number | null>;
}

async function launch(): Promise<Launched> {
  const dataDir = mkdtempSync(join(tmpdir(), 'palabre-launcher-'));
  const [web, api, gateway, pgPort, deadRedis] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    WEB_PORT: String(web),
    API_PORT: String(api),
    GATEWAY_PORT: String(gateway),
    EMBEDDED_PG_PORT: String(pgPort),
    REDIS_URL: `redis://127.0.0.1:${deadRedis}`,
    LOG_LEVEL: 'warn',
  };
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'AUTH_SECRET', 'SMTP_URL']) delete env[name];
  const launcher = spawn(process.execPath, [join(repoRoot, 'tools', 'scripts', 'start.cjs')], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  launcher.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exit = new Promise<number | null>((done) => launcher.once('exit', (code) => done(code)));
  return { launcher, dataDir, pgPort, output: () => text, exit };
}

/** Waits for the URL, then returns the pids the launcher started (api, gateway, web and the postmaster). */
async function started(run: Launched): Promise<number[]> {
  await until('the URL to be printed', () => run.output().includes('Open http://localhost:') || (run.launcher.exitCode !== null ? fail(run.output()) : undefined), 150_000);
  const pids = childPids(run.launcher.pid!);
  const postmaster = Number.parseInt(readFileSync(join(run.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
  expect(pids).toContain(postmaster);
  expect(pids.length).toBeGreaterThanOrEqual(4); // api, gateway, web, postgres
  return pids;
}

function hung(ms: number): Promise<'hung'> {
  return new Promise((done) => setTimeout(() => done('hung'), ms).unref());
}

function fail(output: string): never {
  throw new Error(`the launcher exited before it was ready:\n${output}`);
}

describeWithBuild('npm start launcher: shutdown with Redis unreachable', () => {
  const runs: Launched[] = [];
  afterAll(() => {
    for (const run of runs) {
      for (const pid of childPids(run.launcher.pid!)) if (running(pid)) process.kill(pid, 'SIGKILL');
      if (run.launcher.exitCode === null) run.launcher.kill('SIGKILL');
      rmSync(run.dataDir, { recursive: true, force: true });
    }
  });

  it('Ctrl+C stops the api, gateway, web and embedded PostgreSQL before the launcher exits', async () => {
    const run = await launch();
    runs.push(run);
    const pids = await started(run);

    run.launcher.kill('SIGINT');
    const code = await Promise.race([run.exit, hung(90_000)]);
    expect({ code, output: code === 0 ? '' : run.output() }).toEqual({ code: 0, output: '' });
    expect(pids.filter(running)).toEqual([]);
    expect(await accepts(run.pgPort)).toBe(false);
    expect(existsSync(join(run.dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('a second Ctrl+C kills everything at once, and the launcher still exits only after them', async () => {
    const run = await launch();
    runs.push(run);
    const pids = await started(run);

    run.launcher.kill('SIGINT');
    await until('the shutdown to begin', () => run.output().includes('Stopping...'), 10_000);
    run.launcher.kill('SIGINT');
    const code = await Promise.race([run.exit, hung(60_000)]);
    expect(code).toBe(130);
    expect(pids.filter(running)).toEqual([]);
    expect(await accepts(run.pgPort)).toBe(false);
  });
});
