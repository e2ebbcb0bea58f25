import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphqlContext, localIdOf, NoArgs, RequestContext } from '@palabre/core';
import { AuthorsLoader, AuthorType, CommunityType, MembershipType } from '@palabre/communities';
import { MemberType } from '@palabre/members';
import { RecognitionLoaders } from './recognition.loaders';
import { ReciprocityService } from './reciprocity.service';
import { BadgeType, KudosType, ReciprocityType, RecognitionBoardEntryType, RecognitionBoardType, RecognitionProfileType } from './recognition.types';

const communityArg = (communityId: string) => localIdOf(communityId, 'Community', 'communityId');

@Resolver(() => KudosType)
export class KudosFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'Who gave it, with their role as a label (it never weighs)' })
  giver(kudos: KudosType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return this.authors.load(ctx, kudos.communityId, kudos.giverId);
  }

  @ResolveField(() => AuthorType, { nullable: true, description: 'Who was thanked (the author of the content)' })
  receiver(kudos: KudosType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return this.authors.load(ctx, kudos.communityId, kudos.receiverId);
  }
}

@Resolver(() => MemberType)
export class MemberRecognitionResolver {
  constructor(
    private readonly loaders: RecognitionLoaders,
    private readonly reciprocityService: ReciprocityService,
  ) {}

  @ResolveField(() => ReciprocityType, { nullable: true, description: 'Given and received in a community; null unless it is you or they chose to show it' })
  async reciprocity(@Ctx() ctx: RequestContext, @Parent() member: MemberType, @Args('communityId', { type: () => ID }) communityId: string): Promise<ReciprocityType | null> {
    const row = await this.reciprocityService.balance(ctx, member.localId, communityArg(communityId));
    return row ? ReciprocityType.from(row) : null;
  }

  @ResolveField(() => [BadgeType], { description: 'Badges earned in a community, oldest first' })
  async badges(@Ctx() ctx: RequestContext, @Parent() member: MemberType, @Args('communityId', { type: () => ID }) communityId: string): Promise<BadgeType[]> {
    return (await this.loaders.badges(ctx).load({ communityId: communityArg(communityId), memberId: member.localId })).map(BadgeType.from);
  }

  @ResolveField(() => Int, { description: 'Reputation in a community: +1 per kudos that counts, +5 per accepted answer, +10 per accepted credit' })
  reputation(@Ctx() ctx: RequestContext, @Parent() member: MemberType, @Args('communityId', { type: () => ID }) communityId: string): Promise<number> {
    return this.loaders.reputation(ctx).load({ communityId: communityArg(communityId), memberId: member.localId });
  }

  @ResolveField(() => RecognitionProfileType, { nullable: true, description: 'Your recognition choices; null for other members' })
  async recognitionProfile(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<RecognitionProfileType | null> {
    const profile = await this.reciprocityService.profileOf(ctx, member.localId);
    return profile === undefined ? null : RecognitionProfileType.from(profile);
  }
}

/** Recognition in one community, as a public profile lists the member's memberships (the same loaders as on Member). */
@Resolver(() => MembershipType)
export class MembershipRecognitionResolver {
  constructor(
    private readonly loaders: RecognitionLoaders,
    private readonly reciprocityService: ReciprocityService,
  ) {}

  @ResolveField(() => ReciprocityType, { nullable: true, description: 'Given and received in this community; null unless it is you or they chose to show it' })
  async reciprocity(membership: MembershipType, _args: NoArgs, { ctx }: GraphqlContext): Promise<ReciprocityType | null> {
    const row = await this.reciprocityService.balance(ctx, membership.memberId, membership.communityId);
    return row ? ReciprocityType.from(row) : null;
  }

  @ResolveField(() => [BadgeType], { description: 'Badges earned in this community, oldest first' })
  async badges(membership: MembershipType, _args: NoArgs, { ctx }: GraphqlContext): Promise<BadgeType[]> {
    return (await this.loaders.badges(ctx).load({ communityId: membership.communityId, memberId: membership.memberId })).map(BadgeType.from);
  }

  @ResolveField(() => Int, { description: 'Reputation in this community' })
  reputation(membership: MembershipType, _args: NoArgs, { ctx }: GraphqlContext): Promise<number> {
    return this.loaders.reputation(ctx).load({ communityId: membership.communityId, memberId: membership.memberId });
  }
}

@Resolver(() => CommunityType)
export class CommunityRecognitionResolver {
  constructor(private readonly reciprocity: ReciprocityService) {}

  @ResolveField(() => Boolean, { description: 'Whether this community shows a monthly recognition board (off by default)' })
  recognitionBoardEnabled(community: CommunityType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.reciprocity.boardEnabled(ctx, community.localId);
  }

  @ResolveField(() => RecognitionBoardType, { nullable: true, description: 'Members thanked in a month (YYYY-MM) who opted in; null while the board is off' })
  async recognitionBoard(@Ctx() ctx: RequestContext, @Parent() community: CommunityType, @Args('month') month: string): Promise<RecognitionBoardType | null> {
    const rows = await this.reciprocity.board(ctx, community.localId, month);
    if (!rows) return null;
    return Object.assign(new RecognitionBoardType(), { month, entries: rows.map((row) => RecognitionBoardEntryType.from(community.localId, row)) });
  }
}

@Resolver(() => RecognitionBoardEntryType)
export class RecognitionBoardEntryResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType)
  async member(entry: RecognitionBoardEntryType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType> {
    return (await this.authors.load(ctx, entry.communityId, entry.memberId))!;
  }
}
