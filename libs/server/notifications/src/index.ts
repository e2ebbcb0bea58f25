export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notifier.service';
export * from './lib/digest.service';
export * from './lib/notifications.types';
export * from './lib/notifications.inputs';
export * from './lib/staff-work.module';
export { AssignmentsService } from './lib/assignments.service';
