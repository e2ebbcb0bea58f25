import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ScheduleModule } from '@nestjs/schedule';
import type { MixedList } from 'typeorm';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ClockModule } from './clock/clock.module';
import { Clock } from './clock/clock';
import { DatabaseModule } from './database/database.module';
import { createLoggerModule, type LogDestination } from './logging/logging';
import { TokenService } from './auth/token.service';
import { AuthGuard } from './auth/auth.guard';
import { RateLimitService } from './graphql/rate-limit.service';
import { createGraphqlOptions } from './graphql/graphql-options';
import { ResponseCache } from './graphql/response-cache';
import { IdempotencyStore } from './graphql/idempotency';
import { createValidationPipe } from './graphql/validation';
import { ExpectedErrorsFilter } from './graphql/expected-errors.filter';
import { NodeRegistry, NodeResolver } from './graphql/node';
import { EventsService } from './events/events.service';
import { OutboxRelayService } from './events/outbox-relay.service';
import { EventFeedService } from './events/event-feed.service';
import { OutboxRetentionService } from './events/outbox-retention.service';
import { RoomAccessRegistry, RoomAccessResolver } from './realtime/room-access';
import { CHECK_MIGRATIONS, HealthController } from './health/health.controller';
import { ContentRegistry } from './content/content-registry';
import { PersonalDataRegistry } from './privacy/personal-data';
import { WriteGate } from './moderation/suspension-check';
import { JobQueue } from './mail/job-queue.service';
import { MailOutbox } from './mail/mail-outbox.service';
import { MailWorker } from './mail/mail-worker.service';
import { ErrorLanguage } from './graphql/error-language';
import { ReputationLookup } from './recognition/reputation-lookup';

export interface ApiCoreOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Report SQL statements per request in a response header (tests, benchmarks). */
  exposeSqlCount?: boolean;
  /** Run the outbox relay in this process (on by default). */
  relay?: boolean;
  clock?: Clock;
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: LogDestination;
}

/** Everything the api process needs from core: config, database, GraphQL, auth, events, health. */
@Global()
@Module({})
export class ApiCoreModule {
  static forRoot(config: AppConfig, options: ApiCoreOptions): DynamicModule {
    const shared = [TokenService, RateLimitService, ResponseCache, IdempotencyStore, EventsService, NodeRegistry, RoomAccessRegistry, ContentRegistry, WriteGate, ReputationLookup, PersonalDataRegistry, JobQueue, MailOutbox, MailWorker, ErrorLanguage];
    return {
      module: ApiCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(options.clock),
        createLoggerModule(config, 'api', options.logDestination),
        DatabaseModule.forRoot({ migrations: options.migrations, migrationsRun: true }),
        ScheduleModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ResponseCache, IdempotencyStore, ErrorLanguage],
          useFactory: (responseCache: ResponseCache, idempotency: IdempotencyStore, errorLanguage: ErrorLanguage) =>
            createGraphqlOptions(config, options.exposeSqlCount ?? false, responseCache, idempotency, errorLanguage),
        }),
      ],
      controllers: [HealthController],
      providers: [
        ...shared,
        NodeResolver,
        RoomAccessResolver,
        ...(options.relay === false ? [] : [OutboxRelayService]),
        OutboxRetentionService,
        { provide: CHECK_MIGRATIONS, useValue: true },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
      ],
      // Privacy's erasure scrubs identities from the outbox through OutboxRetentionService (core owns outbox_events).
      exports: [...shared, OutboxRetentionService],
    };
  }
}

/** What the gateway process needs from core: config, database reads, tokens, the event feed, health. */
@Global()
@Module({})
export class GatewayCoreModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    const shared = [TokenService, RateLimitService, EventFeedService];
    return {
      module: GatewayCoreModule,
      imports: [ConfigModule.forRoot(config), ClockModule.forRoot(clock), createLoggerModule(config, 'gateway'), DatabaseModule.forRoot({ poolSize: 5 })],
      controllers: [HealthController],
      providers: [...shared, { provide: CHECK_MIGRATIONS, useValue: false }],
      exports: shared,
    };
  }
}
