import { Injectable } from '@nestjs/common';
import { badInput, Clock, conflict, notFound, RequestContext, TransactionRunner } from '@palabre/core';
import { CommunitiesPolicy, STAFF_ROLES } from './communities.policy';
import { MAX_SAVED_REPLIES, SavedRepliesRepository, SavedReplyRow } from './saved-replies.repository';

/** Replies the brand team saves to reuse (OWNER or BRAND_STAFF of the community). */
@Injectable()
export class SavedRepliesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: SavedRepliesRepository,
    private readonly policy: CommunitiesPolicy,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, communityId: string): Promise<SavedReplyRow[]> {
    await this.policy.requireRole(ctx, communityId, STAFF_ROLES, 'read saved replies');
    return this.repo.ofCommunity(this.db.reader, communityId);
  }

  async create(ctx: RequestContext, values: { communityId: string; title: string; text: string }): Promise<SavedReplyRow> {
    await this.policy.requireRole(ctx, values.communityId, STAFF_ROLES, 'save replies');
    const created = await this.db.run(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('saved-replies:' || $1::text))`, [values.communityId]);
      if ((await this.repo.count(tx, values.communityId)) >= MAX_SAVED_REPLIES) throw badInput(`A community keeps at most ${MAX_SAVED_REPLIES} saved replies; delete one first`);
      return this.repo.insert(tx, { ...values, now: this.clock.now() });
    });
    if (!created) throw conflict(`A saved reply titled "${values.title}" exists already; edit it or choose another title`, { field: 'title' });
    return created;
  }

  async update(ctx: RequestContext, values: { savedReplyId: string; title: string; text: string }): Promise<SavedReplyRow> {
    await this.require(ctx, values.savedReplyId);
    const updated = await this.db.run((tx) => this.repo.update(tx, { id: values.savedReplyId, title: values.title, text: values.text, now: this.clock.now() }));
    if (!updated) throw conflict(`Another saved reply is titled "${values.title}"`, { field: 'title' });
    return updated;
  }

  async delete(ctx: RequestContext, savedReplyId: string): Promise<boolean> {
    await this.require(ctx, savedReplyId);
    return this.db.run((tx) => this.repo.delete(tx, savedReplyId));
  }

  private async require(ctx: RequestContext, savedReplyId: string): Promise<SavedReplyRow> {
    const row = await this.repo.find(savedReplyId);
    if (!row) throw notFound('This saved reply');
    await this.policy.requireRole(ctx, row.community_id, STAFF_ROLES, 'edit saved replies');
    return row;
  }
}
