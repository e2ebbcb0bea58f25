import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderation log stays append-only, with one more kind of forgetting: while an erasure replaces the leaver's
 * `@handle` mentions (the transaction sets `palabre.scrubbing_mentions`), a rationale may change too.
 */
export class ErasedMentions1764002500000 implements MigrationInterface {
  name = 'ErasedMentions1764002500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scrubbing boolean := coalesce(current_setting('palabre.scrubbing_mentions', true), '') = 'on';
        ignored text[] := CASE WHEN scrubbing THEN ARRAY['actor_id', 'subject_member_id', 'reason'] ELSE ARRAY['actor_id', 'subject_member_id'] END;
      BEGIN
        IF TG_OP = 'DELETE'
           OR (to_jsonb(NEW) - ignored) <> (to_jsonb(OLD) - ignored)
           OR (NEW.actor_id IS NOT NULL AND NEW.actor_id IS DISTINCT FROM OLD.actor_id)
           OR (NEW.subject_member_id IS NOT NULL AND NEW.subject_member_id IS DISTINCT FROM OLD.subject_member_id) THEN
          RAISE EXCEPTION 'moderation_actions is append-only';
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
           OR (to_jsonb(NEW) - 'actor_id' - 'subject_member_id') <> (to_jsonb(OLD) - 'actor_id' - 'subject_member_id')
           OR (NEW.actor_id IS NOT NULL AND NEW.actor_id IS DISTINCT FROM OLD.actor_id)
           OR (NEW.subject_member_id IS NOT NULL AND NEW.subject_member_id IS DISTINCT FROM OLD.subject_member_id) THEN
          RAISE EXCEPTION 'moderation_actions is append-only';
        END IF;
        RETURN NEW;
      END $$`);
  }
}
