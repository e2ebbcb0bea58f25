import { createUnionType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/contracts';
import { ConnectionType, Node } from '@palabre/core';
import { SearchKind, ThreadKind, ThreadState } from './advice.enums';
import type { ReplyRow, RevisionRow, ThreadRow, ThreadSummaryRow } from './advice.rows';

export { SearchKind, ThreadKind, ThreadOrder, ThreadState } from './advice.enums';

export const THREAD_TYPE = 'Thread';
export const REPLY_TYPE = 'Reply';

@ObjectType('Revision', { description: 'An earlier version of a post, kept when its author edited it' })
export class RevisionType {
  @Field(() => String, { nullable: true, description: 'Title of that version (threads only)' }) title!: string | null;
  @Field() body!: string;
  @Field({ description: 'When that version was written' }) editedAt!: Date;

  static from(row: RevisionRow): RevisionType {
    return Object.assign(new RevisionType(), { title: row.title, body: row.body, editedAt: row.edited_at });
  }
}

@ObjectType('Thread', { implements: () => [Node], description: 'A question or a discussion in a discussion space' })
export class ThreadType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  spaceId!: string;
  communityId!: string;
  authorId!: string | null;
  acceptedReplyId!: string | null;
  @Field(() => ThreadKind) kind!: ThreadKind;
  @Field() title!: string;
  /** Undefined for a thread read by a list (without its bodies): ThreadFieldsResolver.body loads them if asked. */
  body!: string | undefined;
  bodyHtml!: string | undefined;
  @Field(() => [String]) tags!: string[];
  @Field(() => ThreadState) state!: ThreadState;
  @Field(() => Int) replyCount!: number;
  @Field(() => Int) kudosCount!: number;
  @Field() lastActivityAt!: Date;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field({ description: 'Hidden by moderation: only its author and the moderators still see it' }) hidden!: boolean;
  @Field({ description: 'Deleted by its author; kept as a placeholder because others replied' }) deleted!: boolean;
  @Field(() => Date, { nullable: true, description: 'Questions: when a first answer can be expected (commitment or observed median)' })
  expectedFirstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When someone other than the author first replied' }) firstResponseAt!: Date | null;
  @Field({ description: 'Whether a brand staff member or owner has replied' }) staffResponded!: boolean;

  static from(row: ThreadRow | ThreadSummaryRow): ThreadType {
    return Object.assign(new ThreadType(), {
      id: toGlobalId(THREAD_TYPE, row.id),
      localId: row.id,
      spaceId: row.space_id,
      communityId: row.community_id,
      authorId: row.author_id,
      acceptedReplyId: row.accepted_reply_id,
      kind: row.kind,
      title: row.title,
      body: 'body' in row ? row.body : undefined,
      bodyHtml: 'body_html' in row ? row.body_html : undefined,
      tags: row.tags,
      state: row.state,
      replyCount: row.reply_count,
      kudosCount: row.kudos_count,
      lastActivityAt: row.last_activity_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      hidden: row.hidden_at !== null,
      deleted: row.deleted_at !== null,
      expectedFirstResponseAt: row.expected_first_response_at,
      firstResponseAt: row.first_response_at,
      staffResponded: row.staff_responded,
    });
  }
}

@ObjectType('Reply', { implements: () => [Node], description: 'A reply in a thread (flat list, optionally answering another reply)' })
export class ReplyType implements Node {
  @Field(() => ID) id!: string;
  localId!: string;
  threadId!: string;
  communityId!: string;
  authorId!: string | null;
  inReplyToId!: string | null;
  @Field({ description: 'Markdown source' }) body!: string;
  @Field({ description: 'Sanitised HTML rendered from body' }) bodyHtml!: string;
  @Field(() => Int) kudosCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field({ description: 'Hidden by moderation: only its author and the moderators still see it' }) hidden!: boolean;
  @Field({ description: 'Deleted by its author; kept as a placeholder because others answered it' }) deleted!: boolean;

  static from(row: ReplyRow): ReplyType {
    return Object.assign(new ReplyType(), {
      id: toGlobalId(REPLY_TYPE, row.id),
      localId: row.id,
      threadId: row.thread_id,
      communityId: row.community_id,
      authorId: row.author_id,
      inReplyToId: row.in_reply_to_id,
      body: row.body,
      bodyHtml: row.body_html,
      kudosCount: row.kudos_count,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      hidden: row.hidden_at !== null,
      deleted: row.deleted_at !== null,
    });
  }
}

export const PostUnion = createUnionType({
  name: 'Post',
  description: 'A thread or a reply',
  types: () => [ThreadType, ReplyType] as const,
  resolveType: (value: object) => (value instanceof ThreadType ? ThreadType : ReplyType),
});

@ObjectType('ResponseCommitment', { description: 'What the brand team announces about answer times in a space' })
export class ResponseCommitmentType {
  @Field(() => Int, { description: 'Open questions get a first answer within this many hours' }) hours!: number;
  @Field() text!: string;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => Float) rank!: number;
  @Field({ description: 'Excerpt as HTML: text escaped, matches wrapped in <mark>' }) snippet!: string;
  @Field(() => ThreadType) thread!: ThreadType;
  @Field(() => ReplyType, { nullable: true }) reply!: ReplyType | null;
}

export const ThreadConnection = ConnectionType(ThreadType, 'Thread');
export const ReplyConnection = ConnectionType(ReplyType, 'Reply');
export const SearchHitConnection = ConnectionType(SearchHitType, 'SearchHit');
