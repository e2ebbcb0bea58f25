import { ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorsLoader, AuthorType } from '@palabre/communities';
import { GraphqlContext, NoArgs } from '@palabre/core';
import { MutesService } from '@palabre/members';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeasLoaders } from './ideas.loaders';
import { IdeaCommentType, IdeaType } from './ideas.types';

@Resolver(() => IdeaCommentType)
export class IdeaCommentFieldsResolver {
  constructor(
    private readonly loaders: IdeasLoaders,
    private readonly authors: AuthorsLoader,
    private readonly mutes: MutesService,
    private readonly comments: IdeaCommentsService,
  ) {}

  @ResolveField(() => Boolean, { description: 'You wrote it and may edit it now (editIdeaComment): false when signed out, for others, while the idea is locked or while you are suspended here' })
  viewerCanEdit(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.comments.viewerMayChange(ctx, comment, 'edit');
  }

  @ResolveField(() => Boolean, { description: 'You wrote it and may delete it now (deleteIdeaComment): false when signed out and for others' })
  viewerCanDelete(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.comments.viewerMayChange(ctx, comment, 'delete');
  }

  @ResolveField(() => Boolean, { description: 'You muted its author: show it collapsed (false when signed out)' })
  authorMutedByViewer(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<boolean> {
    return this.mutes.mutedByViewer(ctx, comment.authorId);
  }

  @ResolveField(() => AuthorType, { nullable: true })
  author(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): AuthorType | Promise<AuthorType | null> | null {
    return comment.authorId ? this.authors.loadKnown(ctx, comment.communityId, comment.authorId) : null;
  }

  @ResolveField(() => IdeaType)
  async idea(comment: IdeaCommentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaType> {
    return IdeaType.from((await this.loaders.byId(ctx).load(comment.ideaId))!);
  }
}
