import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { decodeGlobalId } from '@palabre/contracts';
import { Ctx, GraphqlContext, NoArgs, notFound, RequestContext, raises } from '@palabre/core';
import { MemberType } from './member.type';
import { SESSION_TYPE, SessionType } from './session.type';
import { SessionsService } from './sessions.service';

@Resolver(() => MemberType)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @ResolveField(() => [SessionType], { nullable: true, description: 'Your active sessions (signed-in devices), most recently used first; null for anyone else' })
  async sessions(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): Promise<SessionType[] | null> {
    if (ctx.memberId !== member.localId) return null;
    const rows = await this.service.list(ctx);
    return rows.map((row) => SessionType.from(row, ctx.actor?.sessionId ?? null));
  }

  @Mutation(() => Boolean, { description: raises("End one of your sessions (its sockets are closed at once); another member's or an unknown id is NOT_FOUND") })
  async revokeSession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const decoded = decodeGlobalId(id);
    if (!decoded || decoded.typeName !== SESSION_TYPE) throw notFound('This session');
    await this.service.revoke(ctx, decoded.localId);
    return true;
  }

  @Mutation(() => Int, { description: raises('End every session but this one (e.g. after losing a device); answers how many ended') })
  revokeOtherSessions(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.revokeOthers(ctx);
  }
}
