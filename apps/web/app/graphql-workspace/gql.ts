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
    "\n  mutation ClaimModerationCase($id: ID!) {\n    claimModerationCase(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ClaimModerationCaseDocument,
    "\n  mutation ReleaseModerationCase($id: ID!) {\n    releaseModerationCase(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ReleaseModerationCaseDocument,
    "\n  mutation ModerateContent($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": typeof types.ModerateContentDocument,
    "\n  query ModerationQueue($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query QueueItems($communityId: ID!) {\n    moderationQueue(communityId: $communityId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n": typeof types.QueueItemsDocument,
    "\n  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {\n    createReasonTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReasonTemplateDocument,
    "\n  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {\n    updateReasonTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateReasonTemplateDocument,
    "\n  mutation DeleteReasonTemplate($id: ID!) {\n    deleteReasonTemplate(templateId: $id)\n  }\n": typeof types.DeleteReasonTemplateDocument,
};
const documents: Documents = {
    "\n  mutation ClaimModerationCase($id: ID!) {\n    claimModerationCase(caseId: $id) {\n      id\n    }\n  }\n": types.ClaimModerationCaseDocument,
    "\n  mutation ReleaseModerationCase($id: ID!) {\n    releaseModerationCase(caseId: $id) {\n      id\n    }\n  }\n": types.ReleaseModerationCaseDocument,
    "\n  mutation ModerateContent($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n    }\n  }\n": types.ModerateContentDocument,
    "\n  query ModerationQueue($slug: String!) {\n    me {\n      id\n    }\n    community(slug: $slug) {\n      id\n      name\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query QueueItems($communityId: ID!) {\n    moderationQueue(communityId: $communityId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n": types.QueueItemsDocument,
    "\n  mutation CreateReasonTemplate($input: CreateReasonTemplateInput!) {\n    createReasonTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateReasonTemplateDocument,
    "\n  mutation UpdateReasonTemplate($input: UpdateReasonTemplateInput!) {\n    updateReasonTemplate(input: $input) {\n      id\n    }\n  }\n": types.UpdateReasonTemplateDocument,
    "\n  mutation DeleteReasonTemplate($id: ID!) {\n    deleteReasonTemplate(templateId: $id)\n  }\n": types.DeleteReasonTemplateDocument,
};

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
export function graphql(source: "\n  query QueueItems($communityId: ID!) {\n    moderationQueue(communityId: $communityId, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          contentId\n          contentType\n          openWeight\n          openReports\n          autoHiddenAt\n          reasons {\n            reason\n            count\n            weight\n          }\n          claim {\n            expiresAt\n            moderator {\n              id\n              handle\n            }\n          }\n          author {\n            handle\n          }\n          content {\n            ... on Thread {\n              title\n              body\n            }\n            ... on Reply {\n              body\n            }\n            ... on Idea {\n              title\n              body\n            }\n            ... on IdeaComment {\n              body\n            }\n          }\n          context {\n            ... on Thread {\n              title\n            }\n            ... on Idea {\n              title\n            }\n          }\n        }\n      }\n    }\n    moderationReasonTemplates(communityId: $communityId) {\n      id\n      title\n      reason\n    }\n  }\n"): typeof import('./graphql').QueueItemsDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
