import { joinSql, rawSql, runSql, sql } from '../database/sql';
import type { Db } from '../database/transaction-runner';
import type { ContentKind, ContentProvider, ContentRef, ModerationStateChange } from './content-registry';

/**
 * The moderation state and kudos counter of a content table, written once for every owner of content
 * (advice's threads and replies, ideas' ideas and comments). The owner's repository calls these with
 * its own table name: the SQL shape is shared, the table stays named only by its owner.
 */
export async function setContentModerationState(tx: Db, table: string, id: string, change: ModerationStateChange, options: { lockable: boolean }): Promise<void> {
  const columns: Array<[string, Date | null | undefined]> = [
    ['hidden_at', change.hiddenAt],
    ['removed_at', change.removedAt],
    ...(options.lockable ? [['locked_at', change.lockedAt] as [string, Date | null | undefined]] : []),
  ];
  const sets = columns.filter(([, value]) => value !== undefined).map(([column, value]) => sql`${rawSql(column)} = ${value}`);
  if (sets.length > 0) await runSql(tx, sql`UPDATE ${rawSql(table)} SET ${joinSql(sets, ', ')} WHERE id = ${id}`);
}

/**
 * Adds exactly `delta`: the counter moves only with a kudos row inserted or deleted in the same
 * transaction, so counter = rows holds by construction. No clamp at zero: a clamp would hide a drift
 * that the reconciliation check must see, and the column's CHECK (kudos_count >= 0) turns an
 * impossible decrement into a failed transaction instead of a silently wrong count.
 */
export async function adjustContentKudosCount(tx: Db, table: string, id: string, delta: number): Promise<void> {
  await tx.query(`UPDATE ${table} SET kudos_count = kudos_count + $2 WHERE id = $1`, [id, delta]);
}

/** The columns every content table has, which a ContentRef is made of. */
export interface ContentRow {
  id: string;
  community_id: string;
  space_id: string;
  author_id: string | null;
  hidden_at: Date | null;
  removed_at: Date | null;
  locked_at?: Date | null;
  created_at: Date;
}

/**
 * The ContentProvider of one content table, for its owner to register: rows become ContentRefs one way for
 * every kind, and the moderation state and kudos counter follow the rules above. `table` is the owner's own.
 */
export function tableContentProvider<R extends ContentRow>(options: {
  kind: ContentKind;
  typeName: string;
  table: string;
  lockable: boolean;
  findByIds(db: Db, ids: readonly string[]): Promise<R[]>;
  /** The thread of a reply, the idea of a comment; the row itself for threads and ideas. */
  parentOf(row: R): string;
}): ContentProvider {
  const { kind, typeName, table, lockable } = options;
  return {
    kind,
    typeName,
    async findByIds(db, ids) {
      return (await options.findByIds(db, ids)).map(
        (row): ContentRef => ({
          kind,
          typeName,
          id: row.id,
          communityId: row.community_id,
          spaceId: row.space_id,
          authorId: row.author_id,
          parentId: options.parentOf(row),
          hiddenAt: row.hidden_at,
          removedAt: row.removed_at,
          lockedAt: lockable ? (row.locked_at ?? null) : null,
          createdAt: row.created_at,
        }),
      );
    },
    setModerationState: (tx, id, change) => setContentModerationState(tx, table, id, change, { lockable }),
    adjustKudosCount: (tx, id, delta) => adjustContentKudosCount(tx, table, id, delta),
  };
}
