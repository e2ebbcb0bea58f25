export * from './lib/insights.module';
export * from './lib/insights.service';
export * from './lib/ideas-export.service';
export * from './lib/insights.types';
export * from './lib/insights.inputs';
export { MIN_GROUP_SIZE } from './lib/small-groups';
