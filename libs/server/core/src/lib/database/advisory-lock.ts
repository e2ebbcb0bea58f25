import { createHash } from 'node:crypto';
import type { Db } from './transaction-runner';

/** A stable 64-bit key for pg advisory locks, from a readable name. */
export function advisoryKey(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 16)}`)).toString();
}

/** Takes a transaction-scoped advisory lock, waiting for it: serialises work on one thing across processes. */
export async function transactionLock(tx: Db, name: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey(name)]);
}

/**
 * Takes a transaction-scoped advisory lock without waiting; returns false when another
 * process holds it. Scheduled work uses this so that it never runs twice at once.
 */
export async function tryTransactionLock(tx: Db, name: string): Promise<boolean> {
  const rows: Array<{ locked: boolean }> = await tx.query('SELECT pg_try_advisory_xact_lock($1::bigint) AS locked', [advisoryKey(name)]);
  return rows[0]?.locked === true;
}
