import { Injectable } from '@nestjs/common';
import { roomName } from '@palabre/contracts';
import { PostImages } from '@palabre/media';
import { addedMentionsKnown, Clock, Db, EventsService, forbidden, notFound, RequestContext, TransactionRunner, unauthenticated, WriteGate } from '@palabre/core';
import { ideaLocked } from './ideas.errors';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import { IdeasRepository } from './ideas.repository';
import type { CommentRow } from './ideas.rows';

/** A member edits or deletes their own comment on an idea; everyone watching the idea sees it change. */
@Injectable()
export class IdeaCommentsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: IdeasRepository,
    private readonly loaders: IdeasLoaders,
    private readonly policy: IdeasPolicy,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly images: PostImages,
    private readonly writeGate: WriteGate,
  ) {}

  /** Whether editComment (action 'edit') or deleteComment ('delete') would let the viewer change this comment. */
  viewerMayChange(ctx: RequestContext, comment: { authorId: string | null; ideaId: string; communityId: string }, action: 'edit' | 'delete'): Promise<boolean> {
    return this.policy.mayChangeComment(ctx, comment, action);
  }

  /** An edit that changes nothing writes nothing and announces nothing. */
  async editComment(ctx: RequestContext, commentId: string, body: string): Promise<CommentRow> {
    const comment = await this.requireOwnComment(ctx, commentId, 'edit this comment');
    const idea = await this.policy.requireVisibleIdea(ctx, comment.idea_id);
    if (idea.locked_at) throw ideaLocked();
    await this.db.run(async (tx) => {
      // An edit publishes new text: refused while suspended, as a new comment is (deleting one's comment stays open).
      await this.writeGate.assertCanWrite(tx, comment.community_id, ctx.actor!.memberId);
      const current = await this.repo.lockComment(tx, comment.id);
      if (!current || current.removed_at) throw notFound('This comment');
      if (body === current.body) return;
      const rendered = await this.images.render(tx, current.author_id!, body, { kind: 'IDEA_COMMENT', id: current.id });
      await this.repo.updateCommentContent(tx, current.id, { body, bodyHtml: rendered.html, now: this.clock.now() });
      await this.images.reattach(tx, { kind: 'IDEA_COMMENT', id: current.id, communityId: current.community_id }, rendered.imageIds, current.body);
      // Only the members this edit mentions for the first time are told (the notifications lib reads `known`).
      await this.record(tx, 'idea.comment_edited', current, addedMentionsKnown(current.body, body));
    });
    ctx.loaders.clearAll();
    return (await this.loaders.commentById(ctx).load(comment.id))!;
  }

  async deleteComment(ctx: RequestContext, commentId: string): Promise<boolean> {
    const comment = await this.requireOwnComment(ctx, commentId, 'delete this comment');
    await this.db.run(async (tx) => {
      const current = await this.repo.lockComment(tx, comment.id);
      if (!current || !(await this.repo.deleteComment(tx, current))) throw notFound('This comment');
      await this.images.deleteWithPost(tx, { kind: 'IDEA_COMMENT', id: current.id }, current.body);
      await this.record(tx, 'idea.comment_deleted', current);
    });
    ctx.loaders.clearAll();
    return true;
  }

  /** Someone else's comment is FORBIDDEN; one the viewer may not see is NOT_FOUND, as if it did not exist. */
  private async requireOwnComment(ctx: RequestContext, commentId: string, what: string): Promise<CommentRow> {
    if (!ctx.actor) throw unauthenticated();
    const comment = await this.loaders.commentById(ctx).load(commentId);
    if (!comment || comment.removed_at || !(await this.policy.canSeeComment(ctx, comment))) throw notFound('This comment');
    await this.policy.requireParticipant(ctx, comment.space_id, what);
    if (comment.author_id !== ctx.actor.memberId) throw forbidden(`Only its author may ${what}`);
    return comment;
  }

  private record(tx: Db, type: 'idea.comment_edited' | 'idea.comment_deleted', comment: CommentRow, known?: Record<string, string>): Promise<void> {
    return this.events.record(tx, {
      type,
      ...(known && Object.keys(known).length > 0 ? { known } : {}),
      rooms: [roomName('idea', comment.idea_id)],
      payload: { ideaId: comment.idea_id, commentId: comment.id, spaceId: comment.space_id, communityId: comment.community_id, authorId: comment.author_id },
    });
  }
}
