import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Pool, QueryResult } from 'pg';

/** The EntityManager of the current transaction, or of the pool for plain reads. */
export type Db = EntityManager;

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_PREPARED_STATEMENTS = 1000;

/**
 * The pool's manager whose `query` goes straight to node-postgres's pool: TypeORM would create,
 * connect and release a QueryRunner and broadcast events around every statement, a tenth of the
 * api's CPU on read-heavy requests. Statements are prepared (named), so PostgreSQL parses each
 * once per connection. Answers, logging and errors are TypeORM's own.
 */
class PoolManager extends EntityManager {
  /** Statement text → name: each pooled connection parses a named statement once, then reuses it. */
  private readonly statementNames = new Map<string, string>();

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  private statementName(sql: string): string | undefined {
    let name = this.statementNames.get(sql);
    // Statement texts come from the code, so they are few; the cap guards against one built from data.
    if (name === undefined && this.statementNames.size < MAX_PREPARED_STATEMENTS) {
      name = `palabre_${this.statementNames.size}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T = any>(sql: string, parameters?: unknown[]): Promise<T> {
    const logger = this.connection.logger;
    logger.logQuery(sql, parameters);
    let raw: QueryResult;
    try {
      raw = await (this.connection.driver as unknown as { master: Pool }).master.query({ name: this.statementName(sql), text: sql, values: parameters });
    } catch (error) {
      logger.logQueryError(error as Error, sql, parameters);
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    // TypeORM's shape: UPDATE and DELETE answer [rows, affected], everything else the rows.
    return (raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows) as T;
  }
}

@Injectable()
export class TransactionRunner {
  private readonly commitObservers: Array<() => void> = [];
  private readonly poolManager: EntityManager;

  constructor(private readonly dataSource: DataSource) {
    this.poolManager = new PoolManager(dataSource);
  }

  /** Called after every committed `run`, before its caller resumes (the response cache forgets what it holds). */
  onCommit(observer: () => void): void {
    this.commitObservers.push(observer);
  }

  /** The pool's manager, for reads (and single statements) outside a transaction. */
  get reader(): Db {
    return this.poolManager;
  }

  /**
   * Runs `work` in one transaction (READ COMMITTED); domain rows and outbox events written
   * through `tx` commit or roll back together. Serialisation failures and deadlocks are retried.
   */
  async run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.dataSource.transaction(work);
        for (const observer of this.commitObservers) observer();
        return result;
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (attempt >= 3 || !code || !RETRYABLE.has(code)) throw error;
      }
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
