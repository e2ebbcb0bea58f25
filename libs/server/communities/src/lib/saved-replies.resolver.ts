import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ErrorCode, toGlobalId } from '@palabre/contracts';
import { Ctx, localIdOf, raises, RequestContext } from '@palabre/core';
import { SavedRepliesService } from './saved-replies.service';
import type { SavedReplyRow } from './saved-replies.repository';
import { COMMUNITY_TYPE } from './communities.types';

export const SAVED_REPLY_TYPE = 'SavedReply';
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateSavedReplyInput {
  @Field(() => ID) @IsString() communityId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(80) title!: string;
  @Field({ description: 'Markdown, as a reply' }) @Transform(trim) @IsString() @MinLength(1) @MaxLength(5000) text!: string;
}

@InputType()
export class UpdateSavedReplyInput {
  @Field(() => ID) @IsString() savedReplyId!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(80) title!: string;
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(5000) text!: string;
}

@ObjectType('SavedReply', { description: 'A reply the brand team saved to reuse; posting it in several threads is not a duplicate' })
export class SavedReplyType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() text!: string;
  @Field() updatedAt!: Date;

  static from(row: SavedReplyRow): SavedReplyType {
    return Object.assign(new SavedReplyType(), { id: toGlobalId(SAVED_REPLY_TYPE, row.id), title: row.title, text: row.reply_text, updatedAt: row.updated_at });
  }
}

@Resolver()
export class SavedRepliesResolver {
  constructor(private readonly service: SavedRepliesService) {}

  @Query(() => [SavedReplyType], { description: 'The brand team’s saved replies, by title (OWNER or BRAND_STAFF)' })
  async savedReplies(@Ctx() ctx: RequestContext, @Args('communityId', { type: () => ID }) communityId: string): Promise<SavedReplyType[]> {
    return (await this.service.list(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'))).map(SavedReplyType.from);
  }

  @Mutation(() => SavedReplyType, { description: raises('Save a reply for the brand team to reuse (OWNER or BRAND_STAFF); titles are unique per community', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN, ErrorCode.BAD_USER_INPUT) })
  async createSavedReply(@Ctx() ctx: RequestContext, @Args('input') input: CreateSavedReplyInput): Promise<SavedReplyType> {
    return SavedReplyType.from(await this.service.create(ctx, { communityId: localIdOf(input.communityId, COMMUNITY_TYPE, 'communityId'), title: input.title, text: input.text }));
  }

  @Mutation(() => SavedReplyType, { description: raises('Edit a saved reply (OWNER or BRAND_STAFF)', ErrorCode.CONFLICT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async updateSavedReply(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSavedReplyInput): Promise<SavedReplyType> {
    return SavedReplyType.from(await this.service.update(ctx, { savedReplyId: localIdOf(input.savedReplyId, SAVED_REPLY_TYPE, 'savedReplyId'), title: input.title, text: input.text }));
  }

  @Mutation(() => Boolean, { description: raises('Delete a saved reply (OWNER or BRAND_STAFF)', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  deleteSavedReply(@Ctx() ctx: RequestContext, @Args('savedReplyId', { type: () => ID }) savedReplyId: string): Promise<boolean> {
    return this.service.delete(ctx, localIdOf(savedReplyId, SAVED_REPLY_TYPE, 'savedReplyId'));
  }
}
