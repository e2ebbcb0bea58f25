import type { ContentProvider, ContentRef } from '@palabre/core';
import type { IdeasRepository } from './ideas.repository';
import { IDEA_COMMENT_TYPE, IDEA_TYPE } from './ideas.types';

/** Ideas as content that kudos, reports and moderation can point at. */
export function ideaContentProvider(repo: IdeasRepository): ContentProvider {
  return {
    kind: 'IDEA',
    typeName: IDEA_TYPE,
    async findByIds(db, ids) {
      return (await repo.findByIds(db, ids)).map(
        (row): ContentRef => ({
          kind: 'IDEA',
          typeName: IDEA_TYPE,
          id: row.id,
          communityId: row.community_id,
          spaceId: row.space_id,
          authorId: row.author_id,
          parentId: row.id,
          hiddenAt: row.hidden_at,
          removedAt: row.removed_at,
          lockedAt: row.locked_at,
          createdAt: row.created_at,
        }),
      );
    },
    setModerationState: (tx, id, change) => repo.setModerationState(tx, 'ideas', id, change),
    adjustKudosCount: (tx, id, delta) => repo.adjustKudos(tx, 'ideas', id, delta),
  };
}

export function ideaCommentContentProvider(repo: IdeasRepository): ContentProvider {
  return {
    kind: 'IDEA_COMMENT',
    typeName: IDEA_COMMENT_TYPE,
    async findByIds(db, ids) {
      return (await repo.findCommentsByIds(db, ids)).map(
        (row): ContentRef => ({
          kind: 'IDEA_COMMENT',
          typeName: IDEA_COMMENT_TYPE,
          id: row.id,
          communityId: row.community_id,
          spaceId: row.space_id,
          authorId: row.author_id,
          parentId: row.idea_id,
          hiddenAt: row.hidden_at,
          removedAt: row.removed_at,
          lockedAt: null,
          createdAt: row.created_at,
        }),
      );
    },
    setModerationState: (tx, id, change) => repo.setModerationState(tx, 'idea_comments', id, { hiddenAt: change.hiddenAt, removedAt: change.removedAt }),
    adjustKudosCount: (tx, id, delta) => repo.adjustKudos(tx, 'idea_comments', id, delta),
  };
}
