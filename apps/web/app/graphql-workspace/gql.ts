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
    "\n  query AppealsQueue($communityId: ID!, $after: String) {\n    appealsQueue(communityId: $communityId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          note\n          createdAt\n          dueAt\n          appellant {\n            id\n            handle\n          }\n          action {\n            id\n            action\n            reason\n            at\n            actor {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AppealsQueueDocument,
    "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveAppealDocument,
    "\n  query AuditLog($communityId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(communityId: $communityId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MemberModeration($communityId: ID!, $memberId: ID!, $after: String) {\n    memberModerationHistory(communityId: $communityId, memberId: $memberId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n    moderatorNotes(communityId: $communityId, memberId: $memberId) {\n      id\n      note\n      createdAt\n      author {\n        handle\n      }\n    }\n    node(id: $memberId) {\n      ... on Member {\n        handle\n      }\n    }\n  }\n": typeof types.MemberModerationDocument,
    "\n  mutation AddModeratorNote($input: AddModeratorNoteInput!) {\n    addModeratorNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddModeratorNoteDocument,
    "\n  mutation ClaimModerationCase($id: ID!) {\n    claimModerationCase(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ClaimModerationCaseDocument,
    "\n  mutation ReleaseModerationCase($id: ID!) {\n    releaseModerationCase(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ReleaseModerationCaseDocument,
    "\n  mutation ModerateContent($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": typeof types.ModerateContentDocument,
    "\n  query ModerationQueue($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query QueueItems($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            viewerCanRelease\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n": typeof types.QueueItemsDocument,
    "\n  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {\n    createReasonTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReasonTemplateDocument,
    "\n  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {\n    updateReasonTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateReasonTemplateDocument,
    "\n  mutation DeleteReasonTemplate($id: ID!) {\n    deleteReasonTemplate(templateId: $id)\n  }\n": typeof types.DeleteReasonTemplateDocument,
    "\n  query RunningSuspensions($communityId: ID!, $after: String) {\n    runningSuspensions(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          until\n          member {\n            id\n            handle\n          }\n          setBy {\n            handle\n            affiliation\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunningSuspensionsDocument,
    "\n  mutation LiftRunningSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n      liftedAt\n    }\n  }\n": typeof types.LiftRunningSuspensionDocument,
    "\n  query MemberByHandle($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": typeof types.MemberByHandleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      until\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input)\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input)\n  }\n": typeof types.CloseAsDuplicateDocument,
    "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n": typeof types.RenameTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n": typeof types.MergeTagsDocument,
    "\n  query ThreadCuration($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        id\n        tags\n        space {\n          id\n          pinnedThreadIds\n          community {\n            spaces {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadCurationDocument,
    "\n  mutation PinThread($id: ID!) {\n    pinThread(threadId: $id) {\n      id\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(threadId: $id) {\n      id\n    }\n  }\n": typeof types.UnpinThreadDocument,
    "\n  mutation FeatureThread($input: FeatureContentInput!) {\n    featureContent(input: $input) {\n      featuredAt\n    }\n  }\n": typeof types.FeatureThreadDocument,
    "\n  mutation UnfeatureThread($id: ID!) {\n    unfeatureContent(contentId: $id)\n  }\n": typeof types.UnfeatureThreadDocument,
    "\n  mutation HideThread($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": typeof types.HideThreadDocument,
    "\n  query WorkspaceCommunity($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n      viewerRole\n    }\n  }\n": typeof types.WorkspaceCommunityDocument,
};
const documents: Documents = {
    "\n  query AppealsQueue($communityId: ID!, $after: String) {\n    appealsQueue(communityId: $communityId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          note\n          createdAt\n          dueAt\n          appellant {\n            id\n            handle\n          }\n          action {\n            id\n            action\n            reason\n            at\n            actor {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AppealsQueueDocument,
    "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveAppealDocument,
    "\n  query AuditLog($communityId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(communityId: $communityId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MemberModeration($communityId: ID!, $memberId: ID!, $after: String) {\n    memberModerationHistory(communityId: $communityId, memberId: $memberId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n    moderatorNotes(communityId: $communityId, memberId: $memberId) {\n      id\n      note\n      createdAt\n      author {\n        handle\n      }\n    }\n    node(id: $memberId) {\n      ... on Member {\n        handle\n      }\n    }\n  }\n": types.MemberModerationDocument,
    "\n  mutation AddModeratorNote($input: AddModeratorNoteInput!) {\n    addModeratorNote(input: $input) {\n      id\n    }\n  }\n": types.AddModeratorNoteDocument,
    "\n  mutation ClaimModerationCase($id: ID!) {\n    claimModerationCase(caseId: $id) {\n      id\n    }\n  }\n": types.ClaimModerationCaseDocument,
    "\n  mutation ReleaseModerationCase($id: ID!) {\n    releaseModerationCase(caseId: $id) {\n      id\n    }\n  }\n": types.ReleaseModerationCaseDocument,
    "\n  mutation ModerateContent($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": types.ModerateContentDocument,
    "\n  query ModerationQueue($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query QueueItems($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            viewerCanRelease\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n": types.QueueItemsDocument,
    "\n  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {\n    createReasonTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateReasonTemplateDocument,
    "\n  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {\n    updateReasonTemplate(input: $input) {\n      id\n    }\n  }\n": types.UpdateReasonTemplateDocument,
    "\n  mutation DeleteReasonTemplate($id: ID!) {\n    deleteReasonTemplate(templateId: $id)\n  }\n": types.DeleteReasonTemplateDocument,
    "\n  query RunningSuspensions($communityId: ID!, $after: String) {\n    runningSuspensions(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          until\n          member {\n            id\n            handle\n          }\n          setBy {\n            handle\n            affiliation\n          }\n        }\n      }\n    }\n  }\n": types.RunningSuspensionsDocument,
    "\n  mutation LiftRunningSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n      liftedAt\n    }\n  }\n": types.LiftRunningSuspensionDocument,
    "\n  query MemberByHandle($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": types.MemberByHandleDocument,
    "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      until\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input)\n  }\n": types.MoveThreadDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input)\n  }\n": types.CloseAsDuplicateDocument,
    "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n": types.RenameTagDocument,
    "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n": types.MergeTagsDocument,
    "\n  query ThreadCuration($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        id\n        tags\n        space {\n          id\n          pinnedThreadIds\n          community {\n            spaces {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadCurationDocument,
    "\n  mutation PinThread($id: ID!) {\n    pinThread(threadId: $id) {\n      id\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(threadId: $id) {\n      id\n    }\n  }\n": types.UnpinThreadDocument,
    "\n  mutation FeatureThread($input: FeatureContentInput!) {\n    featureContent(input: $input) {\n      featuredAt\n    }\n  }\n": types.FeatureThreadDocument,
    "\n  mutation UnfeatureThread($id: ID!) {\n    unfeatureContent(contentId: $id)\n  }\n": types.UnfeatureThreadDocument,
    "\n  mutation HideThread($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": types.HideThreadDocument,
    "\n  query WorkspaceCommunity($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n      viewerRole\n    }\n  }\n": types.WorkspaceCommunityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealsQueue($communityId: ID!, $after: String) {\n    appealsQueue(communityId: $communityId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          note\n          createdAt\n          dueAt\n          appellant {\n            id\n            handle\n          }\n          action {\n            id\n            action\n            reason\n            at\n            actor {\n              handle\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppealsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAppeal($input: ResolveAppealInput!) {\n    resolveAppeal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($communityId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(communityId: $communityId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberModeration($communityId: ID!, $memberId: ID!, $after: String) {\n    memberModerationHistory(communityId: $communityId, memberId: $memberId, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorKind\n          at\n          reason\n          target\n          targetType\n          actor {\n            id\n            handle\n          }\n        }\n      }\n    }\n    moderatorNotes(communityId: $communityId, memberId: $memberId) {\n      id\n      note\n      createdAt\n      author {\n        handle\n      }\n    }\n    node(id: $memberId) {\n      ... on Member {\n        handle\n      }\n    }\n  }\n"): typeof import('./graphql').MemberModerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModeratorNote($input: AddModeratorNoteInput!) {\n    addModeratorNote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddModeratorNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimModerationCase($id: ID!) {\n    claimModerationCase(caseId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ClaimModerationCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseModerationCase($id: ID!) {\n    releaseModerationCase(caseId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReleaseModerationCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateContent($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ModerateContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueItems($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            viewerCanRelease\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            id\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n"): typeof import('./graphql').QueueItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {\n    createReasonTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReasonTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {\n    updateReasonTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateReasonTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReasonTemplate($id: ID!) {\n    deleteReasonTemplate(templateId: $id)\n  }\n"): typeof import('./graphql').DeleteReasonTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunningSuspensions($communityId: ID!, $after: String) {\n    runningSuspensions(communityId: $communityId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          until\n          member {\n            id\n            handle\n          }\n          setBy {\n            handle\n            affiliation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunningSuspensionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftRunningSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n      liftedAt\n    }\n  }\n"): typeof import('./graphql').LiftRunningSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberByHandle($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n"): typeof import('./graphql').MemberByHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      until\n    }\n  }\n"): typeof import('./graphql').SuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input)\n  }\n"): typeof import('./graphql').MoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input)\n  }\n"): typeof import('./graphql').CloseAsDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTag($input: RenameTagInput!) {\n    renameTag(input: $input)\n  }\n"): typeof import('./graphql').RenameTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input)\n  }\n"): typeof import('./graphql').MergeTagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadCuration($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        id\n        tags\n        space {\n          id\n          pinnedThreadIds\n          community {\n            spaces {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadCurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($id: ID!) {\n    pinThread(threadId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinThread($id: ID!) {\n    unpinThread(threadId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnpinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeatureThread($input: FeatureContentInput!) {\n    featureContent(input: $input) {\n      featuredAt\n    }\n  }\n"): typeof import('./graphql').FeatureThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfeatureThread($id: ID!) {\n    unfeatureContent(contentId: $id)\n  }\n"): typeof import('./graphql').UnfeatureThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideThread($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HideThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceCommunity($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n      viewerRole\n    }\n  }\n"): typeof import('./graphql').WorkspaceCommunityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
