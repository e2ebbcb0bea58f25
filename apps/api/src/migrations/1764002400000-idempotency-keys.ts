import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replayable mutations: the first answer to a member's `Idempotency-Key` is kept for a day, so a
 * client that retries (a flaky mobile network) gets that answer back instead of a second effect.
 */
export class IdempotencyKeys1764002400000 implements MigrationInterface {
  name = 'IdempotencyKeys1764002400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        key varchar(200) NOT NULL,
        request_hash char(64) NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('PENDING', 'DONE')),
        response jsonb,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (member_id, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
