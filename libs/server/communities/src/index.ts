export * from './lib/communities.module';
export * from './lib/communities.service';
export * from './lib/communities.policy';
export * from './lib/communities.loaders';
export * from './lib/communities.repository';
export * from './lib/communities.types';
export * from './lib/authors.loader';
export { AuthorColumns, authorColumnsSql, AuthorMemberRow } from './lib/authors.repository';
export { SavedRepliesRepository, SavedReplyRow } from './lib/saved-replies.repository';
