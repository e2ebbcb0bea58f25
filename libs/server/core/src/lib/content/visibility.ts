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
 * The rule in SQL, over the row aliased `alias`. `viewerExpr` and `moderatorExpr` are SQL
 * expressions written by the caller's code (a parameter such as `$6::uuid`, or a column such as
 * `k.moderator`), never values.
 */
export function visibleSql(alias: string, viewerExpr: string, moderatorExpr: string): string {
  return `(${alias}.removed_at IS NULL AND (${alias}.hidden_at IS NULL OR ${alias}.author_id = ${viewerExpr} OR ${moderatorExpr}))`;
}

/** The same rule for a row already loaded. */
export function canSee(row: ModeratedRow, viewerId: string | null, moderator: boolean): boolean {
  if (row.removed_at) return false;
  return row.hidden_at === null || (viewerId !== null && row.author_id === viewerId) || moderator;
}
