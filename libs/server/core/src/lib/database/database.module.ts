import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { QueryStatsLogger } from './query-stats';
import { TransactionRunner } from './transaction-runner';

export interface DatabaseModuleOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  /** Run pending migrations when the app starts (the api does; the gateway never does). */
  migrationsRun?: boolean;
  poolSize?: number;
}

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
            // pg_trgm.word_similarity_threshold: the typo tolerance of search titles (advice's TITLE_TYPO_SIMILARITY),
            // so that `<%` matches it and can use the trigram index.
            extra: { max: options.poolSize ?? 20, application_name: 'palabre', options: '-c pg_trgm.word_similarity_threshold=0.5' },
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
