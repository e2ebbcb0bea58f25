import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, credentialedCors, developmentExplorer, graphqlInputGuard, jsonBodies, noEtagOnPost, runInQueryScope, securityHeaders } from '@palabre/core';
import { refuseCookieFromForeignOrigin } from '@palabre/members';
import { AppModule, ApiOptions } from './app.module';

/** Builds the api (migrations run during init); the caller decides where it listens. */
export async function createApiApp(config: AppConfig, options: ApiOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // Counts SQL statements per request (x-sql-statements header, metrics).
  app.use((_request: unknown, _response: unknown, next: () => void) => runInQueryScope(next));
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(noEtagOnPost());
  app.use(jsonBodies(config.GRAPHQL_MAX_BODY));
  // Hostile input (NUL characters, absurd nesting) is refused before Apollo or the response cache sees it.
  app.use('/graphql', graphqlInputGuard());
  // Rate limits and session addresses key on req.ip: the client's, as told by the proxies trusted here.
  app.set('trust proxy', config.TRUST_PROXY);
  // Credentials: a web client on another allowed origin (development servers) sends the refresh cookie.
  app.use(credentialedCors({ origins: config.CORS_ORIGINS, allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'idempotency-key'] }));
  app.use(refuseCookieFromForeignOrigin(config));
  // Development only: a browser opening /graphql gets the explorer page (served by us, no CDN). Not even
  // registered otherwise: one router layer less on every request.
  if (config.NODE_ENV === 'development') app.use('/graphql', developmentExplorer(config));
  // The signals a process manager stops us with; others (e.g. SIGUSR2) keep their own meaning.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
