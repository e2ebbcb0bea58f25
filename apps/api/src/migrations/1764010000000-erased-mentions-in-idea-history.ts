import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ideas' status history stays append-only, with the forgetting the moderation log already allows
 * (1764002500000): while an erasure replaces the leaver's `@handle` mentions (the transaction sets
 * `palabre.scrubbing_mentions`), a rationale may change too.
 */
export class ErasedMentionsInIdeaHistory1764010000000 implements MigrationInterface {
  name = 'ErasedMentionsInIdeaHistory1764010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION idea_status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scrubbing boolean := coalesce(current_setting('palabre.scrubbing_mentions', true), '') = 'on';
      BEGIN
        -- Erasing who made a change (ON DELETE SET NULL of the member) is allowed, and, while scrubbing, the rationale.
        IF (NEW.changed_by IS NULL OR NEW.changed_by IS NOT DISTINCT FROM OLD.changed_by)
           AND (NEW.idea_id, NEW.from_status, NEW.to_status, NEW.changed_at) IS NOT DISTINCT FROM (OLD.idea_id, OLD.from_status, OLD.to_status, OLD.changed_at)
           AND (scrubbing OR NEW.rationale IS NOT DISTINCT FROM OLD.rationale) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'idea_status_changes is append-only';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION idea_status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.changed_by IS NULL AND (NEW.idea_id, NEW.from_status, NEW.to_status, NEW.rationale, NEW.changed_at)
           IS NOT DISTINCT FROM (OLD.idea_id, OLD.from_status, OLD.to_status, OLD.rationale, OLD.changed_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'idea_status_changes is append-only';
      END $$`);
  }
}
