import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode } from '@palabre/contracts';
import { Ctx, raises, RequestContext, toGlobalId } from '@palabre/core';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { DraftRow } from './drafts.repository';
import { DRAFT_RETENTION_DAYS, DraftsService } from './drafts.service';

const PLACE = 'A space (new thread or idea), a thread (reply) or an idea (comment)';

@InputType()
export class SaveDraftInput {
  @Field(() => ID, { description: PLACE }) @IsString() @MaxLength(200) placeId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(140, { message: 'title must be at most 140 characters' }) title?: string | null;
  @Field({ description: 'Markdown, as typed' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+$/, '') : value))
  @IsString()
  @Length(1, 20_000, { message: 'body must be 1–20000 characters' })
  body!: string;
}

@ObjectType('Draft', { description: `What you were writing somewhere, kept on the server (deleted when you post there, or after ${DRAFT_RETENTION_DAYS} days untouched)` })
export class DraftType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: PLACE }) placeId!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;

  static from(row: DraftRow): DraftType {
    return Object.assign(new DraftType(), {
      id: toGlobalId('Draft', row.id),
      placeId: toGlobalId(row.place_type, row.place_id),
      title: row.title,
      body: row.body,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }
}

@Resolver()
export class DraftsResolver {
  constructor(private readonly drafts: DraftsService) {}

  @Mutation(() => DraftType, { description: raises('Save your draft for a place (one per place: saving again replaces it); call it as you type, debounced', ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN, ErrorCode.BAD_USER_INPUT) })
  async saveDraft(@Ctx() ctx: RequestContext, @Args('input') input: SaveDraftInput): Promise<DraftType> {
    return DraftType.from(await this.drafts.save(ctx, input.placeId, input.title?.trim() || null, input.body));
  }

  @Query(() => DraftType, { nullable: true, description: 'Your draft for a place, if any' })
  async draft(@Ctx() ctx: RequestContext, @Args('placeId', { type: () => ID }) placeId: string): Promise<DraftType | null> {
    const row = await this.drafts.find(ctx, placeId);
    return row ? DraftType.from(row) : null;
  }

  @Query(() => [DraftType], { description: 'Your drafts, most recently saved first (at most 100)' })
  async myDrafts(@Ctx() ctx: RequestContext): Promise<DraftType[]> {
    return (await this.drafts.mine(ctx)).map(DraftType.from);
  }

  @Mutation(() => Boolean, { description: raises('Delete your draft for a place; false when there was none') })
  deleteDraft(@Ctx() ctx: RequestContext, @Args('placeId', { type: () => ID }) placeId: string): Promise<boolean> {
    return this.drafts.delete(ctx, placeId);
  }
}
