import { Injectable } from '@nestjs/common';
import { IdeasErrorCode, roomName } from '@palabre/contracts';
import { AuthorsLoader, CommunitiesPolicy } from '@palabre/communities';
import { PostImages } from '@palabre/media';
import {
  AppError,
  badInput,
  Clock,
  Connection,
  conflict,
  decodeCursor,
  EventsService,
  forbidden,
  notFound,
  PageArgs,
  pageSize,
  mentionsKnown,
  renderMarkdown,
  RequestContext,
  toConnection,
  TransactionRunner,
  WriteGate,
} from '@palabre/core';
import { IdeaStatus } from './idea-status.machine';
import { campaignClosed, ideaLocked } from './ideas.errors';
import { IdeaOrder, IdeasRepository, ListedIdeaRow } from './ideas.repository';
import { CampaignsRepository } from './campaigns.repository';
import { IdeaPoliciesRepository, PolicyValues } from './idea-policies.repository';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import type { CampaignRow, CommentRow, IdeaPolicyRow, IdeaRow, IdeaSummaryRow } from './ideas.rows';

const SIMILAR_LIMIT = 5;

export interface ProposeIdeaValues {
  spaceId: string;
  campaignId: string | null;
  title: string;
  body: string;
  tags: string[];
}

export interface IdeaListArgs {
  statuses: readonly IdeaStatus[];
  overdue: boolean;
  campaignId: string | null;
  qualified: boolean | null;
  orderBy: IdeaOrder;
}

