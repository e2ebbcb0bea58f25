import { DynamicModule, Module } from '@nestjs/common';
import { ApiCoreModule, AppConfig, Clock, LogDestination } from '@palabre/core';
import { MembersModule } from '@palabre/members';
import { CommunitiesModule } from '@palabre/communities';
import { IdeasModule } from '@palabre/ideas';
import { AdviceModule } from '@palabre/advice';
import { RecognitionModule } from '@palabre/recognition';
import { PrivacyModule } from '@palabre/privacy';
import { ModerationModule } from '@palabre/moderation';
import { NotificationsModule, StaffWorkModule } from '@palabre/notifications';
import { InsightsModule } from '@palabre/insights';
import { MediaModule } from '@palabre/media';
import { migrations } from './migrations';

export interface ApiOptions {
  clock?: Clock;
  exposeSqlCount?: boolean;
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: LogDestination;
}

/** Composition root of the GraphQL API: core plus every feature module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: ApiOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [ApiCoreModule.forRoot(config, { migrations, exposeSqlCount: options.exposeSqlCount, clock: options.clock, logDestination: options.logDestination }), MembersModule, CommunitiesModule, AdviceModule, RecognitionModule, PrivacyModule, ModerationModule, IdeasModule, NotificationsModule, StaffWorkModule, InsightsModule, MediaModule],
    };
  }
}
