import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Communities' per-process cache of spaces, communities and viewers' roles (CommunityRowsCache) forgets
 * what it holds when any of those rows changes: a community or space created, edited or deleted, a member
 * joining, leaving or changing role (member_count moves with them). Rare writes next to the reads of every
 * signed-in request. Deferred to after the commit for the api's own transactions, as in migration
 * 1764001100000 (DEFERRED_NOTIFICATIONS lists the setting).
 */
export class CommunitiesChangedNotify1764014000000 implements MigrationInterface {
  name = 'CommunitiesChangedNotify1764014000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_communities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('palabre.notify_after_commit', true) = 'on' THEN
          PERFORM set_config('palabre.communities_changed', 'on', true);
        ELSE
          PERFORM pg_notify('palabre_communities_changed', '');
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['communities', 'spaces', 'memberships']) {
      await db.query(`CREATE TRIGGER ${table}_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_communities_changed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION notify_communities_changed CASCADE`);
  }
}
