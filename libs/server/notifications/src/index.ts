export * from './lib/notifications.module';
export * from './lib/notifications.service';
export * from './lib/notifier.service';
export * from './lib/digest.service';
export * from './lib/notifications.types';
export * from './lib/notifications.inputs';
export { CONTACT_NOT_CONSENTED } from './lib/notifications.service';
