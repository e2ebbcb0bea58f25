import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@palabre/core';
import { AuthPayload, SignInInput, SignUpInput } from './auth.inputs';
import { MemberType } from './member.type';
import { IssuedSession, MembersService } from './members.service';

/** The new session speaks for the member from here on (so the payload shows their own email). */
const toPayload = (ctx: RequestContext, session: IssuedSession): AuthPayload => {
  ctx.actor = { memberId: session.member.id, sessionId: session.sessionId };
  return {
  accessToken: session.accessToken,
  refreshToken: session.refreshToken,
  member: MemberType.from(session.member),
  };
};

@Resolver()
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Create an account with a pseudonym and a login; nothing else is asked' })
  async signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<AuthPayload> {
    return toPayload(ctx, await this.members.signUp(ctx, input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput): Promise<AuthPayload> {
    return toPayload(ctx, await this.members.signIn(ctx, input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token for new tokens (the old one stops working)' })
  async refreshSession(@Ctx() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return toPayload(ctx, await this.members.refreshSession(ctx, refreshToken));
  }

  @Mutation(() => Boolean, { description: 'End the current session' })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.members.signOut(ctx);
  }

  @Query(() => MemberType, { description: 'The signed-in member' })
  async me(@Ctx() ctx: RequestContext): Promise<MemberType> {
    const member = await this.members.findById(ctx.actor!.memberId);
    return MemberType.from(member!);
  }
}
