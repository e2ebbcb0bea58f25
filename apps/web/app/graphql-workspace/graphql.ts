/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateReasonTemplateInput = {
  communityId: string;
  reason: string;
  title: string;
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

export type ReportReason =
  | 'ABUSE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type UpdateReasonTemplateInput = {
  reason: string;
  templateId: string;
  title: string;
};

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
}>;


export type QueueItemsQuery = { moderationQueue: { totalCount: number, edges: Array<{ node: { id: string, contentId: string, contentType: string, openWeight: number, openReports: number, autoHiddenAt: string | null, reasons: Array<{ reason: ReportReason, count: number, weight: number }>, claim: { expiresAt: string, moderator: { id: string, handle: string } | null } | null, author: { handle: string } | null, content:
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
    query QueueItems($communityId: ID!) {
  moderationQueue(communityId: $communityId, first: 20) {
    totalCount
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
          moderator {
            id
            handle
          }
        }
        author {
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