import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, type MigrationInterface } from 'typeorm';

/**
 * Logical backups without pg_dump: the embedded PostgreSQL package ships no pg_dump, and Debian's
 * (PostgreSQL 15) refuses to dump a newer server. A backup is the schema version (the applied
 * migrations), the sequences and every table's rows in COPY text format, all read in one
 * REPEATABLE READ snapshot, so it is consistent while the platform keeps writing.
 * A restore replays exactly those migrations into an empty database, loads the rows with triggers
 * and foreign keys paused (session_replication_role = replica: the rows were consistent when dumped,
 * and triggers would derive again what the dump already holds), then applies newer migrations.
 */
export const BACKUP_FORMAT = 'palabre-backup/1';

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: Array<{ name: string; columns: string[] }>;
  sequences: Array<{ name: string; value: string; called: boolean }>;
}

type Migration = new () => MigrationInterface;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const END_OF_TABLE = '\\.';

async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
}

/** Writes a gzip'ed backup of the database at `url` to `file`; returns what it holds. */
export async function backupDatabase(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new Client({ connectionString: url, application_name: 'palabre-backup' });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const schema = await client.query<{ present: boolean }>(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
    if (!schema.rows[0].present) throw new Error('This database holds no Palabre data yet (no migrations were run): nothing to back up');
    const migrations = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
    // Generated columns are derived again on restore, so they are neither dumped nor loaded.
    const tables = await client.query<{ name: string; columns: string[] }>(
      `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'migrations'
        GROUP BY c.relname ORDER BY c.relname`,
    );
    const sequences = await client.query<{ name: string; value: string | null; called: boolean }>(
      `SELECT sequencename AS name, last_value::text AS value, last_value IS NOT NULL AS called FROM pg_sequences WHERE schemaname = current_schema()`,
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((row) => row.name),
      tables: tables.rows,
      sequences: sequences.rows.map((row) => ({ name: row.name, value: row.value ?? '1', called: row.called })),
    };
    await writeLine(gzip, JSON.stringify(header));
    for (const table of header.tables) {
      await writeLine(gzip, `TABLE ${table.name}`);
      const copy = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) TO STDOUT`));
      const lines = new PassThrough();
      copy.pipe(lines);
      for await (const chunk of lines) if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
      rows += copy.rowCount ?? 0;
      await writeLine(gzip, END_OF_TABLE);
    }
    await client.query('COMMIT');
    gzip.end();
    await written;
    return { tables: header.tables.length, rows };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads a backup line by line: the header, then each table's COPY text. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

async function migrate(url: string, migrations: Migration[]): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, synchronize: false, migrations, migrationsTransactionMode: 'each', extra: { max: 1, application_name: 'palabre-restore' } });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Restores `file` into the empty database at `url`, then brings it up to `migrations` (the code's
 * list). Refuses a database that has tables and a backup made by a newer version of Palabre.
 */
export async function restoreDatabase(url: string, file: string, migrations: Migration[]): Promise<{ tables: number; rows: number }> {
  const lines = backupLines(file);
  const first = await lines.next();
  const header = first.done ? null : (JSON.parse(first.value) as BackupHeader);
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Palabre backup`);
  const known = new Map(migrations.map((migration) => [new migration().name ?? migration.name, migration]));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`This backup was made by a newer Palabre (migrations ${unknown.join(', ')}); restore it with that version`);

  const client = new Client({ connectionString: url, application_name: 'palabre-restore' });
  await client.connect();
  let rows = 0;
  try {
    const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
    if (existing.rows[0].n > 0) throw new Error('The target database is not empty: restore into a new, empty database');
    await migrate(url, header.migrations.map((name) => known.get(name)!));

    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    for (const table of header.tables) {
      const marker = await lines.next();
      if (marker.done || marker.value !== `TABLE ${table.name}`) throw new Error(`The backup is damaged near table ${table.name}`);
      // Rows some migration inserted (reference data) come back from the backup instead.
      await client.query(`DELETE FROM ${quoteIdent(table.name)}`);
      const copy = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
      const data = Readable.from(
        (async function* () {
          for (let line = await lines.next(); ; line = await lines.next()) {
            if (line.done) throw new Error(`The backup ends inside table ${table.name}`);
            if (line.value === END_OF_TABLE) return;
            yield `${line.value}\n`;
          }
        })(),
      );
      await pipeline(data, copy);
      rows += copy.rowCount ?? 0;
    }
    for (const sequence of header.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoteIdent(sequence.name), sequence.value, sequence.called]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  await migrate(url, migrations);
  return { tables: header.tables.length, rows };
}
