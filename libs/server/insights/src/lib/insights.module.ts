import { Module, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '@palabre/core';
import { CommunitiesModule } from '@palabre/communities';
import { InsightsRepository } from './insights.repository';
import { IdeaExportsRepository } from './idea-exports.repository';
import { PromisesRepository } from './promises.repository';
import { InsightsService } from './insights.service';
import { IdeasExportService } from './ideas-export.service';
import { IdeasExportController } from './ideas-export.controller';
import { CommunityPromisesResolver, InsightsResolver } from './insights.resolver';
import { InsightsPersonalData } from './insights.personal-data';

/** Aggregates for brand teams, public promises and the co-creation export: reads the features' tables, writes only its export links. */
@Module({
  imports: [CommunitiesModule],
  controllers: [IdeasExportController],
  providers: [InsightsRepository, PromisesRepository, IdeaExportsRepository, InsightsService, IdeasExportService, InsightsResolver, CommunityPromisesResolver, InsightsPersonalData],
  exports: [InsightsService, IdeasExportService],
})
export class InsightsModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly insightsData: InsightsPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.insightsData);
  }
}
