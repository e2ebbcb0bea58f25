import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Images members upload (libs/server/media). A row is pending until a post references it (post_* null),
 * then follows that post. `deleted_at` is a tombstone: the image is never served again, and the retention
 * sweep removes its stored files and then the row (files live outside the database transaction).
 */
export class Media1764011000000 implements MigrationInterface {
  name = 'Media1764011000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE media_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        variants jsonb NOT NULL,
        bytes integer NOT NULL CHECK (bytes > 0),
        post_kind varchar(12) CHECK (post_kind IN ('THREAD', 'REPLY', 'IDEA', 'IDEA_COMMENT')),
        post_id uuid,
        community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        attached_at timestamptz,
        deleted_at timestamptz,
        CHECK ((post_kind IS NULL) = (post_id IS NULL) AND (post_id IS NULL) = (community_id IS NULL))
      )`);
    await db.query(`CREATE INDEX media_images_owner_idx ON media_images (owner_id, created_at)`);
    await db.query(`CREATE INDEX media_images_post_idx ON media_images (post_kind, post_id) WHERE post_id IS NOT NULL`);
    await db.query(`CREATE INDEX media_images_pending_idx ON media_images (created_at) WHERE post_id IS NULL AND deleted_at IS NULL`);
    await db.query(`CREATE INDEX media_images_deleted_idx ON media_images (deleted_at) WHERE deleted_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE media_images`);
  }
}
