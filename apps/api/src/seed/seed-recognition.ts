import { toGlobalId } from '@palabre/contracts';
import { TransactionRunner } from '@palabre/core';
import { KudosService, ReciprocityService } from '@palabre/recognition';
import type { DemoCommunity, DemoWorld } from './demo-world';

/** Thanks in both languages; a kudos message is optional, so some carry none. */
const MESSAGES: Record<'fr' | 'en', Array<string | null>> = {
  fr: ['Merci, ça m’a débloqué !', 'Super clair, merci 🙏', null, 'Exactement ce qu’il me fallait.', null],
  en: ['Thanks, that fixed it!', 'Really clear, thank you', null, 'Exactly what I needed.', null],
};

/**
 * Kudos between demo members on threads and replies, profile choices and the French board, so
 * profiles show balances and badges (answers and credits already earned theirs from the advice
 * and ideas seeders). Idempotent: a repeated kudos returns the existing one.
 */
export async function seedRecognition(world: DemoWorld): Promise<void> {
  const handles = Object.keys(world.members);
  await seedKudos(world, world.fr, handles, MESSAGES.fr);
  await seedKudos(world, world.en, handles, MESSAGES.en);

  const reciprocity = world.app.get(ReciprocityService);
  for (const handle of ['mathis', 'lea', 'hugo', 'marque_velo']) {
    await reciprocity.updateProfile(world.as(handle), { showReciprocity: true, appearOnRecognitionBoard: true });
  }
  await reciprocity.updateProfile(world.as('ines'), { showReciprocity: true });
  await reciprocity.setBoardEnabled(world.as('camille'), world.fr.community.id, true);
}

async function seedKudos(world: DemoWorld, place: DemoCommunity, handles: string[], messages: Array<string | null>): Promise<void> {
  const posts: Array<{ type: string; id: string; author_id: string | null }> = await world.app.get(TransactionRunner).reader.query(
    `SELECT 'Thread' AS type, id, author_id, created_at FROM threads WHERE community_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND removed_at IS NULL
     UNION ALL
     SELECT 'Reply', id, author_id, created_at FROM replies WHERE community_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND removed_at IS NULL
     ORDER BY created_at, id`,
    [place.community.id],
  );
  const kudos = world.app.get(KudosService);
  let turn = 0;
  for (const [index, post] of posts.entries()) {
    // Two or three different members thank each post, staff included (their kudos count 1 too).
    for (let offset = 1; offset <= 2 + (index % 2); offset += 1) {
      const giver = handles[(index * 3 + offset) % handles.length];
      if (!post.author_id || world.members[giver] === post.author_id) continue;
      await kudos.give(world.as(giver), toGlobalId(post.type, post.id), messages[(turn += 1) % messages.length]);
    }
  }
}
