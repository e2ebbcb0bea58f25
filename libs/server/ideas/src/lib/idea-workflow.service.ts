import { Injectable } from '@nestjs/common';
import { roomName } from '@palabre/contracts';
import { badInput, Clock, Db, EventsService, RequestContext, TransactionRunner, WriteGate } from '@palabre/core';
import { CommunitiesLoaders } from '@palabre/communities';
import { IdeaStatus, isClosed, transition } from './idea-status.machine';
import { budgetExceeded, campaignClosed, ideaClosed, noCreditOffered, notMerged } from './ideas.errors';
import { IdeasRepository } from './ideas.repository';
import { IdeaDecisionsRepository } from './idea-decisions.repository';
import { IdeaMergesRepository } from './idea-merges.repository';
import { IdeaPoliciesRepository } from './idea-policies.repository';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import { MAX_PROMISE_DAYS } from './idea-updates';
import { QualificationRule, SupportsRepository } from './supports.repository';
import { DAY_MS, updateEveryDays } from './review-calendar';
import type { IdeaPolicyRow, IdeaRow } from './ideas.rows';


/** Supports, the accountable status workflow, merges, decisions and credit. */
@Injectable()
export class IdeaWorkflowService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly ideas: IdeasRepository,
    private readonly supports: SupportsRepository,
    private readonly decisions: IdeaDecisionsRepository,
    private readonly merges: IdeaMergesRepository,
    private readonly policies: IdeaPoliciesRepository,
    private readonly loaders: IdeasLoaders,
    private readonly communityLoaders: CommunitiesLoaders,
    private readonly policy: IdeasPolicy,
    private readonly events: EventsService,
    private readonly writeGate: WriteGate,
    private readonly clock: Clock,
  ) {}

  /** One member, one support: idempotent, and exact under any concurrency. */
  async supportIdea(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    await this.loadWithPolicy(ctx, ideaId);
    const idea = await this.policy.requireVisibleIdea(ctx, ideaId);
    await this.policy.requireParticipant(ctx, idea.space_id, 'support ideas');
    if (isClosed(idea.status)) throw ideaClosed(idea.status, 'support');
    const now = this.clock.now();
    await this.requireCampaignOpenForSupport(ctx, idea, now);
    const spacePolicy = await this.loaders.policyOfSpace(ctx).load(idea.space_id);
    const budget = spacePolicy?.support_budget ?? null;
    const updated = await this.db.run(async (tx) => {
      // Without a budget: the suspension check, the support and its counter in one statement (checked before anything
      // else of its answer; a refused support rolls back with the transaction).
      const checks = budget === null ? this.writeGate.writeCheckInStatement(tx, idea.community_id, memberId) : null;
      if (checks) {
        const result = await this.supports.insertCounting(tx, idea.id, memberId, qualificationRule(spacePolicy), now, checks.ctes);
        await checks.verify(result.gate);
        if (!result.inserted) return null;
        if (!result.idea) throw ideaClosed('closed', 'support');
        await this.recordSupportChanged(tx, idea, result.idea.support_count);
        return result.idea;
      }
      await this.writeGate.assertCanWrite(tx, idea.community_id, memberId);
      if (budget !== null) await this.supports.lockBudget(tx, idea.space_id, memberId);
      if (!(await this.supports.insert(tx, idea.id, memberId, now))) return null;
      // Counted after the insert, under the member's budget lock: the new support is included.
      if (budget !== null && (await this.supports.openSupportsOf(tx, idea.space_id, memberId)) > budget) throw budgetExceeded(budget);
      const row = await this.supports.adjustCount(tx, idea.id, 1, qualificationRule(spacePolicy), now);
      if (!row) throw ideaClosed('closed', 'support');
      await this.recordSupportChanged(tx, idea, row.support_count);
      return row;
    });
    // Supported now, whether by this request or before it: Idea.viewerSupports needs no statement.
    this.loaders.viewerSupports(ctx).clear(idea.id).prime(idea.id, true);
    return this.answerWith(ctx, updated ?? idea);
  }

  async withdrawSupport(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    await this.loadWithPolicy(ctx, ideaId);
    const idea = await this.policy.requireVisibleIdea(ctx, ideaId);
    if (isClosed(idea.status)) throw ideaClosed(idea.status, 'withdraw support from');
    const spacePolicy = await this.loaders.policyOfSpace(ctx).load(idea.space_id);
    const updated = await this.db.run(async (tx) => {
      if (!(await this.supports.delete(tx, idea.id, memberId))) return null;
      const row = await this.supports.adjustCount(tx, idea.id, -1, qualificationRule(spacePolicy), this.clock.now());
      if (!row) throw ideaClosed('closed', 'withdraw support from');
      await this.recordSupportChanged(tx, idea, row.support_count);
      return row;
    });
    this.loaders.viewerSupports(ctx).clear(idea.id).prime(idea.id, false);
    return this.answerWith(ctx, updated ?? idea);
  }

  /** A promised update date given with a status change: only where an update is owed, in the future, within a year. */
  private checkPromisedDate(nextUpdateDueAt: Date | null | undefined, owesUpdate: boolean): void {
    if (!nextUpdateDueAt) return;
    if (!owesUpdate) throw badInput('A closed idea owes no update: leave nextUpdateDueAt out', { field: 'nextUpdateDueAt' });
    const now = this.clock.now().getTime();
    if (nextUpdateDueAt.getTime() <= now || nextUpdateDueAt.getTime() > now + MAX_PROMISE_DAYS * DAY_MS) {
      throw badInput(`nextUpdateDueAt must be in the future and within ${MAX_PROMISE_DAYS} days`, { field: 'nextUpdateDueAt' });
    }
  }

  /** Staff move an idea through the workflow, saying why in public; SHIPPED and DECLINED record a decision. */
  async changeStatus(ctx: RequestContext, values: { ideaId: string; status: IdeaStatus; rationale: string; creditMemberIds: string[]; nextUpdateDueAt?: Date | null }): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    const idea = await this.policy.requireVisibleIdea(ctx, values.ideaId);
    await this.policy.requireStaff(ctx, idea.space_id, 'change the status of ideas');
    if (values.creditMemberIds.length > 0 && values.status !== IdeaStatus.SHIPPED) throw badInput('Credit can be offered only when marking an idea SHIPPED', { field: 'creditMemberIds' });
    await this.requireCommunityMembers(ctx, idea.community_id, values.creditMemberIds);
    const promised = transition(idea.status, values.status, 'STAFF', values.rationale);
    this.checkPromisedDate(values.nextUpdateDueAt, promised.owesUpdate);
    const spacePolicy = await this.loaders.policyOfSpace(ctx).load(idea.space_id);
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      const [locked] = await this.ideas.lockIdeas(tx, [idea.id]);
      // Checked again under the lock: a concurrent change may have moved the idea meanwhile.
      const result = transition(locked.status, values.status, 'STAFF', values.rationale);
      const nextUpdateDueAt = result.owesUpdate ? (values.nextUpdateDueAt ?? new Date(now.getTime() + updateEveryDays(spacePolicy) * DAY_MS)) : null;
      await this.ideas.setStatus(tx, idea.id, { from: result.from, to: result.to, nextUpdateDueAt, now });
      await this.ideas.appendStatusChanges(tx, [{ ideaId: idea.id, from: result.from, to: result.to, rationale: result.rationale, changedBy: memberId, at: now }]);
      if (result.decides) await this.decisions.upsertDecision(tx, { ideaId: idea.id, status: result.to, summary: result.rationale, decidedBy: memberId, now });
      if (result.to === IdeaStatus.SHIPPED) {
        const credited = [...new Set([...(locked.author_id ? [locked.author_id] : []), ...values.creditMemberIds])];
        await this.decisions.offerCredits(tx, idea.id, credited, now);
        // Told privately: a credited name becomes public only once its owner accepts.
        await this.events.record(
          tx,
          ...credited.map((creditedId) => ({
            type: 'credit.offered',
            rooms: [roomName('member', creditedId)],
            payload: { communityId: idea.community_id, ideaId: idea.id, memberId: creditedId, offeredBy: memberId },
          })),
        );
      }
      await this.recordStatusChanged(tx, locked, result.from, result.to, result.rationale, memberId);
    });
    return this.reload(ctx, idea.id);
  }

  /** The source becomes MERGED; its supporters move to the target without double counting. */
  async mergeIdea(ctx: RequestContext, values: { ideaId: string; intoIdeaId: string; rationale: string }): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    if (values.ideaId === values.intoIdeaId) throw badInput('An idea cannot be merged into itself', { field: 'intoIdeaId' });
    const [source, target] = await Promise.all([this.policy.requireVisibleIdea(ctx, values.ideaId), this.policy.requireVisibleIdea(ctx, values.intoIdeaId)]);
    if (source.space_id !== target.space_id) throw badInput('Ideas can be merged only within one space', { field: 'intoIdeaId' });
    await this.policy.requireMerger(ctx, source.space_id);
    transition(source.status, IdeaStatus.MERGED, 'MERGE', values.rationale);
    const spacePolicy = await this.loaders.policyOfSpace(ctx).load(source.space_id);
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      const locked = await this.ideas.lockIdeas(tx, [source.id, target.id]);
      const lockedSource = locked.find((row) => row.id === source.id)!;
      const lockedTarget = locked.find((row) => row.id === target.id)!;
      const result = transition(lockedSource.status, IdeaStatus.MERGED, 'MERGE', values.rationale);
      if (isClosed(lockedTarget.status)) throw ideaClosed(lockedTarget.status, 'merge ideas into');
      const { moved, alreadyOnTarget } = await this.supports.copyForMerge(tx, source.id, target.id, now);
      const updated = await this.supports.adjustCount(tx, target.id, moved.length, qualificationRule(spacePolicy), now);
      await this.merges.insertMerge(tx, { source: lockedSource, targetId: target.id, rationale: result.rationale, mergedBy: memberId, moved, alreadyOnTarget, now });
      await this.ideas.setStatus(tx, source.id, { from: result.from, to: result.to, nextUpdateDueAt: null, mergedIntoId: target.id, now });
      await this.ideas.appendStatusChanges(tx, [{ ideaId: source.id, from: result.from, to: result.to, rationale: result.rationale, changedBy: memberId, at: now }]);
      await this.recordStatusChanged(tx, lockedSource, result.from, result.to, result.rationale, memberId);
      await this.events.record(tx, {
        type: 'idea.merged',
        rooms: [roomName('space', source.space_id), roomName('idea', source.id), roomName('idea', target.id)],
        payload: { ideaId: source.id, intoIdeaId: target.id, spaceId: source.space_id, communityId: source.community_id, movedSupports: moved.length, targetSupportCount: updated!.support_count },
      });
      await this.recordSupportChanged(tx, lockedTarget, updated!.support_count);
    });
    return this.reload(ctx, source.id);
  }

  /** Restores both ideas as they were before the merge: supports, counts and status. */
  async unmergeIdea(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    const source = await this.policy.requireVisibleIdea(ctx, ideaId);
    await this.policy.requireMerger(ctx, source.space_id);
    if (source.status !== IdeaStatus.MERGED) throw notMerged();
    await this.db.run(async (tx) => {
      const now = this.clock.now();
      const merge = await this.merges.activeMergeOf(tx, source.id);
      if (!merge) throw notMerged();
      const locked = await this.ideas.lockIdeas(tx, [merge.source_id, merge.target_id]);
      const target = locked.find((row) => row.id === merge.target_id)!;
      const removed = await this.supports.removeMerged(tx, source.id, target.id);
      const targetCount = await this.supports.addToCount(tx, target.id, -removed);
      const restored = await this.merges.restoreSource(tx, merge, now);
      await this.merges.closeMerge(tx, merge.id, memberId, now);
      const rationale = `Unmerged: this idea is distinct from “${target.title}”, so it stands on its own again with its own supporters.`;
      await this.ideas.appendStatusChanges(tx, [{ ideaId: source.id, from: IdeaStatus.MERGED, to: restored.status, rationale, changedBy: memberId, at: now }]);
      await this.recordStatusChanged(tx, source, IdeaStatus.MERGED, restored.status, rationale, memberId);
      await this.events.record(tx, {
        type: 'idea.unmerged',
        rooms: [roomName('space', source.space_id), roomName('idea', source.id), roomName('idea', target.id)],
        payload: { ideaId: source.id, fromIdeaId: target.id, spaceId: source.space_id, communityId: source.community_id, targetSupportCount: targetCount },
      });
      await this.recordSupportChanged(tx, target, targetCount);
    });
    return this.reload(ctx, source.id);
  }

  async acceptCredit(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const memberId = ctx.actor!.memberId;
    const idea = await this.policy.requireVisibleIdea(ctx, ideaId);
    await this.db.run(async (tx) => {
      const credit = await this.decisions.acceptCredit(tx, idea.id, memberId, this.clock.now());
      if (!credit) throw noCreditOffered();
      await this.events.record(tx, {
        type: 'credit.accepted',
        rooms: [roomName('idea', idea.id), roomName('member', memberId)],
        payload: { communityId: idea.community_id, ideaId: idea.id, memberId },
      });
    });
    return this.reload(ctx, idea.id);
  }

  /** Declining deletes the offer: the member's name appears nowhere. */
  async declineCredit(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    const idea = await this.policy.requireVisibleIdea(ctx, ideaId);
    const declined = await this.db.run((tx) => this.decisions.deleteCredit(tx, idea.id, ctx.actor!.memberId));
    if (!declined) throw noCreditOffered();
    return this.reload(ctx, idea.id);
  }

  /**
   * The idea and its space's policy in one statement, into this request's loaders (byId, policyOfSpace), where a
   * support's access check and its counting rule read them (a loader already holding either keeps its value).
   */
  private async loadWithPolicy(ctx: RequestContext, ideaId: string): Promise<void> {
    const found = await this.policies.ideaWithPolicy(this.db.reader, ideaId);
    this.loaders.byId(ctx).prime(ideaId, found?.idea ?? null);
    if (found) this.loaders.policyOfSpace(ctx).prime(found.idea.space_id, found.policy);
  }

  private async requireCampaignOpenForSupport(ctx: RequestContext, idea: IdeaRow, now: Date): Promise<void> {
    if (!idea.campaign_id) return;
    const campaign = await this.loaders.campaignById(ctx).load(idea.campaign_id);
    if (campaign && now >= campaign.support_closes_at) throw campaignClosed('support', campaign.support_closes_at);
  }

  private async requireCommunityMembers(ctx: RequestContext, communityId: string, memberIds: readonly string[]): Promise<void> {
    const memberships = await this.communityLoaders.membership(ctx).loadMany(memberIds.map((memberId) => ({ communityId, memberId })));
    if (memberships.some((membership) => !membership || membership instanceof Error)) {
      throw badInput('Credit can be offered only to members of this community', { field: 'creditMemberIds' });
    }
  }

  /**
   * The row a support write returned (or, when nothing changed, the one just read) answers the mutation:
   * no reload, and the viewer's role stays cached for the payload's fields. Only the idea's own entry
   * is replaced, so later loads in this request see the new count.
   */
  private answerWith(ctx: RequestContext, idea: IdeaRow): IdeaRow {
    this.loaders.byId(ctx).clear(idea.id).prime(idea.id, idea);
    return idea;
  }

  private async reload(ctx: RequestContext, ideaId: string): Promise<IdeaRow> {
    ctx.loaders.clearAll();
    return (await this.loaders.byId(ctx).load(ideaId))!;
  }

  private recordSupportChanged(tx: Db, idea: IdeaRow, supportCount: number): Promise<void> {
    return this.events.record(tx, {
      type: 'idea.support_changed',
      rooms: [roomName('space', idea.space_id), roomName('idea', idea.id)],
      payload: { ideaId: idea.id, spaceId: idea.space_id, communityId: idea.community_id, supportCount },
    });
  }

  private recordStatusChanged(tx: Db, idea: IdeaRow, from: IdeaStatus | null, to: IdeaStatus, rationale: string, changedBy: string | null): Promise<void> {
    return this.events.record(tx, {
      type: 'idea.status_changed',
      rooms: [roomName('space', idea.space_id), roomName('idea', idea.id)],
      payload: { ideaId: idea.id, spaceId: idea.space_id, communityId: idea.community_id, from, to, rationale, changedBy },
    });
  }
}

export function qualificationRule(policy: IdeaPolicyRow | null): QualificationRule {
  return { threshold: policy?.support_threshold ?? null, windowDays: policy?.threshold_window_days ?? null };
}
