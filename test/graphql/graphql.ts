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

export type AppealInput = {
  /** The AuditEntry id of the action appealed */
  actionId: string;
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

export type CloseAsDuplicateInput = {
  /** The original thread */
  ofThreadId: string;
  reason: string;
  threadId: string;
};

export type CommentOnIdeaInput = {
  /** Markdown */
  body: string;
  ideaId: string;
  inReplyToId?: string | null | undefined;
};

export type FeatureContentInput = {
  contentId: string;
  /** Why it is among the best (shown with it) */
  note: string;
};

export type GiveKudosInput = {
  /** A thread, reply, idea or idea comment */
  contentId: string;
  /** Optional thanks, up to 280 characters */
  message?: string | null | undefined;
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

export type ModerationCaseStatus =
  | 'OPEN'
  | 'RESOLVED';

export type MoveThreadInput = {
  reason: string;
  threadId: string;
  toSpaceId: string;
};

export type ProposeIdeaInput = {
  /** Markdown */
  body: string;
  campaignId?: string | null | undefined;
  spaceId: string;
  tags?: Array<string>;
  title: string;
};

export type RenameTagInput = {
  from: string;
  spaceId: string;
  to: string;
};

export type ReplyInput = {
  body: string;
  /** The reply this one answers, in the same thread */
  inReplyToId?: string | null | undefined;
  threadId: string;
};

export type ReportContentInput = {
  contentId: string;
  note?: string;
  reason: ReportReason;
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

export type SearchInput = {
  after?: string | null | undefined;
  communityId: string;
  first?: number | null | undefined;
  kinds?: Array<SearchKind>;
  query: string;
};

export type SearchKind =
  | 'REPLY'
  | 'THREAD';

export type SetAutoHideThresholdInput = {
  communityId: string;
  threshold: number;
};

export type StartThreadInput = {
  body: string;
  kind: ThreadKind;
  spaceId: string;
  /** Up to 5 lower-case tags of 2–30 letters, digits or dashes */
  tags?: Array<string>;
  title: string;
};

export type SuspendMemberInput = {
  communityId: string;
  memberId: string;
  reason: string;
  until: string;
};

export type ThreadKind =
  | 'DISCUSSION'
  | 'QUESTION';

export type ActionsModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type ActionsModerateMutation = { moderate: { id: string, action: AuditAction, actorKind: ActorKind, reason: string, target: string, actor: { handle: string, affiliation: Role | null } | null } };

export type ActionsReportMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ActionsReportMutation = { reportContent: { id: string } };

export type ActionsAppealMutationVariables = Exact<{
  input: AppealInput;
}>;


export type ActionsAppealMutation = { appeal: { id: string, status: AppealStatus, dueAt: string, action: { action: AuditAction } } };

export type ActionsAppealsQueueQueryVariables = Exact<{
  communityId: string;
}>;


export type ActionsAppealsQueueQuery = { appealsQueue: { totalCount: number, edges: Array<{ node: { id: string, note: string, appellant: { handle: string } | null, action: { id: string, action: AuditAction } } }> } };

export type ActionsResolveMutationVariables = Exact<{
  input: ResolveAppealInput;
}>;


export type ActionsResolveMutation = { resolveAppeal: { id: string, status: AppealStatus, resolutionReason: string | null } };

export type ActionsFeatureMutationVariables = Exact<{
  input: FeatureContentInput;
}>;


export type ActionsFeatureMutation = { featureContent: { contentId: string, note: string, curator: { handle: string, affiliation: Role | null } | null } };

export type ActionsSetAutoHideMutationVariables = Exact<{
  input: SetAutoHideThresholdInput;
}>;


export type ActionsSetAutoHideMutation = { setAutoHideThreshold: number };

export type ActionsFeaturedQueryVariables = Exact<{
  slug: string;
}>;


export type ActionsFeaturedQuery = { community: { featured: { totalCount: number, edges: Array<{ node: { contentId: string, note: string, curator: { handle: string } | null } }> } } };

export type ActionsSuspendMemberMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type ActionsSuspendMemberMutation = { suspendMember: { id: string } };

export type ActionsLiftSuspensionMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type ActionsLiftSuspensionMutation = { liftSuspension: { id: string } };

export type ActionsMeQueryVariables = Exact<{
  c: string;
}>;


export type ActionsMeQuery = { me: { moderationHistory: { edges: Array<{ node: { action: AuditAction, reverses: string | null, reason: string } }> } | null } };

export type ActionsUnfeatureContentMutationVariables = Exact<{
  id: string;
}>;


export type ActionsUnfeatureContentMutation = { unfeatureContent: boolean };

export type ActionsMe2QueryVariables = Exact<{
  c: string;
}>;


export type ActionsMe2Query = { me: { moderationHistory: { edges: Array<{ node: { action: AuditAction } }> } | null } };

export type AdviceIntegrationNodeQueryVariables = Exact<{
  id: string;
}>;


export type AdviceIntegrationNodeQuery = { node:
    | { threads: { edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AdviceIntegrationSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type AdviceIntegrationSearchQuery = { search: { edges: Array<{ node: { thread: { id: string } } }> } };

export type AdviceIntegrationModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type AdviceIntegrationModerateMutation = { moderate: { id: string } };

export type AdviceIntegrationReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type AdviceIntegrationReplyMutation = { reply: { id: string } };

export type CurationPinMutationVariables = Exact<{
  id: string;
}>;


export type CurationPinMutation = { pinThread: { id: string, pinnedThreadIds: Array<string> } };

export type CurationUnpinMutationVariables = Exact<{
  id: string;
}>;


export type CurationUnpinMutation = { unpinThread: { pinnedThreadIds: Array<string> } };

export type CurationMoveThreadMutationVariables = Exact<{
  input: MoveThreadInput;
}>;


export type CurationMoveThreadMutation = { moveThread: boolean };

export type CurationFollowMutationVariables = Exact<{
  id: string;
}>;


export type CurationFollowMutation = { follow: boolean };

export type CurationCloseAsDuplicateMutationVariables = Exact<{
  input: CloseAsDuplicateInput;
}>;


export type CurationCloseAsDuplicateMutation = { closeAsDuplicate: string };

export type CurationDuplicateOfQueryVariables = Exact<{
  id: string;
}>;


export type CurationDuplicateOfQuery = { duplicateOf: string | null };

export type CurationNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationNotificationsQuery = { notifications: { edges: Array<{ node: { kind: string, subjectId: string | null } }> } };

export type CurationRenameTagMutationVariables = Exact<{
  input: RenameTagInput;
}>;


export type CurationRenameTagMutation = { renameTag: number };

export type CurationMergeTagsMutationVariables = Exact<{
  input: MergeTagsInput;
}>;


export type CurationMergeTagsMutation = { mergeTags: number };

export type IdeasIntegrationSuspendMemberMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type IdeasIntegrationSuspendMemberMutation = { suspendMember: { id: string } };

export type IdeasIntegrationProposeIdeaMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type IdeasIntegrationProposeIdeaMutation = { proposeIdea: { id: string } };

export type IdeasIntegrationSupportIdeaMutationVariables = Exact<{
  id: string;
}>;


export type IdeasIntegrationSupportIdeaMutation = { supportIdea: { id: string } };

export type IdeasIntegrationCommentOnIdeaMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type IdeasIntegrationCommentOnIdeaMutation = { commentOnIdea: { id: string } };

export type IdeasIntegrationModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type IdeasIntegrationModerateMutation = { moderate: { action: AuditAction } };

export type ReportsReportMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ReportsReportMutation = { reportContent: { id: string, weight: number, reason: ReportReason, note: string } };

export type ReportsQueueQueryVariables = Exact<{
  communityId: string;
  status: ModerationCaseStatus;
  first?: number | null | undefined;
}>;


export type ReportsQueueQuery = { moderationQueue: { totalCount: number, edges: Array<{ node: { contentId: string, contentType: string, status: ModerationCaseStatus, openWeight: number, openReports: number, autoHiddenAt: string | null, author: { handle: string } | null, reports: Array<{ weight: number, reason: ReportReason, reporter: { handle: string, affiliation: Role | null } | null }> } }> } };

export type ReportsHistoryQueryVariables = Exact<{
  communityId: string;
}>;


export type ReportsHistoryQuery = { me: { moderationHistory: { edges: Array<{ node: { id: string, action: AuditAction, actorKind: ActorKind, reason: string, target: string, actor: { handle: string } | null } }> } | null } };

export type ReportsAuditQueryVariables = Exact<{
  communityId: string;
}>;


export type ReportsAuditQuery = { auditLog: { totalCount: number, edges: Array<{ node: { action: AuditAction, actorKind: ActorKind, target: string, reason: string, actor: { handle: string } | null } }> } };

export type ReportsSetAutoHideThresholdMutationVariables = Exact<{
  input: SetAutoHideThresholdInput;
}>;


export type ReportsSetAutoHideThresholdMutation = { setAutoHideThreshold: number };

export type ReportsCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type ReportsCommunityQuery = { community: { autoHideThreshold: number } };

export type SuspensionsSuspendMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type SuspensionsSuspendMutation = { suspendMember: { id: string, until: string, reason: string, liftedAt: string | null, member: { handle: string } | null } };

export type SuspensionsLiftMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type SuspensionsLiftMutation = { liftSuspension: { id: string, liftedAt: string | null } };

export type SuspensionsReportMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type SuspensionsReportMutation = { reportContent: { id: string } };

export type SuspensionsKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type SuspensionsKudosMutation = { giveKudos: { id: string } };

export type SuspensionsStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type SuspensionsStartThreadMutation = { startThread: { id: string } };

export type SuspensionsCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type SuspensionsCommunityQuery = { community: { name: string } };

export type SuspensionsMeQueryVariables = Exact<{
  c: string;
}>;


export type SuspensionsMeQuery = { me: { moderationHistory: { edges: Array<{ node: { action: AuditAction, target: string, reason: string, actor: { handle: string } | null } }> } | null } };

export type SuspensionsAppealMutationVariables = Exact<{
  input: AppealInput;
}>;


export type SuspensionsAppealMutation = { appeal: { id: string } };

export type SuspensionsResolveAppealMutationVariables = Exact<{
  input: ResolveAppealInput;
}>;


export type SuspensionsResolveAppealMutation = { resolveAppeal: { status: AppealStatus } };

export type SuspensionsModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type SuspensionsModerateMutation = { moderate: { action: AuditAction } };

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

export const ActionsModerateDocument = new TypedDocumentString(`
    mutation ActionsModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
    action
    actorKind
    reason
    target
    actor {
      handle
      affiliation
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsModerateMutation, ActionsModerateMutationVariables>;
export const ActionsReportDocument = new TypedDocumentString(`
    mutation ActionsReport($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActionsReportMutation, ActionsReportMutationVariables>;
export const ActionsAppealDocument = new TypedDocumentString(`
    mutation ActionsAppeal($input: AppealInput!) {
  appeal(input: $input) {
    id
    status
    dueAt
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsAppealMutation, ActionsAppealMutationVariables>;
export const ActionsAppealsQueueDocument = new TypedDocumentString(`
    query ActionsAppealsQueue($communityId: ID!) {
  appealsQueue(communityId: $communityId) {
    totalCount
    edges {
      node {
        id
        note
        appellant {
          handle
        }
        action {
          id
          action
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsAppealsQueueQuery, ActionsAppealsQueueQueryVariables>;
export const ActionsResolveDocument = new TypedDocumentString(`
    mutation ActionsResolve($input: ResolveAppealInput!) {
  resolveAppeal(input: $input) {
    id
    status
    resolutionReason
  }
}
    `) as unknown as TypedDocumentString<ActionsResolveMutation, ActionsResolveMutationVariables>;
export const ActionsFeatureDocument = new TypedDocumentString(`
    mutation ActionsFeature($input: FeatureContentInput!) {
  featureContent(input: $input) {
    contentId
    note
    curator {
      handle
      affiliation
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsFeatureMutation, ActionsFeatureMutationVariables>;
export const ActionsSetAutoHideDocument = new TypedDocumentString(`
    mutation ActionsSetAutoHide($input: SetAutoHideThresholdInput!) {
  setAutoHideThreshold(input: $input)
}
    `) as unknown as TypedDocumentString<ActionsSetAutoHideMutation, ActionsSetAutoHideMutationVariables>;
export const ActionsFeaturedDocument = new TypedDocumentString(`
    query ActionsFeatured($slug: String!) {
  community(slug: $slug) {
    featured(first: 10) {
      totalCount
      edges {
        node {
          contentId
          note
          curator {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsFeaturedQuery, ActionsFeaturedQueryVariables>;
export const ActionsSuspendMemberDocument = new TypedDocumentString(`
    mutation ActionsSuspendMember($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActionsSuspendMemberMutation, ActionsSuspendMemberMutationVariables>;
export const ActionsLiftSuspensionDocument = new TypedDocumentString(`
    mutation ActionsLiftSuspension($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActionsLiftSuspensionMutation, ActionsLiftSuspensionMutationVariables>;
export const ActionsMeDocument = new TypedDocumentString(`
    query ActionsMe($c: ID!) {
  me {
    moderationHistory(communityId: $c) {
      edges {
        node {
          action
          reverses
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsMeQuery, ActionsMeQueryVariables>;
export const ActionsUnfeatureContentDocument = new TypedDocumentString(`
    mutation ActionsUnfeatureContent($id: ID!) {
  unfeatureContent(contentId: $id)
}
    `) as unknown as TypedDocumentString<ActionsUnfeatureContentMutation, ActionsUnfeatureContentMutationVariables>;
export const ActionsMe2Document = new TypedDocumentString(`
    query ActionsMe2($c: ID!) {
  me {
    moderationHistory(communityId: $c) {
      edges {
        node {
          action
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsMe2Query, ActionsMe2QueryVariables>;
export const AdviceIntegrationNodeDocument = new TypedDocumentString(`
    query AdviceIntegrationNode($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 50) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdviceIntegrationNodeQuery, AdviceIntegrationNodeQueryVariables>;
export const AdviceIntegrationSearchDocument = new TypedDocumentString(`
    query AdviceIntegrationSearch($input: SearchInput!) {
  search(input: $input) {
    edges {
      node {
        thread {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdviceIntegrationSearchQuery, AdviceIntegrationSearchQueryVariables>;
export const AdviceIntegrationModerateDocument = new TypedDocumentString(`
    mutation AdviceIntegrationModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceIntegrationModerateMutation, AdviceIntegrationModerateMutationVariables>;
export const AdviceIntegrationReplyDocument = new TypedDocumentString(`
    mutation AdviceIntegrationReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceIntegrationReplyMutation, AdviceIntegrationReplyMutationVariables>;
export const CurationPinDocument = new TypedDocumentString(`
    mutation CurationPin($id: ID!) {
  pinThread(threadId: $id) {
    id
    pinnedThreadIds
  }
}
    `) as unknown as TypedDocumentString<CurationPinMutation, CurationPinMutationVariables>;
export const CurationUnpinDocument = new TypedDocumentString(`
    mutation CurationUnpin($id: ID!) {
  unpinThread(threadId: $id) {
    pinnedThreadIds
  }
}
    `) as unknown as TypedDocumentString<CurationUnpinMutation, CurationUnpinMutationVariables>;
export const CurationMoveThreadDocument = new TypedDocumentString(`
    mutation CurationMoveThread($input: MoveThreadInput!) {
  moveThread(input: $input)
}
    `) as unknown as TypedDocumentString<CurationMoveThreadMutation, CurationMoveThreadMutationVariables>;
export const CurationFollowDocument = new TypedDocumentString(`
    mutation CurationFollow($id: ID!) {
  follow(targetId: $id)
}
    `) as unknown as TypedDocumentString<CurationFollowMutation, CurationFollowMutationVariables>;
export const CurationCloseAsDuplicateDocument = new TypedDocumentString(`
    mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) {
  closeAsDuplicate(input: $input)
}
    `) as unknown as TypedDocumentString<CurationCloseAsDuplicateMutation, CurationCloseAsDuplicateMutationVariables>;
export const CurationDuplicateOfDocument = new TypedDocumentString(`
    query CurationDuplicateOf($id: ID!) {
  duplicateOf(threadId: $id)
}
    `) as unknown as TypedDocumentString<CurationDuplicateOfQuery, CurationDuplicateOfQueryVariables>;
export const CurationNotificationsDocument = new TypedDocumentString(`
    query CurationNotifications {
  notifications(first: 10) {
    edges {
      node {
        kind
        subjectId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurationNotificationsQuery, CurationNotificationsQueryVariables>;
export const CurationRenameTagDocument = new TypedDocumentString(`
    mutation CurationRenameTag($input: RenameTagInput!) {
  renameTag(input: $input)
}
    `) as unknown as TypedDocumentString<CurationRenameTagMutation, CurationRenameTagMutationVariables>;
export const CurationMergeTagsDocument = new TypedDocumentString(`
    mutation CurationMergeTags($input: MergeTagsInput!) {
  mergeTags(input: $input)
}
    `) as unknown as TypedDocumentString<CurationMergeTagsMutation, CurationMergeTagsMutationVariables>;
export const IdeasIntegrationSuspendMemberDocument = new TypedDocumentString(`
    mutation IdeasIntegrationSuspendMember($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasIntegrationSuspendMemberMutation, IdeasIntegrationSuspendMemberMutationVariables>;
export const IdeasIntegrationProposeIdeaDocument = new TypedDocumentString(`
    mutation IdeasIntegrationProposeIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasIntegrationProposeIdeaMutation, IdeasIntegrationProposeIdeaMutationVariables>;
export const IdeasIntegrationSupportIdeaDocument = new TypedDocumentString(`
    mutation IdeasIntegrationSupportIdea($id: ID!) {
  supportIdea(ideaId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasIntegrationSupportIdeaMutation, IdeasIntegrationSupportIdeaMutationVariables>;
export const IdeasIntegrationCommentOnIdeaDocument = new TypedDocumentString(`
    mutation IdeasIntegrationCommentOnIdea($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasIntegrationCommentOnIdeaMutation, IdeasIntegrationCommentOnIdeaMutationVariables>;
export const IdeasIntegrationModerateDocument = new TypedDocumentString(`
    mutation IdeasIntegrationModerate($input: ModerateInput!) {
  moderate(input: $input) {
    action
  }
}
    `) as unknown as TypedDocumentString<IdeasIntegrationModerateMutation, IdeasIntegrationModerateMutationVariables>;
export const ReportsReportDocument = new TypedDocumentString(`
    mutation ReportsReport($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
    weight
    reason
    note
  }
}
    `) as unknown as TypedDocumentString<ReportsReportMutation, ReportsReportMutationVariables>;
export const ReportsQueueDocument = new TypedDocumentString(`
    query ReportsQueue($communityId: ID!, $status: ModerationCaseStatus!, $first: Int) {
  moderationQueue(
    communityId: $communityId
    filter: {status: $status}
    first: $first
  ) {
    totalCount
    edges {
      node {
        contentId
        contentType
        status
        openWeight
        openReports
        autoHiddenAt
        author {
          handle
        }
        reports {
          weight
          reason
          reporter {
            handle
            affiliation
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsQueueQuery, ReportsQueueQueryVariables>;
export const ReportsHistoryDocument = new TypedDocumentString(`
    query ReportsHistory($communityId: ID!) {
  me {
    moderationHistory(communityId: $communityId) {
      edges {
        node {
          id
          action
          actorKind
          reason
          target
          actor {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsHistoryQuery, ReportsHistoryQueryVariables>;
export const ReportsAuditDocument = new TypedDocumentString(`
    query ReportsAudit($communityId: ID!) {
  auditLog(communityId: $communityId) {
    totalCount
    edges {
      node {
        action
        actorKind
        target
        reason
        actor {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsAuditQuery, ReportsAuditQueryVariables>;
export const ReportsSetAutoHideThresholdDocument = new TypedDocumentString(`
    mutation ReportsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) {
  setAutoHideThreshold(input: $input)
}
    `) as unknown as TypedDocumentString<ReportsSetAutoHideThresholdMutation, ReportsSetAutoHideThresholdMutationVariables>;
export const ReportsCommunityDocument = new TypedDocumentString(`
    query ReportsCommunity($slug: String!) {
  community(slug: $slug) {
    autoHideThreshold
  }
}
    `) as unknown as TypedDocumentString<ReportsCommunityQuery, ReportsCommunityQueryVariables>;
export const SuspensionsSuspendDocument = new TypedDocumentString(`
    mutation SuspensionsSuspend($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
    until
    reason
    liftedAt
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<SuspensionsSuspendMutation, SuspensionsSuspendMutationVariables>;
export const SuspensionsLiftDocument = new TypedDocumentString(`
    mutation SuspensionsLift($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    id
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<SuspensionsLiftMutation, SuspensionsLiftMutationVariables>;
export const SuspensionsReportDocument = new TypedDocumentString(`
    mutation SuspensionsReport($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspensionsReportMutation, SuspensionsReportMutationVariables>;
export const SuspensionsKudosDocument = new TypedDocumentString(`
    mutation SuspensionsKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspensionsKudosMutation, SuspensionsKudosMutationVariables>;
export const SuspensionsStartThreadDocument = new TypedDocumentString(`
    mutation SuspensionsStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspensionsStartThreadMutation, SuspensionsStartThreadMutationVariables>;
export const SuspensionsCommunityDocument = new TypedDocumentString(`
    query SuspensionsCommunity($slug: String!) {
  community(slug: $slug) {
    name
  }
}
    `) as unknown as TypedDocumentString<SuspensionsCommunityQuery, SuspensionsCommunityQueryVariables>;
export const SuspensionsMeDocument = new TypedDocumentString(`
    query SuspensionsMe($c: ID!) {
  me {
    moderationHistory(communityId: $c) {
      edges {
        node {
          action
          target
          reason
          actor {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuspensionsMeQuery, SuspensionsMeQueryVariables>;
export const SuspensionsAppealDocument = new TypedDocumentString(`
    mutation SuspensionsAppeal($input: AppealInput!) {
  appeal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspensionsAppealMutation, SuspensionsAppealMutationVariables>;
export const SuspensionsResolveAppealDocument = new TypedDocumentString(`
    mutation SuspensionsResolveAppeal($input: ResolveAppealInput!) {
  resolveAppeal(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<SuspensionsResolveAppealMutation, SuspensionsResolveAppealMutationVariables>;
export const SuspensionsModerateDocument = new TypedDocumentString(`
    mutation SuspensionsModerate($input: ModerateInput!) {
  moderate(input: $input) {
    action
  }
}
    `) as unknown as TypedDocumentString<SuspensionsModerateMutation, SuspensionsModerateMutationVariables>;