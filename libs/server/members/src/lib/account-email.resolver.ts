import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Locale } from '@palabre/contracts';
import { Ctx, GraphqlContext, NoArgs, Public, RequestContext, unauthenticated, raises } from '@palabre/core';
import { ChangeEmailInput, ChangePasswordInput, RequestPasswordResetInput, ResendVerificationInput, ResetPasswordInput, SetLocaleInput } from './account-email.inputs';
import { AccountLinksRepository } from './account-links.repository';
import { AuthPayload } from './auth.inputs';
import { BrowserSessionCookie, SessionMode } from './browser-session.cookie';
import { authPayloadOf, SESSION_ARG } from './members.resolver';
import { EmailVerificationService } from './email-verification.service';
import { MemberType } from './member.type';
import { MembersService } from './members.service';
import { PasswordResetService } from './password-reset.service';

/** Email verification, password reset and change, email change and the language of a member's email. */
@Resolver()
export class AccountEmailResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly reset: PasswordResetService,
    private readonly links: AccountLinksRepository,
    private readonly members: MembersService,
    private readonly cookie: BrowserSessionCookie,
  ) {}

  @Mutation(() => Boolean, { description: raises('Send a new verification link to the email of the signed-in member (no email when it is verified already); rate-limited') })
  requestEmailVerification(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.verification.requestEmailVerification(ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: raises(
      'Send a new verification link to an account made through signUp whose email is not verified yet (it cannot sign in before). Always answers true, the same way, whatever the address; rate-limited per email and per client address',
    ),
  })
  resendVerification(@Ctx() ctx: RequestContext, @Args('input') input: ResendVerificationInput): Promise<boolean> {
    return this.verification.resendVerification(ctx, input.email);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: raises('Prove the email with the token of a verification link (single use, expiring) and sign in: a new session opens, as signIn does'),
  })
  async verifyEmail(
    @Ctx() ctx: RequestContext,
    @Context() { res }: GraphqlContext,
    @Args('token') token: string,
    @Args('session', SESSION_ARG) session?: SessionMode | null,
  ): Promise<AuthPayload> {
    const issued = await this.members.signInWithVerificationLink(ctx, token);
    return authPayloadOf(ctx, issued, this.cookie.deliver(res, session ?? SessionMode.TOKEN, issued.refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: raises('Email a password reset link if an account has this verified email. Always answers true, the same way, whether or not it has') })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.reset.requestPasswordReset(ctx, input.email);
  }

  @Public()
  @Mutation(() => Boolean, { description: raises('Set a new password with the token of a reset link (single use, expires within an hour); every session of the account ends') })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.reset.resetPassword(input.token, input.newPassword);
  }

  @Mutation(() => Boolean, { description: raises('Change the password (the current one is required); every other session ends, this one stays') })
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.reset.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Mutation(() => Boolean, { description: raises('Ask to use another email: it replaces the current one only once confirmed through the link sent to it') })
  changeEmail(@Ctx() ctx: RequestContext, @Args('input') input: ChangeEmailInput): Promise<boolean> {
    return this.verification.changeEmail(ctx, input.newEmail, input.currentPassword);
  }

  @Public()
  @Mutation(() => Boolean, { description: raises('Confirm a new email with the token of the link sent to it; the previous address is told, without a link') })
  confirmEmailChange(@Args('token') token: string): Promise<boolean> {
    return this.verification.confirmEmailChange(token);
  }

  @Mutation(() => MemberType, { description: raises('The language of the emails and messages Palabre writes to the signed-in member') })
  async setLocale(@Ctx() ctx: RequestContext, @Args('input') input: SetLocaleInput): Promise<MemberType> {
    if (!ctx.actor) throw unauthenticated();
    await this.links.setLocale(ctx.actor.memberId, input.locale);
    return MemberType.from((await this.members.findById(ctx.actor.memberId))!);
  }
}

/** Account fields readable by the member only (null for everyone else). */
@Resolver(() => MemberType)
export class AccountFieldsResolver {
  constructor(private readonly links: AccountLinksRepository) {}

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether the email is proved; visible to this member only' })
  emailVerified(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): boolean | null {
    return ctx.memberId === member.localId ? member.emailVerifiedAt !== null : null;
  }

  @ResolveField(() => Locale, {
    nullable: true,
    description:
      'The language the member chose (setLocale); null when they never chose, and then Palabre writes in the language of the community they joined first, else EN (the web follows the community or the browser); visible to this member only',
  })
  async locale(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<Locale | null> {
    if (ctx.memberId !== member.localId) return null;
    return (await this.links.chosenLocale(member.localId)) as Locale | null;
  }
}
