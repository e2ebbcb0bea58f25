import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ModerationErrorCode, RecognitionErrorCode } from '@palabre/contracts';
import { Connection, Ctx, localIdOf, PageArgs, pageSize, Public, raises, RequestContext, toConnection } from '@palabre/core';
import { GiveKudosInput, SetRecognitionBoardInput, UpdateProfileInput } from './recognition.inputs';
import { KudosConnection, KudosDirection, KudosType, RecognitionProfileType } from './recognition.types';
import { KudosService } from './kudos.service';
import { ReciprocityService } from './reciprocity.service';
import type { KudosRow } from './kudos.repository';

@Resolver()
export class RecognitionResolver {
  constructor(
    private readonly kudos: KudosService,
    private readonly reciprocity: ReciprocityService,
  ) {}

  @Mutation(() => KudosType, { description: raises('Thank the author of a thread, reply, idea or idea comment; giving twice returns the first kudos', RecognitionErrorCode.SelfKudos, ModerationErrorCode.Suspended) })
  async giveKudos(@Ctx() ctx: RequestContext, @Args('input') input: GiveKudosInput): Promise<KudosType> {
    return KudosType.from(await this.kudos.give(ctx, input.contentId, input.message ?? null));
  }

  @Mutation(() => Boolean, { description: raises('Take back your kudos; false when you had given none') })
  withdrawKudos(@Ctx() ctx: RequestContext, @Args('contentId', { type: () => ID }) contentId: string): Promise<boolean> {
    return this.kudos.withdraw(ctx, contentId);
  }

  @Public()
  @Query(() => KudosConnection, { description: 'Kudos on a piece of content, newest first' })
  async kudosOn(@Ctx() ctx: RequestContext, @Args('contentId', { type: () => ID }) contentId: string, @Args() page: PageArgs): Promise<Connection<KudosType>> {
    const ref = await this.kudos.requireVisibleContent(ctx, contentId, { mustBeMember: false });
    return kudosConnection(this.kudos, ctx, { contentType: ref.typeName, contentId: ref.id }, page, () => this.kudos.count(ctx, { contentType: ref.typeName, contentId: ref.id }));
  }

  @Query(() => KudosConnection, { description: 'The kudos you gave or received in a community (who, for what, when), newest first' })
  async myKudos(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('direction', { type: () => KudosDirection }) direction: KudosDirection,
    @Args() page: PageArgs,
  ): Promise<Connection<KudosType>> {
    const first = pageSize(page);
    const mine = await this.kudos.mine(ctx, localIdOf(communityId, 'Community', 'communityId'), direction === KudosDirection.GIVEN, first + 1, page.after);
    return toConnection(mine.rows, first, mine.hadCursor, (row: KudosRow) => [row.created_at.toISOString(), row.id], KudosType.from, mine.total);
  }

  @Mutation(() => RecognitionProfileType, { description: raises('Choose what others see of your recognition') })
  async updateProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<RecognitionProfileType> {
    return RecognitionProfileType.from(await this.reciprocity.updateProfile(ctx, input));
  }

  @Mutation(() => Boolean, { description: raises('Turn the monthly recognition board on or off (owners); it is off by default') })
  setRecognitionBoard(@Ctx() ctx: RequestContext, @Args('input') input: SetRecognitionBoardInput): Promise<boolean> {
    return this.reciprocity.setBoardEnabled(ctx, localIdOf(input.communityId, 'Community', 'communityId'), input.enabled);
  }
}

/** The `kudos(first, after)` connection of any content, shared by every content type's field. */
export async function kudosConnection(
  kudos: KudosService,
  ctx: RequestContext,
  content: { contentType: string; contentId: string },
  page: PageArgs,
  total: () => Promise<number>,
): Promise<Connection<KudosType>> {
  const first = pageSize(page);
  const { rows, hadCursor } = await kudos.page(ctx, content, first + 1, page.after);
  return toConnection(rows, first, hadCursor, (row: KudosRow) => [row.created_at.toISOString(), row.id], KudosType.from, total);
}
