import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' per-process cache of active sessions forgets what it holds when a session may have stopped
 * being active: revoked, its expiry or owner changed, or deleted (sign-out, refresh token reuse, erasure).
 * `last_used_at` and address updates (every refresh, the retention job) do not notify. Deferred to after
 * the commit for the api's own transactions, as in migration 1764001100000.
 */
export class SessionRevocationNotify1764001200000 implements MigrationInterface {
  name = 'SessionRevocationNotify1764001200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('palabre.notify_after_commit', true) = 'on' THEN
          PERFORM set_config('palabre.sessions_changed', 'on', true);
        ELSE
          PERFORM pg_notify('palabre_sessions_changed', '');
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER sessions_changed_notify AFTER UPDATE OF id, member_id, revoked_at, expires_at OR DELETE OR TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION notify_sessions_changed CASCADE`);
  }
}
