import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side drafts (communities' DraftsRepository): one per member and place, a place being a space (a new
 * thread or idea), a thread (a reply) or an idea (a comment). Posting there deletes the author's draft, through
 * triggers so a post costs no extra statement. Purged after the retention period by the privacy jobs.
 */
export class Drafts1764012200000 implements MigrationInterface {
  name = 'Drafts1764012200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        place_type varchar(10) NOT NULL CHECK (place_type IN ('Space', 'Thread', 'Idea')),
        place_id uuid NOT NULL,
        title text,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (member_id, place_type, place_id)
      )`);
    await db.query(`CREATE INDEX drafts_member_updated_idx ON drafts (member_id, updated_at DESC)`);
    await db.query(`CREATE INDEX drafts_updated_idx ON drafts (updated_at)`);
    for (const [table, placeType, placeColumn] of [
      ['threads', 'Space', 'space_id'],
      ['replies', 'Thread', 'thread_id'],
      ['ideas', 'Space', 'space_id'],
      ['idea_comments', 'Idea', 'idea_id'],
    ]) {
      await db.query(`
        CREATE FUNCTION ${table}_posted_drafts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM drafts d USING new_rows n
           WHERE d.member_id = n.author_id AND d.place_type = '${placeType}' AND d.place_id = n.${placeColumn};
          RETURN NULL;
        END $$`);
      await db.query(`CREATE TRIGGER ${table}_posted_drafts AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_posted_drafts()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['threads', 'replies', 'ideas', 'idea_comments']) {
      await db.query(`DROP TRIGGER ${table}_posted_drafts ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_posted_drafts()`);
    }
    await db.query(`DROP TABLE drafts`);
  }
}
