export * from './lib/moderation.module';
export * from './lib/moderation.enums';
export * from './lib/moderation.types';
export { ReportsService } from './lib/reports.service';
export { ModerationService } from './lib/moderation.service';
export { SuspensionsService } from './lib/suspensions.service';
export { MAX_PINS_PER_SPACE } from './lib/thread-curation.service';
export { CurationService } from './lib/curation.service';
export { ThreadCurationService } from './lib/thread-curation.service';
