/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** AUTOMATION: done by the platform (e.g. a weighted auto-hide), not by a person */
export type ActorKind =
  | 'AUTOMATION'
  | 'HUMAN';

export type AddModeratorNoteInput = {
  communityId: string;
  memberId: string;
  /** Written for other moderators, and readable by the member in their data export */
  note: string;
};

export type AppealOutcome =
  | 'REVERSED'
  | 'UPHELD';

export type AppealStatus =
  | 'OPEN'
  | 'REVERSED'
  | 'UPHELD';

export type AuditAction =
  | 'APPEAL_REVERSED'
  | 'APPEAL_UPHELD'
  | 'AUTO_HIDE'
  | 'CLOSE_AS_DUPLICATE'
  | 'DISMISS_REPORTS'
  | 'FEATURE'
  | 'HIDE'
  | 'LIFT_SUSPENSION'
  | 'LOCK'
  | 'MERGE_TAGS'
  | 'MOVE'
  | 'PIN'
  | 'REMOVE'
  | 'RENAME_TAG'
  | 'RESTORE'
  | 'SET_AUTO_HIDE_THRESHOLD'
  | 'SUSPEND'
  | 'UNFEATURE'
  | 'UNLOCK'
  | 'UNPIN';

/** Every field narrows the log; none means all of it */
export type AuditLogFilter = {
  actions?: Array<AuditAction> | null | undefined;
  /** HUMAN or AUTOMATION */
  actorKind?: ActorKind | null | undefined;
  /** From this instant (included) */
  from?: string | null | undefined;
  /** The member an entry concerns */
  memberId?: string | null | undefined;
  /** Until this instant (excluded) */
  to?: string | null | undefined;
};

export type CloseAsDuplicateInput = {
  /** The original thread */
  ofThreadId: string;
  reason: string;
  threadId: string;
};

export type CreateReasonTemplateInput = {
  communityId: string;
  reason: string;
  title: string;
};

export type FeatureContentInput = {
  contentId: string;
  /** Why it is among the best (shown with it) */
  note: string;
};

export type LiftSuspensionInput = {
  communityId: string;
  memberId: string;
  reason: string;
};

export type MergeTagsInput = {
  from: Array<string>;
  into: string;
  spaceId: string;
};

export type ModerateInput = {
  action: ModerationAction;
  contentId: string;
  reason: string;
};

/** LOCK and UNLOCK apply to threads and ideas only */
export type ModerationAction =
  | 'DISMISS_REPORTS'
  | 'HIDE'
  | 'LOCK'
  | 'REMOVE'
  | 'RESTORE'
  | 'UNLOCK';

export type MoveThreadInput = {
  reason: string;
  threadId: string;
  toSpaceId: string;
};

export type RenameTagInput = {
  from: string;
  spaceId: string;
  to: string;
};

export type ReportReason =
  | 'ABUSE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type ResolveAppealInput = {
  appealId: string;
  outcome: AppealOutcome;
  reason: string;
};

/** A role in one community; it labels, it never weighs */
export type Role =
  | 'BRAND_STAFF'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type SpaceKind =
  | 'DISCUSSION'
  | 'IDEAS';

export type SuspendMemberInput = {
  communityId: string;
  memberId: string;
  reason: string;
  until: string;
};

export type UpdateReasonTemplateInput = {
  reason: string;
  templateId: string;
  title: string;
};

export type AppealsQueueQueryVariables = Exact<{
  communityId: string;
  after?: string | null | undefined;
}>;


export type AppealsQueueQuery = { appealsQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, note: string, createdAt: string, dueAt: string, appellant: { id: string, handle: string } | null, action: { id: string, action: AuditAction, reason: string, at: string, actor: { handle: string } | null } } }> } };

export type ResolveAppealMutationVariables = Exact<{
  input: ResolveAppealInput;
}>;


export type ResolveAppealMutation = { resolveAppeal: { id: string, status: AppealStatus } };

export type AuditLogQueryVariables = Exact<{
  communityId: string;
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: AuditAction, actorKind: ActorKind, at: string, reason: string, target: string, targetType: string, actor: { id: string, handle: string } | null } }> } };

export type MemberModerationQueryVariables = Exact<{
  communityId: string;
  memberId: string;
  after?: string | null | undefined;
}>;


