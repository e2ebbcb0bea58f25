import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idea progress updates are public (an idea's history), so writing them must empty the anonymous response
 * cache like any other public table (see 1764001000000-response-cache-invalidation).
 */
export class IdeaUpdatesCacheInvalidation1764015000000 implements MigrationInterface {
  name = 'IdeaUpdatesCacheInvalidation1764015000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TRIGGER content_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON idea_updates FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER content_changed_notify ON idea_updates`);
  }
}
