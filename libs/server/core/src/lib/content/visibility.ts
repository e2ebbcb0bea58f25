import { rawSql, sql, SqlFragment } from '../database/sql';

/**
 * THE read-side moderation rule for member-written content (threads, replies, ideas, comments),
 * written once in its two forms side by side: removed content is gone for everyone; hidden content
 * stays visible to its author and to the community's moderators and owners only.
 */

/** What the rule reads of a row. */
export interface ModeratedRow {
  removed_at: Date | null;
  hidden_at: Date | null;
  author_id: string | null;
}

/**
 * The rule in SQL, over the row aliased `alias`. The viewer and moderator are SQL expressions: text
 * written by the caller's code (`$6::uuid`, `k.moderator`; the rule is then text too) or fragments of
 * the `sql` tag (sql`${viewer}::uuid`; the rule is then a fragment whose parameters are numbered with
 * the statement's).
 */
export function visibleSql(alias: string, viewer: string, moderator: string): string;
export function visibleSql(alias: string, viewer: SqlFragment, moderator: SqlFragment): SqlFragment;
export function visibleSql(alias: string, viewer: string | SqlFragment, moderator: string | SqlFragment): string | SqlFragment {
  const row = rawSql(alias);
  const expression = (value: string | SqlFragment) => (typeof value === 'string' ? rawSql(value) : value);
  const rule = sql`(${row}.removed_at IS NULL AND (${row}.hidden_at IS NULL OR ${row}.author_id = ${expression(viewer)} OR ${expression(moderator)}))`;
  return typeof viewer === 'string' && typeof moderator === 'string' ? rule.compile().text : rule;
}

/** The same rule for a row already loaded. */
export function canSee(row: ModeratedRow, viewerId: string | null, moderator: boolean): boolean {
  if (row.removed_at) return false;
  return row.hidden_at === null || (viewerId !== null && row.author_id === viewerId) || moderator;
}