export type MemberModerationQuery = { memberModerationHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: AuditAction, actorKind: ActorKind, at: string, reason: string, target: string, targetType: string, actor: { id: string, handle: string } | null } }> }, moderatorNotes: Array<{ id: string, note: string, createdAt: string, author: { handle: string } | null }>, node:
    | { handle: string }
    | Record<PropertyKey, never>
   | null };

export type AddModeratorNoteMutationVariables = Exact<{
  input: AddModeratorNoteInput;
}>;


export type AddModeratorNoteMutation = { addModeratorNote: { id: string } };

export type ClaimModerationCaseMutationVariables = Exact<{
  id: string;
}>;


export type ClaimModerationCaseMutation = { claimModerationCase: { id: string } };

export type ReleaseModerationCaseMutationVariables = Exact<{
  id: string;
}>;


export type ReleaseModerationCaseMutation = { releaseModerationCase: { id: string } };

export type ModerateContentMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type ModerateContentMutation = { moderate: { id: string } };

export type ModerationQueueQueryVariables = Exact<{
  slug: string;
}>;


export type ModerationQueueQuery = { me: { id: string }, community: { id: string, name: string } };

export type QueueItemsQueryVariables = Exact<{
  communityId: string;
  after?: string | null | undefined;
}>;


export type QueueItemsQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, contentId: string, contentType: string, openWeight: number, openReports: number, autoHiddenAt: string | null, reasons: Array<{ reason: ReportReason, count: number, weight: number }>, claim: { expiresAt: string, viewerCanRelease: boolean, moderator: { id: string, handle: string } | null } | null, author: { id: string, handle: string } | null, content:
          | { title: string, body: string }
          | { body: string }
          | { body: string }
          | { title: string, body: string }
          | Record<PropertyKey, never>
         | null, context:
          | { title: string }
          | { title: string }
          | Record<PropertyKey, never>
         | null } }> }, moderationReasonTemplates: Array<{ id: string, title: string, reason: string }> };

export type CreateReasonTemplateMutationVariables = Exact<{
  input: CreateReasonTemplateInput;
}>;


export type CreateReasonTemplateMutation = { createReasonTemplate: { id: string } };

export type UpdateReasonTemplateMutationVariables = Exact<{
  input: UpdateReasonTemplateInput;
}>;


export type UpdateReasonTemplateMutation = { updateReasonTemplate: { id: string } };

export type DeleteReasonTemplateMutationVariables = Exact<{
  id: string;
}>;


export type DeleteReasonTemplateMutation = { deleteReasonTemplate: boolean };

export type RunningSuspensionsQueryVariables = Exact<{
  communityId: string;
  after?: string | null | undefined;
}>;


export type RunningSuspensionsQuery = { runningSuspensions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reason: string, until: string, member: { id: string, handle: string } | null, setBy: { handle: string, affiliation: Role | null } | null } }> } };

export type LiftRunningSuspensionMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type LiftRunningSuspensionMutation = { liftSuspension: { id: string, liftedAt: string | null } };

export type MemberByHandleQueryVariables = Exact<{
  communityId: string;
  prefix: string;
}>;


export type MemberByHandleQuery = { handleSuggestions: Array<{ id: string, handle: string }> };

export type SuspendMemberMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type SuspendMemberMutation = { suspendMember: { id: string, until: string } };

export type MoveThreadMutationVariables = Exact<{
  input: MoveThreadInput;
}>;


export type MoveThreadMutation = { moveThread: boolean };

export type CloseAsDuplicateMutationVariables = Exact<{
  input: CloseAsDuplicateInput;
}>;


export type CloseAsDuplicateMutation = { closeAsDuplicate: string };

export type RenameTagMutationVariables = Exact<{
  input: RenameTagInput;
}>;


export type RenameTagMutation = { renameTag: number };

export type MergeTagsMutationVariables = Exact<{
  input: MergeTagsInput;
}>;


export type MergeTagsMutation = { mergeTags: number };

export type ThreadCurationQueryVariables = Exact<{
  id: string;
}>;


export type ThreadCurationQuery = { node:
    | { id: string, tags: Array<string>, space: { id: string, pinnedThreadIds: Array<string>, community: { spaces: Array<{ id: string, name: string, kind: SpaceKind }> } } }
    | Record<PropertyKey, never>
   | null };

