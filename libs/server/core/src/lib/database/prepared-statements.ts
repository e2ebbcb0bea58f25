import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import type { QueryResult } from 'pg';

const MAX_PREPARED_STATEMENTS = 1000;

/**
 * Whether PostgreSQL refused a prepared statement because the columns it returns changed since it was prepared
 * (a migration, possibly run by another process, altered a table the statement reads with `*`).
 */
export function isStalePreparedStatement(error: unknown): boolean {
  const cause = (error as { driverError?: unknown }).driverError ?? error;
  const { code, message } = (cause ?? {}) as { code?: string; message?: string };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}

/**
 * Statement text → name: each connection parses a named statement once, then reuses it. Named statements live
 * on a server connection: behind a pooler in transaction mode (PgBouncer) they need one that keeps them per
 * server connection (PgBouncer 1.21+ with max_prepared_statements > 0).
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  private generation = 0;

  nameOf(sql: string): string | undefined {
    let name = this.names.get(sql);
    // Statement texts come from the code, so they are few; the cap guards against one built from data.
    if (name === undefined && this.names.size < MAX_PREPARED_STATEMENTS) {
      name = `palabre_${this.generation}_${this.names.size}`;
      this.names.set(sql, name);
    }
    return name;
  }

  /**
   * After a schema change: every text gets a new name, so each connection prepares it again against the new
   * schema. Statements prepared under the old names stay on their connections until these close (a few per
   * migration, never used again).
   */
  renew(): void {
    this.generation += 1;
    this.names.clear();
  }
}

export interface Queryable {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<QueryResult>;
}

/**
 * An EntityManager whose `query` goes straight to node-postgres with named (prepared) statements:
 * TypeORM would create, connect and release a QueryRunner (outside a transaction) and broadcast events
 * around every statement, and PostgreSQL would parse each one again. Together about a tenth of the
 * api's CPU per request, and the parse of every statement in PostgreSQL. Answers (UPDATE and DELETE
 * give [rows, affected]), logging (the SQL statement count) and errors (QueryFailedError) are TypeORM's.
 * A statement refused after a schema change (isStalePreparedStatement) is prepared again under a new name:
 * at once outside a transaction; inside one, the error goes up and TransactionRunner runs the transaction again.
 */
export class PreparedManager extends EntityManager {
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
    let raw: QueryResult;
    try {
      raw = await this.send(sql, parameters);
    } catch (error) {
      if (!isStalePreparedStatement(error)) throw this.failed(error, sql, parameters);
      this.statements.renew();
      // In a transaction the refusal aborted it: TransactionRunner runs it again.
      if (this.queryRunner) throw this.failed(error, sql, parameters);
      try {
        raw = await this.send(sql, parameters);
      } catch (again) {
        throw this.failed(again, sql, parameters);
      }
    }
    return (raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows) as T;
  }

  private send(sql: string, parameters: unknown[] | undefined): Promise<QueryResult> {
    this.connection.logger.logQuery(sql, parameters, this.queryRunner);
    return this.connectionOf().query({ name: this.statements.nameOf(sql), text: sql, values: parameters });
  }

  private failed(error: unknown, sql: string, parameters: unknown[] | undefined): QueryFailedError {
    this.connection.logger.logQueryError(error as Error, sql, parameters, this.queryRunner);
    return new QueryFailedError(sql, parameters, error as Error);
  }
}
