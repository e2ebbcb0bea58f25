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
    "mutation ActionsModerate($input: ModerateInput!) { moderate(input: $input) { id action actorKind reason target actor { handle affiliation } } }": typeof types.ActionsModerateDocument,
    "mutation ActionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": typeof types.ActionsReportDocument,
    "mutation ActionsAppeal($input: AppealInput!) { appeal(input: $input) { id status dueAt action { action } } }": typeof types.ActionsAppealDocument,
    "query ActionsAppealsQueue($communityId: ID!) { appealsQueue(communityId: $communityId) { totalCount edges { node { id note appellant { handle } action { id action } } } } }": typeof types.ActionsAppealsQueueDocument,
    "mutation ActionsResolve($input: ResolveAppealInput!) { resolveAppeal(input: $input) { id status resolutionReason } }": typeof types.ActionsResolveDocument,
    "mutation ActionsFeature($input: FeatureContentInput!) { featureContent(input: $input) { contentId note curator { handle affiliation } } }": typeof types.ActionsFeatureDocument,
    "mutation ActionsSetAutoHide($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": typeof types.ActionsSetAutoHideDocument,
    "query ActionsFeatured($slug: String!) { community(slug: $slug) { featured(first: 10) { totalCount edges { node { contentId note curator { handle } } } } } }": typeof types.ActionsFeaturedDocument,
    "mutation ActionsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.ActionsSuspendMemberDocument,
    "mutation ActionsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }": typeof types.ActionsLiftSuspensionDocument,
    "query ActionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action reverses reason } } } } }": typeof types.ActionsMeDocument,
    "mutation ActionsUnfeatureContent($id: ID!) { unfeatureContent(contentId: $id) }": typeof types.ActionsUnfeatureContentDocument,
    "query ActionsMe2($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action } } } } }": typeof types.ActionsMe2Document,
    "query AdviceIntegrationNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 50) { edges { node { id } } } } } }": typeof types.AdviceIntegrationNodeDocument,
    "query AdviceIntegrationSearch($input: SearchInput!) { search(input: $input) { edges { node { thread { id } } } } }": typeof types.AdviceIntegrationSearchDocument,
    "mutation AdviceIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { id } }": typeof types.AdviceIntegrationModerateDocument,
    "mutation AdviceIntegrationReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.AdviceIntegrationReplyDocument,
    "mutation CurationPin($id: ID!) { pinThread(threadId: $id) { id pinnedThreadIds } }": typeof types.CurationPinDocument,
    "mutation CurationUnpin($id: ID!) { unpinThread(threadId: $id) { pinnedThreadIds } }": typeof types.CurationUnpinDocument,
    "mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }": typeof types.CurationMoveThreadDocument,
    "mutation CurationFollow($id: ID!) { follow(targetId: $id) }": typeof types.CurationFollowDocument,
    "mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }": typeof types.CurationCloseAsDuplicateDocument,
    "query CurationDuplicateOf($id: ID!) { duplicateOf(threadId: $id) }": typeof types.CurationDuplicateOfDocument,
    "query CurationNotifications { notifications(first: 10) { edges { node { kind subjectId } } } }": typeof types.CurationNotificationsDocument,
    "mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }": typeof types.CurationRenameTagDocument,
    "mutation CurationMergeTags($input: MergeTagsInput!) { mergeTags(input: $input) }": typeof types.CurationMergeTagsDocument,
    "mutation IdeasIntegrationSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.IdeasIntegrationSuspendMemberDocument,
    "mutation IdeasIntegrationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.IdeasIntegrationProposeIdeaDocument,
    "mutation IdeasIntegrationSupportIdea($id: ID!) { supportIdea(ideaId: $id) { id } }": typeof types.IdeasIntegrationSupportIdeaDocument,
    "mutation IdeasIntegrationCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": typeof types.IdeasIntegrationCommentOnIdeaDocument,
    "mutation IdeasIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { action } }": typeof types.IdeasIntegrationModerateDocument,
    "mutation ReportsReport($input: ReportContentInput!) { reportContent(input: $input) { id weight reason note } }": typeof types.ReportsReportDocument,
    "query ReportsQueue($communityId: ID!, $status: ModerationCaseStatus!, $first: Int) {\n  moderationQueue(communityId: $communityId, filter: { status: $status }, first: $first) {\n    totalCount\n    edges { node { contentId contentType status openWeight openReports autoHiddenAt author { handle } reports { weight reason reporter { handle affiliation } } } }\n  } }": typeof types.ReportsQueueDocument,
    "query ReportsHistory($communityId: ID!) { me { moderationHistory(communityId: $communityId) { edges { node { id action actorKind reason target actor { handle } } } } } }": typeof types.ReportsHistoryDocument,
    "query ReportsAudit($communityId: ID!) { auditLog(communityId: $communityId) { totalCount edges { node { action actorKind target reason actor { handle } } } } }": typeof types.ReportsAuditDocument,
    "mutation ReportsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": typeof types.ReportsSetAutoHideThresholdDocument,
    "query ReportsCommunity($slug: String!) { community(slug: $slug) { autoHideThreshold } }": typeof types.ReportsCommunityDocument,
    "mutation SuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id until reason liftedAt member { handle } } }": typeof types.SuspensionsSuspendDocument,
    "mutation SuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id liftedAt } }": typeof types.SuspensionsLiftDocument,
    "mutation SuspensionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": typeof types.SuspensionsReportDocument,
    "mutation SuspensionsKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.SuspensionsKudosDocument,
    "mutation SuspensionsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.SuspensionsStartThreadDocument,
    "query SuspensionsCommunity($slug: String!) { community(slug: $slug) { name } }": typeof types.SuspensionsCommunityDocument,
    "query SuspensionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action target reason actor { handle } } } } } }": typeof types.SuspensionsMeDocument,
    "mutation SuspensionsAppeal($input: AppealInput!) { appeal(input: $input) { id } }": typeof types.SuspensionsAppealDocument,
    "mutation SuspensionsResolveAppeal($input: ResolveAppealInput!) { resolveAppeal(input: $input) { status } }": typeof types.SuspensionsResolveAppealDocument,
    "mutation SuspensionsModerate($input: ModerateInput!) { moderate(input: $input) { action } }": typeof types.SuspensionsModerateDocument,
};
const documents: Documents = {
    "mutation ActionsModerate($input: ModerateInput!) { moderate(input: $input) { id action actorKind reason target actor { handle affiliation } } }": types.ActionsModerateDocument,
    "mutation ActionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": types.ActionsReportDocument,
    "mutation ActionsAppeal($input: AppealInput!) { appeal(input: $input) { id status dueAt action { action } } }": types.ActionsAppealDocument,
    "query ActionsAppealsQueue($communityId: ID!) { appealsQueue(communityId: $communityId) { totalCount edges { node { id note appellant { handle } action { id action } } } } }": types.ActionsAppealsQueueDocument,
    "mutation ActionsResolve($input: ResolveAppealInput!) { resolveAppeal(input: $input) { id status resolutionReason } }": types.ActionsResolveDocument,
    "mutation ActionsFeature($input: FeatureContentInput!) { featureContent(input: $input) { contentId note curator { handle affiliation } } }": types.ActionsFeatureDocument,
    "mutation ActionsSetAutoHide($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": types.ActionsSetAutoHideDocument,
    "query ActionsFeatured($slug: String!) { community(slug: $slug) { featured(first: 10) { totalCount edges { node { contentId note curator { handle } } } } } }": types.ActionsFeaturedDocument,
    "mutation ActionsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.ActionsSuspendMemberDocument,
    "mutation ActionsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }": types.ActionsLiftSuspensionDocument,
    "query ActionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action reverses reason } } } } }": types.ActionsMeDocument,
    "mutation ActionsUnfeatureContent($id: ID!) { unfeatureContent(contentId: $id) }": types.ActionsUnfeatureContentDocument,
    "query ActionsMe2($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action } } } } }": types.ActionsMe2Document,
    "query AdviceIntegrationNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 50) { edges { node { id } } } } } }": types.AdviceIntegrationNodeDocument,
    "query AdviceIntegrationSearch($input: SearchInput!) { search(input: $input) { edges { node { thread { id } } } } }": types.AdviceIntegrationSearchDocument,
    "mutation AdviceIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { id } }": types.AdviceIntegrationModerateDocument,
    "mutation AdviceIntegrationReply($input: ReplyInput!) { reply(input: $input) { id } }": types.AdviceIntegrationReplyDocument,
    "mutation CurationPin($id: ID!) { pinThread(threadId: $id) { id pinnedThreadIds } }": types.CurationPinDocument,
    "mutation CurationUnpin($id: ID!) { unpinThread(threadId: $id) { pinnedThreadIds } }": types.CurationUnpinDocument,
    "mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }": types.CurationMoveThreadDocument,
    "mutation CurationFollow($id: ID!) { follow(targetId: $id) }": types.CurationFollowDocument,
    "mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }": types.CurationCloseAsDuplicateDocument,
    "query CurationDuplicateOf($id: ID!) { duplicateOf(threadId: $id) }": types.CurationDuplicateOfDocument,
    "query CurationNotifications { notifications(first: 10) { edges { node { kind subjectId } } } }": types.CurationNotificationsDocument,
    "mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }": types.CurationRenameTagDocument,
    "mutation CurationMergeTags($input: MergeTagsInput!) { mergeTags(input: $input) }": types.CurationMergeTagsDocument,
    "mutation IdeasIntegrationSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.IdeasIntegrationSuspendMemberDocument,
    "mutation IdeasIntegrationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.IdeasIntegrationProposeIdeaDocument,
    "mutation IdeasIntegrationSupportIdea($id: ID!) { supportIdea(ideaId: $id) { id } }": types.IdeasIntegrationSupportIdeaDocument,
    "mutation IdeasIntegrationCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": types.IdeasIntegrationCommentOnIdeaDocument,
    "mutation IdeasIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { action } }": types.IdeasIntegrationModerateDocument,
    "mutation ReportsReport($input: ReportContentInput!) { reportContent(input: $input) { id weight reason note } }": types.ReportsReportDocument,
    "query ReportsQueue($communityId: ID!, $status: ModerationCaseStatus!, $first: Int) {\n  moderationQueue(communityId: $communityId, filter: { status: $status }, first: $first) {\n    totalCount\n    edges { node { contentId contentType status openWeight openReports autoHiddenAt author { handle } reports { weight reason reporter { handle affiliation } } } }\n  } }": types.ReportsQueueDocument,
    "query ReportsHistory($communityId: ID!) { me { moderationHistory(communityId: $communityId) { edges { node { id action actorKind reason target actor { handle } } } } } }": types.ReportsHistoryDocument,
    "query ReportsAudit($communityId: ID!) { auditLog(communityId: $communityId) { totalCount edges { node { action actorKind target reason actor { handle } } } } }": types.ReportsAuditDocument,
    "mutation ReportsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": types.ReportsSetAutoHideThresholdDocument,
    "query ReportsCommunity($slug: String!) { community(slug: $slug) { autoHideThreshold } }": types.ReportsCommunityDocument,
    "mutation SuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id until reason liftedAt member { handle } } }": types.SuspensionsSuspendDocument,
    "mutation SuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id liftedAt } }": types.SuspensionsLiftDocument,
    "mutation SuspensionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": types.SuspensionsReportDocument,
    "mutation SuspensionsKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.SuspensionsKudosDocument,
    "mutation SuspensionsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.SuspensionsStartThreadDocument,
    "query SuspensionsCommunity($slug: String!) { community(slug: $slug) { name } }": types.SuspensionsCommunityDocument,
    "query SuspensionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action target reason actor { handle } } } } } }": types.SuspensionsMeDocument,
    "mutation SuspensionsAppeal($input: AppealInput!) { appeal(input: $input) { id } }": types.SuspensionsAppealDocument,
    "mutation SuspensionsResolveAppeal($input: ResolveAppealInput!) { resolveAppeal(input: $input) { status } }": types.SuspensionsResolveAppealDocument,
    "mutation SuspensionsModerate($input: ModerateInput!) { moderate(input: $input) { action } }": types.SuspensionsModerateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsModerate($input: ModerateInput!) { moderate(input: $input) { id action actorKind reason target actor { handle affiliation } } }"): typeof import('./graphql').ActionsModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }"): typeof import('./graphql').ActionsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsAppeal($input: AppealInput!) { appeal(input: $input) { id status dueAt action { action } } }"): typeof import('./graphql').ActionsAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsAppealsQueue($communityId: ID!) { appealsQueue(communityId: $communityId) { totalCount edges { node { id note appellant { handle } action { id action } } } } }"): typeof import('./graphql').ActionsAppealsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsResolve($input: ResolveAppealInput!) { resolveAppeal(input: $input) { id status resolutionReason } }"): typeof import('./graphql').ActionsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsFeature($input: FeatureContentInput!) { featureContent(input: $input) { contentId note curator { handle affiliation } } }"): typeof import('./graphql').ActionsFeatureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsSetAutoHide($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }"): typeof import('./graphql').ActionsSetAutoHideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsFeatured($slug: String!) { community(slug: $slug) { featured(first: 10) { totalCount edges { node { contentId note curator { handle } } } } } }"): typeof import('./graphql').ActionsFeaturedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').ActionsSuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }"): typeof import('./graphql').ActionsLiftSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action reverses reason } } } } }"): typeof import('./graphql').ActionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActionsUnfeatureContent($id: ID!) { unfeatureContent(contentId: $id) }"): typeof import('./graphql').ActionsUnfeatureContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionsMe2($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action } } } } }"): typeof import('./graphql').ActionsMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceIntegrationNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 50) { edges { node { id } } } } } }"): typeof import('./graphql').AdviceIntegrationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceIntegrationSearch($input: SearchInput!) { search(input: $input) { edges { node { thread { id } } } } }"): typeof import('./graphql').AdviceIntegrationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { id } }"): typeof import('./graphql').AdviceIntegrationModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceIntegrationReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').AdviceIntegrationReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationPin($id: ID!) { pinThread(threadId: $id) { id pinnedThreadIds } }"): typeof import('./graphql').CurationPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationUnpin($id: ID!) { unpinThread(threadId: $id) { pinnedThreadIds } }"): typeof import('./graphql').CurationUnpinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationMoveThread($input: MoveThreadInput!) { moveThread(input: $input) }"): typeof import('./graphql').CurationMoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationFollow($id: ID!) { follow(targetId: $id) }"): typeof import('./graphql').CurationFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }"): typeof import('./graphql').CurationCloseAsDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationDuplicateOf($id: ID!) { duplicateOf(threadId: $id) }"): typeof import('./graphql').CurationDuplicateOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurationNotifications { notifications(first: 10) { edges { node { kind subjectId } } } }"): typeof import('./graphql').CurationNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationRenameTag($input: RenameTagInput!) { renameTag(input: $input) }"): typeof import('./graphql').CurationRenameTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurationMergeTags($input: MergeTagsInput!) { mergeTags(input: $input) }"): typeof import('./graphql').CurationMergeTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasIntegrationSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').IdeasIntegrationSuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasIntegrationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): typeof import('./graphql').IdeasIntegrationProposeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasIntegrationSupportIdea($id: ID!) { supportIdea(ideaId: $id) { id } }"): typeof import('./graphql').IdeasIntegrationSupportIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasIntegrationCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }"): typeof import('./graphql').IdeasIntegrationCommentOnIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasIntegrationModerate($input: ModerateInput!) { moderate(input: $input) { action } }"): typeof import('./graphql').IdeasIntegrationModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsReport($input: ReportContentInput!) { reportContent(input: $input) { id weight reason note } }"): typeof import('./graphql').ReportsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsQueue($communityId: ID!, $status: ModerationCaseStatus!, $first: Int) {\n  moderationQueue(communityId: $communityId, filter: { status: $status }, first: $first) {\n    totalCount\n    edges { node { contentId contentType status openWeight openReports autoHiddenAt author { handle } reports { weight reason reporter { handle affiliation } } } }\n  } }"): typeof import('./graphql').ReportsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsHistory($communityId: ID!) { me { moderationHistory(communityId: $communityId) { edges { node { id action actorKind reason target actor { handle } } } } } }"): typeof import('./graphql').ReportsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAudit($communityId: ID!) { auditLog(communityId: $communityId) { totalCount edges { node { action actorKind target reason actor { handle } } } } }"): typeof import('./graphql').ReportsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }"): typeof import('./graphql').ReportsSetAutoHideThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsCommunity($slug: String!) { community(slug: $slug) { autoHideThreshold } }"): typeof import('./graphql').ReportsCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id until reason liftedAt member { handle } } }"): typeof import('./graphql').SuspensionsSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id liftedAt } }"): typeof import('./graphql').SuspensionsLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsReport($input: ReportContentInput!) { reportContent(input: $input) { id } }"): typeof import('./graphql').SuspensionsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').SuspensionsKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').SuspensionsStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspensionsCommunity($slug: String!) { community(slug: $slug) { name } }"): typeof import('./graphql').SuspensionsCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspensionsMe($c: ID!) { me { moderationHistory(communityId: $c) { edges { node { action target reason actor { handle } } } } } }"): typeof import('./graphql').SuspensionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsAppeal($input: AppealInput!) { appeal(input: $input) { id } }"): typeof import('./graphql').SuspensionsAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsResolveAppeal($input: ResolveAppealInput!) { resolveAppeal(input: $input) { status } }"): typeof import('./graphql').SuspensionsResolveAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionsModerate($input: ModerateInput!) { moderate(input: $input) { action } }"): typeof import('./graphql').SuspensionsModerateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
