import { Module, OnModuleInit } from '@nestjs/common';
import { NodeRegistry, PersonalDataRegistry, WriteGate } from '@palabre/core';
import { CommunitiesModule } from '@palabre/communities';
import { AdviceModule } from '@palabre/advice';
import { ModerationRepository } from './moderation.repository';
import { SuspensionsRepository } from './suspensions.repository';
import { AppealsRepository } from './appeals.repository';
import { ModerationLoaders } from './moderation.loaders';
import { ModerationLedger } from './moderation-ledger';
import { ReportsService } from './reports.service';
import { ModerationService } from './moderation.service';
import { SuspensionsService } from './suspensions.service';
import { AppealsService } from './appeals.service';
import { CurationService } from './curation.service';
import { ModerationWriteGuard } from './moderation.write-guard';
import { ModerationResolver } from './moderation.resolver';
import { ThreadCurationService } from './thread-curation.service';
import { SpacePinsFieldsResolver, ThreadCurationResolver } from './thread-curation.resolver';
import {
  AppealFieldsResolver,
  AuditEntryFieldsResolver,
  CommunityModerationFieldsResolver,
  FeaturedContentFieldsResolver,
  MemberModerationFieldsResolver,
  ModerationCaseFieldsResolver,
  ReportFieldsResolver,
  SuspensionFieldsResolver,
} from './moderation-fields.resolver';
import { AUDIT_ENTRY_TYPE, AuditEntryType } from './moderation.types';
import { ModerationPersonalData } from './moderation.personal-data';
import { ModerationPersonalDataRepository } from './moderation-personal-data.repository';
import { ModeratorToolsRepository } from './moderator-tools.repository';
import { ModeratorToolsService } from './moderator-tools.service';
import { ModerationCaseWorkFieldsResolver, ModerationClaimFieldsResolver, ModeratorNoteFieldsResolver, ModeratorToolsResolver } from './moderator-tools.resolver';

@Module({
  imports: [CommunitiesModule, AdviceModule],
  providers: [
    ModerationRepository,
    SuspensionsRepository,
    AppealsRepository,
    ModerationLoaders,
    ModerationLedger,
    ReportsService,
    ModerationService,
    SuspensionsService,
    AppealsService,
    CurationService,
    ModerationWriteGuard,
    ThreadCurationService,
    ModerationResolver,
    ThreadCurationResolver,
    SpacePinsFieldsResolver,
    ModerationCaseFieldsResolver,
    ReportFieldsResolver,
    AuditEntryFieldsResolver,
    AppealFieldsResolver,
    SuspensionFieldsResolver,
    FeaturedContentFieldsResolver,
    CommunityModerationFieldsResolver,
    MemberModerationFieldsResolver,
    ModerationPersonalData,
    ModerationPersonalDataRepository,
    ModeratorToolsRepository,
    ModeratorToolsService,
    ModeratorToolsResolver,
    ModerationCaseWorkFieldsResolver,
    ModerationClaimFieldsResolver,
    ModeratorNoteFieldsResolver,
  ],
  exports: [ReportsService, ModerationService, SuspensionsService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly writeGate: WriteGate,
    private readonly guard: ModerationWriteGuard,
    private readonly moderation: ModerationService,
    private readonly personalData: PersonalDataRegistry,
    private readonly moderationData: ModerationPersonalData,
  ) {}

  onModuleInit(): void {
    // Suspensions and posting limits apply to every feature's writes through core's WriteGate.
    this.writeGate.register(this.guard);
    this.personalData.register(this.moderationData);
    this.nodes.register(AUDIT_ENTRY_TYPE, AuditEntryType, async (ctx, id) => {
      const row = await this.moderation.entryById(ctx, id);
      return row ? AuditEntryType.from(row) : null;
    });
  }
}
