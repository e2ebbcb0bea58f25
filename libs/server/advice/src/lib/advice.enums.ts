import { registerEnumType } from '@nestjs/graphql';

/** Advice's enums, apart from its GraphQL types so repositories can use them without importing the types. */
export enum ThreadKind {
  QUESTION = 'QUESTION',
  DISCUSSION = 'DISCUSSION',
}

export enum ThreadState {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
}

export enum ThreadOrder {
  LATEST_ACTIVITY = 'LATEST_ACTIVITY',
  NEWEST = 'NEWEST',
  MOST_REPLIED = 'MOST_REPLIED',
}

export enum SearchKind {
  THREAD = 'THREAD',
  REPLY = 'REPLY',
}

registerEnumType(ThreadKind, { name: 'ThreadKind' });
registerEnumType(ThreadState, { name: 'ThreadState' });
registerEnumType(ThreadOrder, { name: 'ThreadOrder' });
registerEnumType(SearchKind, { name: 'SearchKind' });
