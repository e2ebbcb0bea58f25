import { Injectable } from '@nestjs/common';
import { decodeGlobalId, toGlobalId } from '@palabre/contracts';
import { ContentRef, ContentRegistry, orderByKeys, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesLoaders } from '@palabre/communities';

/** The web page of each kind of content, given its community's slug, its global id and its parent's. */
const PAGES: Record<string, (slug: string, id: string, ref: ContentRef) => string> = {
  Thread: (slug, id) => `/c/${slug}/t/${id}`,
  Reply: (slug, id, ref) => `/c/${slug}/t/${toGlobalId('Thread', ref.parentId)}#reply-${id}`,
  Idea: (slug, id) => `/c/${slug}/i/${id}`,
  IdeaComment: (slug, id, ref) => `/c/${slug}/i/${toGlobalId('Idea', ref.parentId)}#comment-${id}`,
};

/**
 * Where a notification leads in the web client, built when it is read from its subject's ids (never from stored
 * text): content that no longer exists, or a subject without a page, leads nowhere (null). A page of
 * notifications reads each kind of content once and the communities once (DataLoaders).
 */
@Injectable()
export class NotificationLinks {
  constructor(
    private readonly db: TransactionRunner,
    private readonly registry: ContentRegistry,
    private readonly communities: CommunitiesLoaders,
  ) {}

  async pathOf(ctx: RequestContext, subjectId: string | null): Promise<string | null> {
    const decoded = subjectId ? decodeGlobalId(subjectId) : null;
    const page = decoded ? PAGES[decoded.typeName] : undefined;
    if (!subjectId || !decoded || !page) return null;
    const ref = await this.contentRef(ctx).load(`${decoded.typeName}:${decoded.localId}`);
    if (!ref) return null;
    const community = await this.communities.communityById(ctx).load(ref.communityId);
    return community ? page(encodeURIComponent(community.slug), subjectId, ref) : null;
  }

  /** Content by `Type:localId`, one statement per content type. */
  private contentRef(ctx: RequestContext) {
    return ctx.loaders.get<string, ContentRef | null>('notifications.contentRef', async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(':');
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const refs = await Promise.all([...byType].map(([type, ids]) => this.registry.providerFor(type)?.findByIds(this.db.reader, ids) ?? Promise.resolve([])));
      return orderByKeys(keys, refs.flat(), (ref) => `${ref.typeName}:${ref.id}`);
    });
  }
}
