/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssignToStaffInput = {
  /** An owner or brand staff member of the community */
  assigneeId: string;
  /** A Thread (question) or an Idea */
  contentId: string;
};

export type ChangeIdeaStatusInput = {
  /** SHIPPED only: members offered credit besides the author */
  creditMemberIds?: Array<string> | null | undefined;
  ideaId: string;
  /** When the next public update is promised (future, within a year); by default the space policy’s updateEveryDays from now */
  nextUpdateDueAt?: string | null | undefined;
  /** Public explanation: at least 30 characters, 80 for DECLINED */
  rationale: string;
  status: IdeaStatus;
};

export type CreateSpaceInput = {
  communityId: string;
  description?: string;
  kind: SpaceKind;
  name: string;
  slug: string;
};

export type ExportIdeasInput = {
  /** Only this campaign */
  campaignId?: string | null | undefined;
  communityId: string;
  format: IdeasExportFormat;
  /** Only this ideas space */
  spaceId?: string | null | undefined;
};

/** Where an idea stands; every change is public and explained */
export type IdeaStatus =
  | 'DECLINED'
  | 'EXPIRED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'OPEN'
  | 'PLANNED'
  | 'SHIPPED'
  | 'UNDER_REVIEW';

/** CSV (RFC 4180) or JSON */
export type IdeasExportFormat =
  | 'CSV'
  | 'JSON';

export type InsightsPeriodInput = {
  from: string;
  /** Exclusive; at most 366 days after from */
  to: string;
};

export type LaunchCampaignInput = {
  /** Markdown */
  brief: string;
  spaceId: string;
  submissionsCloseAt: string;
  supportClosesAt: string;
  title: string;
};

export type Locale =
  | 'EN'
  | 'FR';

export type MergeIdeaInput = {
  ideaId: string;
  intoIdeaId: string;
  rationale: string;
};

export type PostIdeaUpdateInput = {
  ideaId: string;
  /** When the next public update is promised (in the future, within a year) */
  nextUpdateDueAt: string;
  /** The public update: what happened since the last one (20–5000 characters) */
  text: string;
};

/** A role in one community; it labels, it never weighs */
export type Role =
  | 'BRAND_STAFF'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type SetAutoHideThresholdInput = {
  communityId: string;
  threshold: number;
};

export type SetIdeaPolicyInput = {
  reviewCadenceDays?: number | null | undefined;
  spaceId: string;
  supportBudget?: number | null | undefined;
  supportThreshold?: number | null | undefined;
  thresholdWindowDays?: number | null | undefined;
  updateEveryDays?: number;
};

export type SetMemberRoleInput = {
  communityId: string;
  memberId: string;
  role: Role;
};

export type SetResponseCommitmentInput = {
  /** Hours to a first answer (1–8760); null removes the commitment */
  hours?: number | null | undefined;
  spaceId: string;
  text?: string;
};

export type SpaceKind =
  | 'DISCUSSION'
  | 'IDEAS';

/** A screen of the brand and moderation workspace */
export type WorkspaceScreen =
  | 'FOLLOW_UP'
  | 'INSIGHTS'
  | 'MODERATION'
  | 'SETTINGS'
  | 'TRIAGE';

export type AssignToStaffMutationVariables = Exact<{
  input: AssignToStaffInput;
}>;


export type AssignToStaffMutation = { assignToStaff: { id: string } };

export type SpaceCampaignsQueryVariables = Exact<{
  spaceId: string;
}>;


