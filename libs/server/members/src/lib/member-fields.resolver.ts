import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { MemberType } from './member.type';


@Resolver(() => MemberType)
export class MemberFieldsResolver {
  /** An email is personal: readable by its owner only, never by staff or moderators. */
  @ResolveField(() => String, { nullable: true, description: 'Visible to this member only; null for everyone else' })
  email(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): string | null {
    return ctx.memberId === member.localId ? member.privateEmail : null;
  }
}
