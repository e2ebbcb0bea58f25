import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found missing by the benchmarks (tools/bench).
 * - The ideas board (ideas(orderBy: MOST_SUPPORTED)) orders by `support_count::bigint` (the cursor's sort
 *   key): the index on the bare column does not serve that expression, so every request sorted all the
 *   ideas of the space. This one does (an ordered index scan stopping after the page).
 */
export class BenchIndexes1764000800000 implements MigrationInterface {
  name = 'BenchIndexes1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ideas_space_supported_key_idx ON ideas (space_id, (support_count::bigint) DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ideas_space_supported_key_idx`);
  }
}
