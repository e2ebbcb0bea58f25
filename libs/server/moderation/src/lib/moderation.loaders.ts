import { Injectable } from '@nestjs/common';
import { ContentRef, ContentRegistry, groupByKeys, orderByKeys, RequestContext, TransactionRunner } from '@palabre/core';
import { ActionRow, ModerationRepository, ReportRow } from './moderation.repository';
import { AppealsRepository, FeaturedPageKey, FeaturedRow } from './appeals.repository';
import { DEFAULT_AUTO_HIDE_THRESHOLD } from './moderation.rules';

/** Per-request DataLoaders for moderation's related fields. */
@Injectable()
export class ModerationLoaders {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: ModerationRepository,
    private readonly appeals: AppealsRepository,
    private readonly registry: ContentRegistry,
  ) {}

  /** Content by `Type:localId`, one statement per content type. */
  contentRef(ctx: RequestContext) {
    return ctx.loaders.get<string, ContentRef | null>('moderation.contentRef', async (keys) => {
      const byType = new Map<string, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(':');
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const refs = (
        await Promise.all([...byType].map(([type, ids]) => this.registry.providerFor(type)?.findByIds(this.db.reader, ids) ?? Promise.resolve([])))
      ).flat();
      return orderByKeys(keys, refs, (ref) => `${ref.typeName}:${ref.id}`);
    });
  }

  reportsOfCase(ctx: RequestContext) {
    return ctx.loaders.get<string, ReportRow[]>('moderation.reportsOfCase', async (ids) => groupByKeys(ids, await this.repo.reportsOfCases(ids), (row) => row.case_id));
  }

  actionById(ctx: RequestContext) {
    return ctx.loaders.get<string, ActionRow | null>('moderation.actionById', async (ids) => orderByKeys(ids, await this.repo.findActions(this.db.reader, ids), (row) => row.id));
  }

  autoHideThreshold(ctx: RequestContext) {
    return ctx.loaders.get<string, number>('moderation.autoHideThreshold', async (ids) =>
      orderByKeys(ids, await this.repo.thresholds(ids), (row) => row.community_id).map((row) => row?.auto_hide_threshold ?? DEFAULT_AUTO_HIDE_THRESHOLD),
    );
  }

  featuredPage(ctx: RequestContext) {
    return ctx.loaders.get<FeaturedPageKey, FeaturedRow[]>('moderation.featuredPage', (keys) => this.appeals.featuredPages(keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  }

  featuredCount(ctx: RequestContext) {
    return ctx.loaders.get<string, number>('moderation.featuredCount', async (ids) =>
      orderByKeys(ids, await this.appeals.countFeatured(ids), (row) => row.community_id).map((row) => Number(row?.count ?? 0)),
    );
  }
}
