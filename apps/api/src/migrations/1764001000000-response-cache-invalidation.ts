import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invalidation of the api's anonymous response cache (core's ResponseCache): every statement that
 * writes a table whose rows can reach an anonymous response raises `palabre_content_changed`.
 * NOTIFY is transactional (delivered on commit only) and PostgreSQL folds duplicates within a
 * transaction, so a transaction costs one notification however many statements it runs. Writes
 * from any process (other api nodes, jobs, psql) are covered. Tables that never reach an anonymous
 * response are left out so their frequent writes do not empty the cache; a later table gets its
 * trigger in its own migration (test/foundation/response-cache.e2e-spec.ts fails until it does).
 */
const PRIVATE_TABLES = [
  'migrations',
  'outbox_events',
  'sessions',
  'refresh_tokens',
  'notifications',
  'notification_preferences',
  'digests',
  'consent_ledger',
  'contact_messages',
  'data_exports',
  'idea_exports',
  'post_log',
  'kudos_daily_budgets',
];

export class ResponseCacheInvalidation1764001000000 implements MigrationInterface {
  name = 'ResponseCacheInvalidation1764001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('palabre_content_changed', '');
        RETURN NULL;
      END $$`);
    const tables: Array<{ table_name: string }> = await db.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
        ORDER BY table_name`,
      [PRIVATE_TABLES],
    );
    for (const { table_name: table } of tables) {
      await db.query(`CREATE TRIGGER content_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION notify_content_changed CASCADE`);
  }
}
