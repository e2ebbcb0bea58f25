import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, GraphqlContext, Public, RequestContext, unauthenticated, raises } from '@palabre/core';
import { AuthPayload, SignInInput, SignUpInput } from './auth.inputs';
import { MemberType } from './member.type';
import { IssuedSession, MembersService } from './members.service';
import { BrowserSessionCookie, SessionMode } from './browser-session.cookie';

/** The new session speaks for the member from here on (so the payload shows their own email). */
export const authPayloadOf = (ctx: RequestContext, session: IssuedSession, refreshToken: string | null): AuthPayload => {
  ctx.actor = { memberId: session.member.id, sessionId: session.sessionId };
  return {
  accessToken: session.accessToken,
  refreshToken,
  member: MemberType.from(session.member),
  };
};

export const SESSION_ARG = { type: () => SessionMode, nullable: true, description: 'TOKEN (default): the refresh token is returned; COOKIE: it is set as an HttpOnly cookie for browsers' };

@Resolver()
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly cookie: BrowserSessionCookie,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      raises('Create an account with a pseudonym and a login; nothing else is asked. Always true, with no session: the verification link mailed to the address signs in (verifyEmail), and the password works only once the email is verified. When the email is registered already, no account is created and its holder is told by email, so neither this answer nor a signIn after it says whether an email is registered. A taken handle is a CONFLICT'),
  })
  signUp(@Ctx() ctx: RequestContext, @Args('input') input: SignUpInput): Promise<boolean> {
    return this.members.signUp(ctx, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: raises('Open a session with the email and password of an account. An unknown email, a wrong password and an account made through signUp whose email is not verified yet get the same UNAUTHENTICATED answer') })
  async signIn(@Ctx() ctx: RequestContext, @Context() { res }: GraphqlContext, @Args('input') input: SignInInput, @Args('session', SESSION_ARG) session?: SessionMode | null): Promise<AuthPayload> {
    const issued = await this.members.signIn(ctx, input);
    return authPayloadOf(ctx, issued, this.cookie.deliver(res, session ?? SessionMode.TOKEN, issued.refreshToken));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      raises('Exchange a refresh token for new tokens (the old one stops working; using it again revokes the session). Without refreshToken, the refresh cookie is used and rotated'),
  })
  async refreshSession(
    @Ctx() ctx: RequestContext,
    @Context() { req, res }: GraphqlContext,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
    @Args('session', { ...SESSION_ARG, description: 'Where the new refresh token goes; by default where the old one came from' }) session?: SessionMode | null,
  ): Promise<AuthPayload> {
    const fromCookie = refreshToken ? null : this.cookie.read(req);
    const token = refreshToken ?? fromCookie;
    if (!token) throw unauthenticated('No refresh token: pass refreshToken, or sign in with session: COOKIE first');
    const issued = await this.members.refreshSession(ctx, token).catch((error: unknown) => {
      // A cookie that no longer opens a session is dropped, so the browser stops sending it.
      if (fromCookie) this.cookie.clear(res);
      throw error;
    });
    return authPayloadOf(ctx, issued, this.cookie.deliver(res, session ?? (fromCookie ? SessionMode.COOKIE : SessionMode.TOKEN), issued.refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: raises("End the current session (the bearer token's, or else the refresh cookie's) and clear the refresh cookie") })
  signOut(@Ctx() ctx: RequestContext, @Context() { req, res }: GraphqlContext): Promise<boolean> {
    const cookieToken = this.cookie.read(req);
    if (cookieToken) this.cookie.clear(res);
    return this.members.signOut(ctx, cookieToken);
  }

  @Public()
  @Query(() => MemberType, {
    nullable: true,
    description: 'A member by handle (any case), for their public profile; null when no one has it or the account was erased (a former member)',
  })
  async memberByHandle(@Args('handle') handle: string): Promise<MemberType | null> {
    const row = await this.members.findPublicByHandle(handle);
    return row ? MemberType.from(row) : null;
  }

  @Query(() => MemberType, { description: 'The signed-in member' })
  async me(@Ctx() ctx: RequestContext): Promise<MemberType> {
    const member = await this.members.findById(ctx.actor!.memberId);
    return MemberType.from(member!);
  }
}
