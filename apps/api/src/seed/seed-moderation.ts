import { toGlobalId } from '@palabre/contracts';
import { TransactionRunner } from '@palabre/core';
import { CurationService, ThreadCurationService } from '@palabre/moderation';
import { MODERATOR_HANDLE, type DemoCommunity, type DemoWorld } from './demo-world';

const NOTES = { fr: 'La discussion la plus utile de l’atelier ce mois-ci.', en: 'The most helpful discussion of the month.' };

/**
 * The moderator curates each demo community: the most replied thread is pinned and featured
 * in the "best of". Idempotent: nothing happens when the community already features something.
 */
export async function seedModeration(world: DemoWorld): Promise<void> {
  await curate(world, world.fr, NOTES.fr);
  await curate(world, world.en, NOTES.en);
}

async function curate(world: DemoWorld, place: DemoCommunity, note: string): Promise<void> {
  const reader = world.app.get(TransactionRunner).reader;
  const featured: unknown[] = await reader.query(`SELECT 1 FROM featured_content WHERE community_id = $1 LIMIT 1`, [place.community.id]);
  if (featured.length > 0) return;
  const [thread]: Array<{ id: string }> = await reader.query(
    `SELECT id FROM threads WHERE space_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND removed_at IS NULL ORDER BY reply_count DESC, created_at, id LIMIT 1`,
    [place.discussion.id],
  );
  if (!thread) return;
  const moderator = world.as(MODERATOR_HANDLE);
  await world.app.get(ThreadCurationService).pin(moderator, thread.id);
  await world.app.get(CurationService).feature(moderator, { contentId: toGlobalId('Thread', thread.id), note });
}
