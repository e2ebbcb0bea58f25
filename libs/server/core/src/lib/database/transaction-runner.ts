import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Pool, type PoolConfig, type QueryResult } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OUTBOX_CHANNEL, PgWakeUpChannel } from '../events/event-bus';
import { CommitNotifier } from './commit-notifier';
import { isStalePreparedStatement, PreparedManager, PreparedStatements, type Queryable } from './prepared-statements';

/** The EntityManager of the current transaction, or of the pool for plain reads. */
export type Db = EntityManager;

const RETRYABLE = new Set(['40001', '40P01']);

export const CONTENT_CHANGED_CHANNEL = 'palabre_content_changed';
export const SESSIONS_CHANGED_CHANNEL = 'palabre_sessions_changed';
export const COMMUNITIES_CHANGED_CHANNEL = 'palabre_communities_changed';

/**
 * Migrations 1764001100000, 1764001200000 and 1764014000000: in a transaction begun with BEGIN below, the triggers that
 * notify these channels record the change in a transaction-local setting instead; COMMIT reads them in
 * the same round trip and the notifications go after it (CommitNotifier). Every trigger that defers must
 * be listed here, or its notification would be lost (test/foundation/notify-after-commit.e2e-spec.ts).
 */
export const DEFERRED_NOTIFICATIONS: ReadonlyArray<{ setting: string; channel: string }> = [
  { setting: 'palabre.outbox_written', channel: OUTBOX_CHANNEL },
  { setting: 'palabre.content_changed', channel: CONTENT_CHANGED_CHANNEL },
  { setting: 'palabre.sessions_changed', channel: SESSIONS_CHANGED_CHANNEL },
  { setting: 'palabre.communities_changed', channel: COMMUNITIES_CHANGED_CHANNEL },
];

const BEGIN = `START TRANSACTION; SET LOCAL palabre.notify_after_commit = 'on'`;

/** Names of the locks `run` may take with BEGIN (written into its text: letters, digits, ':', '-', '_' only). */
const LOCK_NAME = /^[A-Za-z0-9:_-]{1,200}$/;

/** Options of TransactionRunner.run. */
export interface RunOptions {
  /**
   * Advisory locks taken with BEGIN, in its round trip: `pg_advisory_xact_lock(hashtext(name))`, in the order given.
   * For a lock the transaction's first statement would take anyway (e.g. a poster's, see postLockName); whoever
   * would take it checks holdsTextLock first. A name not matching LOCK_NAME is not taken (holdsTextLock says no).
   */
  textLocks?: readonly string[];
}

/** Locks taken with BEGIN by the transaction whose manager is the key. */
const textLocksHeld = new WeakMap<object, ReadonlySet<string>>();

/** Whether `tx`'s BEGIN already took `pg_advisory_xact_lock(hashtext(name))` (RunOptions.textLocks). */
export function holdsTextLock(tx: Db, name: string): boolean {
  return textLocksHeld.get(tx)?.has(name) === true;
}

function beginWith(locks: readonly string[]): string {
  if (locks.length === 0) return BEGIN;
  return `${BEGIN}; ${locks.map((name) => `SELECT pg_advisory_xact_lock(hashtext('${name}'))`).join('; ')}`;
}
const COMMIT = `SELECT ${DEFERRED_NOTIFICATIONS.map(({ setting }, index) => `current_setting('${setting}', true) = 'on' AS changed_${index}`).join(', ')}; COMMIT`;

/** A connection: named statements, and a text of several statements (simple protocol, no parameters). */
interface Client extends Queryable {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<QueryResult>;
  query(text: string): Promise<QueryResult | QueryResult[]>;
}

