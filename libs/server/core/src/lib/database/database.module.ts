import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { QueryStatsLogger } from './query-stats';
import { databaseTypes } from './timestamp-parser';
import { TransactionRunner } from './transaction-runner';

export interface DatabaseModuleOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  /** Run pending migrations when the app starts (the api does; the gateway never does). */
  migrationsRun?: boolean;
  poolSize?: number;
}

/**
 * Settings of every api and gateway connection (the generic-plan reader's too):
 * - pg_trgm.word_similarity_threshold: the typo tolerance of search titles (advice's TITLE_TYPO_SIMILARITY), so
 *   that `<%` matches it and can use the trigram index.
 * - jit off: PostgreSQL decides JIT compilation from a plan's estimated cost and compiles again at every execution.
 *   Generic plans (genericPlanReader) are estimated for any value, so their cost grows with the tables while the
 *   work stays an index range: the thread list's is 45,826 with 50,000 threads; past jit_above_cost (100,000) each
 *   execution would compile ~50 functions. EXPLAIN ANALYZE of it on PostgreSQL 15 with JIT and jit_above_cost
 *   40,000: 297.9 ms (296.8 ms of JIT) instead of 0.6 ms. No statement of the app runs long enough to gain from JIT.
 */
export const CONNECTION_SETTINGS = '-c pg_trgm.word_similarity_threshold=0.5 -c jit=off';

export function databaseUrlOf(config: AppConfig): string {
  if (!config.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start through `npm start` (embedded PostgreSQL) or set DATABASE_URL');
  }
  return config.DATABASE_URL;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions = {}): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: databaseUrlOf(config),
            autoLoadEntities: true,
            synchronize: false,
            migrations: options.migrations ?? [],
            migrationsRun: options.migrationsRun ?? false,
            migrationsTransactionMode: 'each' as const,
            logging: ['query', 'error'],
            logger: new QueryStatsLogger((message) => logger.warn(message)),
            // types: node-postgres's parsers, timestamptz read without regular expressions (timestamp-parser.ts).
            extra: { max: options.poolSize ?? 20, application_name: 'palabre', options: CONNECTION_SETTINGS, types: databaseTypes },
            retryAttempts: 3,
            retryDelay: 500,
          }),
        }),
      ],
      providers: [TransactionRunner],
      exports: [TransactionRunner],
    };
  }
}
