import { databaseTypes, TransactionRunner } from '@palabre/core';
import { Platform, startPlatform } from '../support/harness';

/** Statements read through `genericPlanReader` run with their generic plan; every other reader keeps PostgreSQL's choice. */
describe('generic-plan reader', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(async () => {
    await platform.close();
  });

  it('forces generic plans on its own connections only', async () => {
    const runner = platform.app.get(TransactionRunner);
    const mode = async (reader: typeof runner.reader) => ((await reader.query(`SELECT current_setting('plan_cache_mode') AS mode`)) as Array<{ mode: string }>)[0].mode;
    expect(await mode(runner.genericPlanReader)).toBe('force_generic_plan');
    expect(await mode(runner.reader)).toBe('auto');
    expect(await runner.run((tx) => mode(tx))).toBe('auto');
  });

  it('keeps the connection options of the pool (search typo threshold, no JIT)', async () => {
    const runner = platform.app.get(TransactionRunner);
    const settings = `SELECT current_setting('pg_trgm.word_similarity_threshold', true) AS threshold, current_setting('jit') AS jit`;
    for (const reader of [runner.genericPlanReader, runner.reader]) {
      expect(await reader.query(settings)).toEqual([{ threshold: '0.5', jit: 'off' }]);
    }
    expect(await runner.run((tx) => tx.query(settings))).toEqual([{ threshold: '0.5', jit: 'off' }]);
  });

  it('reads timestamptz with the parser given to the pools, on every kind of connection', async () => {
    const runner = platform.app.get(TransactionRunner);
    const parsers = jest.spyOn(databaseTypes, 'getTypeParser');
    const select = `SELECT '2026-12-03 16:40:10.768123+05:30'::timestamptz AS at, 'infinity'::timestamptz AS never`;
    const expected = [{ at: new Date('2026-12-03T11:10:10.768Z'), never: Infinity }];
    try {
      expect(await runner.reader.query(select)).toEqual(expected);
      expect(await runner.genericPlanReader.query(select)).toEqual(expected);
      expect(await runner.run((tx) => tx.query(select))).toEqual(expected);
      expect(parsers.mock.calls.filter(([oid]) => oid === 1184)).toHaveLength(6);
    } finally {
      parsers.mockRestore();
    }
  });
});