export type PinThreadMutationVariables = Exact<{
  id: string;
}>;


export type PinThreadMutation = { pinThread: { id: string } };

export type UnpinThreadMutationVariables = Exact<{
  id: string;
}>;


export type UnpinThreadMutation = { unpinThread: { id: string } };

export type FeatureThreadMutationVariables = Exact<{
  input: FeatureContentInput;
}>;


export type FeatureThreadMutation = { featureContent: { featuredAt: string } };

export type UnfeatureThreadMutationVariables = Exact<{
  id: string;
}>;


export type UnfeatureThreadMutation = { unfeatureContent: boolean };

export type HideThreadMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type HideThreadMutation = { moderate: { id: string } };

export type WorkspaceCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type WorkspaceCommunityQuery = { me: { id: string }, community: { id: string, name: string, viewerRole: Role | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AppealsQueueDocument = new TypedDocumentString(`
    query AppealsQueue($communityId: ID!, $after: String) {
  appealsQueue(communityId: $communityId, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        note
        createdAt
        dueAt
        appellant {
          id
          handle
        }
        action {
          id
          action
          reason
          at
          actor {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppealsQueueQuery, AppealsQueueQueryVariables>;
export const ResolveAppealDocument = new TypedDocumentString(`
    mutation ResolveAppeal($input: ResolveAppealInput!) {
  resolveAppeal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveAppealMutation, ResolveAppealMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($communityId: ID!, $filter: AuditLogFilter, $after: String) {
  auditLog(communityId: $communityId, filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        actorKind
        at
        reason
        target
        targetType
        actor {
          id
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const MemberModerationDocument = new TypedDocumentString(`
    query MemberModeration($communityId: ID!, $memberId: ID!, $after: String) {
  memberModerationHistory(
    communityId: $communityId
    memberId: $memberId
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        actorKind
        at
        reason
        target
        targetType
        actor {
          id
          handle
        }
      }
    }
  }
  moderatorNotes(communityId: $communityId, memberId: $memberId) {
    id
    note
    createdAt
    author {
      handle
    }
  }
  node(id: $memberId) {
    ... on Member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<MemberModerationQuery, MemberModerationQueryVariables>;
export const AddModeratorNoteDocument = new TypedDocumentString(`
    mutation AddModeratorNote($input: AddModeratorNoteInput!) {
  addModeratorNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddModeratorNoteMutation, AddModeratorNoteMutationVariables>;
export const ClaimModerationCaseDocument = new TypedDocumentString(`
    mutation ClaimModerationCase($id: ID!) {
  claimModerationCase(caseId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimModerationCaseMutation, ClaimModerationCaseMutationVariables>;
export const ReleaseModerationCaseDocument = new TypedDocumentString(`
    mutation ReleaseModerationCase($id: ID!) {
  releaseModerationCase(caseId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseModerationCaseMutation, ReleaseModerationCaseMutationVariables>;
export const ModerateContentDocument = new TypedDocumentString(`
    mutation ModerateContent($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerateContentMutation, ModerateContentMutationVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($slug: String!) {
  me {
    id
  }
  community(slug: $slug) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const QueueItemsDocument = new TypedDocumentString(`
    query QueueItems($communityId: ID!, $after: String) {
  moderationQueue(communityId: $communityId, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        contentId
        contentType
        openWeight
        openReports
        autoHiddenAt
        reasons {
          reason
          count
          weight
        }
        claim {
          expiresAt
          viewerCanRelease
          moderator {
            id
            handle
          }
        }
        author {
          id
          handle
        }
        content {
          ... on Thread {
            title
            body
          }
          ... on Reply {
            body
          }
          ... on Idea {
            title
            body
          }
          ... on IdeaComment {
            body
          }
        }
        context {
          ... on Thread {
            title
          }
          ... on Idea {
            title
          }
        }
      }
    }
  }
  moderationReasonTemplates(communityId: $communityId) {
    id
    title
    reason
  }
}
    `) as unknown as TypedDocumentString<QueueItemsQuery, QueueItemsQueryVariables>;
export const CreateReasonTemplateDocument = new TypedDocumentString(`
    mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {
  createReasonTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReasonTemplateMutation, CreateReasonTemplateMutationVariables>;
export const UpdateReasonTemplateDocument = new TypedDocumentString(`
    mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {
  updateReasonTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateReasonTemplateMutation, UpdateReasonTemplateMutationVariables>;
export const DeleteReasonTemplateDocument = new TypedDocumentString(`
    mutation DeleteReasonTemplate($id: ID!) {
  deleteReasonTemplate(templateId: $id)
}
    `) as unknown as TypedDocumentString<DeleteReasonTemplateMutation, DeleteReasonTemplateMutationVariables>;
export const RunningSuspensionsDocument = new TypedDocumentString(`
    query RunningSuspensions($communityId: ID!, $after: String) {
  runningSuspensions(communityId: $communityId, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reason
        until
        member {
          id
          handle
        }
        setBy {
          handle
          affiliation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunningSuspensionsQuery, RunningSuspensionsQueryVariables>;
export const LiftRunningSuspensionDocument = new TypedDocumentString(`
    mutation LiftRunningSuspension($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    id
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<LiftRunningSuspensionMutation, LiftRunningSuspensionMutationVariables>;
export const MemberByHandleDocument = new TypedDocumentString(`
    query MemberByHandle($communityId: ID!, $prefix: String!) {
  handleSuggestions(communityId: $communityId, prefix: $prefix) {
    id
    handle
  }
}
    `) as unknown as TypedDocumentString<MemberByHandleQuery, MemberByHandleQueryVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
    until
  }
}
    `) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const MoveThreadDocument = new TypedDocumentString(`
    mutation MoveThread($input: MoveThreadInput!) {
  moveThread(input: $input)
}
    `) as unknown as TypedDocumentString<MoveThreadMutation, MoveThreadMutationVariables>;
export const CloseAsDuplicateDocument = new TypedDocumentString(`
    mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {
  closeAsDuplicate(input: $input)
}
    `) as unknown as TypedDocumentString<CloseAsDuplicateMutation, CloseAsDuplicateMutationVariables>;
export const RenameTagDocument = new TypedDocumentString(`
    mutation RenameTag($input: RenameTagInput!) {
  renameTag(input: $input)
}
    `) as unknown as TypedDocumentString<RenameTagMutation, RenameTagMutationVariables>;
export const MergeTagsDocument = new TypedDocumentString(`
    mutation MergeTags($input: MergeTagsInput!) {
  mergeTags(input: $input)
}
    `) as unknown as TypedDocumentString<MergeTagsMutation, MergeTagsMutationVariables>;
export const ThreadCurationDocument = new TypedDocumentString(`
    query ThreadCuration($id: ID!) {
  node(id: $id) {
    ... on Thread {
      id
      tags
      space {
        id
        pinnedThreadIds
        community {
          spaces {
            id
            name
            kind
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadCurationQuery, ThreadCurationQueryVariables>;
export const PinThreadDocument = new TypedDocumentString(`
    mutation PinThread($id: ID!) {
  pinThread(threadId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PinThreadMutation, PinThreadMutationVariables>;
export const UnpinThreadDocument = new TypedDocumentString(`
    mutation UnpinThread($id: ID!) {
  unpinThread(threadId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnpinThreadMutation, UnpinThreadMutationVariables>;
export const FeatureThreadDocument = new TypedDocumentString(`
    mutation FeatureThread($input: FeatureContentInput!) {
  featureContent(input: $input) {
    featuredAt
  }
}
    `) as unknown as TypedDocumentString<FeatureThreadMutation, FeatureThreadMutationVariables>;
export const UnfeatureThreadDocument = new TypedDocumentString(`
    mutation UnfeatureThread($id: ID!) {
  unfeatureContent(contentId: $id)
}
    `) as unknown as TypedDocumentString<UnfeatureThreadMutation, UnfeatureThreadMutationVariables>;
export const HideThreadDocument = new TypedDocumentString(`
    mutation HideThread($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HideThreadMutation, HideThreadMutationVariables>;
export const WorkspaceCommunityDocument = new TypedDocumentString(`
    query WorkspaceCommunity($slug: String!) {
  me {
    id
  }
  community(slug: $slug) {
    id
    name
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCommunityQuery, WorkspaceCommunityQueryVariables>;