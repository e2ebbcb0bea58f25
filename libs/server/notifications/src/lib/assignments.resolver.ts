import { Args, Field, ID, InputType, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { ErrorCode, toGlobalId } from '@palabre/contracts';
import { Ctx, GraphqlContext, localIdOf, Node, NodeRegistry, NoArgs, raises, RequestContext } from '@palabre/core';
import { AuthorsLoader, AuthorType, COMMUNITY_TYPE } from '@palabre/communities';
import { MEMBER_TYPE } from '@palabre/members';
import { AssignmentRow } from './assignments.repository';
import { AssignmentsService } from './assignments.service';

export const ASSIGNMENT_TYPE = 'StaffAssignment';

@InputType()
export class AssignToStaffInput {
  @Field(() => ID, { description: 'A Thread (question) or an Idea' }) @IsString() contentId!: string;
  @Field(() => ID, { description: 'An owner or brand staff member of the community' }) @IsString() assigneeId!: string;
}

@InputType()
export class StaffAssignmentsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this staff member’s assignments' }) @IsOptional() @IsString() assigneeId?: string;
}

@ObjectType('StaffAssignment', { description: 'A question or an idea one staff member looks after' })
export class StaffAssignmentType {
  @Field(() => ID) id!: string;
  communityId!: string;
  assigneeId!: string;
  assignedById!: string | null;
  @Field(() => ID) contentId!: string;
  @Field({ description: 'Thread or Idea' }) contentType!: string;
  @Field() assignedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'The time announced: a question’s expected first answer, an idea’s next update; null once met or closed' }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The announced time the assignee was last reminded of' }) remindedFor!: Date | null;

  static from(row: AssignmentRow): StaffAssignmentType {
    return Object.assign(new StaffAssignmentType(), {
      id: toGlobalId(ASSIGNMENT_TYPE, row.id),
      communityId: row.community_id,
      assigneeId: row.assignee_id,
      assignedById: row.assigned_by,
      contentId: toGlobalId(row.content_type, row.content_id),
      contentType: row.content_type,
      assignedAt: row.assigned_at,
      dueAt: row.due_at,
      remindedFor: row.reminded_for,
    });
  }
}

@Resolver(() => StaffAssignmentType)
export class AssignmentsResolver {
  constructor(private readonly assignments: AssignmentsService, private readonly nodes: NodeRegistry, private readonly authors: AuthorsLoader) {}

  @Mutation(() => StaffAssignmentType, {
    description: raises('Assign a question or an idea to a staff member, who is reminded as the announced time approaches (OWNER or BRAND_STAFF); assigning again hands it over', ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND),
  })
  async assignToStaff(@Ctx() ctx: RequestContext, @Args('input') input: AssignToStaffInput): Promise<StaffAssignmentType> {
    return StaffAssignmentType.from(await this.assignments.assign(ctx, input.contentId, localIdOf(input.assigneeId, MEMBER_TYPE, 'assigneeId')));
  }

  @Mutation(() => Boolean, { description: raises('Remove the assignment of a question or an idea; false when it had none', ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND) })
  unassignStaff(@Ctx() ctx: RequestContext, @Args('contentId', { type: () => ID }) contentId: string): Promise<boolean> {
    return this.assignments.unassign(ctx, contentId);
  }

  @Query(() => [StaffAssignmentType], { description: 'Assignments in a community, soonest announced time first (OWNER or BRAND_STAFF; 100 at most)' })
  async staffAssignments(
    @Ctx() ctx: RequestContext,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('filter', { type: () => StaffAssignmentsFilter, nullable: true }) filter?: StaffAssignmentsFilter,
  ): Promise<StaffAssignmentType[]> {
    const assigneeId = filter?.assigneeId ? localIdOf(filter.assigneeId, MEMBER_TYPE, 'filter.assigneeId') : null;
    return (await this.assignments.list(ctx, localIdOf(communityId, COMMUNITY_TYPE, 'communityId'), assigneeId)).map(StaffAssignmentType.from);
  }

  @ResolveField(() => Node, { nullable: true })
  content(assignment: StaffAssignmentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<object | null> {
    return this.nodes.load(ctx, assignment.contentId);
  }

  @ResolveField(() => AuthorType, { nullable: true })
  assignee(assignment: StaffAssignmentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return this.authors.load(ctx, assignment.communityId, assignment.assigneeId);
  }

  @ResolveField(() => AuthorType, { nullable: true })
  assignedBy(assignment: StaffAssignmentType, _args: NoArgs, { ctx }: GraphqlContext): Promise<AuthorType | null> {
    return assignment.assignedById ? this.authors.load(ctx, assignment.communityId, assignment.assignedById) : Promise.resolve(null);
  }
}
