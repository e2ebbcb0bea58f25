export * from './lib/members.module';
export * from './lib/members.service';
export * from './lib/members.loaders';
export * from './lib/members.repository';
export * from './lib/member.type';
export * from './lib/member.entity';
export * from './lib/session.entity';
export { HANDLE_PATTERN } from './lib/auth.inputs';
