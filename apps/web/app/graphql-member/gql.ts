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
    "\n  query IdeaCommentsViewer($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        space {\n          community {\n            id\n          }\n        }\n        comments(first: 50) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IdeaCommentsViewerDocument,
    "\n  mutation EditIdeaComment($input: EditIdeaCommentInput!) {\n    editIdeaComment(input: $input) {\n      id\n    }\n  }\n": typeof types.EditIdeaCommentDocument,
    "\n  mutation DeleteIdeaComment($id: ID!) {\n    deleteIdeaComment(id: $id)\n  }\n": typeof types.DeleteIdeaCommentDocument,
    "\n  query CommunityViewer($slug: String!) {\n    community(slug: $slug) {\n      viewerRole\n    }\n  }\n": typeof types.CommunityViewerDocument,
    "\n  query ComposerSpace($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          id\n          slug\n          name\n          locale\n        }\n      }\n    }\n  }\n": typeof types.ComposerSpaceDocument,
    "\n  query ComposerViewer($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        community {\n          viewerRole\n          viewerSuspendedUntil\n        }\n      }\n    }\n  }\n": typeof types.ComposerViewerDocument,
    "\n  query IdeaViewer($id: ID!, $spaceId: ID!) {\n    isFollowing(targetId: $id)\n    me {\n      supportBudget(spaceId: $spaceId) {\n        limit\n        remaining\n        used\n      }\n    }\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        status\n        viewerSupports\n        viewerCanSupport\n        viewerCreditOffer\n        space {\n          community {\n            id\n            name\n            viewerRole\n            viewerSuspendedUntil\n          }\n        }\n      }\n    }\n  }\n": typeof types.IdeaViewerDocument,
    "\n  mutation SupportIdea($ideaId: ID!) {\n    supportIdea(ideaId: $ideaId) {\n      id\n    }\n  }\n": typeof types.SupportIdeaDocument,
    "\n  mutation WithdrawSupport($ideaId: ID!) {\n    withdrawSupport(ideaId: $ideaId) {\n      id\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentOnIdeaDocument,
    "\n  mutation AcceptCredit($ideaId: ID!) {\n    acceptCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n": typeof types.AcceptCreditDocument,
    "\n  mutation DeclineCredit($ideaId: ID!) {\n    declineCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n": typeof types.DeclineCreditDocument,
    "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      role\n    }\n  }\n": typeof types.JoinCommunityDocument,
    "\n  query HandleSuggestions($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": typeof types.HandleSuggestionsDocument,
    "\n  query MutedHandles {\n    mutedMembers {\n      member {\n        handle\n      }\n    }\n  }\n": typeof types.MutedHandlesDocument,
    "\n  mutation MuteMember($memberId: ID!) {\n    muteMember(memberId: $memberId) {\n      id\n    }\n  }\n": typeof types.MuteMemberDocument,
    "\n  mutation UnmuteMember($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n": typeof types.UnmuteMemberDocument,
    "\n  query SimilarThreads($spaceId: ID!, $text: String!) {\n    similarThreads(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n": typeof types.SimilarThreadsDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  query SimilarIdeas($spaceId: ID!, $text: String!) {\n    similarIdeas(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  query Roadmap($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideaRoadmap(spaceId: $id, perStatus: 20) {\n      status\n      totalCount\n      ideas {\n        id\n        title\n        supportCount\n      }\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n    }\n  }\n": typeof types.GiveKudosDocument,
    "\n  mutation WithdrawKudos($contentId: ID!) {\n    withdrawKudos(contentId: $contentId)\n  }\n": typeof types.WithdrawKudosDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      __typename\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation AcceptAnswer($replyId: ID!) {\n    acceptAnswer(replyId: $replyId) {\n      id\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  mutation PostReply($input: ReplyInput!) {\n    reply(input: $input) {\n      id\n    }\n  }\n": typeof types.PostReplyDocument,
    "\n  query ThreadReplyCount($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replyCount\n      }\n    }\n  }\n": typeof types.ThreadReplyCountDocument,
    "\n  query ThreadViewer($id: ID!) {\n    me {\n      id\n    }\n    isFollowing(targetId: $id)\n    # Who the viewer muted, once for the page (per post it would exceed the query cost limit with 100 replies).\n    mutedMembers {\n      member {\n        id\n      }\n    }\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        kind\n        state\n        deleted\n        viewerGaveKudos\n        author {\n          id\n        }\n        revisions {\n          title\n          body\n          editedAt\n        }\n        space {\n          id\n          community {\n            id\n            name\n            viewerRole\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerGaveKudos\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadViewerDocument,
    "\n  query ThreadReplyPermissions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n        viewerCanModerate\n        viewerCanGiveKudos\n        viewerCanMuteAuthor\n        viewerCanReply\n        # Read by the same statement as the fields above (the write gate's per-request loader).\n        space {\n          community {\n            viewerSuspendedUntil\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadReplyPermissionsDocument,
    "\n  query ThreadReplyActions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerCanAccept\n              viewerCanGiveKudos\n              viewerCanMuteAuthor\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadReplyActionsDocument,
    "\n  query DraftOf($placeId: ID!) {\n    draft(placeId: $placeId) {\n      title\n      body\n    }\n  }\n": typeof types.DraftOfDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation DeleteDraft($placeId: ID!) {\n    deleteDraft(placeId: $placeId)\n  }\n": typeof types.DeleteDraftDocument,
};
const documents: Documents = {
    "\n  query IdeaCommentsViewer($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        space {\n          community {\n            id\n          }\n        }\n        comments(first: 50) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IdeaCommentsViewerDocument,
    "\n  mutation EditIdeaComment($input: EditIdeaCommentInput!) {\n    editIdeaComment(input: $input) {\n      id\n    }\n  }\n": types.EditIdeaCommentDocument,
    "\n  mutation DeleteIdeaComment($id: ID!) {\n    deleteIdeaComment(id: $id)\n  }\n": types.DeleteIdeaCommentDocument,
    "\n  query CommunityViewer($slug: String!) {\n    community(slug: $slug) {\n      viewerRole\n    }\n  }\n": types.CommunityViewerDocument,
    "\n  query ComposerSpace($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          id\n          slug\n          name\n          locale\n        }\n      }\n    }\n  }\n": types.ComposerSpaceDocument,
    "\n  query ComposerViewer($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        community {\n          viewerRole\n          viewerSuspendedUntil\n        }\n      }\n    }\n  }\n": types.ComposerViewerDocument,
    "\n  query IdeaViewer($id: ID!, $spaceId: ID!) {\n    isFollowing(targetId: $id)\n    me {\n      supportBudget(spaceId: $spaceId) {\n        limit\n        remaining\n        used\n      }\n    }\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        status\n        viewerSupports\n        viewerCanSupport\n        viewerCreditOffer\n        space {\n          community {\n            id\n            name\n            viewerRole\n            viewerSuspendedUntil\n          }\n        }\n      }\n    }\n  }\n": types.IdeaViewerDocument,
    "\n  mutation SupportIdea($ideaId: ID!) {\n    supportIdea(ideaId: $ideaId) {\n      id\n    }\n  }\n": types.SupportIdeaDocument,
    "\n  mutation WithdrawSupport($ideaId: ID!) {\n    withdrawSupport(ideaId: $ideaId) {\n      id\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n    }\n  }\n": types.CommentOnIdeaDocument,
    "\n  mutation AcceptCredit($ideaId: ID!) {\n    acceptCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n": types.AcceptCreditDocument,
    "\n  mutation DeclineCredit($ideaId: ID!) {\n    declineCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n": types.DeclineCreditDocument,
    "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      role\n    }\n  }\n": types.JoinCommunityDocument,
    "\n  query HandleSuggestions($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n": types.HandleSuggestionsDocument,
    "\n  query MutedHandles {\n    mutedMembers {\n      member {\n        handle\n      }\n    }\n  }\n": types.MutedHandlesDocument,
    "\n  mutation MuteMember($memberId: ID!) {\n    muteMember(memberId: $memberId) {\n      id\n    }\n  }\n": types.MuteMemberDocument,
    "\n  mutation UnmuteMember($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n": types.UnmuteMemberDocument,
    "\n  query SimilarThreads($spaceId: ID!, $text: String!) {\n    similarThreads(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n": types.SimilarThreadsDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  query SimilarIdeas($spaceId: ID!, $text: String!) {\n    similarIdeas(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  query Roadmap($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideaRoadmap(spaceId: $id, perStatus: 20) {\n      status\n      totalCount\n      ideas {\n        id\n        title\n        supportCount\n      }\n    }\n  }\n": types.RoadmapDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": types.UnfollowDocument,
    "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n    }\n  }\n": types.GiveKudosDocument,
    "\n  mutation WithdrawKudos($contentId: ID!) {\n    withdrawKudos(contentId: $contentId)\n  }\n": types.WithdrawKudosDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      __typename\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation AcceptAnswer($replyId: ID!) {\n    acceptAnswer(replyId: $replyId) {\n      id\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  mutation PostReply($input: ReplyInput!) {\n    reply(input: $input) {\n      id\n    }\n  }\n": types.PostReplyDocument,
    "\n  query ThreadReplyCount($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replyCount\n      }\n    }\n  }\n": types.ThreadReplyCountDocument,
    "\n  query ThreadViewer($id: ID!) {\n    me {\n      id\n    }\n    isFollowing(targetId: $id)\n    # Who the viewer muted, once for the page (per post it would exceed the query cost limit with 100 replies).\n    mutedMembers {\n      member {\n        id\n      }\n    }\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        kind\n        state\n        deleted\n        viewerGaveKudos\n        author {\n          id\n        }\n        revisions {\n          title\n          body\n          editedAt\n        }\n        space {\n          id\n          community {\n            id\n            name\n            viewerRole\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerGaveKudos\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadViewerDocument,
    "\n  query ThreadReplyPermissions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n        viewerCanModerate\n        viewerCanGiveKudos\n        viewerCanMuteAuthor\n        viewerCanReply\n        # Read by the same statement as the fields above (the write gate's per-request loader).\n        space {\n          community {\n            viewerSuspendedUntil\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadReplyPermissionsDocument,
    "\n  query ThreadReplyActions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerCanAccept\n              viewerCanGiveKudos\n              viewerCanMuteAuthor\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadReplyActionsDocument,
    "\n  query DraftOf($placeId: ID!) {\n    draft(placeId: $placeId) {\n      title\n      body\n    }\n  }\n": types.DraftOfDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      updatedAt\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation DeleteDraft($placeId: ID!) {\n    deleteDraft(placeId: $placeId)\n  }\n": types.DeleteDraftDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaCommentsViewer($id: ID!) {\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        space {\n          community {\n            id\n          }\n        }\n        comments(first: 50) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaCommentsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditIdeaComment($input: EditIdeaCommentInput!) {\n    editIdeaComment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditIdeaCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIdeaComment($id: ID!) {\n    deleteIdeaComment(id: $id)\n  }\n"): typeof import('./graphql').DeleteIdeaCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityViewer($slug: String!) {\n    community(slug: $slug) {\n      viewerRole\n    }\n  }\n"): typeof import('./graphql').CommunityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerSpace($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        kind\n        responseCommitment {\n          hours\n          text\n        }\n        community {\n          id\n          slug\n          name\n          locale\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComposerSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerViewer($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        community {\n          viewerRole\n          viewerSuspendedUntil\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComposerViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaViewer($id: ID!, $spaceId: ID!) {\n    isFollowing(targetId: $id)\n    me {\n      supportBudget(spaceId: $spaceId) {\n        limit\n        remaining\n        used\n      }\n    }\n    node(id: $id) {\n      ... on Idea {\n        __typename\n        id\n        status\n        viewerSupports\n        viewerCanSupport\n        viewerCreditOffer\n        space {\n          community {\n            id\n            name\n            viewerRole\n            viewerSuspendedUntil\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdeaViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportIdea($ideaId: ID!) {\n    supportIdea(ideaId: $ideaId) {\n      id\n    }\n  }\n"): typeof import('./graphql').SupportIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($ideaId: ID!) {\n    withdrawSupport(ideaId: $ideaId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentOnIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCredit($ideaId: ID!) {\n    acceptCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCredit($ideaId: ID!) {\n    declineCredit(ideaId: $ideaId) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclineCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCommunity($communityId: ID!) {\n    joinCommunity(communityId: $communityId) {\n      role\n    }\n  }\n"): typeof import('./graphql').JoinCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandleSuggestions($communityId: ID!, $prefix: String!) {\n    handleSuggestions(communityId: $communityId, prefix: $prefix) {\n      id\n      handle\n    }\n  }\n"): typeof import('./graphql').HandleSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutedHandles {\n    mutedMembers {\n      member {\n        handle\n      }\n    }\n  }\n"): typeof import('./graphql').MutedHandlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteMember($memberId: ID!) {\n    muteMember(memberId: $memberId) {\n      id\n    }\n  }\n"): typeof import('./graphql').MuteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteMember($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n"): typeof import('./graphql').UnmuteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarThreads($spaceId: ID!, $text: String!) {\n    similarThreads(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').SimilarThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($spaceId: ID!, $text: String!) {\n    similarIdeas(spaceId: $spaceId, text: $text) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').SimilarIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap($id: ID!) {\n    node(id: $id) {\n      ... on Space {\n        __typename\n        id\n        name\n        description\n        kind\n        community {\n          slug\n          name\n          locale\n        }\n      }\n    }\n    ideaRoadmap(spaceId: $id, perStatus: 20) {\n      status\n      totalCount\n      ideas {\n        id\n        title\n        supportCount\n      }\n    }\n  }\n"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveKudos($input: GiveKudosInput!) {\n    giveKudos(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').GiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawKudos($contentId: ID!) {\n    withdrawKudos(contentId: $contentId)\n  }\n"): typeof import('./graphql').WithdrawKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').EditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): typeof import('./graphql').DeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($replyId: ID!) {\n    acceptAnswer(replyId: $replyId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnacceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostReply($input: ReplyInput!) {\n    reply(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReplyCount($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replyCount\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadReplyCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadViewer($id: ID!) {\n    me {\n      id\n    }\n    isFollowing(targetId: $id)\n    # Who the viewer muted, once for the page (per post it would exceed the query cost limit with 100 replies).\n    mutedMembers {\n      member {\n        id\n      }\n    }\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        title\n        body\n        kind\n        state\n        deleted\n        viewerGaveKudos\n        author {\n          id\n        }\n        revisions {\n          title\n          body\n          editedAt\n        }\n        space {\n          id\n          community {\n            id\n            name\n            viewerRole\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerGaveKudos\n              author {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReplyPermissions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        id\n        viewerCanEdit\n        viewerCanDelete\n        viewerCanModerate\n        viewerCanGiveKudos\n        viewerCanMuteAuthor\n        viewerCanReply\n        # Read by the same statement as the fields above (the write gate's per-request loader).\n        space {\n          community {\n            viewerSuspendedUntil\n          }\n        }\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              body\n              viewerCanEdit\n              viewerCanDelete\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadReplyPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReplyActions($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        __typename\n        replies(first: 100) {\n          edges {\n            node {\n              id\n              viewerCanAccept\n              viewerCanGiveKudos\n              viewerCanMuteAuthor\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadReplyActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftOf($placeId: ID!) {\n    draft(placeId: $placeId) {\n      title\n      body\n    }\n  }\n"): typeof import('./graphql').DraftOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) {\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDraft($placeId: ID!) {\n    deleteDraft(placeId: $placeId)\n  }\n"): typeof import('./graphql').DeleteDraftDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
