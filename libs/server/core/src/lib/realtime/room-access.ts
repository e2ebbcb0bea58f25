import { Injectable } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { parseRoom, RoomKind } from '@palabre/contracts';
import { Ctx, Public } from '../auth/decorators';
import { RequestContext } from '../context/request-context';

/** Given local ids of one room kind, returns those the viewer may join. */
export type RoomAuthorizer = (ctx: RequestContext, localIds: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * The one place room joins are decided. Each feature registers the rule for its room kind,
 * built on the same policies as its API; the gateway asks through `roomAccess`.
 */
@Injectable()
export class RoomAccessRegistry {
  private readonly authorizers = new Map<RoomKind, RoomAuthorizer>();

  constructor() {
    this.register('member', async (ctx, ids) => new Set(ids.filter((id) => id === ctx.memberId)));
  }

  register(kind: RoomKind, authorizer: RoomAuthorizer): void {
    this.authorizers.set(kind, authorizer);
  }

  async allowedRooms(ctx: RequestContext, rooms: readonly string[]): Promise<Set<string>> {
    const byKind = new Map<RoomKind, string[]>();
    for (const room of rooms) {
      const parsed = parseRoom(room);
      if (!parsed) continue;
      byKind.set(parsed.kind, [...(byKind.get(parsed.kind) ?? []), parsed.localId]);
    }
    const allowed = new Set<string>();
    for (const [kind, ids] of byKind) {
      const authorizer = this.authorizers.get(kind);
      if (!authorizer || !ctx.actor) continue;
      for (const id of await authorizer(ctx, ids)) allowed.add(`${kind}:${id}`);
    }
    return allowed;
  }
}

@ObjectType()
export class RoomAccess {
  @Field()
  room!: string;

  @Field()
  allowed!: boolean;
}

@Resolver()
export class RoomAccessResolver {
  constructor(private readonly registry: RoomAccessRegistry) {}

  @Public()
  @Query(() => [RoomAccess], { description: 'Which realtime rooms the viewer may join (used by the gateway and clients)' })
  async roomAccess(@Ctx() ctx: RequestContext, @Args('rooms', { type: () => [String] }) rooms: string[]): Promise<RoomAccess[]> {
    const checked = rooms.slice(0, 50);
    const allowed = await this.registry.allowedRooms(ctx, checked);
    return checked.map((room) => ({ room, allowed: allowed.has(room.toLowerCase()) }));
  }
}

