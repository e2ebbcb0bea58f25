import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { MemberType } from './member.type';
import { MembersLoaders } from './members.loaders';


@Resolver(() => MemberType)
export class MemberFieldsResolver {
  constructor(private readonly loaders: MembersLoaders) {}

  /** An email is personal: readable by its owner only, never by staff or moderators. */
  @ResolveField(() => String, { nullable: true, description: 'Visible to this member only; null for everyone else' })
  async email(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<string | null> {
    if (ctx.memberId !== member.localId) return null;
    // Authors are read without their email: the owner's own is loaded when they ask for it.
    return member.privateEmail ?? (await this.loaders.byId(ctx).load(member.localId))?.email ?? null;
  }
}
