import { Injectable, Type } from '@nestjs/common';
import { Args, Field, ID, InterfaceType, Query, Resolver } from '@nestjs/graphql';
import { decodeGlobalId } from '@palabre/contracts';
import { Public, Ctx } from '../auth/decorators';
import type { RequestContext } from '../context/request-context';

@InterfaceType('Node', {
  description: 'An object with a global opaque id, fetchable with node(id:)',
  resolveType: (value: object) => NodeRegistry.typeNameOf(value),
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Loads objects of one type by local id for this viewer; null when absent or not visible. */
export type NodeLoader = (ctx: RequestContext, localId: string) => Promise<object | null>;

interface NodeEntry {
  typeName: string;
  classRef: Type<unknown>;
  load: NodeLoader;
}

/** Features register each Node type they own, so node(id:) resolves any global id. */
@Injectable()
export class NodeRegistry {
  private static readonly entries = new Map<string, NodeEntry>();

  register(typeName: string, classRef: Type<unknown>, load: NodeLoader): void {
    NodeRegistry.entries.set(typeName, { typeName, classRef, load });
  }

  static typeNameOf(value: object): string | undefined {
    for (const entry of NodeRegistry.entries.values()) {
      if (value instanceof entry.classRef) return entry.typeName;
    }
    return undefined;
  }

  async load(ctx: RequestContext, globalId: string): Promise<object | null> {
    const decoded = decodeGlobalId(globalId);
    if (!decoded) return null;
    const entry = NodeRegistry.entries.get(decoded.typeName);
    return entry ? entry.load(ctx, decoded.localId) : null;
  }
}

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Public()
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist or is not visible to you' })
  node(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<object | null> {
    return this.registry.load(ctx, id);
  }
}