export type SpaceCampaignsQuery = { node:
    | { campaigns: Array<{ id: string, title: string, submissionsCloseAt: string, supportClosesAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type CampaignAnswersQueryVariables = Exact<{
  spaceId: string;
  campaignId: string;
}>;


export type CampaignAnswersQuery = { ideas: { totalCount: number, edges: Array<{ node: { id: string, title: string, supportCount: number } }> } };

export type LaunchCampaignMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type LaunchCampaignMutation = { launchCampaign: { id: string, title: string } };

export type CloseCampaignMutationVariables = Exact<{
  campaignId: string;
}>;


export type CloseCampaignMutation = { closeCampaign: { id: string } };

export type FollowUpQueryVariables = Exact<{
  slug: string;
}>;


export type FollowUpQuery = { community: { id: string, viewerWorkspaceScreens: Array<WorkspaceScreen>, staff: { edges: Array<{ node: { member: { id: string, handle: string } } }> }, owners: { edges: Array<{ node: { member: { id: string, handle: string } } }> }, spaces: Array<{ id: string, name: string, kind: SpaceKind, responseCommitment: { hours: number, text: string } | null, threads: { edges: Array<{ node: { id: string, title: string, expectedFirstResponseAt: string | null } }> } }> } };

export type StaffAssignmentsQueryVariables = Exact<{
  communityId: string;
}>;


export type StaffAssignmentsQuery = { staffAssignments: Array<{ id: string, contentId: string, contentType: string, dueAt: string | null, assignee: { handle: string } | null, content:
      | { title: string }
      | { title: string }
      | Record<PropertyKey, never>
     | null }> };

export type UnassignStaffMutationVariables = Exact<{
  contentId: string;
}>;


export type UnassignStaffMutation = { unassignStaff: boolean };

export type SetResponseCommitmentMutationVariables = Exact<{
  input: SetResponseCommitmentInput;
}>;


export type SetResponseCommitmentMutation = { setResponseCommitment: { id: string } };

export type InsightsCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type InsightsCommunityQuery = { community: { id: string, viewerWorkspaceScreens: Array<WorkspaceScreen> } };

export type InsightsQueryVariables = Exact<{
  communityId: string;
  period: InsightsPeriodInput;
}>;


export type InsightsQuery = { insights: { period: { from: string, to: string }, coCreation: { ideasProposed: number, supportsGiven: number, distinctContributors: number, ideasPerStatus: Array<{ status: string, ideas: number }>, decisions: { count: number } }, promises: { questionsAsked: number, questionsAnswered: number, questionsUnderCommitment: number, answeredWithinCommitmentShare: number | null, medianFirstReplyHours: number | null, p90FirstReplyHours: number | null, overdueIdeas: { count: number } }, health: { activeMembers: number, newMembers: number, acceptedAnswers: number, kudosGiven: number, reports: number } } };

export type ExportIdeasMutationVariables = Exact<{
  input: ExportIdeasInput;
}>;


export type ExportIdeasMutation = { exportIdeas: { url: string } };

export type SetMemberRoleMutationVariables = Exact<{
  input: SetMemberRoleInput;
}>;


export type SetMemberRoleMutation = { setMemberRole: { role: Role } };

export type CreateSpaceMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;


export type CreateSpaceMutation = { createSpace: { id: string, name: string } };

export type SetIdeaPolicyMutationVariables = Exact<{
  input: SetIdeaPolicyInput;
}>;


export type SetIdeaPolicyMutation = { setIdeaPolicy: { updateEveryDays: number } };

export type CommunitySettingsQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type CommunitySettingsQuery = { community: { id: string, name: string, viewerWorkspaceScreens: Array<WorkspaceScreen>, autoHideThreshold: number, members: { totalCount: number, edges: Array<{ node: { role: Role, member: { id: string, handle: string } } }> }, spaces: Array<{ id: string, name: string, slug: string, kind: SpaceKind, responseCommitment: { hours: number } | null, ideaPolicy: { supportThreshold: number | null, thresholdWindowDays: number | null, supportBudget: number | null, reviewCadenceDays: number | null, updateEveryDays: number } | null }> }, dataCharter: { version: string, clauses: Array<{ id: string, title: string, text: string }> } };

export type InviteToCommunityMutationVariables = Exact<{
  communityId: string;
  handle: string;
}>;


export type InviteToCommunityMutation = { inviteToCommunity: { id: string } };

export type SetAutoHideThresholdMutationVariables = Exact<{
  input: SetAutoHideThresholdInput;
}>;


export type SetAutoHideThresholdMutation = { setAutoHideThreshold: number };

export type TriageChangeStatusMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type TriageChangeStatusMutation = { changeIdeaStatus: { id: string, status: IdeaStatus } };

export type TriagePostUpdateMutationVariables = Exact<{
  input: PostIdeaUpdateInput;
}>;


export type TriagePostUpdateMutation = { postIdeaUpdate: { id: string, nextUpdateDueAt: string | null } };

export type TriageMergeIdeaMutationVariables = Exact<{
  input: MergeIdeaInput;
}>;


export type TriageMergeIdeaMutation = { mergeIdea: { id: string } };

export type TriageCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type TriageCommunityQuery = { community: { id: string, name: string, viewerWorkspaceScreens: Array<WorkspaceScreen>, members: { edges: Array<{ node: { member: { id: string, handle: string } } }> }, spaces: Array<{ id: string, name: string, kind: SpaceKind, ideaPolicy: { supportThreshold: number | null, updateEveryDays: number } | null, reviewRounds: Array<{ cutoffAt: string, decisionDueAt: string, processed: boolean, ideas: Array<{ id: string, title: string }> }> }> } };

export type TriageIdeasQueryVariables = Exact<{
  spaceId: string;
}>;


export type TriageIdeasQuery = { active: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: IdeaStatus, supportCount: number, qualifiedAt: string | null, nextUpdateDueAt: string | null, overdue: boolean } }> }, merged: { edges: Array<{ node: { id: string, title: string, mergedInto: { id: string, title: string } | null } }> }, decided: { edges: Array<{ node: { id: string, title: string, status: IdeaStatus, decision: { summary: string, decidedAt: string, credits: Array<{ handle: string }> } | null } }> } };

