import { TransactionRunner } from '@palabre/core';
import { Platform, startPlatform } from '../support/harness';

/**
 * Statements are prepared once per connection (TransactionRunner): when a migration changes the columns of a
 * table a prepared `SELECT *` reads, PostgreSQL refuses to run it again ("cached plan must not change result
 * type"). The api prepares it again under a new name instead of failing (another process may migrate while this one runs).
 */
describe('prepared statements after a schema change', () => {
  let platform: Platform;
  let runner: TransactionRunner;

  beforeAll(async () => {
    platform = await startPlatform();
    runner = platform.app.get(TransactionRunner);
  });
  afterAll(async () => {
    await platform.close();
  });

  const select = `SELECT * FROM prepared_probe WHERE id = $1`;

  /** Prepares `select` on the connections each path uses (sequential reads reuse the pool's last released connection). */
  async function prepareEverywhere(expected: unknown[]): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      expect(await runner.reader.query(select, [1])).toEqual(expected);
      expect(await runner.genericPlanReader.query(select, [1])).toEqual(expected);
      expect(await runner.run((tx) => tx.query(select, [1]))).toEqual(expected);
    }
  }

  /** DDL on a connection of the spec's own pool, as another process's migration would run it. */
  async function migrate(ddl: string): Promise<void> {
    await platform.db.query(ddl);
  }

  it('reads the new columns from the pool, with generic plans and in a transaction, without an error', async () => {
    await migrate(`CREATE TABLE prepared_probe (id int PRIMARY KEY, label text NOT NULL); INSERT INTO prepared_probe VALUES (1, 'one')`);
    await prepareEverywhere([{ id: 1, label: 'one' }]);
    await migrate(`ALTER TABLE prepared_probe ADD COLUMN weight int NOT NULL DEFAULT 7`);
    expect(await runner.reader.query(select, [1])).toEqual([{ id: 1, label: 'one', weight: 7 }]);

    await prepareEverywhere([{ id: 1, label: 'one', weight: 7 }]);
    await migrate(`ALTER TABLE prepared_probe DROP COLUMN weight`);
    expect(await runner.genericPlanReader.query(select, [1])).toEqual([{ id: 1, label: 'one' }]);

    await prepareEverywhere([{ id: 1, label: 'one' }]);
    await migrate(`ALTER TABLE prepared_probe ADD COLUMN size int`);
    let attempts = 0;
    const inTransaction = await runner.run(async (tx) => {
      attempts += 1;
      await tx.query(`UPDATE prepared_probe SET label = 'uno' WHERE id = $1`, [1]);
      return tx.query(select, [1]);
    });
    // The transaction in which PostgreSQL refused the statement is rolled back and run again, like a serialisation failure.
    expect(attempts).toBe(2);
    expect(inTransaction).toEqual([{ id: 1, label: 'uno', size: null }]);
    expect(await runner.reader.query(select, [1])).toEqual([{ id: 1, label: 'uno', size: null }]);
  });

  it('still reports every other error of a statement as it is', async () => {
    await expect(runner.reader.query(`SELECT * FROM prepared_probe_missing WHERE id = $1`, [1])).rejects.toThrow(/prepared_probe_missing/);
    await expect(runner.run((tx) => tx.query(`SELECT 1 / $1::int AS x`, [0]))).rejects.toThrow(/division by zero/);
  });
});
