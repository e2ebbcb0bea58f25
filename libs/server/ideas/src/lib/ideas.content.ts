import { ContentProvider, tableContentProvider } from '@palabre/core';
import type { IdeasRepository } from './ideas.repository';
import { IDEA_COMMENT_TYPE, IDEA_TYPE } from './ideas.types';

/** Ideas as content that kudos, reports and moderation can point at; ideas can be locked. */
export function ideaContentProvider(repo: IdeasRepository): ContentProvider {
  return tableContentProvider({ kind: 'IDEA', typeName: IDEA_TYPE, table: 'ideas', lockable: true, findByIds: (db, ids) => repo.findByIds(db, ids), parentOf: (row) => row.id });
}

/** Comments on ideas, as content; a comment is not locked on its own (its idea is). */
export function ideaCommentContentProvider(repo: IdeasRepository): ContentProvider {
  return tableContentProvider({
    kind: 'IDEA_COMMENT',
    typeName: IDEA_COMMENT_TYPE,
    table: 'idea_comments',
    lockable: false,
    findByIds: (db, ids) => repo.findCommentsByIds(db, ids),
    parentOf: (row) => row.idea_id,
  });
}
