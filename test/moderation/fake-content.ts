import { toGlobalId } from '@palabre/contracts';
import { ContentKind, ContentProvider, ContentRef, ContentRegistry, Db, ModerationStateChange } from '@palabre/core';
import type { Platform } from '../support/harness';
import type { TestMember, TestSpace } from '../support/factories';

/**
 * Stand-in content for moderation specs: 'ModPost' (a root, like a thread) and 'ModComment'
 * (like a reply), in one small table, with ContentProviders registered the way advice and
 * ideas register theirs. Moderation only ever sees content through the registry.
 */
export const POST_TYPE = 'ModPost';
export const COMMENT_TYPE = 'ModComment';

interface PostRow {
  id: string;
  type_name: string;
  community_id: string;
  space_id: string;
  author_id: string | null;
  hidden_at: Date | null;
  removed_at: Date | null;
  locked_at: Date | null;
  created_at: Date;
}

function provider(typeName: string, kind: ContentKind): ContentProvider {
  return {
    kind,
    typeName,
    async findByIds(db: Db, ids: readonly string[]): Promise<ContentRef[]> {
      const rows: PostRow[] = await db.query(`SELECT * FROM test_mod_posts WHERE type_name = $1 AND id = ANY($2::uuid[])`, [typeName, ids]);
      return rows.map((row) => ({
        kind,
        typeName,
        id: row.id,
        communityId: row.community_id,
        spaceId: row.space_id,
        authorId: row.author_id,
        parentId: row.id,
        hiddenAt: row.hidden_at,
        removedAt: row.removed_at,
        lockedAt: row.locked_at,
        createdAt: row.created_at,
      }));
    },
    async setModerationState(tx: Db, id: string, change: ModerationStateChange): Promise<void> {
      const columns = (['hiddenAt', 'removedAt', 'lockedAt'] as const).filter((key) => change[key] !== undefined);
      if (columns.length === 0) return;
      const names = { hiddenAt: 'hidden_at', removedAt: 'removed_at', lockedAt: 'locked_at' };
      const sets = columns.map((key, index) => `${names[key]} = $${index + 2}`).join(', ');
      await tx.query(`UPDATE test_mod_posts SET ${sets} WHERE id = $1`, [id, ...columns.map((key) => change[key])]);
    },
    async adjustKudosCount(): Promise<void> {
      // not counted in these specs
    },
  };
}

export async function installFakeContent(platform: Platform): Promise<void> {
  await platform.db.query(`
    CREATE TABLE IF NOT EXISTS test_mod_posts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type_name varchar(20) NOT NULL,
      community_id uuid NOT NULL,
      space_id uuid NOT NULL,
      author_id uuid,
      hidden_at timestamptz,
      removed_at timestamptz,
      locked_at timestamptz,
      created_at timestamptz NOT NULL
    )`);
  const registry = platform.app.get(ContentRegistry);
  registry.register(provider(POST_TYPE, 'THREAD'));
  registry.register(provider(COMMENT_TYPE, 'REPLY'));
}

export interface TestPost {
  id: string;
  globalId: string;
}

export async function createPost(platform: Platform, space: TestSpace, author: TestMember, typeName = POST_TYPE): Promise<TestPost> {
  const { rows } = await platform.db.query<{ id: string }>(
    `INSERT INTO test_mod_posts (type_name, community_id, space_id, author_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [typeName, space.communityId, space.id, author.id, platform.clock.now()],
  );
  return { id: rows[0].id, globalId: toGlobalId(typeName, rows[0].id) };
}

export async function postState(platform: Platform, post: TestPost): Promise<{ hidden: boolean; removed: boolean; locked: boolean }> {
  const { rows } = await platform.db.query<PostRow>(`SELECT * FROM test_mod_posts WHERE id = $1`, [post.id]);
  return { hidden: rows[0].hidden_at !== null, removed: rows[0].removed_at !== null, locked: rows[0].locked_at !== null };
}
