import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, graphqlInputGuard, runInQueryScope } from '@palabre/core';
import { AppModule, ApiOptions } from './app.module';

/** Builds the api (migrations run during init); the caller decides where it listens. */
export async function createApiApp(config: AppConfig, options: ApiOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // Counts SQL statements per request (x-sql-statements header, metrics).
  app.use((_request: unknown, _response: unknown, next: () => void) => runInQueryScope(next));
  app.useBodyParser('json', { limit: config.GRAPHQL_MAX_BODY });
  // Hostile input (NUL characters, absurd nesting) is refused before Apollo or the response cache sees it.
  app.use('/graphql', graphqlInputGuard());
  app.set('trust proxy', 'loopback');
  app.enableCors({ origin: config.CORS_ORIGINS, allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'idempotency-key'] });
  // The signals a process manager stops us with; others (e.g. SIGUSR2) keep their own meaning.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
