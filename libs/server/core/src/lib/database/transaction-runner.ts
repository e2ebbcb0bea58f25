import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import type { Pool, QueryResult } from 'pg';

/** The EntityManager of the current transaction, or of the pool for plain reads. */
export type Db = EntityManager;

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_PREPARED_STATEMENTS = 1000;

/** Statement text → name: each connection parses a named statement once, then reuses it. */
class PreparedStatements {
  private readonly names = new Map<string, string>();

  nameOf(sql: string): string | undefined {
    let name = this.names.get(sql);
    // Statement texts come from the code, so they are few; the cap guards against one built from data.
    if (name === undefined && this.names.size < MAX_PREPARED_STATEMENTS) {
      name = `palabre_${this.names.size}`;
      this.names.set(sql, name);
    }
    return name;
  }
}

interface Queryable {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<QueryResult>;
}

/**
 * An EntityManager whose `query` goes straight to node-postgres with named (prepared) statements:
 * TypeORM would create, connect and release a QueryRunner (outside a transaction) and broadcast events
 * around every statement, and PostgreSQL would parse each one again. Together about a tenth of the
 * api's CPU per request, and the parse of every statement in PostgreSQL. Answers (UPDATE and DELETE
 * give [rows, affected]), logging (the SQL statement count) and errors (QueryFailedError) are TypeORM's.
 */
class PreparedManager extends EntityManager {
  constructor(
    dataSource: DataSource,
    private readonly statements: PreparedStatements,
    private readonly connectionOf: () => Queryable,
    queryRunner?: QueryRunner,
  ) {
    super(dataSource, queryRunner);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T = any>(sql: string, parameters?: unknown[]): Promise<T> {
    const logger = this.connection.logger;
    logger.logQuery(sql, parameters, this.queryRunner);
    let raw: QueryResult;
    try {
      raw = await this.connectionOf().query({ name: this.statements.nameOf(sql), text: sql, values: parameters });
    } catch (error) {
      logger.logQueryError(error as Error, sql, parameters, this.queryRunner);
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    return (raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows) as T;
  }
}

@Injectable()
export class TransactionRunner {
  private readonly commitObservers: Array<() => void> = [];
  private readonly statements = new PreparedStatements();
  private readonly poolManager: EntityManager;

  constructor(private readonly dataSource: DataSource) {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.poolManager = new PreparedManager(dataSource, this.statements, () => pool);
  }

  /** Called after every committed `run`, before its caller resumes (the response cache forgets what it holds). */
  onCommit(observer: () => void): void {
    this.commitObservers.push(observer);
  }

  /** The pool's manager, for reads (and single statements) outside a transaction. */
  get reader(): Db {
    return this.poolManager;
  }

  /** What DataSource.transaction does, with the transaction's statements prepared too. */
  private async inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      const client = (queryRunner as unknown as { databaseConnection: Queryable }).databaseConnection;
      const result = await work(new PreparedManager(this.dataSource, this.statements, () => client, queryRunner));
      await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release();
    }
  }

  /**
   * Runs `work` in one transaction (READ COMMITTED); domain rows and outbox events written
   * through `tx` commit or roll back together. Serialisation failures and deadlocks are retried.
   */
  async run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      let result: T;
      try {
        result = await this.inTransaction(work);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw error;
        continue;
      }
      // Outside the retry: a committed transaction is never run again.
      for (const observer of this.commitObservers) observer();
      return result;
    }
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
