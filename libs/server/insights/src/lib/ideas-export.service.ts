import { Inject, Injectable } from '@nestjs/common';
import { Role, SpaceKind, toGlobalId } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, Clock, Db, hashSingleUseToken, isSingleUseTokenShaped, newSingleUseToken, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from '@palabre/communities';
import { IDEA_TYPE } from '@palabre/ideas';
import { ExportIdeaRow, IdeaExportRow, IdeaExportsRepository } from './idea-exports.repository';
import { toCsv } from './csv';
import { IdeasExportFormat, IdeasExportLinkType } from './insights.types';

export interface IdeasExportScope {
  communityId: string;
  spaceId: string | null;
  campaignId: string | null;
  format: IdeasExportFormat;
}

export interface IdeasExportFile {
  contentType: string;
  filename: string;
  content: string;
}

export const IDEAS_EXPORT_COLUMNS = [
  'id',
  'title',
  'body',
  'tags',
  'status',
  'space',
  'campaign',
  'proposed_at',
  'supports_total',
  'supports_members',
  'supports_staff',
  'supports_moderators',
  'comments',
  'credited',
  'status_history',
] as const;

/**
 * Export of co-creation input for the brand team. The mutation hands out a single-use, short-lived
 * link (only its hash is stored); the file is built when the link is used, so no copy of the data
 * is kept, and it is served only while the requester is still on the brand team.
 */
@Injectable()
export class IdeasExportService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly exports: IdeaExportsRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(ctx: RequestContext, scope: IdeasExportScope): Promise<IdeasExportLinkType> {
    await this.policy.requireRole(ctx, scope.communityId, STAFF_ROLES, 'export co-creation input');
    if (scope.spaceId) {
      const space = await this.exports.spaceOf(scope.spaceId);
      if (!space || space.community_id !== scope.communityId || space.kind !== SpaceKind.IDEAS) throw notFound('This ideas space');
    }
    if (scope.campaignId) {
      const campaign = await this.exports.campaignOf(scope.campaignId);
      if (!campaign || campaign.community_id !== scope.communityId || (scope.spaceId && campaign.space_id !== scope.spaceId)) throw notFound('This campaign');
    }
    const now = this.clock.now();
    const token = newSingleUseToken();
    const row = await this.db.run((tx) =>
      this.exports.insertExport(tx, {
        communityId: scope.communityId,
        spaceId: scope.spaceId,
        campaignId: scope.campaignId,
        format: scope.format,
        requestedBy: ctx.actor!.memberId,
        now,
        linkHash: hashSingleUseToken(token),
        linkExpiresAt: new Date(now.getTime() + this.config.DATA_EXPORT_LINK_TTL_MINUTES * 60_000),
      }),
    );
    return { url: `${this.config.API_URL ?? ''}/insights/exports/${token}`, expiresAt: row.link_expires_at, format: scope.format };
  }

  /**
   * The file behind a live link, which is consumed on the way out. The link does not exist for a
   * caller signed in as someone else, nor once the requester has left the brand team.
   */
  async download(token: string, callerId: string | null): Promise<IdeasExportFile | null> {
    if (!isSingleUseTokenShaped(token)) return null;
    const now = this.clock.now();
    return this.db.run(async (tx) => {
      const row = await this.exports.lockByLink(tx, hashSingleUseToken(token), now);
      if (!row || (callerId !== null && callerId !== row.requested_by)) return null;
      const role = await this.exports.roleIn(tx, row.community_id, row.requested_by);
      if (!role || !STAFF_ROLES.includes(role as Role)) return null;
      await this.exports.consumeLink(tx, row.id, now);
      return this.build(tx, row, now);
    });
  }

  private async build(db: Db, row: IdeaExportRow, now: Date): Promise<IdeasExportFile> {
    const ideas = await this.exports.ideasForExport(db, { communityId: row.community_id, spaceId: row.space_id, campaignId: row.campaign_id });
    const stamp = now.toISOString().slice(0, 10);
    if (row.format === 'CSV') {
      return { contentType: 'text/csv; charset=utf-8', filename: `palabre-ideas-${stamp}.csv`, content: ideasToCsv(ideas) };
    }
    const document = {
      format: 'palabre.ideas-export',
      generatedAt: now.toISOString(),
      community: toGlobalId('Community', row.community_id),
      space: row.space_id ? toGlobalId('Space', row.space_id) : null,
      campaign: row.campaign_id ? toGlobalId('Campaign', row.campaign_id) : null,
      ideas: ideas.map(ideaToJson),
    };
    return { contentType: 'application/json; charset=utf-8', filename: `palabre-ideas-${stamp}.json`, content: JSON.stringify(document) };
  }
}

function ideaToJson(idea: ExportIdeaRow) {
  return {
    id: toGlobalId(IDEA_TYPE, idea.id),
    title: idea.title,
    body: idea.body,
    tags: idea.tags,
    status: idea.status,
    space: idea.space_name,
    campaign: idea.campaign_title,
    proposedAt: new Date(idea.created_at).toISOString(),
    supports: { total: idea.support_count, byAffiliation: { members: idea.supporters_members, staff: idea.supporters_staff, moderators: idea.supporters_moderators } },
    comments: idea.comment_count,
    credited: idea.credited,
    statusHistory: idea.history.map((change) => ({ from: change.from, to: change.to, rationale: change.rationale, at: new Date(change.at).toISOString() })),
  };
}

export function ideasToCsv(ideas: readonly ExportIdeaRow[]): string {
  return toCsv(
    IDEAS_EXPORT_COLUMNS,
    ideas.map((idea) => [
      toGlobalId(IDEA_TYPE, idea.id),
      idea.title,
      idea.body,
      idea.tags.join('; '),
      idea.status,
      idea.space_name,
      idea.campaign_title,
      new Date(idea.created_at).toISOString(),
      idea.support_count,
      idea.supporters_members,
      idea.supporters_staff,
      idea.supporters_moderators,
      idea.comment_count,
      idea.credited.join('; '),
      idea.history.map((change) => `${new Date(change.at).toISOString()} ${change.from ?? '-'} -> ${change.to}: ${change.rationale}`).join('\n'),
    ]),
  );
}
