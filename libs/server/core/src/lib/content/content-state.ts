import type { Db } from '../database/transaction-runner';
import type { ModerationStateChange } from './content-registry';

/**
 * The moderation state and kudos counter of a content table, written once for every owner of content
 * (advice's threads and replies, ideas' ideas and comments). The owner's repository calls these with
 * its own table name: the SQL shape is shared, the table stays named only by its owner.
 */
export async function setContentModerationState(tx: Db, table: string, id: string, change: ModerationStateChange, options: { lockable: boolean }): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [id];
  const set = (column: string, value: Date | null | undefined) => {
    if (value === undefined) return;
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  };
  set('hidden_at', change.hiddenAt);
  set('removed_at', change.removedAt);
  if (options.lockable) set('locked_at', change.lockedAt);
  if (sets.length > 0) await tx.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE id = $1`, values);
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
