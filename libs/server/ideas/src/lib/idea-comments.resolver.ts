import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ErrorCode, IdeasErrorCode, ModerationErrorCode } from '@palabre/contracts';
import { Ctx, localIdOf, raises, RequestContext } from '@palabre/core';
import { IdeaCommentsService } from './idea-comments.service';
import { EditIdeaCommentInput } from './ideas.inputs';
import { IDEA_COMMENT_TYPE, IdeaCommentType } from './ideas.types';

/** A member's own comments on ideas: edit and delete (the comment itself is written by commentOnIdea). */
@Resolver()
export class IdeaCommentsResolver {
  constructor(private readonly service: IdeaCommentsService) {}

  @Mutation(() => IdeaCommentType, { description: raises('Edit your comment on an idea (viewerCanEdit says when you may)', IdeasErrorCode.IdeaLocked, ModerationErrorCode.Suspended, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async editIdeaComment(@Ctx() ctx: RequestContext, @Args('input') input: EditIdeaCommentInput): Promise<IdeaCommentType> {
    return IdeaCommentType.from(await this.service.editComment(ctx, localIdOf(input.id, IDEA_COMMENT_TYPE, 'id'), input.body));
  }

  @Mutation(() => Boolean, { description: raises('Delete your comment on an idea; answers to it stay (viewerCanDelete says when you may)', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  async deleteIdeaComment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deleteComment(ctx, localIdOf(id, IDEA_COMMENT_TYPE, 'id'));
  }
}