export type TriageCountsQueryVariables = Exact<{
  spaceId: string;
}>;


export type TriageCountsQuery = { qualified: { totalCount: number }, waiting: { totalCount: number } };

export type TriageMoreIdeasQueryVariables = Exact<{
  spaceId: string;
  after?: string | null | undefined;
}>;


export type TriageMoreIdeasQuery = { active: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: IdeaStatus, supportCount: number, qualifiedAt: string | null, nextUpdateDueAt: string | null, overdue: boolean } }> } };

export type UnmergeIdeaMutationVariables = Exact<{
  ideaId: string;
}>;


export type UnmergeIdeaMutation = { unmergeIdea: { id: string, status: IdeaStatus } };

export type WorkspaceViewerScreensQueryVariables = Exact<{
  slug: string;
}>;


export type WorkspaceViewerScreensQuery = { community: { viewerWorkspaceScreens: Array<WorkspaceScreen> } };

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

export const AssignToStaffDocument = new TypedDocumentString(`
    mutation AssignToStaff($input: AssignToStaffInput!) {
  assignToStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignToStaffMutation, AssignToStaffMutationVariables>;
export const SpaceCampaignsDocument = new TypedDocumentString(`
    query SpaceCampaigns($spaceId: ID!) {
  node(id: $spaceId) {
    ... on Space {
      campaigns {
        id
        title
        submissionsCloseAt
        supportClosesAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpaceCampaignsQuery, SpaceCampaignsQueryVariables>;
export const CampaignAnswersDocument = new TypedDocumentString(`
    query CampaignAnswers($spaceId: ID!, $campaignId: ID!) {
  ideas(
    spaceId: $spaceId
    first: 5
    orderBy: MOST_SUPPORTED
    filter: {campaignId: $campaignId, includeClosed: true}
  ) {
    totalCount
    edges {
      node {
        id
        title
        supportCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignAnswersQuery, CampaignAnswersQueryVariables>;
export const LaunchCampaignDocument = new TypedDocumentString(`
    mutation LaunchCampaign($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<LaunchCampaignMutation, LaunchCampaignMutationVariables>;
export const CloseCampaignDocument = new TypedDocumentString(`
    mutation CloseCampaign($campaignId: ID!) {
  closeCampaign(campaignId: $campaignId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseCampaignMutation, CloseCampaignMutationVariables>;
export const FollowUpDocument = new TypedDocumentString(`
    query FollowUp($slug: String!) {
  community(slug: $slug) {
    id
    viewerWorkspaceScreens
    staff: members(first: 50, filter: {role: BRAND_STAFF}) {
      edges {
        node {
          member {
            id
            handle
          }
        }
      }
    }
    owners: members(first: 20, filter: {role: OWNER}) {
      edges {
        node {
          member {
            id
            handle
          }
        }
      }
    }
    spaces {
      id
      name
      kind
      responseCommitment {
        hours
        text
      }
      threads(first: 20, filter: {overdue: true}) {
        edges {
          node {
            id
            title
            expectedFirstResponseAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpQuery, FollowUpQueryVariables>;
export const StaffAssignmentsDocument = new TypedDocumentString(`
    query StaffAssignments($communityId: ID!) {
  staffAssignments(communityId: $communityId) {
    id
    contentId
    contentType
    dueAt
    assignee {
      handle
    }
    content {
      ... on Thread {
        title
      }
      ... on Idea {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAssignmentsQuery, StaffAssignmentsQueryVariables>;
export const UnassignStaffDocument = new TypedDocumentString(`
    mutation UnassignStaff($contentId: ID!) {
  unassignStaff(contentId: $contentId)
}
    `) as unknown as TypedDocumentString<UnassignStaffMutation, UnassignStaffMutationVariables>;
export const SetResponseCommitmentDocument = new TypedDocumentString(`
    mutation SetResponseCommitment($input: SetResponseCommitmentInput!) {
  setResponseCommitment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetResponseCommitmentMutation, SetResponseCommitmentMutationVariables>;
export const InsightsCommunityDocument = new TypedDocumentString(`
    query InsightsCommunity($slug: String!) {
  community(slug: $slug) {
    id
    viewerWorkspaceScreens
  }
}
    `) as unknown as TypedDocumentString<InsightsCommunityQuery, InsightsCommunityQueryVariables>;
export const InsightsDocument = new TypedDocumentString(`
    query Insights($communityId: ID!, $period: InsightsPeriodInput!) {
  insights(communityId: $communityId, period: $period) {
    period {
      from
      to
    }
    coCreation {
      ideasProposed
      supportsGiven
      distinctContributors
      ideasPerStatus {
        status
        ideas
      }
      decisions {
        count
      }
    }
    promises {
      questionsAsked
      questionsAnswered
      questionsUnderCommitment
      answeredWithinCommitmentShare
      medianFirstReplyHours
      p90FirstReplyHours
      overdueIdeas {
        count
      }
    }
    health {
      activeMembers
      newMembers
      acceptedAnswers
      kudosGiven
      reports
    }
  }
}
    `) as unknown as TypedDocumentString<InsightsQuery, InsightsQueryVariables>;
export const ExportIdeasDocument = new TypedDocumentString(`
    mutation ExportIdeas($input: ExportIdeasInput!) {
  exportIdeas(input: $input) {
    url
  }
}
    `) as unknown as TypedDocumentString<ExportIdeasMutation, ExportIdeasMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($input: SetMemberRoleInput!) {
  setMemberRole(input: $input) {
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const CreateSpaceDocument = new TypedDocumentString(`
    mutation CreateSpace($input: CreateSpaceInput!) {
  createSpace(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSpaceMutation, CreateSpaceMutationVariables>;
export const SetIdeaPolicyDocument = new TypedDocumentString(`
    mutation SetIdeaPolicy($input: SetIdeaPolicyInput!) {
  setIdeaPolicy(input: $input) {
    updateEveryDays
  }
}
    `) as unknown as TypedDocumentString<SetIdeaPolicyMutation, SetIdeaPolicyMutationVariables>;
export const CommunitySettingsDocument = new TypedDocumentString(`
    query CommunitySettings($slug: String!, $locale: Locale!) {
  community(slug: $slug) {
    id
    name
    viewerWorkspaceScreens
    autoHideThreshold
    members(first: 50) {
      totalCount
      edges {
        node {
          role
          member {
            id
            handle
          }
        }
      }
    }
    spaces {
      id
      name
      slug
      kind
      responseCommitment {
        hours
      }
      ideaPolicy {
        supportThreshold
        thresholdWindowDays
        supportBudget
        reviewCadenceDays
        updateEveryDays
      }
    }
  }
  dataCharter(locale: $locale) {
    version
    clauses {
      id
      title
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitySettingsQuery, CommunitySettingsQueryVariables>;
export const InviteToCommunityDocument = new TypedDocumentString(`
    mutation InviteToCommunity($communityId: ID!, $handle: String!) {
  inviteToCommunity(communityId: $communityId, handle: $handle) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteToCommunityMutation, InviteToCommunityMutationVariables>;
export const SetAutoHideThresholdDocument = new TypedDocumentString(`
    mutation SetAutoHideThreshold($input: SetAutoHideThresholdInput!) {
  setAutoHideThreshold(input: $input)
}
    `) as unknown as TypedDocumentString<SetAutoHideThresholdMutation, SetAutoHideThresholdMutationVariables>;
export const TriageChangeStatusDocument = new TypedDocumentString(`
    mutation TriageChangeStatus($input: ChangeIdeaStatusInput!) {
  changeIdeaStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TriageChangeStatusMutation, TriageChangeStatusMutationVariables>;
export const TriagePostUpdateDocument = new TypedDocumentString(`
    mutation TriagePostUpdate($input: PostIdeaUpdateInput!) {
  postIdeaUpdate(input: $input) {
    id
    nextUpdateDueAt
  }
}
    `) as unknown as TypedDocumentString<TriagePostUpdateMutation, TriagePostUpdateMutationVariables>;
export const TriageMergeIdeaDocument = new TypedDocumentString(`
    mutation TriageMergeIdea($input: MergeIdeaInput!) {
  mergeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TriageMergeIdeaMutation, TriageMergeIdeaMutationVariables>;
export const TriageCommunityDocument = new TypedDocumentString(`
    query TriageCommunity($slug: String!) {
  community(slug: $slug) {
    id
    name
    viewerWorkspaceScreens
    members(first: 100) {
      edges {
        node {
          member {
            id
            handle
          }
        }
      }
    }
    spaces {
      id
      name
      kind
      ideaPolicy {
        supportThreshold
        updateEveryDays
      }
      reviewRounds {
        cutoffAt
        decisionDueAt
        processed
        ideas {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageCommunityQuery, TriageCommunityQueryVariables>;
export const TriageIdeasDocument = new TypedDocumentString(`
    query TriageIdeas($spaceId: ID!) {
  active: ideas(
    spaceId: $spaceId
    first: 50
    orderBy: MOST_SUPPORTED
    filter: {statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS]}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        supportCount
        qualifiedAt
        nextUpdateDueAt
        overdue
      }
    }
  }
  merged: ideas(spaceId: $spaceId, first: 20, filter: {statuses: [MERGED]}) {
    edges {
      node {
        id
        title
        mergedInto {
          id
          title
        }
      }
    }
  }
  decided: ideas(
    spaceId: $spaceId
    first: 10
    filter: {statuses: [SHIPPED, DECLINED]}
  ) {
    edges {
      node {
        id
        title
        status
        decision {
          summary
          decidedAt
          credits {
            handle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageIdeasQuery, TriageIdeasQueryVariables>;
export const TriageCountsDocument = new TypedDocumentString(`
    query TriageCounts($spaceId: ID!) {
  qualified: ideas(
    spaceId: $spaceId
    first: 0
    filter: {statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true}
  ) {
    totalCount
  }
  waiting: ideas(
    spaceId: $spaceId
    first: 0
    filter: {statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false}
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TriageCountsQuery, TriageCountsQueryVariables>;
export const TriageMoreIdeasDocument = new TypedDocumentString(`
    query TriageMoreIdeas($spaceId: ID!, $after: String) {
  active: ideas(
    spaceId: $spaceId
    first: 50
    after: $after
    orderBy: MOST_SUPPORTED
    filter: {statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS]}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        supportCount
        qualifiedAt
        nextUpdateDueAt
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageMoreIdeasQuery, TriageMoreIdeasQueryVariables>;
export const UnmergeIdeaDocument = new TypedDocumentString(`
    mutation UnmergeIdea($ideaId: ID!) {
  unmergeIdea(ideaId: $ideaId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnmergeIdeaMutation, UnmergeIdeaMutationVariables>;
export const WorkspaceViewerScreensDocument = new TypedDocumentString(`
    query WorkspaceViewerScreens($slug: String!) {
  community(slug: $slug) {
    viewerWorkspaceScreens
  }
}
    `) as unknown as TypedDocumentString<WorkspaceViewerScreensQuery, WorkspaceViewerScreensQueryVariables>;