import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import { Counter } from 'prom-client';

interface QueryScope {
  statements: number;
}

const scope = new AsyncLocalStorage<QueryScope>();

const sqlStatements = new Counter({
  name: 'palabre_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL',
});

/** Runs `fn` in a scope whose SQL statements are counted (one scope per HTTP request). */
export function runInQueryScope<T>(fn: () => T): T {
  return scope.run({ statements: 0 }, fn);
}

export function statementsInCurrentScope(): number {
  return scope.getStore()?.statements ?? 0;
}

/** Counts statements (per request and in total) and logs failures; never logs parameters. */
export class QueryStatsLogger implements Logger {
  private static total = 0;
  private static readonly observers = new Set<(sql: string) => void>();

  static totalStatements(): number {
    return QueryStatsLogger.total;
  }

  /** Hands every statement's text (never its parameters) to `observer` until the returned function is called; for specs that check what a request reads. */
  static observeStatements(observer: (sql: string) => void): () => void {
    QueryStatsLogger.observers.add(observer);
    return () => QueryStatsLogger.observers.delete(observer);
  }

  constructor(private readonly onError: (message: string) => void = () => undefined) {}

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    QueryStatsLogger.total += 1;
    for (const observer of QueryStatsLogger.observers) observer(query);
    sqlStatements.inc();
    const store = scope.getStore();
    if (store) store.statements += 1;
  }

  logQueryError(error: string | Error): void {
    this.onError(`SQL error: ${error instanceof Error ? error.message : error}`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
