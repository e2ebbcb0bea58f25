import { Injectable } from '@nestjs/common';
import { Clock, conflict, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy, CommunitiesRepository, MODERATION_ROLES } from '@palabre/communities';
import { CaseRow, ModerationRepository } from './moderation.repository';
import { ModeratorNoteRow, ModeratorToolsRepository, ReasonTemplateRow } from './moderator-tools.repository';

/** How long a claim keeps other moderators off a queue item; claiming again renews it. */
export const CLAIM_MINUTES = 15;
/** Notes shown about one member at once, newest first. */
export const NOTES_SHOWN = 100;

/** The moderators' working tools: claims on queue items, reason templates, notes about members. */
@Injectable()
export class ModeratorToolsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly cases: ModerationRepository,
    private readonly repo: ModeratorToolsRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly communities: CommunitiesRepository,
    private readonly clock: Clock,
  ) {}

  async claim(ctx: RequestContext, caseId: string): Promise<CaseRow> {
    const found = await this.requireCase(ctx, caseId, 'claim queue items');
    const now = this.clock.now();
    const claimed = await this.db.run((tx) => this.cases.claimCase(tx, caseId, ctx.actor!.memberId, now, new Date(now.getTime() + CLAIM_MINUTES * 60_000)));
    if (!claimed) {
      if (found.status !== 'OPEN') throw conflict('This item is resolved already: there is nothing left to claim');
      throw conflict('Another moderator is working on this item; it frees itself when their claim expires', { claimExpiresAt: found.claim_expires_at?.toISOString() });
    }
    ctx.loaders.clearAll();
    return claimed;
  }

  async release(ctx: RequestContext, caseId: string): Promise<CaseRow> {
    await this.requireCase(ctx, caseId, 'release queue items');
    const released = await this.db.run((tx) => this.cases.releaseCase(tx, caseId, ctx.actor!.memberId, this.clock.now()));
    if (!released) throw conflict('Another moderator holds this claim: only they can release it');
    ctx.loaders.clearAll();
    return released;
  }

  private async requireCase(ctx: RequestContext, caseId: string, what: string): Promise<CaseRow> {
    const [found] = await this.cases.findCasesByIds([caseId]);
    if (!found) throw notFound('This queue item');
    await this.policy.requireRole(ctx, found.community_id, MODERATION_ROLES, what);
    return found;
  }

  async templates(ctx: RequestContext, communityId: string): Promise<ReasonTemplateRow[]> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'read the reason templates');
    return this.repo.templatesOf([communityId]);
  }

  async createTemplate(ctx: RequestContext, input: { communityId: string; title: string; reason: string }): Promise<ReasonTemplateRow> {
    await this.policy.requireRole(ctx, input.communityId, MODERATION_ROLES, 'save reason templates');
    const created = await this.db.run((tx) => this.repo.insertTemplate(tx, { ...input, now: this.clock.now() }));
    if (!created) throw conflict(`A template titled "${input.title}" exists already in this community; edit it or choose another title`, { field: 'title' });
    return created;
  }

  async updateTemplate(ctx: RequestContext, input: { templateId: string; title: string; reason: string }): Promise<ReasonTemplateRow> {
    await this.requireTemplate(ctx, input.templateId);
    const updated = await this.db.run((tx) => this.repo.updateTemplate(tx, { id: input.templateId, title: input.title, reason: input.reason, now: this.clock.now() }));
    if (!updated) throw conflict(`Another template of this community is titled "${input.title}"`, { field: 'title' });
    return updated;
  }

  async deleteTemplate(ctx: RequestContext, templateId: string): Promise<boolean> {
    await this.requireTemplate(ctx, templateId);
    return this.db.run((tx) => this.repo.deleteTemplate(tx, templateId));
  }

  private async requireTemplate(ctx: RequestContext, templateId: string): Promise<ReasonTemplateRow> {
    const template = await this.repo.findTemplate(this.db.reader, templateId);
    if (!template) throw notFound('This template');
    await this.policy.requireRole(ctx, template.community_id, MODERATION_ROLES, 'edit reason templates');
    return template;
  }

  async addNote(ctx: RequestContext, input: { communityId: string; memberId: string; note: string }): Promise<ModeratorNoteRow> {
    await this.policy.requireRole(ctx, input.communityId, MODERATION_ROLES, 'write notes about members');
    if (!(await this.communities.findMembership(this.db.reader, input.communityId, input.memberId))) throw notFound('This member');
    return this.db.run((tx) => this.repo.insertNote(tx, { ...input, authorId: ctx.actor!.memberId, now: this.clock.now() }));
  }

  async notesAbout(ctx: RequestContext, communityId: string, memberId: string): Promise<ModeratorNoteRow[]> {
    await this.policy.requireRole(ctx, communityId, MODERATION_ROLES, 'read notes about members');
    return this.repo.notesAbout(communityId, memberId, NOTES_SHOWN);
  }
}
