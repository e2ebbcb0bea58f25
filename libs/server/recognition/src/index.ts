export * from './lib/recognition.module';
export * from './lib/kudos.service';
export * from './lib/reputation.service';
export * from './lib/reciprocity.service';
export * from './lib/reputation-reconciliation.repository';
export * from './lib/badge-catalogue';
export * from './lib/recognition.errors';
export * from './lib/recognition.types';
