import { Injectable } from '@nestjs/common';
import { Field, ID, InputType, Mutation, ObjectType, ResolveField, Resolver, Args } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsString, MaxLength, MinLength } from 'class-validator';
import { roomName, IdeasErrorCode, ErrorCode, toGlobalId } from '@palabre/contracts';
import { AuthorsLoader, AuthorType } from '@palabre/communities';
import { badInput, Clock, Ctx, EventsService, GraphqlContext, localIdOf, NoArgs, raises, RequestContext, TransactionRunner, groupByKeys } from '@palabre/core';
import { isClosed } from './idea-status.machine';
import { ideaClosed } from './ideas.errors';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPolicy } from './ideas.policy';
import { IdeasRepository } from './ideas.repository';
import { IdeaUpdateRow, IdeaUpdatesRepository } from './idea-updates.repository';
import { IDEA_TYPE, IdeaType } from './ideas.types';
import type { IdeaRow } from './ideas.rows';

export const IDEA_UPDATE_TYPE = 'IdeaUpdate';
const DAY_MS = 86_400_000;
/** The furthest a next update may be promised. */
export const MAX_PROMISE_DAYS = 366;

@InputType()
export class PostIdeaUpdateInput {
  @Field(() => ID) @IsString() ideaId!: string;
  @Field({ description: 'The public update: what happened since the last one (20–5000 characters)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(20, { message: 'text must be at least 20 characters: it is the public update members wait for' })
  @MaxLength(5000)
  text!: string;
  @Field({ description: 'When the next public update is promised (in the future, within a year)' }) @IsDate() nextUpdateDueAt!: Date;
}

@ObjectType('IdeaUpdate', { description: 'A public progress update on an idea, with the promise it answered and the one it makes' })
export class IdeaUpdateType {
  @Field(() => ID) id!: string;
  communityId!: string;
  postedById!: string | null;
  @Field() text!: string;
  @Field() postedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'The update date that was promised when this one was posted' }) promisedAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it came by the promised date; null when nothing was promised' }) promiseKept!: boolean | null;
  @Field({ description: 'The next update it promised' }) nextUpdateDueAt!: Date;

  static from(row: IdeaUpdateRow, communityId: string): IdeaUpdateType {
    return Object.assign(new IdeaUpdateType(), {
      id: toGlobalId(IDEA_UPDATE_TYPE, row.id),
      communityId,
      postedById: row.posted_by,
      text: row.message,
      postedAt: row.posted_at,
      promisedAt: row.promised_at,
      promiseKept: row.promised_at ? row.posted_at.getTime() <= row.promised_at.getTime() : null,
      nextUpdateDueAt: row.next_update_due_at,
    });
  }
}

/** Progress updates without a status change: an idea that stays IN_PROGRESS keeps its promises. */
@Injectable()
export class IdeaUpdatesService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: IdeaUpdatesRepository,
    private readonly ideas: IdeasRepository,
    private readonly loaders: IdeasLoaders,
    private readonly policy: IdeasPolicy,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  async post(ctx: RequestContext, values: { ideaId: string; text: string; nextUpdateDueAt: Date }): Promise<IdeaRow> {
    const idea = await this.policy.requireVisibleIdea(ctx, values.ideaId);
    await this.policy.requireStaff(ctx, idea.space_id, 'post updates on ideas');
    if (isClosed(idea.status)) throw ideaClosed(idea.status, 'post updates on');
    const now = this.clock.now();
    if (values.nextUpdateDueAt <= now || values.nextUpdateDueAt.getTime() > now.getTime() + MAX_PROMISE_DAYS * DAY_MS) {
      throw badInput(`nextUpdateDueAt must be in the future and within ${MAX_PROMISE_DAYS} days`, { field: 'nextUpdateDueAt' });
    }
    await this.db.run(async (tx) => {
      const [locked] = await this.ideas.lockIdeas(tx, [idea.id]);
      // Checked again under the lock: a concurrent decision may have closed it.
      if (isClosed(locked.status)) throw ideaClosed(locked.status, 'post updates on');
      const update = await this.repo.post(tx, { ideaId: idea.id, message: values.text, postedBy: ctx.actor!.memberId, promisedAt: locked.next_update_due_at, nextUpdateDueAt: values.nextUpdateDueAt, now });
      await this.events.record(tx, {
        type: 'idea.progress_updated',
        rooms: [roomName('space', idea.space_id), roomName('idea', idea.id)],
        payload: { ideaId: idea.id, spaceId: idea.space_id, communityId: idea.community_id, updateId: update.id, text: values.text, nextUpdateDueAt: values.nextUpdateDueAt.toISOString(), postedBy: ctx.actor!.memberId },
      });
    });
    ctx.loaders.clearAll();
    return (await this.loaders.byId(ctx).load(idea.id))!;
  }

  updatesOf(ctx: RequestContext, ideaId: string): Promise<IdeaUpdateRow[]> {
    return ctx.loaders.get<string, IdeaUpdateRow[]>('ideas.updatesOf', async (ids) => groupByKeys(ids, await this.repo.updatesOf(ids), (row) => row.idea_id)).load(ideaId);
  }
}

@Resolver(() => IdeaType)
export class IdeaUpdatesResolver {
  constructor(private readonly service: IdeaUpdatesService) {}

  @Mutation(() => IdeaType, {
    description: raises('Post a public progress update without changing the status, moving nextUpdateDueAt (OWNER or BRAND_STAFF)', IdeasErrorCode.IdeaClosed, ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN),
  })
  async postIdeaUpdate(@Ctx() ctx: RequestContext, @Args('input') input: PostIdeaUpdateInput): Promise<IdeaType> {
    return IdeaType.from(await this.service.post(ctx, { ideaId: localIdOf(input.ideaId, IDEA_TYPE, 'ideaId'), text: input.text, nextUpdateDueAt: input.nextUpdateDueAt }));
  }

  @ResolveField(() => [IdeaUpdateType], { description: 'Every public progress update, oldest first, each with the promised date it answered' })
  async updates(idea: IdeaType, _args: NoArgs, { ctx }: GraphqlContext): Promise<IdeaUpdateType[]> {
    return (await this.service.updatesOf(ctx, idea.localId)).map((row) => IdeaUpdateType.from(row, idea.communityId));
  }
}

@Resolver(() => IdeaUpdateType)
export class IdeaUpdateFieldsResolver {
  constructor(private readonly authors: AuthorsLoader) {}

  @ResolveField(() => AuthorType, { nullable: true, description: 'The staff member who posted it' })
  postedBy(update: IdeaUpdateType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return update.postedById ? this.authors.load(ctx, update.communityId, update.postedById) : Promise.resolve(null);
  }
}
