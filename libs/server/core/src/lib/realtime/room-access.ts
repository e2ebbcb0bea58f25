import { Injectable } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { parseRoom, RoomKind } from '@palabre/contracts';
import { Ctx, Public } from '../auth/decorators';
import { RequestContext } from '../context/request-context';

/** Given local ids of one room kind, returns those the viewer may join. */
export type RoomAuthorizer = (ctx: RequestContext, localIds: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * The one place room joins are decided. Each feature registers the rule for its room kind,
 * built on the same policies as its API, and, where a room has moderator-only events, who moderates
 * it; the gateway asks both through one `roomAccess` call.
 */
@Injectable()
export class RoomAccessRegistry {
  private readonly authorizers = new Map<RoomKind, RoomAuthorizer>();
  private readonly moderation = new Map<RoomKind, RoomAuthorizer>();

  constructor() {
    this.register('member', async (ctx, ids) => new Set(ids.filter((id) => id === ctx.memberId)));
  }

  register(kind: RoomKind, authorizer: RoomAuthorizer): void {
    this.authorizers.set(kind, authorizer);
  }

  /** Which rooms of a kind the viewer moderates (moderator-only events go to them); none when a kind has no rule. */
  registerModeration(kind: RoomKind, moderated: RoomAuthorizer): void {
    this.moderation.set(kind, moderated);
  }

  async allowedRooms(ctx: RequestContext, rooms: readonly string[]): Promise<Set<string>> {
    return this.decide(ctx, rooms, this.authorizers);
  }

  /** Among `rooms`, those the viewer moderates (the caller checks they are allowed first). */
  async moderatedRooms(ctx: RequestContext, rooms: readonly string[]): Promise<Set<string>> {
    return this.decide(ctx, rooms, this.moderation);
  }

  private async decide(ctx: RequestContext, rooms: readonly string[], rules: ReadonlyMap<RoomKind, RoomAuthorizer>): Promise<Set<string>> {
    const byKind = new Map<RoomKind, string[]>();
    for (const room of rooms) {
      const parsed = parseRoom(room);
      if (!parsed) continue;
      byKind.set(parsed.kind, [...(byKind.get(parsed.kind) ?? []), parsed.localId]);
    }
    const decided = new Set<string>();
    for (const [kind, ids] of byKind) {
      const rule = rules.get(kind);
      if (!rule || !ctx.actor) continue;
      for (const id of await rule(ctx, ids)) decided.add(`${kind}:${id}`);
    }
    return decided;
  }
}

@ObjectType()
export class RoomAccess {
  @Field()
  room!: string;

  @Field()
  allowed!: boolean;

  @Field({ description: 'Whether the viewer moderates this room (and so receives its moderator-only events); false when not allowed' })
  moderates!: boolean;
}

@Resolver()
export class RoomAccessResolver {
  constructor(private readonly registry: RoomAccessRegistry) {}

  @Public()
  @Query(() => [RoomAccess], { description: 'Which realtime rooms the viewer may join, and which of them they moderate (used by the gateway and clients)' })
  async roomAccess(@Ctx() ctx: RequestContext, @Args('rooms', { type: () => [String] }) rooms: string[]): Promise<RoomAccess[]> {
    const checked = rooms.slice(0, 50);
    const allowed = await this.registry.allowedRooms(ctx, checked);
    const moderated = await this.registry.moderatedRooms(ctx, [...allowed]);
    return checked.map((room) => ({ room, allowed: allowed.has(room.toLowerCase()), moderates: moderated.has(room.toLowerCase()) }));
  }
}

