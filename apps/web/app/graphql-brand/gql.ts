/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AssignToStaff($input: AssignToStaffInput!) {\n    assignToStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignToStaffDocument,
    "\n  query SpaceCampaigns($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        campaigns {\n          id\n          title\n          submissionsCloseAt\n          supportClosesAt\n        }\n      }\n    }\n  }\n": typeof types.SpaceCampaignsDocument,
    "\n  query CampaignAnswers($spaceId: ID!, $campaignId: ID!) {\n    ideas(spaceId: $spaceId, first: 5, orderBy: MOST_SUPPORTED, filter: { campaignId: $campaignId, includeClosed: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          supportCount\n        }\n      }\n    }\n  }\n": typeof types.CampaignAnswersDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.LaunchCampaignDocument,
    "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n": typeof types.CloseCampaignDocument,
    "\n  query FollowUp($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n      staff: members(first: 50, filter: { role: BRAND_STAFF }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      owners: members(first: 20, filter: { role: OWNER }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        threads(first: 20, filter: { overdue: true }) {\n          edges {\n            node {\n              id\n              title\n              expectedFirstResponseAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpDocument,
    "\n  query StaffAssignments($communityId: ID!) {\n    staffAssignments(communityId: $communityId) {\n      id\n      contentId\n      contentType\n      dueAt\n      assignee {\n        handle\n      }\n      content {\n        ... on Thread {\n          title\n        }\n        ... on Idea {\n          title\n        }\n      }\n    }\n  }\n": typeof types.StaffAssignmentsDocument,
    "\n  mutation UnassignStaff($contentId: ID!) {\n    unassignStaff(contentId: $contentId)\n  }\n": typeof types.UnassignStaffDocument,
    "\n  mutation SetResponseCommitment($input: SetResponseCommitmentInput!) {\n    setResponseCommitment(input: $input) {\n      id\n    }\n  }\n": typeof types.SetResponseCommitmentDocument,
    "\n  query InsightsCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n    }\n  }\n": typeof types.InsightsCommunityDocument,
    "\n  query Insights($communityId: ID!, $period: InsightsPeriodInput!) {\n    insights(communityId: $communityId, period: $period) {\n      period {\n        from\n        to\n      }\n      coCreation {\n        ideasProposed\n        supportsGiven\n        distinctContributors\n        ideasPerStatus {\n          status\n          ideas\n        }\n        decisions {\n          count\n        }\n      }\n      promises {\n        questionsAsked\n        questionsAnswered\n        questionsUnderCommitment\n        answeredWithinCommitmentShare\n        medianFirstReplyHours\n        p90FirstReplyHours\n        overdueIdeas {\n          count\n        }\n      }\n      health {\n        activeMembers\n        newMembers\n        acceptedAnswers\n        kudosGiven\n        reports\n      }\n    }\n  }\n": typeof types.InsightsDocument,
    "\n  mutation ExportIdeas($input: ExportIdeasInput!) {\n    exportIdeas(input: $input) {\n      url\n    }\n  }\n": typeof types.ExportIdeasDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation SetIdeaPolicy($input: SetIdeaPolicyInput!) {\n    setIdeaPolicy(input: $input) {\n      updateEveryDays\n    }\n  }\n": typeof types.SetIdeaPolicyDocument,
    "\n  query CommunitySettings($slug: String!, $locale: Locale!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      autoHideThreshold\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        slug\n        kind\n        responseCommitment {\n          hours\n        }\n        ideaPolicy {\n          supportThreshold\n          thresholdWindowDays\n          supportBudget\n          reviewCadenceDays\n          updateEveryDays\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n": typeof types.CommunitySettingsDocument,
    "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n": typeof types.InviteToCommunityDocument,
    "\n  mutation SetAutoHideThreshold($input: SetAutoHideThresholdInput!) {\n    setAutoHideThreshold(input: $input)\n  }\n": typeof types.SetAutoHideThresholdDocument,
    "\n  mutation TriageChangeStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.TriageChangeStatusDocument,
    "\n  mutation TriagePostUpdate($input: PostIdeaUpdateInput!) {\n    postIdeaUpdate(input: $input) {\n      id\n      nextUpdateDueAt\n    }\n  }\n": typeof types.TriagePostUpdateDocument,
    "\n  mutation TriageMergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n    }\n  }\n": typeof types.TriageMergeIdeaDocument,
    "\n  query TriageCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      members(first: 100) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        ideaPolicy {\n          supportThreshold\n          updateEveryDays\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.TriageCommunityDocument,
    "\n  query TriageIdeas($spaceId: ID!) {\n    active: ideas(spaceId: $spaceId, first: 50, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n    merged: ideas(spaceId: $spaceId, first: 20, filter: { statuses: [MERGED] }) {\n      edges {\n        node {\n          id\n          title\n          mergedInto {\n            id\n            title\n          }\n        }\n      }\n    }\n    decided: ideas(spaceId: $spaceId, first: 10, filter: { statuses: [SHIPPED, DECLINED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          decision {\n            summary\n            decidedAt\n            credits {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TriageIdeasDocument,
    "\n  query TriageCounts($spaceId: ID!) {\n    qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) {\n      totalCount\n    }\n    waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) {\n      totalCount\n    }\n  }\n": typeof types.TriageCountsDocument,
    "\n  query TriageMoreIdeas($spaceId: ID!, $after: String) {\n    active: ideas(spaceId: $spaceId, first: 50, after: $after, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.TriageMoreIdeasDocument,
    "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n    }\n  }\n": typeof types.UnmergeIdeaDocument,
    "\n  query WorkspaceViewerScreens($slug: String!) {\n    community(slug: $slug) {\n      viewerWorkspaceScreens\n    }\n  }\n": typeof types.WorkspaceViewerScreensDocument,
};
const documents: Documents = {
    "\n  mutation AssignToStaff($input: AssignToStaffInput!) {\n    assignToStaff(input: $input) {\n      id\n    }\n  }\n": types.AssignToStaffDocument,
    "\n  query SpaceCampaigns($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        campaigns {\n          id\n          title\n          submissionsCloseAt\n          supportClosesAt\n        }\n      }\n    }\n  }\n": types.SpaceCampaignsDocument,
    "\n  query CampaignAnswers($spaceId: ID!, $campaignId: ID!) {\n    ideas(spaceId: $spaceId, first: 5, orderBy: MOST_SUPPORTED, filter: { campaignId: $campaignId, includeClosed: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          supportCount\n        }\n      }\n    }\n  }\n": types.CampaignAnswersDocument,
    "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      title\n    }\n  }\n": types.LaunchCampaignDocument,
    "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n": types.CloseCampaignDocument,
    "\n  query FollowUp($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n      staff: members(first: 50, filter: { role: BRAND_STAFF }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      owners: members(first: 20, filter: { role: OWNER }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        threads(first: 20, filter: { overdue: true }) {\n          edges {\n            node {\n              id\n              title\n              expectedFirstResponseAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpDocument,
    "\n  query StaffAssignments($communityId: ID!) {\n    staffAssignments(communityId: $communityId) {\n      id\n      contentId\n      contentType\n      dueAt\n      assignee {\n        handle\n      }\n      content {\n        ... on Thread {\n          title\n        }\n        ... on Idea {\n          title\n        }\n      }\n    }\n  }\n": types.StaffAssignmentsDocument,
    "\n  mutation UnassignStaff($contentId: ID!) {\n    unassignStaff(contentId: $contentId)\n  }\n": types.UnassignStaffDocument,
    "\n  mutation SetResponseCommitment($input: SetResponseCommitmentInput!) {\n    setResponseCommitment(input: $input) {\n      id\n    }\n  }\n": types.SetResponseCommitmentDocument,
    "\n  query InsightsCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n    }\n  }\n": types.InsightsCommunityDocument,
    "\n  query Insights($communityId: ID!, $period: InsightsPeriodInput!) {\n    insights(communityId: $communityId, period: $period) {\n      period {\n        from\n        to\n      }\n      coCreation {\n        ideasProposed\n        supportsGiven\n        distinctContributors\n        ideasPerStatus {\n          status\n          ideas\n        }\n        decisions {\n          count\n        }\n      }\n      promises {\n        questionsAsked\n        questionsAnswered\n        questionsUnderCommitment\n        answeredWithinCommitmentShare\n        medianFirstReplyHours\n        p90FirstReplyHours\n        overdueIdeas {\n          count\n        }\n      }\n      health {\n        activeMembers\n        newMembers\n        acceptedAnswers\n        kudosGiven\n        reports\n      }\n    }\n  }\n": types.InsightsDocument,
    "\n  mutation ExportIdeas($input: ExportIdeasInput!) {\n    exportIdeas(input: $input) {\n      url\n    }\n  }\n": types.ExportIdeasDocument,
    "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation SetIdeaPolicy($input: SetIdeaPolicyInput!) {\n    setIdeaPolicy(input: $input) {\n      updateEveryDays\n    }\n  }\n": types.SetIdeaPolicyDocument,
    "\n  query CommunitySettings($slug: String!, $locale: Locale!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      autoHideThreshold\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        slug\n        kind\n        responseCommitment {\n          hours\n        }\n        ideaPolicy {\n          supportThreshold\n          thresholdWindowDays\n          supportBudget\n          reviewCadenceDays\n          updateEveryDays\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n": types.CommunitySettingsDocument,
    "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n": types.InviteToCommunityDocument,
    "\n  mutation SetAutoHideThreshold($input: SetAutoHideThresholdInput!) {\n    setAutoHideThreshold(input: $input)\n  }\n": types.SetAutoHideThresholdDocument,
    "\n  mutation TriageChangeStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.TriageChangeStatusDocument,
    "\n  mutation TriagePostUpdate($input: PostIdeaUpdateInput!) {\n    postIdeaUpdate(input: $input) {\n      id\n      nextUpdateDueAt\n    }\n  }\n": types.TriagePostUpdateDocument,
    "\n  mutation TriageMergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n    }\n  }\n": types.TriageMergeIdeaDocument,
    "\n  query TriageCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      members(first: 100) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        ideaPolicy {\n          supportThreshold\n          updateEveryDays\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.TriageCommunityDocument,
    "\n  query TriageIdeas($spaceId: ID!) {\n    active: ideas(spaceId: $spaceId, first: 50, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n    merged: ideas(spaceId: $spaceId, first: 20, filter: { statuses: [MERGED] }) {\n      edges {\n        node {\n          id\n          title\n          mergedInto {\n            id\n            title\n          }\n        }\n      }\n    }\n    decided: ideas(spaceId: $spaceId, first: 10, filter: { statuses: [SHIPPED, DECLINED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          decision {\n            summary\n            decidedAt\n            credits {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TriageIdeasDocument,
    "\n  query TriageCounts($spaceId: ID!) {\n    qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) {\n      totalCount\n    }\n    waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) {\n      totalCount\n    }\n  }\n": types.TriageCountsDocument,
    "\n  query TriageMoreIdeas($spaceId: ID!, $after: String) {\n    active: ideas(spaceId: $spaceId, first: 50, after: $after, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n  }\n": types.TriageMoreIdeasDocument,
    "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n    }\n  }\n": types.UnmergeIdeaDocument,
    "\n  query WorkspaceViewerScreens($slug: String!) {\n    community(slug: $slug) {\n      viewerWorkspaceScreens\n    }\n  }\n": types.WorkspaceViewerScreensDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignToStaff($input: AssignToStaffInput!) {\n    assignToStaff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignToStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceCampaigns($spaceId: ID!) {\n    node(id: $spaceId) {\n      ... on Space {\n        campaigns {\n          id\n          title\n          submissionsCloseAt\n          supportClosesAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SpaceCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAnswers($spaceId: ID!, $campaignId: ID!) {\n    ideas(spaceId: $spaceId, first: 5, orderBy: MOST_SUPPORTED, filter: { campaignId: $campaignId, includeClosed: true }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          supportCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').LaunchCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUp($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n      staff: members(first: 50, filter: { role: BRAND_STAFF }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      owners: members(first: 20, filter: { role: OWNER }) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        threads(first: 20, filter: { overdue: true }) {\n          edges {\n            node {\n              id\n              title\n              expectedFirstResponseAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAssignments($communityId: ID!) {\n    staffAssignments(communityId: $communityId) {\n      id\n      contentId\n      contentType\n      dueAt\n      assignee {\n        handle\n      }\n      content {\n        ... on Thread {\n          title\n        }\n        ... on Idea {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignStaff($contentId: ID!) {\n    unassignStaff(contentId: $contentId)\n  }\n"): typeof import('./graphql').UnassignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResponseCommitment($input: SetResponseCommitmentInput!) {\n    setResponseCommitment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetResponseCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      viewerWorkspaceScreens\n    }\n  }\n"): typeof import('./graphql').InsightsCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($communityId: ID!, $period: InsightsPeriodInput!) {\n    insights(communityId: $communityId, period: $period) {\n      period {\n        from\n        to\n      }\n      coCreation {\n        ideasProposed\n        supportsGiven\n        distinctContributors\n        ideasPerStatus {\n          status\n          ideas\n        }\n        decisions {\n          count\n        }\n      }\n      promises {\n        questionsAsked\n        questionsAnswered\n        questionsUnderCommitment\n        answeredWithinCommitmentShare\n        medianFirstReplyHours\n        p90FirstReplyHours\n        overdueIdeas {\n          count\n        }\n      }\n      health {\n        activeMembers\n        newMembers\n        acceptedAnswers\n        kudosGiven\n        reports\n      }\n    }\n  }\n"): typeof import('./graphql').InsightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportIdeas($input: ExportIdeasInput!) {\n    exportIdeas(input: $input) {\n      url\n    }\n  }\n"): typeof import('./graphql').ExportIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($input: SetMemberRoleInput!) {\n    setMemberRole(input: $input) {\n      role\n    }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaPolicy($input: SetIdeaPolicyInput!) {\n    setIdeaPolicy(input: $input) {\n      updateEveryDays\n    }\n  }\n"): typeof import('./graphql').SetIdeaPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySettings($slug: String!, $locale: Locale!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      autoHideThreshold\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            role\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        slug\n        kind\n        responseCommitment {\n          hours\n        }\n        ideaPolicy {\n          supportThreshold\n          thresholdWindowDays\n          supportBudget\n          reviewCadenceDays\n          updateEveryDays\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').CommunitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCommunity($communityId: ID!, $handle: String!) {\n    inviteToCommunity(communityId: $communityId, handle: $handle) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteToCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAutoHideThreshold($input: SetAutoHideThresholdInput!) {\n    setAutoHideThreshold(input: $input)\n  }\n"): typeof import('./graphql').SetAutoHideThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageChangeStatus($input: ChangeIdeaStatusInput!) {\n    changeIdeaStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TriageChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriagePostUpdate($input: PostIdeaUpdateInput!) {\n    postIdeaUpdate(input: $input) {\n      id\n      nextUpdateDueAt\n    }\n  }\n"): typeof import('./graphql').TriagePostUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageMergeIdea($input: MergeIdeaInput!) {\n    mergeIdea(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TriageMergeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCommunity($slug: String!) {\n    community(slug: $slug) {\n      id\n      name\n      viewerWorkspaceScreens\n      members(first: 100) {\n        edges {\n          node {\n            member {\n              id\n              handle\n            }\n          }\n        }\n      }\n      spaces {\n        id\n        name\n        kind\n        ideaPolicy {\n          supportThreshold\n          updateEveryDays\n        }\n        reviewRounds {\n          cutoffAt\n          decisionDueAt\n          processed\n          ideas {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageIdeas($spaceId: ID!) {\n    active: ideas(spaceId: $spaceId, first: 50, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n    merged: ideas(spaceId: $spaceId, first: 20, filter: { statuses: [MERGED] }) {\n      edges {\n        node {\n          id\n          title\n          mergedInto {\n            id\n            title\n          }\n        }\n      }\n    }\n    decided: ideas(spaceId: $spaceId, first: 10, filter: { statuses: [SHIPPED, DECLINED] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          decision {\n            summary\n            decidedAt\n            credits {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCounts($spaceId: ID!) {\n    qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) {\n      totalCount\n    }\n    waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').TriageCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageMoreIdeas($spaceId: ID!, $after: String) {\n    active: ideas(spaceId: $spaceId, first: 50, after: $after, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n          qualifiedAt\n          nextUpdateDueAt\n          overdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageMoreIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmergeIdea($ideaId: ID!) {\n    unmergeIdea(ideaId: $ideaId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UnmergeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceViewerScreens($slug: String!) {\n    community(slug: $slug) {\n      viewerWorkspaceScreens\n    }\n  }\n"): typeof import('./graphql').WorkspaceViewerScreensDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
