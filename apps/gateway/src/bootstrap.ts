import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, Clock, securityHeaders } from '@palabre/core';
import { GatewayModule } from './gateway.module';
import { RealtimeIoAdapter } from './socket-io.adapter';

export interface GatewayOptions {
  clock?: Clock;
}

export async function createGatewayApp(config: AppConfig, options: GatewayOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config, options.clock), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.set('trust proxy', config.TRUST_PROXY);
  const adapter = new RealtimeIoAdapter(app, config);
  adapter.connectRedis();
  app.useWebSocketAdapter(adapter);
  // The signals a process manager stops us with; others (e.g. SIGUSR2) keep their own meaning.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  return app;
}