/** Proposing, discussing and listing ideas; campaigns and the space's idea policy. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: IdeasRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly policies: IdeaPoliciesRepository,
    private readonly loaders: IdeasLoaders,
    private readonly policy: IdeasPolicy,
    private readonly events: EventsService,
    private readonly writeGate: WriteGate,
    private readonly clock: Clock,
    private readonly authors: AuthorsLoader,
    private readonly communities: CommunitiesPolicy,
    private readonly images: PostImages,
  ) {}

  async proposeIdea(ctx: RequestContext, values: ProposeIdeaValues, resubmittedFrom: IdeaRow | null = null): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    const { space } = await this.policy.requireParticipant(ctx, values.spaceId, 'propose ideas');
    const now = this.clock.now();
    if (values.campaignId) {
      const campaign = await this.loaders.campaignById(ctx).load(values.campaignId);
      if (!campaign || campaign.space_id !== space.id) throw notFound('This campaign');
      if (now >= campaign.submissions_close_at) throw campaignClosed('submissions', campaign.submissions_close_at);
    }
    const idea = await this.db.run(async (tx) => {
      if (resubmittedFrom) {
        // Serialises resubmissions of one idea; the unique index backs this up.
        await this.repo.lockIdeas(tx, [resubmittedFrom.id]);
        if (await this.repo.wasResubmitted(tx, resubmittedFrom.id)) throw conflict('This idea was already resubmitted');
      }
      await this.writeGate.assertCanPost(tx, { communityId: space.community_id, memberId, kind: 'IDEA', body: `${values.title}\n${values.body}` });
      const rendered = await this.images.render(tx, memberId, values.body, null);
      const created = await this.repo.insertIdea(tx, { ...values, communityId: space.community_id, authorId: memberId, bodyHtml: rendered.html, resubmittedFromId: resubmittedFrom?.id ?? null, now });
      await this.images.attach(tx, { kind: 'IDEA', id: created.id, communityId: space.community_id }, rendered.imageIds);
      await this.events.record(tx, {
        type: 'idea.proposed',
        rooms: [roomName('space', space.id)],
        payload: { ideaId: created.id, spaceId: space.id, communityId: space.community_id, authorId: memberId, title: created.title },
        known: mentionsKnown(values.body),
      });
      return created;
    });
    ctx.loaders.clearAll();
    return idea;
  }

  /** An EXPIRED idea comes back as a new, linked idea (once), proposed by its author. */
  async resubmitIdea(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const idea = await this.policy.requireVisibleIdea(ctx, ideaId);
    if (idea.author_id !== ctx.actor!.memberId) throw forbidden('Only the author may resubmit an idea');
    if (idea.status !== IdeaStatus.EXPIRED) throw new AppError(IdeasErrorCode.IdeaNotExpired, `Only an EXPIRED idea can be resubmitted; this one is ${idea.status}`);
    const campaign = idea.campaign_id ? await this.loaders.campaignById(ctx).load(idea.campaign_id) : null;
    const campaignOpen = campaign !== null && this.clock.now() < campaign.submissions_close_at;
    return this.proposeIdea(ctx, { spaceId: idea.space_id, campaignId: campaignOpen ? campaign.id : null, title: idea.title, body: idea.body, tags: idea.tags }, idea);
  }

  async commentOnIdea(ctx: RequestContext, values: { ideaId: string; body: string; inReplyToId: string | null }): Promise<CommentRow> {
    const memberId = ctx.actor!.memberId;
    const idea = await this.policy.requireVisibleIdea(ctx, values.ideaId);
    await this.policy.requireParticipant(ctx, idea.space_id, 'comment on ideas');
    if (idea.locked_at) throw ideaLocked();
    if (values.inReplyToId) {
      const parent = await this.loaders.commentById(ctx).load(values.inReplyToId);
      if (!parent || parent.idea_id !== idea.id || parent.removed_at) throw badInput('inReplyToId must be a comment on the same idea', { argument: 'inReplyToId' });
    }
    const comment = await this.db.run(async (tx) => {
      await this.writeGate.assertCanPost(tx, { communityId: idea.community_id, memberId, kind: 'IDEA_COMMENT', body: values.body, parentId: idea.id });
      const rendered = await this.images.render(tx, memberId, values.body, null);
      const created = await this.repo.insertComment(tx, { idea, authorId: memberId, inReplyToId: values.inReplyToId, body: values.body, bodyHtml: rendered.html, now: this.clock.now() });
      await this.images.attach(tx, { kind: 'IDEA_COMMENT', id: created.id, communityId: idea.community_id }, rendered.imageIds);
      await this.events.record(tx, {
        type: 'idea.comment_added',
        rooms: [roomName('idea', idea.id)],
        payload: { ideaId: idea.id, commentId: created.id, spaceId: idea.space_id, communityId: idea.community_id, authorId: memberId },
        known: mentionsKnown(values.body),
      });
      return created;
    });
    ctx.loaders.clearAll();
    return comment;
  }

  async launchCampaign(ctx: RequestContext, values: { spaceId: string; title: string; brief: string; submissionsCloseAt: Date; supportClosesAt: Date }): Promise<CampaignRow> {
    const { space } = await this.policy.requireStaff(ctx, values.spaceId, 'launch campaigns');
    const now = this.clock.now();
    if (values.submissionsCloseAt <= now) throw badInput('submissionsCloseAt must be in the future', { field: 'submissionsCloseAt' });
    if (values.supportClosesAt < values.submissionsCloseAt) throw badInput('supportClosesAt must not be before submissionsCloseAt', { field: 'supportClosesAt' });
    const campaign = await this.db.run(async (tx) => {
      const row = await this.campaigns.insertCampaign(tx, { ...values, communityId: space.community_id, briefHtml: renderMarkdown(values.brief), createdBy: ctx.actor!.memberId, now });
      // Followers of the ideas space hear of it through notifications (their follow and cadence).
      await this.events.record(tx, {
        type: 'campaign.launched',
        rooms: [roomName('space', space.id)],
        payload: { campaignId: row.id, spaceId: space.id, communityId: space.community_id, title: row.title, launchedBy: ctx.actor!.memberId },
      });
      return row;
    });
    ctx.loaders.clearAll();
    return campaign;
  }

  /** Closes a campaign before its dates: no new answers, no new supports on its ideas from now on. */
  async closeCampaign(ctx: RequestContext, campaignId: string): Promise<CampaignRow> {
    const [campaign] = await this.campaigns.campaignsByIds(this.db.reader, [campaignId]);
    if (!campaign) throw notFound('This campaign');
    await this.policy.requireStaff(ctx, campaign.space_id, 'close campaigns');
    const closed = await this.db.run((tx) => this.campaigns.closeCampaign(tx, campaign.id, this.clock.now()));
    ctx.loaders.clearAll();
    return closed ?? campaign;
  }

  async setIdeaPolicy(ctx: RequestContext, spaceId: string, values: PolicyValues): Promise<IdeaPolicyRow> {
    await this.policy.requireStaff(ctx, spaceId, 'set the idea policy');
    if ((values.supportThreshold === null) !== (values.thresholdWindowDays === null)) {
      throw badInput('supportThreshold and thresholdWindowDays go together: set both or neither', { field: 'thresholdWindowDays' });
    }
    const row = await this.db.run((tx) => this.policies.upsertPolicy(tx, spaceId, values, this.clock.now()));
    ctx.loaders.clearAll();
    return row;
  }

  async listIdeas(ctx: RequestContext, spaceId: string, args: IdeaListArgs, page: PageArgs): Promise<Connection<IdeaSummaryRow>> {
    const { community } = await this.policy.requireIdeasSpace(ctx, spaceId);
    const first = pageSize(page);
    const cursor = decodeCursor(page.after, ['number', 'uuid']);
    const query = { spaceId, ...args, now: this.clock.now(), viewerId: ctx.memberId, moderator: await this.communities.moderates(ctx, community.id) };
    const boardRows = await this.repo.list({ ...query, limit: first + 1, after: cursor ? { key: Number(cursor[0]), id: String(cursor[1]) } : null });
    const rows: ListedIdeaRow[] = [];
    for (const { author_member, author_role, viewer_supports: viewerSupports, ...row } of boardRows) {
      rows.push(row);
      // The page brought the author and the viewer's support along: those fields need no further statement (the
      // bodies it left out are read by Idea.body if asked; byId, which holds whole ideas, is not primed).
      this.loaders.viewerSupports(ctx).prime(row.id, viewerSupports);
      this.authors.prime(ctx, row.community_id, { author_member, author_role });
    }
    return toConnection(rows, first, cursor !== null, (row) => [Number(row.sort_key), row.id], (row) => row, () => this.repo.count(query));
  }

  /** A roadmap of a space: its ideas grouped by status, most supported first in each. */
  async roadmap(ctx: RequestContext, spaceId: string, statuses: readonly IdeaStatus[], perStatus: number): Promise<Array<{ status: IdeaStatus; totalCount: number; ideas: IdeaSummaryRow[] }>> {
    const { community } = await this.policy.requireIdeasSpace(ctx, spaceId);
    const rows = await this.repo.roadmap({ spaceId, statuses, viewerId: ctx.memberId, moderator: await this.communities.moderates(ctx, community.id), perStatus });
    const columns = statuses.map((status) => ({ status, totalCount: 0, ideas: [] as IdeaSummaryRow[] }));
    for (const { author_member, author_role, viewer_supports: viewerSupports, status_total, ...row } of rows) {
      this.loaders.viewerSupports(ctx).prime(row.id, viewerSupports);
      this.authors.prime(ctx, row.community_id, { author_member, author_role });
      const column = columns.find((candidate) => candidate.status === row.status)!;
      column.totalCount = Number(status_total);
      column.ideas.push(row);
    }
    return columns;
  }

  async similarIdeas(ctx: RequestContext, spaceId: string, text: string): Promise<IdeaRow[]> {
    await this.policy.requireIdeasSpace(ctx, spaceId);
    const trimmed = text.trim().slice(0, 200);
    if (trimmed.length < 3) return [];
    return this.repo.similar(spaceId, trimmed, SIMILAR_LIMIT);
  }

  /** The viewer's support budget in an ideas space. */
  async supportBudget(ctx: RequestContext, spaceId: string): Promise<{ limit: number | null; used: number; remaining: number | null }> {
    await this.policy.requireIdeasSpace(ctx, spaceId);
    const [policy, used] = await Promise.all([this.loaders.policyOfSpace(ctx).load(spaceId), this.loaders.viewerOpenSupports(ctx).load(spaceId)]);
    const limit = policy?.support_budget ?? null;
    return { limit, used, remaining: limit === null ? null : Math.max(limit - used, 0) };
  }
}
