import { Module, OnModuleInit } from '@nestjs/common';
import { NodeRegistry, PersonalDataRegistry } from '@palabre/core';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyPersonalData } from './privacy.personal-data';
import { DataExportService } from './data-export.service';
import { AccountErasureService } from './account-erasure.service';
import { RetentionService } from './retention.service';
import { PrivacyScheduler } from './privacy.scheduler';
import { PersonalDataAudit } from './personal-data-audit.service';
import { SchemaCatalogRepository } from './schema-catalog.repository';
import { PrivacyResolver } from './privacy.resolver';
import { DataExportController } from './data-export.controller';
import { DATA_EXPORT_TYPE, DataExportType } from './privacy.types';

/** Inventory, charter, export, erasure and retention, over the providers features register with core. Imports no feature. */
@Module({
  controllers: [DataExportController],
  providers: [PrivacyRepository, PrivacyPersonalData, DataExportService, AccountErasureService, RetentionService, PrivacyScheduler, PersonalDataAudit, SchemaCatalogRepository, PrivacyResolver],
  exports: [DataExportService, AccountErasureService, RetentionService, PersonalDataAudit],
})
export class PrivacyModule implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly privacyData: PrivacyPersonalData,
    private readonly nodes: NodeRegistry,
    private readonly exports: DataExportService,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.privacyData);
    this.nodes.register(DATA_EXPORT_TYPE, DataExportType, async (ctx, id) => {
      const row = await this.exports.findMine(ctx, id);
      return row ? DataExportType.from(row) : null;
    });
  }
}
