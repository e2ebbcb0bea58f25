export * from './lib/enums';
export * from './lib/global-id';
export * from './lib/realtime-events';
export * from './lib/rooms';
export * from './lib/error-codes';
export * from './lib/markdown-policy';
