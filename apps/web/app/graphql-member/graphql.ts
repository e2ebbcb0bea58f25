/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CommentOnIdeaInput = {
  /** Markdown */
  body: string;
  ideaId: string;
  inReplyToId?: string | null | undefined;
};

export type CreditOfferState =
  | 'ACCEPTED'
  | 'OFFERED';

export type EditIdeaCommentInput = {
  /** Markdown */
  body: string;
  /** Id of your IdeaComment */
  id: string;
};

export type EditPostInput = {
  body: string;
  /** Id of a Thread or a Reply */
  id: string;
  /** Threads only; unchanged when omitted */
  title?: string | null | undefined;
};

export type GiveKudosInput = {
  /** A thread, reply, idea or idea comment */
  contentId: string;
  /** Optional thanks, up to 280 characters */
  message?: string | null | undefined;
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

export type Locale =
  | 'EN'
  | 'FR';

export type ProposeIdeaInput = {
  /** Markdown */
  body: string;
  campaignId?: string | null | undefined;
  spaceId: string;
  tags?: Array<string>;
  title: string;
};

export type ReplyInput = {
  body: string;
  /** The reply this one answers, in the same thread */
  inReplyToId?: string | null | undefined;
  threadId: string;
};

/** A role in one community; it labels, it never weighs */
export type Role =
  | 'BRAND_STAFF'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type SaveDraftInput = {
  /** Markdown, as typed */
  body: string;
  /** A space (new thread or idea), a thread (reply) or an idea (comment) */
  placeId: string;
  title?: string | null | undefined;
};

export type SpaceKind =
  | 'DISCUSSION'
  | 'IDEAS';

export type StartThreadInput = {
  body: string;
  kind: ThreadKind;
  spaceId: string;
  /** Up to 5 lower-case tags of 2–30 letters, digits or dashes */
  tags?: Array<string>;
  title: string;
};

export type ThreadKind =
  | 'DISCUSSION'
  | 'QUESTION';

export type ThreadState =
  | 'LOCKED'
  | 'OPEN';

export type IdeaCommentsViewerQueryVariables = Exact<{
  id: string;
}>;


export type IdeaCommentsViewerQuery = { node:
    | { __typename: 'Idea', id: string, space: { community: { id: string } }, comments: { edges: Array<{ node: { id: string, body: string, viewerCanEdit: boolean, viewerCanDelete: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type EditIdeaCommentMutationVariables = Exact<{
  input: EditIdeaCommentInput;
}>;


export type EditIdeaCommentMutation = { editIdeaComment: { id: string } };

export type DeleteIdeaCommentMutationVariables = Exact<{
  id: string;
}>;


export type DeleteIdeaCommentMutation = { deleteIdeaComment: boolean };

export type CommunityViewerQueryVariables = Exact<{
  slug: string;
}>;


export type CommunityViewerQuery = { community: { viewerRole: Role | null } };

export type ComposerSpaceQueryVariables = Exact<{
  id: string;
}>;


export type ComposerSpaceQuery = { node:
    | { __typename: 'Space', id: string, name: string, kind: SpaceKind, responseCommitment: { hours: number, text: string } | null, community: { id: string, slug: string, name: string, locale: Locale } }
    | Record<PropertyKey, never>
   | null };

export type ComposerViewerQueryVariables = Exact<{
  id: string;
}>;


export type ComposerViewerQuery = { node:
    | { __typename: 'Space', community: { viewerRole: Role | null, viewerSuspendedUntil: string | null } }
    | Record<PropertyKey, never>
   | null };

export type IdeaViewerQueryVariables = Exact<{
  id: string;
  spaceId: string;
}>;


export type IdeaViewerQuery = { isFollowing: boolean, me: { supportBudget: { limit: number | null, remaining: number | null, used: number } | null }, node:
    | { __typename: 'Idea', id: string, status: IdeaStatus, viewerSupports: boolean, viewerCanSupport: boolean, viewerCreditOffer: CreditOfferState | null, space: { community: { id: string, name: string, viewerRole: Role | null, viewerSuspendedUntil: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type SupportIdeaMutationVariables = Exact<{
  ideaId: string;
}>;


export type SupportIdeaMutation = { supportIdea: { id: string } };

export type WithdrawSupportMutationVariables = Exact<{
  ideaId: string;
}>;


export type WithdrawSupportMutation = { withdrawSupport: { id: string } };

export type CommentOnIdeaMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type CommentOnIdeaMutation = { commentOnIdea: { id: string } };

export type AcceptCreditMutationVariables = Exact<{
  ideaId: string;
}>;


export type AcceptCreditMutation = { acceptCredit: { id: string } };

export type DeclineCreditMutationVariables = Exact<{
  ideaId: string;
}>;


export type DeclineCreditMutation = { declineCredit: { id: string } };

export type JoinCommunityMutationVariables = Exact<{
  communityId: string;
}>;


export type JoinCommunityMutation = { joinCommunity: { role: Role } };

export type HandleSuggestionsQueryVariables = Exact<{
  communityId: string;
  prefix: string;
}>;


export type HandleSuggestionsQuery = { handleSuggestions: Array<{ id: string, handle: string }> };

export type MutedHandlesQueryVariables = Exact<{ [key: string]: never; }>;


export type MutedHandlesQuery = { mutedMembers: Array<{ member: { handle: string } }> };

export type MuteMemberMutationVariables = Exact<{
  memberId: string;
}>;


export type MuteMemberMutation = { muteMember: { id: string } };

export type UnmuteMemberMutationVariables = Exact<{
  memberId: string;
}>;


export type UnmuteMemberMutation = { unmuteMember: boolean };

export type SimilarThreadsQueryVariables = Exact<{
  spaceId: string;
  text: string;
}>;


export type SimilarThreadsQuery = { similarThreads: Array<{ id: string, title: string }> };

export type StartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type StartThreadMutation = { startThread: { id: string } };

export type SimilarIdeasQueryVariables = Exact<{
  spaceId: string;
  text: string;
}>;


export type SimilarIdeasQuery = { similarIdeas: Array<{ id: string, title: string }> };

export type ProposeIdeaMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type ProposeIdeaMutation = { proposeIdea: { id: string } };

export type RoadmapQueryVariables = Exact<{
  id: string;
}>;


export type RoadmapQuery = { node:
    | { __typename: 'Space', id: string, name: string, description: string, kind: SpaceKind, community: { slug: string, name: string, locale: Locale } }
    | Record<PropertyKey, never>
   | null, ideaRoadmap: Array<{ status: IdeaStatus, totalCount: number, ideas: Array<{ id: string, title: string, supportCount: number }> }> };

export type FollowMutationVariables = Exact<{
  targetId: string;
}>;


export type FollowMutation = { follow: boolean };

export type UnfollowMutationVariables = Exact<{
  targetId: string;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type GiveKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type GiveKudosMutation = { giveKudos: { id: string } };

export type WithdrawKudosMutationVariables = Exact<{
  contentId: string;
}>;


export type WithdrawKudosMutation = { withdrawKudos: boolean };

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type DeletePostMutationVariables = Exact<{
  id: string;
}>;


export type DeletePostMutation = { deletePost: boolean };

export type AcceptAnswerMutationVariables = Exact<{
  replyId: string;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string } };

export type UnacceptAnswerMutationVariables = Exact<{
  threadId: string;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { id: string } };

export type PostReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type PostReplyMutation = { reply: { id: string } };

export type ThreadReplyCountQueryVariables = Exact<{
  id: string;
}>;


export type ThreadReplyCountQuery = { node:
    | { __typename: 'Thread', replyCount: number }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerQueryVariables = Exact<{
  id: string;
}>;


export type ThreadViewerQuery = { isFollowing: boolean, me: { id: string }, mutedMembers: Array<{ member: { id: string } }>, node:
    | { __typename: 'Thread', id: string, title: string, body: string, kind: ThreadKind, state: ThreadState, deleted: boolean, viewerGaveKudos: boolean, author: { id: string } | null, revisions: Array<{ title: string | null, body: string, editedAt: string }>, space: { id: string, community: { id: string, name: string, viewerRole: Role | null } }, replies: { edges: Array<{ node: { id: string, viewerGaveKudos: boolean, author: { id: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadReplyPermissionsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadReplyPermissionsQuery = { node:
    | { __typename: 'Thread', id: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean, viewerCanReply: boolean, space: { community: { viewerSuspendedUntil: string | null } }, replies: { edges: Array<{ node: { id: string, body: string, viewerCanEdit: boolean, viewerCanDelete: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadReplyActionsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadReplyActionsQuery = { node:
    | { __typename: 'Thread', replies: { edges: Array<{ node: { id: string, viewerCanAccept: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type DraftOfQueryVariables = Exact<{
  placeId: string;
}>;


export type DraftOfQuery = { draft: { title: string | null, body: string } | null };

export type SaveDraftMutationVariables = Exact<{
  input: SaveDraftInput;
}>;


export type SaveDraftMutation = { saveDraft: { updatedAt: string } };

export type DeleteDraftMutationVariables = Exact<{
  placeId: string;
}>;


export type DeleteDraftMutation = { deleteDraft: boolean };

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

export const IdeaCommentsViewerDocument = new TypedDocumentString(`
    query IdeaCommentsViewer($id: ID!) {
  node(id: $id) {
    ... on Idea {
      __typename
      id
      space {
        community {
          id
        }
      }
      comments(first: 50) {
        edges {
          node {
            id
            body
            viewerCanEdit
            viewerCanDelete
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaCommentsViewerQuery, IdeaCommentsViewerQueryVariables>;
export const EditIdeaCommentDocument = new TypedDocumentString(`
    mutation EditIdeaComment($input: EditIdeaCommentInput!) {
  editIdeaComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditIdeaCommentMutation, EditIdeaCommentMutationVariables>;
export const DeleteIdeaCommentDocument = new TypedDocumentString(`
    mutation DeleteIdeaComment($id: ID!) {
  deleteIdeaComment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteIdeaCommentMutation, DeleteIdeaCommentMutationVariables>;
export const CommunityViewerDocument = new TypedDocumentString(`
    query CommunityViewer($slug: String!) {
  community(slug: $slug) {
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<CommunityViewerQuery, CommunityViewerQueryVariables>;
export const ComposerSpaceDocument = new TypedDocumentString(`
    query ComposerSpace($id: ID!) {
  node(id: $id) {
    ... on Space {
      __typename
      id
      name
      kind
      responseCommitment {
        hours
        text
      }
      community {
        id
        slug
        name
        locale
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComposerSpaceQuery, ComposerSpaceQueryVariables>;
export const ComposerViewerDocument = new TypedDocumentString(`
    query ComposerViewer($id: ID!) {
  node(id: $id) {
    ... on Space {
      __typename
      community {
        viewerRole
        viewerSuspendedUntil
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComposerViewerQuery, ComposerViewerQueryVariables>;
export const IdeaViewerDocument = new TypedDocumentString(`
    query IdeaViewer($id: ID!, $spaceId: ID!) {
  isFollowing(targetId: $id)
  me {
    supportBudget(spaceId: $spaceId) {
      limit
      remaining
      used
    }
  }
  node(id: $id) {
    ... on Idea {
      __typename
      id
      status
      viewerSupports
      viewerCanSupport
      viewerCreditOffer
      space {
        community {
          id
          name
          viewerRole
          viewerSuspendedUntil
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaViewerQuery, IdeaViewerQueryVariables>;
export const SupportIdeaDocument = new TypedDocumentString(`
    mutation SupportIdea($ideaId: ID!) {
  supportIdea(ideaId: $ideaId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportIdeaMutation, SupportIdeaMutationVariables>;
export const WithdrawSupportDocument = new TypedDocumentString(`
    mutation WithdrawSupport($ideaId: ID!) {
  withdrawSupport(ideaId: $ideaId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const CommentOnIdeaDocument = new TypedDocumentString(`
    mutation CommentOnIdea($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnIdeaMutation, CommentOnIdeaMutationVariables>;
export const AcceptCreditDocument = new TypedDocumentString(`
    mutation AcceptCredit($ideaId: ID!) {
  acceptCredit(ideaId: $ideaId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptCreditMutation, AcceptCreditMutationVariables>;
export const DeclineCreditDocument = new TypedDocumentString(`
    mutation DeclineCredit($ideaId: ID!) {
  declineCredit(ideaId: $ideaId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclineCreditMutation, DeclineCreditMutationVariables>;
export const JoinCommunityDocument = new TypedDocumentString(`
    mutation JoinCommunity($communityId: ID!) {
  joinCommunity(communityId: $communityId) {
    role
  }
}
    `) as unknown as TypedDocumentString<JoinCommunityMutation, JoinCommunityMutationVariables>;
export const HandleSuggestionsDocument = new TypedDocumentString(`
    query HandleSuggestions($communityId: ID!, $prefix: String!) {
  handleSuggestions(communityId: $communityId, prefix: $prefix) {
    id
    handle
  }
}
    `) as unknown as TypedDocumentString<HandleSuggestionsQuery, HandleSuggestionsQueryVariables>;
export const MutedHandlesDocument = new TypedDocumentString(`
    query MutedHandles {
  mutedMembers {
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<MutedHandlesQuery, MutedHandlesQueryVariables>;
export const MuteMemberDocument = new TypedDocumentString(`
    mutation MuteMember($memberId: ID!) {
  muteMember(memberId: $memberId) {
    id
  }
}
    `) as unknown as TypedDocumentString<MuteMemberMutation, MuteMemberMutationVariables>;
export const UnmuteMemberDocument = new TypedDocumentString(`
    mutation UnmuteMember($memberId: ID!) {
  unmuteMember(memberId: $memberId)
}
    `) as unknown as TypedDocumentString<UnmuteMemberMutation, UnmuteMemberMutationVariables>;
export const SimilarThreadsDocument = new TypedDocumentString(`
    query SimilarThreads($spaceId: ID!, $text: String!) {
  similarThreads(spaceId: $spaceId, text: $text) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<SimilarThreadsQuery, SimilarThreadsQueryVariables>;
export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartThreadMutation, StartThreadMutationVariables>;
export const SimilarIdeasDocument = new TypedDocumentString(`
    query SimilarIdeas($spaceId: ID!, $text: String!) {
  similarIdeas(spaceId: $spaceId, text: $text) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<SimilarIdeasQuery, SimilarIdeasQueryVariables>;
export const ProposeIdeaDocument = new TypedDocumentString(`
    mutation ProposeIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeIdeaMutation, ProposeIdeaMutationVariables>;
export const RoadmapDocument = new TypedDocumentString(`
    query Roadmap($id: ID!) {
  node(id: $id) {
    ... on Space {
      __typename
      id
      name
      description
      kind
      community {
        slug
        name
        locale
      }
    }
  }
  ideaRoadmap(spaceId: $id, perStatus: 20) {
    status
    totalCount
    ideas {
      id
      title
      supportCount
    }
  }
}
    `) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($targetId: ID!) {
  follow(targetId: $targetId)
}
    `) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($targetId: ID!) {
  unfollow(targetId: $targetId)
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const GiveKudosDocument = new TypedDocumentString(`
    mutation GiveKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<GiveKudosMutation, GiveKudosMutationVariables>;
export const WithdrawKudosDocument = new TypedDocumentString(`
    mutation WithdrawKudos($contentId: ID!) {
  withdrawKudos(contentId: $contentId)
}
    `) as unknown as TypedDocumentString<WithdrawKudosMutation, WithdrawKudosMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($replyId: ID!) {
  acceptAnswer(replyId: $replyId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const UnacceptAnswerDocument = new TypedDocumentString(`
    mutation UnacceptAnswer($threadId: ID!) {
  unacceptAnswer(threadId: $threadId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnacceptAnswerMutation, UnacceptAnswerMutationVariables>;
export const PostReplyDocument = new TypedDocumentString(`
    mutation PostReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostReplyMutation, PostReplyMutationVariables>;
export const ThreadReplyCountDocument = new TypedDocumentString(`
    query ThreadReplyCount($id: ID!) {
  node(id: $id) {
    ... on Thread {
      __typename
      replyCount
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadReplyCountQuery, ThreadReplyCountQueryVariables>;
export const ThreadViewerDocument = new TypedDocumentString(`
    query ThreadViewer($id: ID!) {
  me {
    id
  }
  isFollowing(targetId: $id)
  mutedMembers {
    member {
      id
    }
  }
  node(id: $id) {
    ... on Thread {
      __typename
      id
      title
      body
      kind
      state
      deleted
      viewerGaveKudos
      author {
        id
      }
      revisions {
        title
        body
        editedAt
      }
      space {
        id
        community {
          id
          name
          viewerRole
        }
      }
      replies(first: 100) {
        edges {
          node {
            id
            viewerGaveKudos
            author {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerQuery, ThreadViewerQueryVariables>;
export const ThreadReplyPermissionsDocument = new TypedDocumentString(`
    query ThreadReplyPermissions($id: ID!) {
  node(id: $id) {
    ... on Thread {
      __typename
      id
      viewerCanEdit
      viewerCanDelete
      viewerCanModerate
      viewerCanGiveKudos
      viewerCanMuteAuthor
      viewerCanReply
      space {
        community {
          viewerSuspendedUntil
        }
      }
      replies(first: 100) {
        edges {
          node {
            id
            body
            viewerCanEdit
            viewerCanDelete
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadReplyPermissionsQuery, ThreadReplyPermissionsQueryVariables>;
export const ThreadReplyActionsDocument = new TypedDocumentString(`
    query ThreadReplyActions($id: ID!) {
  node(id: $id) {
    ... on Thread {
      __typename
      replies(first: 100) {
        edges {
          node {
            id
            viewerCanAccept
            viewerCanGiveKudos
            viewerCanMuteAuthor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadReplyActionsQuery, ThreadReplyActionsQueryVariables>;
export const DraftOfDocument = new TypedDocumentString(`
    query DraftOf($placeId: ID!) {
  draft(placeId: $placeId) {
    title
    body
  }
}
    `) as unknown as TypedDocumentString<DraftOfQuery, DraftOfQueryVariables>;
export const SaveDraftDocument = new TypedDocumentString(`
    mutation SaveDraft($input: SaveDraftInput!) {
  saveDraft(input: $input) {
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveDraftMutation, SaveDraftMutationVariables>;
export const DeleteDraftDocument = new TypedDocumentString(`
    mutation DeleteDraft($placeId: ID!) {
  deleteDraft(placeId: $placeId)
}
    `) as unknown as TypedDocumentString<DeleteDraftMutation, DeleteDraftMutationVariables>;