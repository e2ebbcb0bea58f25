import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildDemoWorld } from '../../apps/api/src/seed/demo-world';
import { seeders } from '../../apps/api/src/seed/seeders';
import { migrations } from '../../apps/api/src/migrations';
import { backupDatabase, restoreDatabase } from '../../apps/api/src/tools/backup';
import { Platform, startPlatform } from '../support/harness';
import { runDatabasePrefix, TEST_ENV } from '../support/env';

/** Every table's row count and an order-independent digest of its rows. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const ident = client.escapeIdentifier(name);
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        name === 'migrations'
          ? `SELECT count(*)::text AS n, md5(string_agg(name, ',' ORDER BY name)) AS digest FROM migrations`
          : `SELECT count(*)::text AS n, md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS digest FROM ${ident} t`,
      );
      result[name] = `${rows[0].n}:${rows[0].digest ?? ''}`;
    }
    const sequences = await client.query<{ name: string; value: string | null }>(`SELECT sequencename AS name, last_value::text AS value FROM pg_sequences ORDER BY 1`);
    for (const sequence of sequences.rows) result[`sequence ${sequence.name}`] = sequence.value ?? 'unused';
    return result;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let platform: Platform;
  let folder: string;
  const admin = () => new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
  const emptyName = `${runDatabasePrefix(process.env[TEST_ENV.runId]!)}_restore_${randomBytes(3).toString('hex')}`;
  const emptyUrl = () => {
    const url = new URL(process.env[TEST_ENV.adminUrl]!);
    url.pathname = `/${emptyName}`;
    return url.toString();
  };

  beforeAll(async () => {
    platform = await startPlatform({ config: { POST_FLOOD_INTERVAL_SECONDS: '0' } });
    const world = await buildDemoWorld(platform.app);
    for (const seeder of seeders) await seeder.seed(world);
    folder = mkdtempSync(join(tmpdir(), 'palabre-backup-'));
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(emptyName)}`);
    await client.end();
  });

  afterAll(async () => {
    await platform.close();
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(emptyName)} WITH (FORCE)`);
    await client.end();
    rmSync(folder, { recursive: true, force: true });
  });

  it('round-trips the demo data into an empty database, rows, sequences and schema version alike', async () => {
    const file = join(folder, 'demo.backup.gz');
    const written = await backupDatabase(platform.databaseUrl, file);
    expect(written.rows).toBeGreaterThan(100);

    const restored = await restoreDatabase(emptyUrl(), file, migrations);
    expect(restored).toEqual(written);
    expect(await fingerprint(emptyUrl())).toEqual(await fingerprint(platform.databaseUrl));
  });

  it('refuses to restore over a database that has data, changing nothing', async () => {
    const file = join(folder, 'again.backup.gz');
    await backupDatabase(platform.databaseUrl, file);
    const before = await fingerprint(platform.databaseUrl);
    await expect(restoreDatabase(platform.databaseUrl, file, migrations)).rejects.toThrow(/not empty/);
    expect(await fingerprint(platform.databaseUrl)).toEqual(before);
  });

  it('refuses a backup made by a newer version', async () => {
    const file = join(folder, 'newer.backup.gz');
    await backupDatabase(platform.databaseUrl, file);
    await expect(restoreDatabase(emptyUrl(), file, migrations.slice(0, -1))).rejects.toThrow(/newer Palabre/);
  });
});
