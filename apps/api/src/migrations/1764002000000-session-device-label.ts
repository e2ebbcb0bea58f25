import { MigrationInterface, QueryRunner } from 'typeorm';
import { deviceLabelOf } from '@palabre/members';

/**
 * A session keeps a device label ("Firefox on Linux") derived from the user agent at sign-in, and no
 * longer the user agent itself: the label is all `me.sessions` shows, and the raw string says more
 * about a person than a session list needs. Existing rows get the label of the agent they kept.
 */
export class SessionDeviceLabel1764002000000 implements MigrationInterface {
  name = 'SessionDeviceLabel1764002000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN device_label varchar(80) NOT NULL DEFAULT 'Unknown device'`);
    const rows: Array<{ id: string; user_agent: string }> = await db.query(`SELECT id, user_agent FROM sessions WHERE user_agent IS NOT NULL`);
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000);
      await db.query(`UPDATE sessions s SET device_label = v.label FROM unnest($1::uuid[], $2::text[]) AS v(id, label) WHERE s.id = v.id`, [
        batch.map((row) => row.id),
        batch.map((row) => deviceLabelOf(row.user_agent)),
      ]);
    }
    await db.query(`ALTER TABLE sessions DROP COLUMN user_agent`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN user_agent varchar(300)`);
    await db.query(`ALTER TABLE sessions DROP COLUMN device_label`);
  }
}
