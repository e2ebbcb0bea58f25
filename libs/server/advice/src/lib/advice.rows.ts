import type { AuthorColumns } from '@palabre/communities';
import type { ThreadKind, ThreadState } from './advice.enums';

/** Rows and column lists of threads, replies, revisions and response commitments, shared by advice's repositories. */

export interface ThreadRow {
  id: string;
  space_id: string;
  community_id: string;
  author_id: string | null;
  kind: ThreadKind;
  title: string;
  body: string;
  body_html: string;
  tags: string[];
  state: ThreadState;
  reply_count: number;
  last_activity_at: Date;
  accepted_reply_id: string | null;
  first_response_at: Date | null;
  staff_responded: boolean;
  expected_first_response_at: Date | null;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  removed_at: Date | null;
  deleted_at: Date | null;
  locked_at: Date | null;
  kudos_count: number;
}

export interface ReplyRow {
  id: string;
  thread_id: string;
  space_id: string;
  community_id: string;
  author_id: string | null;
  body: string;
  body_html: string;
  in_reply_to_id: string | null;
  created_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  removed_at: Date | null;
  deleted_at: Date | null;
  kudos_count: number;
}

/** A reply of a page, with its author's public columns and role (communities' `authorColumnsSql`). */
export type ReplyWithAuthor = ReplyRow & { author: AuthorColumns };

export interface RevisionRow {
  post_id: string;
  title: string | null;
  body: string;
  edited_at: Date;
}

export interface CommitmentRow {
  space_id: string;
  hours: number;
  text: string;
}

/** A thread as lists read it: every column but the bodies (a list shows titles; Thread.body loads them if asked). */
export type ThreadSummaryRow = Omit<ThreadRow, 'body' | 'body_html'>;

/**
 * A thread of a list page, with its pin in that space (moderation's `thread_pins`) when it has one, and its author and
 * their role (authorColumnsSql), so Thread.author needs no statement.
 */
export type ThreadPageRow = ThreadSummaryRow & { pinned_at: Date | null; author: AuthorColumns };

export const THREAD_COLUMNS = `id, space_id, community_id, author_id, kind, title, body, body_html, tags, state, reply_count, last_activity_at, accepted_reply_id,
  first_response_at, staff_responded, expected_first_response_at, created_at, updated_at, hidden_at, removed_at, deleted_at, locked_at, kudos_count`;
/** THREAD_COLUMNS without the bodies (about 11 KB a page of 20 that a list does not show). */
export const THREAD_SUMMARY_COLUMNS = THREAD_COLUMNS.split(',')
  .map((column) => column.trim())
  .filter((column) => column !== 'body' && column !== 'body_html')
  .join(', ');
export const REPLY_COLUMNS = `id, thread_id, space_id, community_id, author_id, body, body_html, in_reply_to_id, created_at, updated_at, hidden_at, removed_at, deleted_at, kudos_count`;

export const prefixed = (columns: string, alias: string) =>
  columns
    .split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');

/** Keys of one batch grouped by what their statement shares (one statement per group), each with its index in the batch. */
export function groupKeys<K>(keys: readonly K[], groupOf: (key: K) => string): Array<Array<{ key: K; index: number }>> {
  const groups = new Map<string, Array<{ key: K; index: number }>>();
  keys.forEach((key, index) => {
    const id = groupOf(key);
    groups.set(id, [...(groups.get(id) ?? []), { key, index }]);
  });
  return [...groups.values()];
}
