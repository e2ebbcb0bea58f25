import { Inject, Type } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { decodeGlobalId } from '@palabre/contracts';
import { Connection, Ctx, GraphqlContext, NoArgs, PageArgs, RequestContext } from '@palabre/core';
import { KudosService } from './kudos.service';
import { ContentKey } from './kudos.repository';
import { KudosConnection, KudosType } from './recognition.types';
import { kudosConnection } from './recognition.resolver';

interface ContentParent {
  id: string;
  localId?: string;
  /** The owner's own counter, kept in the same transaction as the kudos rows. */
  kudosCount?: number;
  /** What the owning feature's type carries, for viewerCanGiveKudos. */
  authorId?: string | null;
  communityId?: string;
  hidden?: boolean;
  deleted?: boolean;
}

const keyOf = (typeName: string, parent: ContentParent): ContentKey => ({ contentType: typeName, contentId: parent.localId ?? decodeGlobalId(parent.id)?.localId ?? parent.id });

/**
 * `kudosCount`, `viewerGaveKudos` and `kudos(first, after)` on a content type owned by another
 * feature (Thread, Reply, Idea, IdeaComment): recognition adds its fields without touching it.
 */
export function contentKudosResolver(typeRef: () => Type<unknown>, typeName: string): Type<unknown> {
  @Resolver(typeRef)
  class ContentKudosResolver {
    constructor(@Inject(KudosService) private readonly service: KudosService) {}

    @ResolveField(() => Int, { description: 'Kudos received; each counts 1 whoever gave it' })
    kudosCount(parent: ContentParent, _args: NoArgs, { ctx }: GraphqlContext): number | Promise<number> {
      // The number itself, not a promise of it: graphql-js then completes the row without a promise.
      if (typeof parent.kudosCount === 'number') return parent.kudosCount;
      return this.service.count(ctx, keyOf(typeName, parent));
    }

    @ResolveField(() => Boolean, { description: 'Whether you gave kudos to this' })
    viewerGaveKudos(parent: ContentParent, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
      return this.service.viewerGave(ctx, keyOf(typeName, parent));
    }

    @ResolveField(() => Boolean, { description: 'You may give kudos to this now (giveKudos): a member of its community, not its author, not suspended there; false when signed out, once deleted or hidden' })
    viewerCanGiveKudos(parent: ContentParent, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
      return this.service.viewerMayGive(ctx, parent);
    }

    @ResolveField(() => KudosConnection, { description: 'Who gave kudos, with their messages, newest first' })
    kudos(@Ctx() ctx: RequestContext, @Parent() parent: ContentParent, @Args() page: PageArgs): Promise<Connection<KudosType>> {
      const key = keyOf(typeName, parent);
      return kudosConnection(this.service, ctx, key, page, () => this.service.count(ctx, key));
    }
  }
  Object.defineProperty(ContentKudosResolver, 'name', { value: `${typeName}KudosResolver` });
  return ContentKudosResolver;
}