@Injectable()
export class TransactionRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('TransactionRunner');
  private readonly commitObservers: Array<(notified: ReadonlySet<string>) => void> = [];
  private readonly statements = new PreparedStatements();
  private readonly poolManager: EntityManager;
  private readonly notifier: CommitNotifier;
  private readonly pool: Pool;
  private genericPool: Pool | null = null;
  private genericManager: EntityManager | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.pool = pool;
    this.poolManager = new PreparedManager(dataSource, this.statements, () => pool);
    const onError = (error: unknown) => this.logger.warn(`notification after commit failed, will retry: ${String(error)}`);
    this.notifier = new CommitNotifier(
      new PgWakeUpChannel(config.DATABASE_URL ?? '', onError, 'palabre-commit-notifier'),
      (sql) => dataSource.logger.logQuery(sql),
      onError,
    );
  }

  /**
   * Called after every committed `run`, before its caller resumes, with the channels its commit notifies
   * (the response cache forgets what it holds when content changed).
   */
  onCommit(observer: (notified: ReadonlySet<string>) => void): void {
    this.commitObservers.push(observer);
  }

  /** The pool's manager, for reads (and single statements) outside a transaction. */
  get reader(): Db {
    return this.poolManager;
  }

  /**
   * A reader whose statements always run with their generic plan (plan_cache_mode = force_generic_plan on
   * its own connections, opened on first use, half as many as the pool's). For statements whose plan does
   * not depend on the values (the same index scans whatever they are) but which PostgreSQL would plan again
   * on every execution, because their generic plan is estimated costlier than it is (unnest of parameter
   * arrays, optional filters, LIMIT $n). EXPLAIN before and after (`npm run bench -- --explain`): the
   * thread-list page 1.16 → 0.03 ms of planning for the same 0.21 ms of execution. Use it only for such
   * statements, proven with EXPLAIN: a generic plan can be much worse where the values decide the plan.
   */
  get genericPlanReader(): Db {
    if (!this.genericManager) {
      const options = this.pool.options as PoolConfig & { options?: string };
      this.genericPool = new Pool({
        ...options,
        max: Math.max(2, Math.ceil((options.max ?? 10) / 2)),
        application_name: `${options.application_name ?? 'palabre'}-generic-plans`,
        options: `${options.options ?? ''} -c plan_cache_mode=force_generic_plan`.trim(),
      });
      this.genericPool.on('error', (error) => this.logger.warn(`generic-plan reader connection failed: ${String(error)}`));
      const genericPool = this.genericPool;
      this.genericManager = new PreparedManager(this.dataSource, this.statements, () => genericPool);
    }
    return this.genericManager;
  }

  /** What DataSource.transaction does, with the transaction's statements prepared and its notifications sent after COMMIT. */
  private async inTransaction<T>(work: (tx: Db) => Promise<T>, locks: readonly string[]): Promise<{ result: T; notified: Set<string> }> {
    const begin = beginWith(locks);
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    const client = (queryRunner as unknown as { databaseConnection: Client }).databaseConnection;
    // BEGIN and COMMIT carry a second statement, which TypeORM's own methods cannot send: the query runner's
    // state is kept as startTransaction and commitTransaction leave it (rollbackTransaction relies on it).
    const state = queryRunner as unknown as { isTransactionActive: boolean; transactionDepth: number };
    try {
      // Active before BEGIN answers: if a lock taken with it fails (a timeout), the transaction is rolled back.
      state.isTransactionActive = true;
      state.transactionDepth = 1;
      await this.simpleQuery(client, begin);
      const manager = new PreparedManager(this.dataSource, this.statements, () => client, queryRunner);
      if (locks.length > 0) textLocksHeld.set(manager, new Set(locks));
      const result = await work(manager);
      const answers = await this.simpleQuery(client, COMMIT);
      state.isTransactionActive = false;
      state.transactionDepth = 0;
      const [changed] = (answers as QueryResult[])[0].rows as Array<Record<string, boolean | null>>;
      const notified = new Set(DEFERRED_NOTIFICATIONS.filter((_, index) => changed[`changed_${index}`] === true).map(({ channel }) => channel));
      return { result, notified };
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  /** A statement without parameters (simple protocol: it may hold several), counted and logged like TypeORM's. */
  private async simpleQuery(client: Client, sql: string): Promise<QueryResult | QueryResult[]> {
    const logger = this.dataSource.logger;
    logger.logQuery(sql);
    try {
      return await client.query(sql);
    } catch (error) {
      logger.logQueryError(error as Error, sql);
      throw new QueryFailedError(sql, undefined, error as Error);
    }
  }

  /**
   * Runs `work` in one transaction (READ COMMITTED); domain rows and outbox events written
   * through `tx` commit or roll back together. Serialisation failures, deadlocks and statements prepared before
   * a schema change are retried.
   */
  async run<T>(work: (tx: Db) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const locks = (options.textLocks ?? []).filter((name) => LOCK_NAME.test(name));
    for (let attempt = 1; ; attempt += 1) {
      let outcome: { result: T; notified: Set<string> };
      try {
        outcome = await this.inTransaction(work, locks);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        // A statement refused after a schema change is prepared again under a new name by the next attempt.
        const retryable = (code !== undefined && RETRYABLE.has(code)) || isStalePreparedStatement(error);
        if (attempt >= 3 || !retryable) throw error;
        continue;
      }
      // Outside the retry: a committed transaction is never run again.
      this.notifier.notify(outcome.notified);
      for (const observer of this.commitObservers) observer(outcome.notified);
      return outcome.result;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.genericPool?.end().catch(() => undefined);
    await this.notifier.close();
  }
}

/**
 * Rows of a raw statement. TypeORM answers UPDATE/DELETE with `[rows, affectedCount]` but
 * SELECT/INSERT with `rows`; this gives rows either way, so `... RETURNING` reads the same.
 */
export async function queryRows<T>(db: Db, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
