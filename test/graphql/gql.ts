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
    "mutation AccountEmailSignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.AccountEmailSignUpDocument,
    "mutation AccountEmailSignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }": typeof types.AccountEmailSignInDocument,
    "query AccountEmailMe { me { email emailVerified locale } }": typeof types.AccountEmailMeDocument,
    "mutation AccountEmailResetRequest($email: String!) { requestPasswordReset(input: { email: $email }) }": typeof types.AccountEmailResetRequestDocument,
    "mutation AccountEmailVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken refreshToken } }": typeof types.AccountEmailVerifyEmailDocument,
    "mutation AccountEmailRequestEmailVerification { requestEmailVerification }": typeof types.AccountEmailRequestEmailVerificationDocument,
    "mutation AccountEmailSetLocale($locale: Locale!) { setLocale(input: { locale: $locale }) { handle } }": typeof types.AccountEmailSetLocaleDocument,
    "mutation AccountEmailChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": typeof types.AccountEmailChangePasswordDocument,
    "mutation AccountEmailChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) }": typeof types.AccountEmailChangeEmailDocument,
    "mutation AccountEmailResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }": typeof types.AccountEmailResetPasswordDocument,
    "mutation AccountEmailRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken } }": typeof types.AccountEmailRefreshSessionDocument,
    "mutation AccountEmailSignIn2($input: SignInInput!) { signIn(input: $input) { accessToken } }": typeof types.AccountEmailSignIn2Document,
    "mutation AccountEmailConfirmEmailChange($t: String!) { confirmEmailChange(token: $t) }": typeof types.AccountEmailConfirmEmailChangeDocument,
    "mutation LocalMailboxSignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.LocalMailboxSignUpDocument,
    "mutation LocalMailboxVerifyEmail($t: String!) { verifyEmail(token: $t) { member { email emailVerified } } }": typeof types.LocalMailboxVerifyEmailDocument,
    "query MemberProfileByHandle($handle: String!) {\n  memberByHandle(handle: $handle) {\n    handle createdAt email\n    publicMemberships { joinedAt community { slug visibility } badges { kind } reputation reciprocity { kudosReceived } recentThreads(first: 5) { title } }\n  }\n}": typeof types.MemberProfileByHandleDocument,
    "mutation SignUpProbeSignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.SignUpProbeSignUpDocument,
    "mutation SignUpProbeSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": typeof types.SignUpProbeSignInDocument,
    "mutation SignUpProbeVerifyEmail($t: String!) { verifyEmail(token: $t, session: COOKIE) { accessToken refreshToken member { handle } } }": typeof types.SignUpProbeVerifyEmailDocument,
    "mutation SignUpProbeResend($email: String!) { resendVerification(input: { email: $email }) }": typeof types.SignUpProbeResendDocument,
    "query SignUpProbeMe { me { handle emailVerified } }": typeof types.SignUpProbeMeDocument,
    "mutation SignUpProbeRefresh { refreshSession { accessToken } }": typeof types.SignUpProbeRefreshDocument,
    "mutation AnswersAccept($id: ID!) { acceptAnswer(replyId: $id) { id acceptedAnswer { id accepted author { handle } } } }": typeof types.AnswersAcceptDocument,
    "mutation AnswersUnaccept($id: ID!) { unacceptAnswer(threadId: $id) { id acceptedAnswer { id } } }": typeof types.AnswersUnacceptDocument,
    "query AnswersNode($id: ID!) { node(id: $id) { ... on Thread { acceptedAnswer { id hidden } } } }": typeof types.AnswersNodeDocument,
    "mutation AnswersDeletePost($id: ID!) { deletePost(id: $id) }": typeof types.AnswersDeletePostDocument,
    "query ListsThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $filter: ThreadsFilter) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title replyCount lastActivityAt hidden author { handle affiliation } acceptedAnswer { id author { handle affiliation } } } }\n  } } }\n}": typeof types.ListsThreadsDocument,
    "mutation ListsSetCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id responseCommitment { hours text } } }": typeof types.ListsSetCommitmentDocument,
    "query ListsNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }": typeof types.ListsNodeDocument,
    "query ListsNode2($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title body bodyHtml } } } } } }": typeof types.ListsNode2Document,
    "query ListsThreadTitles($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }": typeof types.ListsThreadTitlesDocument,
    "query ListsThreadAuthors($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title author { handle affiliation } } } } } } }": typeof types.ListsThreadAuthorsDocument,
    "query ListsNode3($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { totalCount edges { node { id accepted author { handle affiliation } inReplyTo { id author { handle } } } } } } } }": typeof types.ListsNode3Document,
    "query ListsNode4($id: ID!) { node(id: $id) { ... on Thread { expectedFirstResponseAt firstResponseAt staffResponded } } }": typeof types.ListsNode4Document,
    "query ListsNode5($id: ID!) { node(id: $id) { ... on Thread { firstResponseAt staffResponded } } }": typeof types.ListsNode5Document,
    "mutation ModerationIntegrationStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.ModerationIntegrationStartThreadDocument,
    "mutation ModerationIntegrationReply($input: ReplyInput!) { reply(input: $input) { id thread { replyCount } } }": typeof types.ModerationIntegrationReplyDocument,
    "query ModerationIntegrationThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id title author { handle } } }\n  } } }\n}": typeof types.ModerationIntegrationThreadsDocument,
    "mutation ModerationIntegrationPin($id: ID!) { pinThread(threadId: $id) { pinnedThreadIds } }": typeof types.ModerationIntegrationPinDocument,
    "mutation ModerationIntegrationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }": typeof types.ModerationIntegrationCloseAsDuplicateDocument,
    "query ModerationIntegrationSearch($input: SearchInput!) { search(input: $input) { totalCount edges { node { kind thread { id } reply { id } } } } }": typeof types.ModerationIntegrationSearchDocument,
    "query ModerationIntegrationSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id } }": typeof types.ModerationIntegrationSimilarDocument,
    "query ModerationIntegrationNode($id: ID!) { node(id: $id) { id } }": typeof types.ModerationIntegrationNodeDocument,
    "mutation AdvicePrivacyEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": typeof types.AdvicePrivacyEditPostDocument,
    "mutation AdviceRealtimeReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.AdviceRealtimeReplyDocument,
    "mutation ReplyStatementsReply($input: ReplyInput!) { reply(input: $input) { id createdAt } }": typeof types.ReplyStatementsReplyDocument,
    "query SearchDepthSearch($input: SearchInput!) {\n  search(input: $input) { totalCount edges { node { kind snippet thread { id title } reply { id } } } }\n}": typeof types.SearchDepthSearchDocument,
    "query SearchSearch($input: SearchInput!) {\n  search(input: $input) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind rank snippet thread { id title } reply { id } } } }\n}": typeof types.SearchSearchDocument,
    "query SearchSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id title } }": typeof types.SearchSimilarDocument,
    "mutation SearchDeletePost($id: ID!) { deletePost(id: $id) }": typeof types.SearchDeletePostDocument,
    "query SearchSearch2($input: SearchInput!) { search(input: $input) { edges { node { kind snippet thread { id title } reply { id } } } } }": typeof types.SearchSearch2Document,
    "mutation SearchEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": typeof types.SearchEditPostDocument,
    "query ThreadPageThreadPage($id: ID!, $first: Int!) {\n  node(id: $id) { ... on Thread { title bodyHtml author { handle affiliation } replies(first: $first) { edges { node { bodyHtml kudosCount author { handle affiliation } } } } } }\n}": typeof types.ThreadPageThreadPageDocument,
    "query ThreadViewerPermissionsThread($id: ID!) { node(id: $id) { ... on Thread { viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor } } }": typeof types.ThreadViewerPermissionsThreadDocument,
    "query ThreadViewerPermissionsWebPermissions($id: ID!) { node(id: $id) { ... on Thread { __typename id viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor viewerCanReply space { community { viewerSuspendedUntil } } replies(first: 100) { edges { node { id body viewerCanEdit viewerCanDelete } } } } } }": typeof types.ThreadViewerPermissionsWebPermissionsDocument,
    "query ThreadViewerPermissionsWebActions($id: ID!) { node(id: $id) { ... on Thread { __typename replies(first: 100) { edges { node { id viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }": typeof types.ThreadViewerPermissionsWebActionsDocument,
    "query ThreadViewerPermissionsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { __typename viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor replies(first: $first) { edges { node { id body viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }": typeof types.ThreadViewerPermissionsRepliesDocument,
    "mutation ThreadViewerPermissionsAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }": typeof types.ThreadViewerPermissionsAcceptDocument,
    "mutation ThreadViewerPermissionsKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }": typeof types.ThreadViewerPermissionsKudosDocument,
    "mutation ThreadViewerPermissionsMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }": typeof types.ThreadViewerPermissionsMuteDocument,
    "mutation ThreadViewerPermissionsEdit($input: EditPostInput!) { editPost(input: $input) { __typename } }": typeof types.ThreadViewerPermissionsEditDocument,
    "mutation ThreadsStartThread($input: StartThreadInput!) {\n  startThread(input: $input) { id kind title body bodyHtml tags state replyCount hidden deleted author { handle affiliation } space { id } }\n}": typeof types.ThreadsStartThreadDocument,
    "mutation ThreadsReply($input: ReplyInput!) { reply(input: $input) { id body bodyHtml author { handle affiliation } thread { id replyCount } } }": typeof types.ThreadsReplyDocument,
    "mutation ThreadsEdit($input: EditPostInput!) {\n  editPost(input: $input) { __typename ... on Thread { id title body bodyHtml revisions { title body editedAt } } ... on Reply { id body revisions { body editedAt } } }\n}": typeof types.ThreadsEditDocument,
    "mutation ThreadsDelete($id: ID!) { deletePost(id: $id) }": typeof types.ThreadsDeleteDocument,
    "query ThreadsThread($id: ID!) { node(id: $id) { ... on Thread { id title body deleted hidden replyCount replies(first: 10) { totalCount edges { node { id body deleted hidden } } } } } }": typeof types.ThreadsThreadDocument,
    "mutation ThreadsReply2($input: ReplyInput!) { reply(input: $input) { id createdAt } }": typeof types.ThreadsReply2Document,
    "mutation ThreadsReply3($input: ReplyInput!) { reply(input: $input) { inReplyTo { id } } }": typeof types.ThreadsReply3Document,
    "query ThreadsNode($id: ID!) { node(id: $id) { ... on Thread { state replyCount } } }": typeof types.ThreadsNodeDocument,
    "query ThreadsRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }": typeof types.ThreadsRoomAccessDocument,
    "query WorkspaceScreensScreens($slug: String!) { community(slug: $slug) { viewerWorkspaceScreens } }": typeof types.WorkspaceScreensScreensDocument,
    "query WorkspaceScreensInsights($id: ID!) { insights(communityId: $id, period: { from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\" }) { __typename } }": typeof types.WorkspaceScreensInsightsDocument,
    "query WorkspaceScreensModeration($id: ID!) { moderationQueue(communityId: $id, first: 1) { totalCount } }": typeof types.WorkspaceScreensModerationDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.SignUpDocument,
    "mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken member { handle } } }": typeof types.SignInDocument,
    "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }": typeof types.RefreshDocument,
    "query AccountsMe { me { handle email } }": typeof types.AccountsMeDocument,
    "mutation AccountsVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken member { handle } } }": typeof types.AccountsVerifyEmailDocument,
    "mutation AccountsSignOut { signOut }": typeof types.AccountsSignOutDocument,
    "query ActiveSessionsMe { me { handle } }": typeof types.ActiveSessionsMeDocument,
    "mutation ActiveSessionsSignOut { signOut }": typeof types.ActiveSessionsSignOutDocument,
    "mutation ActiveSessionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken } }": typeof types.ActiveSessionsRefreshSessionDocument,
    "mutation BrowserSessionsSignIn($input: SignInInput!) { signIn(input: $input, session: COOKIE) { accessToken refreshToken member { handle } } }": typeof types.BrowserSessionsSignInDocument,
    "mutation BrowserSessionsRefresh { refreshSession { accessToken refreshToken } }": typeof types.BrowserSessionsRefreshDocument,
    "query BrowserSessionsMe { me { handle } }": typeof types.BrowserSessionsMeDocument,
    "mutation BrowserSessionsSignUp { signUp(input: { email: \"cookie-up@example.test\", password: \"a long passphrase\", handle: \"cookie_up\" }) }": typeof types.BrowserSessionsSignUpDocument,
    "mutation BrowserSessionsRefreshSession($t: String) { refreshSession(refreshToken: $t, session: COOKIE) { refreshToken } }": typeof types.BrowserSessionsRefreshSessionDocument,
    "mutation BrowserSessionsSignOut { signOut }": typeof types.BrowserSessionsSignOutDocument,
    "query BrowserSessionsCommunities { communities(first: 3) { edges { node { id } } } }": typeof types.BrowserSessionsCommunitiesDocument,
    "query CommunitiesCacheShown($c: ID!, $s: ID!) { c: node(id: $c) { ... on Community { name memberCount viewerRole } } s: node(id: $s) { ... on Space { name } } }": typeof types.CommunitiesCacheShownDocument,
    "mutation CommunitiesCacheJoin($id: ID!) { joinCommunity(communityId: $id) { role } }": typeof types.CommunitiesCacheJoinDocument,
    "mutation CommunitiesCreateSpace($input: CreateSpaceInput!) { createSpace(input: $input) { id kind community { slug } } }": typeof types.CommunitiesCreateSpaceDocument,
    "mutation CommunitiesSetRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }": typeof types.CommunitiesSetRoleDocument,
    "mutation CommunitiesCreateCommunity { createCommunity(input: { slug: \"velo-club\", name: \"Vélo club\", description: \"\", locale: FR, visibility: PUBLIC }) { slug locale viewerRole memberCount } }": typeof types.CommunitiesCreateCommunityDocument,
    "mutation CommunitiesCreateCommunity2($slug: String!) { createCommunity(input: { slug: $slug, name: \"Again\", locale: EN, visibility: PUBLIC }) { id } }": typeof types.CommunitiesCreateCommunity2Document,
    "mutation CommunitiesCreateCommunity3 { createCommunity(input: { slug: \"Bad Slug!\", name: \"Bad\", locale: EN, visibility: PUBLIC }) { id } }": typeof types.CommunitiesCreateCommunity3Document,
    "mutation CommunitiesJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": typeof types.CommunitiesJoinCommunityDocument,
    "mutation CommunitiesLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }": typeof types.CommunitiesLeaveCommunityDocument,
    "query CommunitiesCommunity($slug: String!) { community(slug: $slug) { id } }": typeof types.CommunitiesCommunityDocument,
    "query CommunitiesCommunity2 { community(slug: \"does-not-exist\") { id } }": typeof types.CommunitiesCommunity2Document,
    "query CommunitiesCommunities { communities(first: 100) { edges { node { slug } } } }": typeof types.CommunitiesCommunitiesDocument,
    "query CommunitiesNode($id: ID!) { node(id: $id) { id } }": typeof types.CommunitiesNodeDocument,
    "mutation CommunitiesInviteToCommunity($id: ID!, $handle: String!) { inviteToCommunity(communityId: $id, handle: $handle) { id } }": typeof types.CommunitiesInviteToCommunityDocument,
    "mutation CommunitiesAcceptInvitation($id: ID!) { acceptInvitation(invitationId: $id) { role } }": typeof types.CommunitiesAcceptInvitationDocument,
    "query CommunitiesMyInvitations { myInvitations { id community { slug } } }": typeof types.CommunitiesMyInvitationsDocument,
    "query CommunitiesCommunity3($slug: String!) { community(slug: $slug) { viewerRole } }": typeof types.CommunitiesCommunity3Document,
    "query CommunitiesCommunity4($slug: String!) { community(slug: $slug) { members(first: 10) { edges { node { role member { handle email } } } } } }": typeof types.CommunitiesCommunity4Document,
    "query CredentialReadsThreadPage($id: ID!) {\n  node(id: $id) { ... on Thread { title author { handle affiliation member { handle email } } replies(first: 20) { edges { node { author { handle affiliation member { handle createdAt } } } } } } }\n}": typeof types.CredentialReadsThreadPageDocument,
    "query CredentialReadsIdeaPage($spaceId: ID!, $id: ID!) {\n  ideas(spaceId: $spaceId, first: 20) { edges { node { title author { handle affiliation member { handle } } } } }\n  node(id: $id) { ... on Idea { title author { handle } comments(first: 20) { edges { node { author { handle } } } } } }\n}": typeof types.CredentialReadsIdeaPageDocument,
    "mutation DraftsSave($input: SaveDraftInput!) { saveDraft(input: $input) { id placeId title body updatedAt } }": typeof types.DraftsSaveDocument,
    "query DraftsDraft($placeId: ID!) { draft(placeId: $placeId) { placeId title body } }": typeof types.DraftsDraftDocument,
    "query DraftsMine { myDrafts { placeId title body } }": typeof types.DraftsMineDocument,
    "mutation DraftsDelete($placeId: ID!) { deleteDraft(placeId: $placeId) }": typeof types.DraftsDeleteDocument,
    "mutation DraftsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": typeof types.DraftsSignInDocument,
    "query GraphqlConventionsNested($first: Int!) { communities(first: $first) { edges { node { slug members(first: $first) { edges { node { role member { handle } } } totalCount } } } } }": typeof types.GraphqlConventionsNestedDocument,
    "query GraphqlConventionsCommunities { communities(first: 4) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } totalCount } }": typeof types.GraphqlConventionsCommunitiesDocument,
    "query GraphqlConventionsCommunities2($after: String) { communities(first: 4, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }": typeof types.GraphqlConventionsCommunities2Document,
    "query GraphqlConventionsCommunities3 { communities(first: 1000) { totalCount } }": typeof types.GraphqlConventionsCommunities3Document,
    "query GraphqlConventionsCommunities4 { communities(first: 10, after: \"bm90IGEgY3Vyc29y\") { totalCount } }": typeof types.GraphqlConventionsCommunities4Document,
    "mutation GraphqlConventionsJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": typeof types.GraphqlConventionsJoinCommunityDocument,
    "query GraphqlConventionsNode($id: ID!) { node(id: $id) { id ... on Member { handle } } }": typeof types.GraphqlConventionsNodeDocument,
    "query GraphqlConventionsCommunities6 { communities(first: 1) { totalCount } }": typeof types.GraphqlConventionsCommunities6Document,
    "query GraphqlConventionsMe { me { handle } }": typeof types.GraphqlConventionsMeDocument,
    "query NotifyAfterCommitNode($id: ID!) { node(id: $id) { ... on Thread { title } } }": typeof types.NotifyAfterCommitNodeDocument,
    "query OperatorAnonymousRead { communities(first: 1) { edges { node { id } } } }": typeof types.OperatorAnonymousReadDocument,
    "query OperatorTypename { __typename }": typeof types.OperatorTypenameDocument,
    "query ResponseCacheThread($id: ID!) {\n  node(id: $id) { ... on Thread { title replyCount replies(first: 20) { edges { node { bodyHtml author { handle } } } } } }\n}": typeof types.ResponseCacheThreadDocument,
    "query ResponseCacheSpaceThreads($id: ID!) { node(id: $id) { ... on Space { threads(first: 20) { edges { node { title } } } } } }": typeof types.ResponseCacheSpaceThreadsDocument,
    "mutation ResponseCacheReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.ResponseCacheReplyDocument,
    "query ResponseCacheMe { me { handle } }": typeof types.ResponseCacheMeDocument,
    "query ResponseCacheNode($id: ID!) { node(id: $id) { ... on Community { slug } } }": typeof types.ResponseCacheNodeDocument,
    "query ResponseCacheCommunities { communities(first: 5) { edges { node { slug } } } }": typeof types.ResponseCacheCommunitiesDocument,
    "mutation SessionListSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": typeof types.SessionListSignInDocument,
    "query SessionListSessions { me { sessions { id deviceLabel createdAt lastUsedAt expiresAt current } } }": typeof types.SessionListSessionsDocument,
    "query SessionListMe { me { handle } }": typeof types.SessionListMeDocument,
    "query SessionListNode($id: ID!) { node(id: $id) { ... on Member { sessions { id } } } }": typeof types.SessionListNodeDocument,
    "mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }": typeof types.SessionListRevokeSessionDocument,
    "mutation SessionListRevokeSession2 { revokeSession(id: \"bm90LWEtc2Vzc2lvbg\") }": typeof types.SessionListRevokeSession2Document,
    "mutation SessionListRevokeOtherSessions { revokeOtherSessions }": typeof types.SessionListRevokeOtherSessionsDocument,
    "mutation SessionListSignOut { signOut }": typeof types.SessionListSignOutDocument,
    "mutation AbuseLimitsSignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.AbuseLimitsSignUpDocument,
    "mutation AbuseLimitsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": typeof types.AbuseLimitsSignInDocument,
    "mutation AbuseLimitsReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }": typeof types.AbuseLimitsReportContentDocument,
    "mutation DatabaseOutageSignUp($input: SignUpInput!) { signUp(input: $input) }": typeof types.DatabaseOutageSignUpDocument,
    "mutation DatabaseOutageCreate($input: CreateCommunityInput!) { createCommunity(input: $input) { slug } }": typeof types.DatabaseOutageCreateDocument,
    "query DatabaseOutageMe { me { handle } }": typeof types.DatabaseOutageMeDocument,
    "query DatabaseOutageCommunities { communities(first: 5) { totalCount } }": typeof types.DatabaseOutageCommunitiesDocument,
    "mutation IdempotencyReply($input: ReplyInput!) { reply(input: $input) { id body } }": typeof types.IdempotencyReplyDocument,
    "query RedisOutageNode($id: ID!) { node(id: $id) { ... on Thread { title } } }": typeof types.RedisOutageNodeDocument,
    "mutation RedisOutageReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.RedisOutageReplyDocument,
    "query RedisOutageCommunities { communities(first: 3) { totalCount } }": typeof types.RedisOutageCommunitiesDocument,
    "mutation SchemaSweepStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.SchemaSweepStartThreadDocument,
    "mutation SchemaSweepProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.SchemaSweepProposeIdeaDocument,
    "mutation SchemaSweepSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.SchemaSweepSuspendMemberDocument,
    "query HealthTypename { __typename }": typeof types.HealthTypenameDocument,
    "mutation CloseCampaignLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": typeof types.CloseCampaignLaunchDocument,
    "mutation CloseCampaignClose($id: ID!) { closeCampaign(campaignId: $id) { id submissionsCloseAt supportClosesAt } }": typeof types.CloseCampaignCloseDocument,
    "mutation CloseCampaignPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.CloseCampaignProposeDocument,
    "query HiddenContentList($spaceId: ID!, $first: Int, $after: String) {\n  ideas(spaceId: $spaceId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n}": typeof types.HiddenContentListDocument,
    "query HiddenContentComments($id: ID!, $first: Int, $after: String) {\n  node(id: $id) { ... on Idea { comments(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }\n}": typeof types.HiddenContentCommentsDocument,
    "query HiddenContentNode($id: ID!) { node(id: $id) { id } }": typeof types.HiddenContentNodeDocument,
    "query IdeaBoardIdeaBoard($spaceId: ID!, $first: Int!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) { edges { node { title supportCount viewerSupports author { handle affiliation } } } }\n}": typeof types.IdeaBoardIdeaBoardDocument,
    "query IdeaBoardFiltered($spaceId: ID!, $filter: IdeasFilter) {\n  ideas(spaceId: $spaceId, first: 50, filter: $filter) { totalCount edges { node { title status } } }\n}": typeof types.IdeaBoardFilteredDocument,
    "query IdeaBoardWithBodies($spaceId: ID!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) { edges { node { title body bodyHtml } } }\n}": typeof types.IdeaBoardWithBodiesDocument,
    "query IdeaBoardRoadmap($spaceId: ID!) { ideaRoadmap(spaceId: $spaceId, perStatus: 2) { status totalCount ideas { title author { handle } } } }": typeof types.IdeaBoardRoadmapDocument,
    "mutation IdeasPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title body bodyHtml tags status supportCount author { handle affiliation } } }": typeof types.IdeasProposeDocument,
    "mutation IdeasComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id bodyHtml inReplyToId author { handle } } }": typeof types.IdeasCommentDocument,
    "mutation IdeasLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id title briefHtml submissionsCloseAt } }": typeof types.IdeasLaunchDocument,
    "query IdeasList($spaceId: ID!, $first: Int, $filter: IdeasFilter, $orderBy: IdeaOrder) {\n  ideas(spaceId: $spaceId, first: $first, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id title status supportCount viewerSupports overdue nextUpdateDueAt author { handle affiliation } supportersByAffiliation { members staff moderators } } }\n  }\n}": typeof types.IdeasListDocument,
    "query IdeasSimilarIdeas($s: ID!, $t: String!) { similarIdeas(spaceId: $s, text: $t) { title } }": typeof types.IdeasSimilarIdeasDocument,
    "query IdeasNode($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { bodyHtml author { handle } } } } } } }": typeof types.IdeasNodeDocument,
    "query IdeasNode2($id: ID!, $after: String) { node(id: $id) { ... on Idea { comments(first: 5, after: $after) { edges { node { author { handle affiliation } } } } } } }": typeof types.IdeasNode2Document,
    "query IdeasNode3($id: ID!) { node(id: $id) { ... on Space { campaigns { title } ideaPolicy { updateEveryDays supportBudget } } } }": typeof types.IdeasNode3Document,
    "query IdeasIdeas($s: ID!, $after: String) { ideas(spaceId: $s, first: 7, after: $after, orderBy: TRENDING) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }": typeof types.IdeasIdeasDocument,
    "query IdeasNode4($id: ID!) { node(id: $id) { __typename ... on Idea { title space { id } } } }": typeof types.IdeasNode4Document,
    "query IdeasNode5($id: ID!) { node(id: $id) { id } }": typeof types.IdeasNode5Document,
    "query IdeasRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }": typeof types.IdeasRoomAccessDocument,
    "mutation OwnCommentsComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id viewerCanEdit viewerCanDelete editedAt } }": typeof types.OwnCommentsCommentDocument,
    "mutation OwnCommentsEdit($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id body bodyHtml editedAt } }": typeof types.OwnCommentsEditDocument,
    "mutation OwnCommentsDelete($id: ID!) { deleteIdeaComment(id: $id) }": typeof types.OwnCommentsDeleteDocument,
    "query OwnCommentsComments($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 50) { edges { node { id body viewerCanEdit viewerCanDelete editedAt } } } } } }": typeof types.OwnCommentsCommentsDocument,
    "query OwnCommentsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id viewerCanEdit viewerCanDelete } } } } } }": typeof types.OwnCommentsRepliesDocument,
    "query OwnCommentsRepliesWithRevisions($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id updatedAt viewerCanEdit viewerCanDelete revisions { body editedAt } } } } } } }": typeof types.OwnCommentsRepliesWithRevisionsDocument,
    "mutation IdeasRealtimeSupportIdea($id: ID!) { supportIdea(ideaId: $id) { supportCount } }": typeof types.IdeasRealtimeSupportIdeaDocument,
    "mutation IdeasRealtimeCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": typeof types.IdeasRealtimeCommentOnIdeaDocument,
    "query ScheduleIdea($id: ID!) { node(id: $id) { ... on Idea { status qualifiedAt nextUpdateDueAt resubmittedFrom { id } statusHistory { from to rationale changedBy { handle } } } } }": typeof types.ScheduleIdeaDocument,
    "query ScheduleRounds($id: ID!) { node(id: $id) { ... on Space { reviewRounds { cutoffAt decisionDueAt processed ideas { id } } } } }": typeof types.ScheduleRoundsDocument,
    "query ScheduleMe($s: ID!) { me { supportBudget(spaceId: $s) { used } } }": typeof types.ScheduleMeDocument,
    "mutation ScheduleResubmit($id: ID!) { resubmitIdea(ideaId: $id) { id status title resubmittedFrom { id status } } }": typeof types.ScheduleResubmitDocument,
    "mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) { setIdeaPolicy(input: $input) { supportThreshold } }": typeof types.ScheduleSetIdeaPolicyDocument,
    "mutation StatusPromiseChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status nextUpdateDueAt } }": typeof types.StatusPromiseChangeDocument,
    "query StatusPromiseNode($id: ID!) { node(id: $id) { ... on Idea { status } } }": typeof types.StatusPromiseNodeDocument,
    "query SupportPermissionCan($id: ID!) { node(id: $id) { ... on Idea { viewerCanSupport viewerSupports } } }": typeof types.SupportPermissionCanDocument,
    "mutation SupportPermissionSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id } }": typeof types.SupportPermissionSupportDocument,
    "mutation SupportPermissionLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": typeof types.SupportPermissionLaunchDocument,
    "query SupportPermissionBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first, filter: { includeClosed: true }) { edges { node { id viewerCanSupport } } } }": typeof types.SupportPermissionBoardDocument,
    "mutation SupportStatementsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }": typeof types.SupportStatementsSupportDocument,
    "mutation SupportsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }": typeof types.SupportsSupportDocument,
    "mutation SupportsWithdraw($id: ID!) { withdrawSupport(ideaId: $id) { id supportCount viewerSupports } }": typeof types.SupportsWithdrawDocument,
    "query SupportsBudget($s: ID!) { me { supportBudget(spaceId: $s) { limit used remaining } } }": typeof types.SupportsBudgetDocument,
    "mutation SupportsLaunchCampaign($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": typeof types.SupportsLaunchCampaignDocument,
    "query TriageCountsCounts($spaceId: ID!) {\n  qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) { totalCount }\n  waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) { totalCount }\n}": typeof types.TriageCountsCountsDocument,
    "query TriageCountsPage($spaceId: ID!, $qualified: Boolean, $first: Int) {\n  ideas(spaceId: $spaceId, first: $first, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: $qualified }) { totalCount edges { node { title status } } }\n}": typeof types.TriageCountsPageDocument,
    "mutation WorkflowChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status nextUpdateDueAt statusHistory { from to rationale changedBy { handle affiliation } at } } }": typeof types.WorkflowChangeDocument,
    "mutation WorkflowMerge($input: MergeIdeaInput!) { mergeIdea(input: $input) { id status mergedInto { id supportCount } } }": typeof types.WorkflowMergeDocument,
    "mutation WorkflowUnmerge($id: ID!) { unmergeIdea(ideaId: $id) { id status supportCount mergedInto { id } nextUpdateDueAt } }": typeof types.WorkflowUnmergeDocument,
    "query WorkflowDecision($id: ID!) { node(id: $id) { ... on Idea { status viewerCreditOffer decision { status summary decidedBy { handle } credits { handle } } } } }": typeof types.WorkflowDecisionDocument,
    "mutation WorkflowWithdrawSupport($id: ID!) { withdrawSupport(ideaId: $id) { supportCount } }": typeof types.WorkflowWithdrawSupportDocument,
    "mutation WorkflowAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { viewerCreditOffer decision { credits { handle } } } }": typeof types.WorkflowAcceptCreditDocument,
    "mutation WorkflowDeclineCredit($id: ID!) { declineCredit(ideaId: $id) { viewerCreditOffer } }": typeof types.WorkflowDeclineCreditDocument,
    "mutation WorkflowAcceptCredit2($id: ID!) { acceptCredit(ideaId: $id) { id } }": typeof types.WorkflowAcceptCredit2Document,
    "mutation ExportExport($input: ExportIdeasInput!) { exportIdeas(input: $input) { url expiresAt format } }": typeof types.ExportExportDocument,
    "fragment InsightsPromiseFields on PromiseFigures {\n  questionsAsked questionsAnswered medianFirstReplyHours p90FirstReplyHours questionsUnderCommitment answeredWithinCommitmentShare\n  answeredBy { side questions share }\n  overdueIdeas { count medianOverdueHours maxOverdueHours mostOverdue { ideaId title status dueAt overdueHours } }\n}": typeof types.InsightsPromiseFieldsFragmentDoc,
    "query InsightsInsights($communityId: ID!, $period: InsightsPeriodInput!) {\n  insights(communityId: $communityId, period: $period) {\n    communityId period { from to } minimumGroupSize\n    coCreation {\n      ideasProposed supportsGiven distinctContributors\n      topIdeasBySupports { ideaId title supports recentSupports totalSupports }\n      topIdeasByVelocity { ideaId supports recentSupports }\n      supportsPerCampaign { campaignId title supports supporters }\n      mostUsedTags { tag ideas }\n      ideasPerStatus { status ideas }\n      decisions { count averageRationaleLength latest { ideaId status rationaleLength } }\n    }\n    promises { ...InsightsPromiseFields }\n    health { activeMembers newMembers kudosGiven acceptedAnswers reports reportOutcomes { outcome reports } }\n  }\n}": typeof types.InsightsInsightsDocument,
    "query InsightsPromises($id: ID!) { node(id: $id) { ... on Community { promises { period { from to } ...InsightsPromiseFields } } } }": typeof types.InsightsPromisesDocument,
    "mutation MediaAccessStartThread($input: StartThreadInput!) { startThread(input: $input) { id bodyHtml } }": typeof types.MediaAccessStartThreadDocument,
    "mutation MediaAccessReply($input: ReplyInput!) { reply(input: $input) { id bodyHtml } }": typeof types.MediaAccessReplyDocument,
    "mutation MediaAccessEdit($input: EditPostInput!) { editPost(input: $input) { __typename ... on Thread { bodyHtml } } }": typeof types.MediaAccessEditDocument,
    "mutation MediaAccessDelete($id: ID!) { deletePost(id: $id) }": typeof types.MediaAccessDeleteDocument,
    "mutation MediaAccessModerate($input: ModerateInput!) { moderate(input: $input) { id } }": typeof types.MediaAccessModerateDocument,
    "mutation MediaAccessSignOut { signOut }": typeof types.MediaAccessSignOutDocument,
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
    "\n  query SuspendedViewerPermissions($community: String!, $ownThread: ID!, $othersThread: ID!, $idea: ID!, $ownComment: ID!, $othersComment: ID!) {\n    community(slug: $community) { viewerSuspendedUntil viewerWorkspaceScreens }\n    ownThread: node(id: $ownThread) { __typename\n      ... on Thread {\n        viewerCanEdit viewerCanDelete viewerCanModerate\n        replies(first: 10) { edges { node { id viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } }\n      }\n    }\n    othersThread: node(id: $othersThread) { __typename ... on Thread { viewerCanReply viewerCanGiveKudos viewerCanMuteAuthor } }\n    idea: node(id: $idea) { __typename ... on Idea { viewerCanSupport viewerCanGiveKudos } }\n    ownComment: node(id: $ownComment) { __typename ... on IdeaComment { viewerCanEdit viewerCanDelete } }\n    othersComment: node(id: $othersComment) { __typename ... on IdeaComment { viewerCanGiveKudos } }\n  }\n": typeof types.SuspendedViewerPermissionsDocument,
    "query SuspendedViewerReplies($id: ID!, $first: Int) { node(id: $id) { __typename ... on Thread { viewerCanEdit replies(first: $first) { edges { node { viewerCanEdit viewerCanAccept viewerCanGiveKudos } } } } } }": typeof types.SuspendedViewerRepliesDocument,
    "query SuspendedViewerBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first) { edges { node { id viewerCanSupport viewerCanGiveKudos } } } }": typeof types.SuspendedViewerBoardDocument,
    "mutation SuspendedViewerSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }": typeof types.SuspendedViewerSuspendDocument,
    "mutation SuspendedViewerLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }": typeof types.SuspendedViewerLiftDocument,
    "mutation SuspendedViewerEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": typeof types.SuspendedViewerEditPostDocument,
    "mutation SuspendedViewerEditComment($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id } }": typeof types.SuspendedViewerEditCommentDocument,
    "mutation SuspendedViewerKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }": typeof types.SuspendedViewerKudosDocument,
    "mutation SuspendedViewerSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { viewerSupports } }": typeof types.SuspendedViewerSupportDocument,
    "mutation SuspendedViewerWithdraw($ideaId: ID!) { withdrawSupport(ideaId: $ideaId) { viewerSupports } }": typeof types.SuspendedViewerWithdrawDocument,
    "mutation SuspendedViewerAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }": typeof types.SuspendedViewerAcceptDocument,
    "mutation SuspendedViewerUnaccept($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id } }": typeof types.SuspendedViewerUnacceptDocument,
    "mutation SuspendedViewerMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }": typeof types.SuspendedViewerMuteDocument,
    "mutation SuspendedViewerUnmute($memberId: ID!) { unmuteMember(memberId: $memberId) }": typeof types.SuspendedViewerUnmuteDocument,
    "mutation SuspendedViewerReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.SuspendedViewerReplyDocument,
    "query SuspendedViewerLocked($id: ID!) { node(id: $id) { __typename ... on Thread { viewerCanReply viewerCanEdit } } }": typeof types.SuspendedViewerLockedDocument,
    "mutation SuspendedViewerDeletePost($id: ID!) { deletePost(id: $id) }": typeof types.SuspendedViewerDeletePostDocument,
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
    "mutation CreditOfferChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status } }": typeof types.CreditOfferChangeDocument,
    "query CreditOfferInbox { notifications(first: 20) { edges { node { kind } } } }": typeof types.CreditOfferInboxDocument,
    "mutation DigestEmailUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY, email: true }) { email } }": typeof types.DigestEmailUpdateNotificationPreferencesDocument,
    "mutation DigestEmailGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": typeof types.DigestEmailGrantConsentDocument,
    "query DigestEmailNotifications { notifications(first: 5) { edges { node { kind summary } } } }": typeof types.DigestEmailNotificationsDocument,
    "query MentionsAndMutesThread($id: ID!) { node(id: $id) { ... on Thread { authorMutedByViewer replies(first: 10) { edges { node { authorMutedByViewer } } } } } }": typeof types.MentionsAndMutesThreadDocument,
    "query MentionsAndMutesSuggest($c: ID!, $p: String!) { handleSuggestions(communityId: $c, prefix: $p) { handle } }": typeof types.MentionsAndMutesSuggestDocument,
    "mutation MentionsAndMutesUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mentions } }": typeof types.MentionsAndMutesUpdateNotificationPreferencesDocument,
    "query MentionsAndMutesNotifications { notifications(first: 5) { edges { node { kind subjectId actor { handle } } } } }": typeof types.MentionsAndMutesNotificationsDocument,
    "query MentionsAndMutesThreadBodyHtml($id: ID!) { node(id: $id) { ... on Thread { bodyHtml } } }": typeof types.MentionsAndMutesThreadBodyHtmlDocument,
    "mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }": typeof types.MentionsAndMutesMuteMemberDocument,
    "mutation MentionsAndMutesEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": typeof types.MentionsAndMutesEditPostDocument,
    "query MentionsAndMutesReplyBodyHtml($id: ID!) { node(id: $id) { ... on Reply { bodyHtml } } }": typeof types.MentionsAndMutesReplyBodyHtmlDocument,
    "query MentionsAndMutesMutedMembers { mutedMembers { member { handle } mutedAt } }": typeof types.MentionsAndMutesMutedMembersDocument,
    "mutation MentionsAndMutesUnmuteMember($id: ID!) { unmuteMember(memberId: $id) }": typeof types.MentionsAndMutesUnmuteMemberDocument,
    "query NotificationLinksInbox($first: Int) { notifications(first: $first) { edges { node { kind subjectId url } } } }": typeof types.NotificationLinksInboxDocument,
    "mutation NotificationLinksReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.NotificationLinksReplyDocument,
    "mutation NotificationLinksCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": typeof types.NotificationLinksCommentOnIdeaDocument,
    "mutation NotificationLinksDeletePost($id: ID!) { deletePost(id: $id) }": typeof types.NotificationLinksDeletePostDocument,
    "mutation NotificationLinksProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.NotificationLinksProposeIdeaDocument,
    "mutation NotificationLinksGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.NotificationLinksGiveKudosDocument,
    "fragment NotificationsPrefs on NotificationPreferences { cadence digestDay digestHour timezone quietHours { from to } weeklyContactBudget email autoFollowOwn }": typeof types.NotificationsPrefsFragmentDoc,
    "query NotificationsNotifications($filter: NotificationsFilter) { notifications(first: 50, filter: $filter) { totalCount edges { node { id kind reason summary subjectId deferredUntil read actor { handle } community { id } } } } unreadNotificationCount }": typeof types.NotificationsNotificationsDocument,
    "mutation NotificationsUpdatePreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ...NotificationsPrefs } }": typeof types.NotificationsUpdatePreferencesDocument,
    "mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }": typeof types.NotificationsFollowDocument,
    "query NotificationsIsFollowing($id: ID!) { isFollowing(targetId: $id) follows { totalCount edges { node { targetId targetType } } } }": typeof types.NotificationsIsFollowingDocument,
    "mutation NotificationsUnfollow($id: ID!) { unfollow(targetId: $id) }": typeof types.NotificationsUnfollowDocument,
    "mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": typeof types.NotificationsGrantConsentDocument,
    "mutation NotificationsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.NotificationsStartThreadDocument,
    "query NotificationsIsFollowing2($id: ID!) { isFollowing(targetId: $id) }": typeof types.NotificationsIsFollowing2Document,
    "mutation NotificationsReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.NotificationsReplyDocument,
    "mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }": typeof types.NotificationsMarkNotificationsReadDocument,
    "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(input: { all: true }) }": typeof types.NotificationsMarkNotificationsRead2Document,
    "mutation NotificationsMarkNotificationsRead3 { markNotificationsRead(input: {}) }": typeof types.NotificationsMarkNotificationsRead3Document,
    "query NotificationsNotifications2($first: Int) { notifications(first: $first) { edges { node { id summary actor { handle } community { name } } } } }": typeof types.NotificationsNotifications2Document,
    "query NotificationsPreferences { me { notificationPreferences { ...NotificationsPrefs } } }": typeof types.NotificationsPreferencesDocument,
    "mutation NotificationsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { cadence } }": typeof types.NotificationsUpdateNotificationPreferencesDocument,
    "query NotificationsMe { me { notificationPreferences { timezone digestHour } } }": typeof types.NotificationsMeDocument,
    "query NotificationsDigests { digests { totalCount edges { node { cadence itemCount periodEnd notifications { kind summary } } } } unreadNotificationCount }": typeof types.NotificationsDigestsDocument,
    "mutation NotificationsGrantConsent2($input: ConsentInput!) { grantConsent(input: $input) { scope active } }": typeof types.NotificationsGrantConsent2Document,
    "mutation NotificationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active revokedAt } }": typeof types.NotificationsRevokeConsentDocument,
    "mutation NotificationsContactMember($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId direction subject sender { handle } member { handle } } }": typeof types.NotificationsContactMemberDocument,
    "mutation NotificationsRevokeConsent2($input: ConsentInput!) { revokeConsent(input: $input) { active } }": typeof types.NotificationsRevokeConsent2Document,
    "query NotificationsMe2 { me { consents { scope grantedAt revokedAt textVersion active community { id } } } }": typeof types.NotificationsMe2Document,
    "query NotificationsHistory($id: ID!) { me { consentHistory { action scope textVersion recordedAt community { id } } } node(id: $id) { ... on Member { consentHistory { action } } } }": typeof types.NotificationsHistoryDocument,
    "mutation NotificationsContactBrandTeam($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { conversationId direction } }": typeof types.NotificationsContactBrandTeamDocument,
    "query NotificationsContactMessages($id: ID!) { contactMessages(communityId: $id) { edges { node { subject member { handle } } } } }": typeof types.NotificationsContactMessagesDocument,
    "mutation ErasedMentionsModerate($input: ModerateInput!) { moderate(input: $input) { id } }": typeof types.ErasedMentionsModerateDocument,
    "mutation ErasedMentionsGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.ErasedMentionsGiveKudosDocument,
    "mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": typeof types.ErasedMentionsDeleteAccountDocument,
    "mutation ErasureTracesGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.ErasureTracesGiveKudosDocument,
    "mutation ErasureTracesDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": typeof types.ErasureTracesDeleteAccountDocument,
    "mutation ExportCompletenessAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": typeof types.ExportCompletenessAcceptAnswerDocument,
    "mutation LastOwnerDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": typeof types.LastOwnerDeleteAccountDocument,
    "mutation ModerationDataReport($input: ReportContentInput!) { reportContent(input: $input) { id weight } }": typeof types.ModerationDataReportDocument,
    "mutation ModerationDataSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.ModerationDataSuspendDocument,
    "mutation ModerationDataAppeal($input: AppealInput!) { appeal(input: $input) { id status } }": typeof types.ModerationDataAppealDocument,
    "mutation ModerationDataDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": typeof types.ModerationDataDeleteAccountDocument,
    "mutation ModerationDataRequestDataExport { requestDataExport { id } }": typeof types.ModerationDataRequestDataExportDocument,
    "mutation ModerationDataIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }": typeof types.ModerationDataIssueDataExportLinkDocument,
    "mutation PrivacyJobsRequestDataExport { requestDataExport { id } }": typeof types.PrivacyJobsRequestDataExportDocument,
    "query PrivacyJobsDataExports { dataExports { edges { node { id status } } } }": typeof types.PrivacyJobsDataExportsDocument,
    "mutation PrivacyJobsDeleteAccount($i: DeleteAccountInput!) { deleteAccount(input: $i) { executeAfter } }": typeof types.PrivacyJobsDeleteAccountDocument,
    "mutation PrivacyPrivacyRequestExport { requestDataExport { id status } }": typeof types.PrivacyPrivacyRequestExportDocument,
    "query PrivacyPrivacyExports { dataExports(first: 10) { totalCount edges { node { id status readyAt expiresAt } } } }": typeof types.PrivacyPrivacyExportsDocument,
    "mutation Link($id: ID!) { issueDataExportLink(exportId: $id) { url expiresAt } }": typeof types.LinkDocument,
    "mutation PrivacyDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice requestedAt executeAfter } }": typeof types.PrivacyDeleteAccountDocument,
    "mutation PrivacyPrivacyCancelDeletion { cancelAccountDeletion }": typeof types.PrivacyPrivacyCancelDeletionDocument,
    "query PrivacyPrivacyMe { me { handle } }": typeof types.PrivacyPrivacyMeDocument,
    "query PrivacyPrivacyEn { en: dataCharter { version clauses { id title text } } fr: dataCharter(locale: FR) { version clauses { id title } } }": typeof types.PrivacyPrivacyEnDocument,
    "query PrivacyPrivacyMe2($other: ID!) { me { dataInventory { feature category fields purpose charterClause retentionDays visibleTo } } node(id: $other) { ... on Member { dataInventory { category } } } }": typeof types.PrivacyPrivacyMe2Document,
    "query PrivacyPrivacyDataExports($first: Int) { dataExports(first: $first) { edges { node { id status requestedAt } } pageInfo { hasNextPage } } }": typeof types.PrivacyPrivacyDataExportsDocument,
    "query PrivacyPrivacyNode($id: ID!) { node(id: $id) { ... on DataExport { status } } }": typeof types.PrivacyPrivacyNodeDocument,
    "query PrivacyPrivacyAccountDeletion { accountDeletion { contentChoice } }": typeof types.PrivacyPrivacyAccountDeletionDocument,
    "mutation PrivacyPrivacyInviteToCommunity($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { id } }": typeof types.PrivacyPrivacyInviteToCommunityDocument,
    "mutation PrivacyPrivacySignIn($i: SignInInput!) { signIn(input: $i) { accessToken } }": typeof types.PrivacyPrivacySignInDocument,
    "query PrivacyPrivacyNode2($id: ID!) { node(id: $id) { ... on Member { handle } } }": typeof types.PrivacyPrivacyNode2Document,
    "mutation PrivacyPrivacySignUp($i: SignUpInput!) { signUp(input: $i) }": typeof types.PrivacyPrivacySignUpDocument,
    "mutation GatewayJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": typeof types.GatewayJoinCommunityDocument,
    "query GatewayRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed moderates } }": typeof types.GatewayRoomAccessDocument,
    "mutation GatewayLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }": typeof types.GatewayLeaveCommunityDocument,
    "mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": typeof types.MultiNodeJoinCommunityDocument,
    "mutation SuspensionRoomsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }": typeof types.SuspensionRoomsSuspendMemberDocument,
    "mutation SuspensionRoomsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { until } }": typeof types.SuspensionRoomsLiftSuspensionDocument,
    "mutation AdviceRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Thanks!\" }) { id } }": typeof types.AdviceRecognitionGiveKudosDocument,
    "query AdviceRecognitionNode($id: ID!) { node(id: $id) { ... on Thread { kudosCount viewerGaveKudos kudos(first: 2) { totalCount edges { node { message giver { handle affiliation } } } }\n      replies(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { handle affiliation } } } } } } } } } }": typeof types.AdviceRecognitionNodeDocument,
    "query AdviceRecognitionNode2($id: ID!, $first: Int!) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { kudosCount viewerGaveKudos kudos(first: 3) { totalCount edges { node { message giver { handle } } } } } } } } } }": typeof types.AdviceRecognitionNode2Document,
    "mutation AdviceRecognitionAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": typeof types.AdviceRecognitionAcceptAnswerDocument,
    "query AdviceRecognitionNode3($id: ID!, $c: ID!) { node(id: $id) { ... on Member { badges(communityId: $c) { kind } } } }": typeof types.AdviceRecognitionNode3Document,
    "mutation AdviceRecognitionUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }": typeof types.AdviceRecognitionUnacceptAnswerDocument,
    "query AdviceRecognitionSuggestedToHelp($c: ID!, $first: Int!) { suggestedToHelp(communityId: $c, first: $first) { id title } }": typeof types.AdviceRecognitionSuggestedToHelpDocument,
    "mutation ContentCountersGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.ContentCountersGiveDocument,
    "mutation ContentCountersWithdraw($id: ID!) { withdrawKudos(contentId: $id) }": typeof types.ContentCountersWithdrawDocument,
    "mutation IdeasRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id }) { id } }": typeof types.IdeasRecognitionGiveKudosDocument,
    "query IdeasRecognitionNode($id: ID!) { node(id: $id) { ... on Idea { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { affiliation } } } }\n      comments(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { totalCount } } } } } } }": typeof types.IdeasRecognitionNodeDocument,
    "mutation IdeasRecognitionAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }": typeof types.IdeasRecognitionAcceptCreditDocument,
    "query IdeasRecognitionMe($c: ID!) { me { reputation(communityId: $c) badges(communityId: $c) { kind } } }": typeof types.IdeasRecognitionMeDocument,
    "query IdeasRecognitionMe2($c: ID!) { me { reputation(communityId: $c) } }": typeof types.IdeasRecognitionMe2Document,
    "mutation KudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id contentId message giver { handle affiliation } } }": typeof types.KudosGiveDocument,
    "mutation KudosWithdraw($id: ID!) { withdrawKudos(contentId: $id) }": typeof types.KudosWithdrawDocument,
    "query KudosKudosOn($id: ID!) { kudosOn(contentId: $id) { totalCount edges { node { giver { handle } } } } }": typeof types.KudosKudosOnDocument,
    "query KudosKudosOn2($id: ID!, $first: Int, $after: String) { kudosOn(contentId: $id, first: $first, after: $after) { edges { node { message giver { handle affiliation member { handle } } } } pageInfo { hasNextPage endCursor } } }": typeof types.KudosKudosOn2Document,
    "mutation MyKudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": typeof types.MyKudosGiveDocument,
    "query MyKudosMine($communityId: ID!, $direction: KudosDirection!, $first: Int, $after: String) {\n  myKudos(communityId: $communityId, direction: $direction, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { contentId message createdAt giver { handle } receiver { handle } } }\n  }\n}": typeof types.MyKudosMineDocument,
    "mutation RecognitionRealtimeGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Merci !\" }) { id } }": typeof types.RecognitionRealtimeGiveKudosDocument,
    "mutation RecognitionRealtimeAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": typeof types.RecognitionRealtimeAcceptAnswerDocument,
    "mutation ReputationAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": typeof types.ReputationAcceptAnswerDocument,
    "mutation ReputationUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }": typeof types.ReputationUnacceptAnswerDocument,
    "mutation ReputationAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }": typeof types.ReputationAcceptCreditDocument,
    "query ReputationMe($c: ID!) { me { badges(communityId: $c) { kind name awardedAt } reputation(communityId: $c) } }": typeof types.ReputationMeDocument,
    "query ReputationNode($id: ID!, $c: ID!) { node(id: $id) { ... on Member { reciprocity(communityId: $c) { kudosGiven kudosReceived answersGiven answersReceived membersHelped helpedBy since } } } }": typeof types.ReputationNodeDocument,
    "mutation ReputationUpdateProfile { updateProfile(input: { showReciprocity: true }) { showReciprocity appearOnRecognitionBoard } }": typeof types.ReputationUpdateProfileDocument,
    "mutation ReputationUpdateProfile2 { updateProfile(input: { appearOnRecognitionBoard: true }) { appearOnRecognitionBoard } }": typeof types.ReputationUpdateProfile2Document,
    "query ReputationCommunity($slug: String!, $month: String!) { community(slug: $slug) { recognitionBoardEnabled recognitionBoard(month: $month) { month entries { member { handle } kudosReceived acceptedAnswers } } } }": typeof types.ReputationCommunityDocument,
    "mutation ReputationSetRecognitionBoard($c: ID!, $on: Boolean!) { setRecognitionBoard(input: { communityId: $c, enabled: $on }) }": typeof types.ReputationSetRecognitionBoardDocument,
    "query ReputationCommunity2($slug: String!, $c: ID!, $first: Int!) { community(slug: $slug) { members(first: $first) { edges { node { member {\n      handle reputation(communityId: $c) badges(communityId: $c) { kind } reciprocity(communityId: $c) { kudosGiven helpedBy } recognitionProfile { showReciprocity } } } } } } }": typeof types.ReputationCommunity2Document,
    "mutation ReputationGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"merci\" }) { id } }": typeof types.ReputationGiveKudosDocument,
    "query ReputationNode2($id: ID!) { node(id: $id) { ... on Kudos { message contentId giver { handle } } } }": typeof types.ReputationNode2Document,
    "mutation ReputationDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice } }": typeof types.ReputationDeleteAccountDocument,
    "mutation AssignmentsAssign($input: AssignToStaffInput!) { assignToStaff(input: $input) { id contentId contentType dueAt assignee { handle } assignedBy { handle } content { id } } }": typeof types.AssignmentsAssignDocument,
    "query AssignmentsList($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { contentId dueAt remindedFor assignee { handle } } }": typeof types.AssignmentsListDocument,
    "mutation AssignmentsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.AssignmentsStartThreadDocument,
    "mutation AssignmentsSetResponseCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id } }": typeof types.AssignmentsSetResponseCommitmentDocument,
    "mutation AssignmentsPostIdeaUpdate($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id } }": typeof types.AssignmentsPostIdeaUpdateDocument,
    "query AssignmentsListed($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { dueAt content { id ... on Thread { title } ... on Idea { title } } assignee { handle } assignedBy { handle } } }": typeof types.AssignmentsListedDocument,
    "mutation CampaignReachLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": typeof types.CampaignReachLaunchDocument,
    "mutation CampaignReachFollow($id: ID!) { follow(targetId: $id) }": typeof types.CampaignReachFollowDocument,
    "mutation CampaignReachUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY }) { cadence } }": typeof types.CampaignReachUpdateNotificationPreferencesDocument,
    "query CampaignReachNotifications { notifications(first: 5) { edges { node { kind summary } } } }": typeof types.CampaignReachNotificationsDocument,
    "mutation ConversationsContact($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId } }": typeof types.ConversationsContactDocument,
    "mutation ConversationsWrite($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { id conversationId } }": typeof types.ConversationsWriteDocument,
    "mutation ConversationsClose($id: ID!) { closeConversation(conversationId: $id) }": typeof types.ConversationsCloseDocument,
    "query ConversationsCount($id: ID!) { brandContactConsentCount(communityId: $id) }": typeof types.ConversationsCountDocument,
    "mutation ConversationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": typeof types.ConversationsGrantConsentDocument,
    "mutation ConversationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active } }": typeof types.ConversationsRevokeConsentDocument,
    "mutation IdeaUpdatesPost($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id status nextUpdateDueAt overdue } }": typeof types.IdeaUpdatesPostDocument,
    "query IdeaUpdatesIdea($id: ID!) { node(id: $id) { ... on Idea { status nextUpdateDueAt updates { text promisedAt nextUpdateDueAt promiseKept postedBy { handle affiliation } } } } }": typeof types.IdeaUpdatesIdeaDocument,
    "query ModerationQueueQueue($communityId: ID!) { moderationQueue(communityId: $communityId) {\n  totalCount\n  edges { node { id contentId openWeight openReports reasons { reason count weight } claim { moderator { handle } expiresAt viewerCanRelease }\n    content { id ... on Reply { body } } context { id ... on Thread { title } } space { id } } } } }": typeof types.ModerationQueueQueueDocument,
    "mutation ModerationQueueClaim($id: ID!) { claimModerationCase(caseId: $id) { id claim { moderator { handle } expiresAt } } }": typeof types.ModerationQueueClaimDocument,
    "mutation ModerationQueueRelease($id: ID!) { releaseModerationCase(caseId: $id) { id claim { expiresAt } } }": typeof types.ModerationQueueReleaseDocument,
    "mutation ModerationQueueModerate($input: ModerateInput!) { moderate(input: $input) { id } }": typeof types.ModerationQueueModerateDocument,
    "mutation ModerationQueueReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": typeof types.ModerationQueueReportDocument,
    "mutation ModerationQueueStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.ModerationQueueStartThreadDocument,
    "mutation ModerationQueueReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.ModerationQueueReplyDocument,
    "query ModeratorToolsTemplates($communityId: ID!) { moderationReasonTemplates(communityId: $communityId) { id title reason } }": typeof types.ModeratorToolsTemplatesDocument,
    "mutation ModeratorToolsCreate($input: CreateReasonTemplateInput!) { createReasonTemplate(input: $input) { id title reason } }": typeof types.ModeratorToolsCreateDocument,
    "mutation ModeratorToolsUpdate($input: UpdateReasonTemplateInput!) { updateReasonTemplate(input: $input) { id title reason } }": typeof types.ModeratorToolsUpdateDocument,
    "mutation ModeratorToolsDelete($id: ID!) { deleteReasonTemplate(templateId: $id) }": typeof types.ModeratorToolsDeleteDocument,
    "query ModeratorToolsAudit($communityId: ID!, $filter: AuditLogFilter) { auditLog(communityId: $communityId, filter: $filter) { totalCount edges { node { action actorKind reason } } } }": typeof types.ModeratorToolsAuditDocument,
    "query ModeratorToolsHistory($communityId: ID!, $memberId: ID!) { memberModerationHistory(communityId: $communityId, memberId: $memberId) { totalCount edges { node { action reason actor { handle } } } } }": typeof types.ModeratorToolsHistoryDocument,
    "query ModeratorToolsNotes($communityId: ID!, $memberId: ID!) { moderatorNotes(communityId: $communityId, memberId: $memberId) { note author { handle } } }": typeof types.ModeratorToolsNotesDocument,
    "mutation ModeratorToolsAddNote($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { id note } }": typeof types.ModeratorToolsAddNoteDocument,
    "mutation ModeratorToolsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.ModeratorToolsSuspendDocument,
    "mutation ModeratorToolsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": typeof types.ModeratorToolsSetAutoHideThresholdDocument,
    "mutation ModeratorToolsRequestDataExport { requestDataExport { id } }": typeof types.ModeratorToolsRequestDataExportDocument,
    "mutation ModeratorToolsIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }": typeof types.ModeratorToolsIssueDataExportLinkDocument,
    "query ModeratorToolsDataInventory { me { dataInventory { category } } }": typeof types.ModeratorToolsDataInventoryDocument,
    "query RunningSuspensionsList($communityId: ID!, $first: Int, $after: String) {\n  runningSuspensions(communityId: $communityId, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id reason until member { handle } setBy { handle affiliation } } }\n  }\n}": typeof types.RunningSuspensionsListDocument,
    "mutation RunningSuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": typeof types.RunningSuspensionsSuspendDocument,
    "mutation RunningSuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }": typeof types.RunningSuspensionsLiftDocument,
    "query SavedRepliesList($id: ID!) { savedReplies(communityId: $id) { id title text } }": typeof types.SavedRepliesListDocument,
    "mutation SavedRepliesCreate($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title text } }": typeof types.SavedRepliesCreateDocument,
    "mutation SavedRepliesUpdate($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title text } }": typeof types.SavedRepliesUpdateDocument,
    "mutation SavedRepliesDelete($id: ID!) { deleteSavedReply(savedReplyId: $id) }": typeof types.SavedRepliesDeleteDocument,
    "mutation SavedRepliesReply($input: ReplyInput!) { reply(input: $input) { id } }": typeof types.SavedRepliesReplyDocument,
    "mutation SavedRepliesStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": typeof types.SavedRepliesStartThreadDocument,
};
const documents: Documents = {
    "mutation AccountEmailSignUp($input: SignUpInput!) { signUp(input: $input) }": types.AccountEmailSignUpDocument,
    "mutation AccountEmailSignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }": types.AccountEmailSignInDocument,
    "query AccountEmailMe { me { email emailVerified locale } }": types.AccountEmailMeDocument,
    "mutation AccountEmailResetRequest($email: String!) { requestPasswordReset(input: { email: $email }) }": types.AccountEmailResetRequestDocument,
    "mutation AccountEmailVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken refreshToken } }": types.AccountEmailVerifyEmailDocument,
    "mutation AccountEmailRequestEmailVerification { requestEmailVerification }": types.AccountEmailRequestEmailVerificationDocument,
    "mutation AccountEmailSetLocale($locale: Locale!) { setLocale(input: { locale: $locale }) { handle } }": types.AccountEmailSetLocaleDocument,
    "mutation AccountEmailChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": types.AccountEmailChangePasswordDocument,
    "mutation AccountEmailChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) }": types.AccountEmailChangeEmailDocument,
    "mutation AccountEmailResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }": types.AccountEmailResetPasswordDocument,
    "mutation AccountEmailRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken } }": types.AccountEmailRefreshSessionDocument,
    "mutation AccountEmailSignIn2($input: SignInInput!) { signIn(input: $input) { accessToken } }": types.AccountEmailSignIn2Document,
    "mutation AccountEmailConfirmEmailChange($t: String!) { confirmEmailChange(token: $t) }": types.AccountEmailConfirmEmailChangeDocument,
    "mutation LocalMailboxSignUp($input: SignUpInput!) { signUp(input: $input) }": types.LocalMailboxSignUpDocument,
    "mutation LocalMailboxVerifyEmail($t: String!) { verifyEmail(token: $t) { member { email emailVerified } } }": types.LocalMailboxVerifyEmailDocument,
    "query MemberProfileByHandle($handle: String!) {\n  memberByHandle(handle: $handle) {\n    handle createdAt email\n    publicMemberships { joinedAt community { slug visibility } badges { kind } reputation reciprocity { kudosReceived } recentThreads(first: 5) { title } }\n  }\n}": types.MemberProfileByHandleDocument,
    "mutation SignUpProbeSignUp($input: SignUpInput!) { signUp(input: $input) }": types.SignUpProbeSignUpDocument,
    "mutation SignUpProbeSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": types.SignUpProbeSignInDocument,
    "mutation SignUpProbeVerifyEmail($t: String!) { verifyEmail(token: $t, session: COOKIE) { accessToken refreshToken member { handle } } }": types.SignUpProbeVerifyEmailDocument,
    "mutation SignUpProbeResend($email: String!) { resendVerification(input: { email: $email }) }": types.SignUpProbeResendDocument,
    "query SignUpProbeMe { me { handle emailVerified } }": types.SignUpProbeMeDocument,
    "mutation SignUpProbeRefresh { refreshSession { accessToken } }": types.SignUpProbeRefreshDocument,
    "mutation AnswersAccept($id: ID!) { acceptAnswer(replyId: $id) { id acceptedAnswer { id accepted author { handle } } } }": types.AnswersAcceptDocument,
    "mutation AnswersUnaccept($id: ID!) { unacceptAnswer(threadId: $id) { id acceptedAnswer { id } } }": types.AnswersUnacceptDocument,
    "query AnswersNode($id: ID!) { node(id: $id) { ... on Thread { acceptedAnswer { id hidden } } } }": types.AnswersNodeDocument,
    "mutation AnswersDeletePost($id: ID!) { deletePost(id: $id) }": types.AnswersDeletePostDocument,
    "query ListsThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $filter: ThreadsFilter) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title replyCount lastActivityAt hidden author { handle affiliation } acceptedAnswer { id author { handle affiliation } } } }\n  } } }\n}": types.ListsThreadsDocument,
    "mutation ListsSetCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id responseCommitment { hours text } } }": types.ListsSetCommitmentDocument,
    "query ListsNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }": types.ListsNodeDocument,
    "query ListsNode2($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title body bodyHtml } } } } } }": types.ListsNode2Document,
    "query ListsThreadTitles($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }": types.ListsThreadTitlesDocument,
    "query ListsThreadAuthors($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title author { handle affiliation } } } } } } }": types.ListsThreadAuthorsDocument,
    "query ListsNode3($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { totalCount edges { node { id accepted author { handle affiliation } inReplyTo { id author { handle } } } } } } } }": types.ListsNode3Document,
    "query ListsNode4($id: ID!) { node(id: $id) { ... on Thread { expectedFirstResponseAt firstResponseAt staffResponded } } }": types.ListsNode4Document,
    "query ListsNode5($id: ID!) { node(id: $id) { ... on Thread { firstResponseAt staffResponded } } }": types.ListsNode5Document,
    "mutation ModerationIntegrationStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.ModerationIntegrationStartThreadDocument,
    "mutation ModerationIntegrationReply($input: ReplyInput!) { reply(input: $input) { id thread { replyCount } } }": types.ModerationIntegrationReplyDocument,
    "query ModerationIntegrationThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id title author { handle } } }\n  } } }\n}": types.ModerationIntegrationThreadsDocument,
    "mutation ModerationIntegrationPin($id: ID!) { pinThread(threadId: $id) { pinnedThreadIds } }": types.ModerationIntegrationPinDocument,
    "mutation ModerationIntegrationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }": types.ModerationIntegrationCloseAsDuplicateDocument,
    "query ModerationIntegrationSearch($input: SearchInput!) { search(input: $input) { totalCount edges { node { kind thread { id } reply { id } } } } }": types.ModerationIntegrationSearchDocument,
    "query ModerationIntegrationSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id } }": types.ModerationIntegrationSimilarDocument,
    "query ModerationIntegrationNode($id: ID!) { node(id: $id) { id } }": types.ModerationIntegrationNodeDocument,
    "mutation AdvicePrivacyEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": types.AdvicePrivacyEditPostDocument,
    "mutation AdviceRealtimeReply($input: ReplyInput!) { reply(input: $input) { id } }": types.AdviceRealtimeReplyDocument,
    "mutation ReplyStatementsReply($input: ReplyInput!) { reply(input: $input) { id createdAt } }": types.ReplyStatementsReplyDocument,
    "query SearchDepthSearch($input: SearchInput!) {\n  search(input: $input) { totalCount edges { node { kind snippet thread { id title } reply { id } } } }\n}": types.SearchDepthSearchDocument,
    "query SearchSearch($input: SearchInput!) {\n  search(input: $input) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind rank snippet thread { id title } reply { id } } } }\n}": types.SearchSearchDocument,
    "query SearchSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id title } }": types.SearchSimilarDocument,
    "mutation SearchDeletePost($id: ID!) { deletePost(id: $id) }": types.SearchDeletePostDocument,
    "query SearchSearch2($input: SearchInput!) { search(input: $input) { edges { node { kind snippet thread { id title } reply { id } } } } }": types.SearchSearch2Document,
    "mutation SearchEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": types.SearchEditPostDocument,
    "query ThreadPageThreadPage($id: ID!, $first: Int!) {\n  node(id: $id) { ... on Thread { title bodyHtml author { handle affiliation } replies(first: $first) { edges { node { bodyHtml kudosCount author { handle affiliation } } } } } }\n}": types.ThreadPageThreadPageDocument,
    "query ThreadViewerPermissionsThread($id: ID!) { node(id: $id) { ... on Thread { viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor } } }": types.ThreadViewerPermissionsThreadDocument,
    "query ThreadViewerPermissionsWebPermissions($id: ID!) { node(id: $id) { ... on Thread { __typename id viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor viewerCanReply space { community { viewerSuspendedUntil } } replies(first: 100) { edges { node { id body viewerCanEdit viewerCanDelete } } } } } }": types.ThreadViewerPermissionsWebPermissionsDocument,
    "query ThreadViewerPermissionsWebActions($id: ID!) { node(id: $id) { ... on Thread { __typename replies(first: 100) { edges { node { id viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }": types.ThreadViewerPermissionsWebActionsDocument,
    "query ThreadViewerPermissionsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { __typename viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor replies(first: $first) { edges { node { id body viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }": types.ThreadViewerPermissionsRepliesDocument,
    "mutation ThreadViewerPermissionsAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }": types.ThreadViewerPermissionsAcceptDocument,
    "mutation ThreadViewerPermissionsKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }": types.ThreadViewerPermissionsKudosDocument,
    "mutation ThreadViewerPermissionsMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }": types.ThreadViewerPermissionsMuteDocument,
    "mutation ThreadViewerPermissionsEdit($input: EditPostInput!) { editPost(input: $input) { __typename } }": types.ThreadViewerPermissionsEditDocument,
    "mutation ThreadsStartThread($input: StartThreadInput!) {\n  startThread(input: $input) { id kind title body bodyHtml tags state replyCount hidden deleted author { handle affiliation } space { id } }\n}": types.ThreadsStartThreadDocument,
    "mutation ThreadsReply($input: ReplyInput!) { reply(input: $input) { id body bodyHtml author { handle affiliation } thread { id replyCount } } }": types.ThreadsReplyDocument,
    "mutation ThreadsEdit($input: EditPostInput!) {\n  editPost(input: $input) { __typename ... on Thread { id title body bodyHtml revisions { title body editedAt } } ... on Reply { id body revisions { body editedAt } } }\n}": types.ThreadsEditDocument,
    "mutation ThreadsDelete($id: ID!) { deletePost(id: $id) }": types.ThreadsDeleteDocument,
    "query ThreadsThread($id: ID!) { node(id: $id) { ... on Thread { id title body deleted hidden replyCount replies(first: 10) { totalCount edges { node { id body deleted hidden } } } } } }": types.ThreadsThreadDocument,
    "mutation ThreadsReply2($input: ReplyInput!) { reply(input: $input) { id createdAt } }": types.ThreadsReply2Document,
    "mutation ThreadsReply3($input: ReplyInput!) { reply(input: $input) { inReplyTo { id } } }": types.ThreadsReply3Document,
    "query ThreadsNode($id: ID!) { node(id: $id) { ... on Thread { state replyCount } } }": types.ThreadsNodeDocument,
    "query ThreadsRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }": types.ThreadsRoomAccessDocument,
    "query WorkspaceScreensScreens($slug: String!) { community(slug: $slug) { viewerWorkspaceScreens } }": types.WorkspaceScreensScreensDocument,
    "query WorkspaceScreensInsights($id: ID!) { insights(communityId: $id, period: { from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\" }) { __typename } }": types.WorkspaceScreensInsightsDocument,
    "query WorkspaceScreensModeration($id: ID!) { moderationQueue(communityId: $id, first: 1) { totalCount } }": types.WorkspaceScreensModerationDocument,
    "mutation SignUp($input: SignUpInput!) { signUp(input: $input) }": types.SignUpDocument,
    "mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken member { handle } } }": types.SignInDocument,
    "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }": types.RefreshDocument,
    "query AccountsMe { me { handle email } }": types.AccountsMeDocument,
    "mutation AccountsVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken member { handle } } }": types.AccountsVerifyEmailDocument,
    "mutation AccountsSignOut { signOut }": types.AccountsSignOutDocument,
    "query ActiveSessionsMe { me { handle } }": types.ActiveSessionsMeDocument,
    "mutation ActiveSessionsSignOut { signOut }": types.ActiveSessionsSignOutDocument,
    "mutation ActiveSessionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken } }": types.ActiveSessionsRefreshSessionDocument,
    "mutation BrowserSessionsSignIn($input: SignInInput!) { signIn(input: $input, session: COOKIE) { accessToken refreshToken member { handle } } }": types.BrowserSessionsSignInDocument,
    "mutation BrowserSessionsRefresh { refreshSession { accessToken refreshToken } }": types.BrowserSessionsRefreshDocument,
    "query BrowserSessionsMe { me { handle } }": types.BrowserSessionsMeDocument,
    "mutation BrowserSessionsSignUp { signUp(input: { email: \"cookie-up@example.test\", password: \"a long passphrase\", handle: \"cookie_up\" }) }": types.BrowserSessionsSignUpDocument,
    "mutation BrowserSessionsRefreshSession($t: String) { refreshSession(refreshToken: $t, session: COOKIE) { refreshToken } }": types.BrowserSessionsRefreshSessionDocument,
    "mutation BrowserSessionsSignOut { signOut }": types.BrowserSessionsSignOutDocument,
    "query BrowserSessionsCommunities { communities(first: 3) { edges { node { id } } } }": types.BrowserSessionsCommunitiesDocument,
    "query CommunitiesCacheShown($c: ID!, $s: ID!) { c: node(id: $c) { ... on Community { name memberCount viewerRole } } s: node(id: $s) { ... on Space { name } } }": types.CommunitiesCacheShownDocument,
    "mutation CommunitiesCacheJoin($id: ID!) { joinCommunity(communityId: $id) { role } }": types.CommunitiesCacheJoinDocument,
    "mutation CommunitiesCreateSpace($input: CreateSpaceInput!) { createSpace(input: $input) { id kind community { slug } } }": types.CommunitiesCreateSpaceDocument,
    "mutation CommunitiesSetRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }": types.CommunitiesSetRoleDocument,
    "mutation CommunitiesCreateCommunity { createCommunity(input: { slug: \"velo-club\", name: \"Vélo club\", description: \"\", locale: FR, visibility: PUBLIC }) { slug locale viewerRole memberCount } }": types.CommunitiesCreateCommunityDocument,
    "mutation CommunitiesCreateCommunity2($slug: String!) { createCommunity(input: { slug: $slug, name: \"Again\", locale: EN, visibility: PUBLIC }) { id } }": types.CommunitiesCreateCommunity2Document,
    "mutation CommunitiesCreateCommunity3 { createCommunity(input: { slug: \"Bad Slug!\", name: \"Bad\", locale: EN, visibility: PUBLIC }) { id } }": types.CommunitiesCreateCommunity3Document,
    "mutation CommunitiesJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": types.CommunitiesJoinCommunityDocument,
    "mutation CommunitiesLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }": types.CommunitiesLeaveCommunityDocument,
    "query CommunitiesCommunity($slug: String!) { community(slug: $slug) { id } }": types.CommunitiesCommunityDocument,
    "query CommunitiesCommunity2 { community(slug: \"does-not-exist\") { id } }": types.CommunitiesCommunity2Document,
    "query CommunitiesCommunities { communities(first: 100) { edges { node { slug } } } }": types.CommunitiesCommunitiesDocument,
    "query CommunitiesNode($id: ID!) { node(id: $id) { id } }": types.CommunitiesNodeDocument,
    "mutation CommunitiesInviteToCommunity($id: ID!, $handle: String!) { inviteToCommunity(communityId: $id, handle: $handle) { id } }": types.CommunitiesInviteToCommunityDocument,
    "mutation CommunitiesAcceptInvitation($id: ID!) { acceptInvitation(invitationId: $id) { role } }": types.CommunitiesAcceptInvitationDocument,
    "query CommunitiesMyInvitations { myInvitations { id community { slug } } }": types.CommunitiesMyInvitationsDocument,
    "query CommunitiesCommunity3($slug: String!) { community(slug: $slug) { viewerRole } }": types.CommunitiesCommunity3Document,
    "query CommunitiesCommunity4($slug: String!) { community(slug: $slug) { members(first: 10) { edges { node { role member { handle email } } } } } }": types.CommunitiesCommunity4Document,
    "query CredentialReadsThreadPage($id: ID!) {\n  node(id: $id) { ... on Thread { title author { handle affiliation member { handle email } } replies(first: 20) { edges { node { author { handle affiliation member { handle createdAt } } } } } } }\n}": types.CredentialReadsThreadPageDocument,
    "query CredentialReadsIdeaPage($spaceId: ID!, $id: ID!) {\n  ideas(spaceId: $spaceId, first: 20) { edges { node { title author { handle affiliation member { handle } } } } }\n  node(id: $id) { ... on Idea { title author { handle } comments(first: 20) { edges { node { author { handle } } } } } }\n}": types.CredentialReadsIdeaPageDocument,
    "mutation DraftsSave($input: SaveDraftInput!) { saveDraft(input: $input) { id placeId title body updatedAt } }": types.DraftsSaveDocument,
    "query DraftsDraft($placeId: ID!) { draft(placeId: $placeId) { placeId title body } }": types.DraftsDraftDocument,
    "query DraftsMine { myDrafts { placeId title body } }": types.DraftsMineDocument,
    "mutation DraftsDelete($placeId: ID!) { deleteDraft(placeId: $placeId) }": types.DraftsDeleteDocument,
    "mutation DraftsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": types.DraftsSignInDocument,
    "query GraphqlConventionsNested($first: Int!) { communities(first: $first) { edges { node { slug members(first: $first) { edges { node { role member { handle } } } totalCount } } } } }": types.GraphqlConventionsNestedDocument,
    "query GraphqlConventionsCommunities { communities(first: 4) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } totalCount } }": types.GraphqlConventionsCommunitiesDocument,
    "query GraphqlConventionsCommunities2($after: String) { communities(first: 4, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }": types.GraphqlConventionsCommunities2Document,
    "query GraphqlConventionsCommunities3 { communities(first: 1000) { totalCount } }": types.GraphqlConventionsCommunities3Document,
    "query GraphqlConventionsCommunities4 { communities(first: 10, after: \"bm90IGEgY3Vyc29y\") { totalCount } }": types.GraphqlConventionsCommunities4Document,
    "mutation GraphqlConventionsJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": types.GraphqlConventionsJoinCommunityDocument,
    "query GraphqlConventionsNode($id: ID!) { node(id: $id) { id ... on Member { handle } } }": types.GraphqlConventionsNodeDocument,
    "query GraphqlConventionsCommunities6 { communities(first: 1) { totalCount } }": types.GraphqlConventionsCommunities6Document,
    "query GraphqlConventionsMe { me { handle } }": types.GraphqlConventionsMeDocument,
    "query NotifyAfterCommitNode($id: ID!) { node(id: $id) { ... on Thread { title } } }": types.NotifyAfterCommitNodeDocument,
    "query OperatorAnonymousRead { communities(first: 1) { edges { node { id } } } }": types.OperatorAnonymousReadDocument,
    "query OperatorTypename { __typename }": types.OperatorTypenameDocument,
    "query ResponseCacheThread($id: ID!) {\n  node(id: $id) { ... on Thread { title replyCount replies(first: 20) { edges { node { bodyHtml author { handle } } } } } }\n}": types.ResponseCacheThreadDocument,
    "query ResponseCacheSpaceThreads($id: ID!) { node(id: $id) { ... on Space { threads(first: 20) { edges { node { title } } } } } }": types.ResponseCacheSpaceThreadsDocument,
    "mutation ResponseCacheReply($input: ReplyInput!) { reply(input: $input) { id } }": types.ResponseCacheReplyDocument,
    "query ResponseCacheMe { me { handle } }": types.ResponseCacheMeDocument,
    "query ResponseCacheNode($id: ID!) { node(id: $id) { ... on Community { slug } } }": types.ResponseCacheNodeDocument,
    "query ResponseCacheCommunities { communities(first: 5) { edges { node { slug } } } }": types.ResponseCacheCommunitiesDocument,
    "mutation SessionListSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": types.SessionListSignInDocument,
    "query SessionListSessions { me { sessions { id deviceLabel createdAt lastUsedAt expiresAt current } } }": types.SessionListSessionsDocument,
    "query SessionListMe { me { handle } }": types.SessionListMeDocument,
    "query SessionListNode($id: ID!) { node(id: $id) { ... on Member { sessions { id } } } }": types.SessionListNodeDocument,
    "mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }": types.SessionListRevokeSessionDocument,
    "mutation SessionListRevokeSession2 { revokeSession(id: \"bm90LWEtc2Vzc2lvbg\") }": types.SessionListRevokeSession2Document,
    "mutation SessionListRevokeOtherSessions { revokeOtherSessions }": types.SessionListRevokeOtherSessionsDocument,
    "mutation SessionListSignOut { signOut }": types.SessionListSignOutDocument,
    "mutation AbuseLimitsSignUp($input: SignUpInput!) { signUp(input: $input) }": types.AbuseLimitsSignUpDocument,
    "mutation AbuseLimitsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }": types.AbuseLimitsSignInDocument,
    "mutation AbuseLimitsReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }": types.AbuseLimitsReportContentDocument,
    "mutation DatabaseOutageSignUp($input: SignUpInput!) { signUp(input: $input) }": types.DatabaseOutageSignUpDocument,
    "mutation DatabaseOutageCreate($input: CreateCommunityInput!) { createCommunity(input: $input) { slug } }": types.DatabaseOutageCreateDocument,
    "query DatabaseOutageMe { me { handle } }": types.DatabaseOutageMeDocument,
    "query DatabaseOutageCommunities { communities(first: 5) { totalCount } }": types.DatabaseOutageCommunitiesDocument,
    "mutation IdempotencyReply($input: ReplyInput!) { reply(input: $input) { id body } }": types.IdempotencyReplyDocument,
    "query RedisOutageNode($id: ID!) { node(id: $id) { ... on Thread { title } } }": types.RedisOutageNodeDocument,
    "mutation RedisOutageReply($input: ReplyInput!) { reply(input: $input) { id } }": types.RedisOutageReplyDocument,
    "query RedisOutageCommunities { communities(first: 3) { totalCount } }": types.RedisOutageCommunitiesDocument,
    "mutation SchemaSweepStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.SchemaSweepStartThreadDocument,
    "mutation SchemaSweepProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.SchemaSweepProposeIdeaDocument,
    "mutation SchemaSweepSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.SchemaSweepSuspendMemberDocument,
    "query HealthTypename { __typename }": types.HealthTypenameDocument,
    "mutation CloseCampaignLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": types.CloseCampaignLaunchDocument,
    "mutation CloseCampaignClose($id: ID!) { closeCampaign(campaignId: $id) { id submissionsCloseAt supportClosesAt } }": types.CloseCampaignCloseDocument,
    "mutation CloseCampaignPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.CloseCampaignProposeDocument,
    "query HiddenContentList($spaceId: ID!, $first: Int, $after: String) {\n  ideas(spaceId: $spaceId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n}": types.HiddenContentListDocument,
    "query HiddenContentComments($id: ID!, $first: Int, $after: String) {\n  node(id: $id) { ... on Idea { comments(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }\n}": types.HiddenContentCommentsDocument,
    "query HiddenContentNode($id: ID!) { node(id: $id) { id } }": types.HiddenContentNodeDocument,
    "query IdeaBoardIdeaBoard($spaceId: ID!, $first: Int!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) { edges { node { title supportCount viewerSupports author { handle affiliation } } } }\n}": types.IdeaBoardIdeaBoardDocument,
    "query IdeaBoardFiltered($spaceId: ID!, $filter: IdeasFilter) {\n  ideas(spaceId: $spaceId, first: 50, filter: $filter) { totalCount edges { node { title status } } }\n}": types.IdeaBoardFilteredDocument,
    "query IdeaBoardWithBodies($spaceId: ID!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) { edges { node { title body bodyHtml } } }\n}": types.IdeaBoardWithBodiesDocument,
    "query IdeaBoardRoadmap($spaceId: ID!) { ideaRoadmap(spaceId: $spaceId, perStatus: 2) { status totalCount ideas { title author { handle } } } }": types.IdeaBoardRoadmapDocument,
    "mutation IdeasPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title body bodyHtml tags status supportCount author { handle affiliation } } }": types.IdeasProposeDocument,
    "mutation IdeasComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id bodyHtml inReplyToId author { handle } } }": types.IdeasCommentDocument,
    "mutation IdeasLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id title briefHtml submissionsCloseAt } }": types.IdeasLaunchDocument,
    "query IdeasList($spaceId: ID!, $first: Int, $filter: IdeasFilter, $orderBy: IdeaOrder) {\n  ideas(spaceId: $spaceId, first: $first, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id title status supportCount viewerSupports overdue nextUpdateDueAt author { handle affiliation } supportersByAffiliation { members staff moderators } } }\n  }\n}": types.IdeasListDocument,
    "query IdeasSimilarIdeas($s: ID!, $t: String!) { similarIdeas(spaceId: $s, text: $t) { title } }": types.IdeasSimilarIdeasDocument,
    "query IdeasNode($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { bodyHtml author { handle } } } } } } }": types.IdeasNodeDocument,
    "query IdeasNode2($id: ID!, $after: String) { node(id: $id) { ... on Idea { comments(first: 5, after: $after) { edges { node { author { handle affiliation } } } } } } }": types.IdeasNode2Document,
    "query IdeasNode3($id: ID!) { node(id: $id) { ... on Space { campaigns { title } ideaPolicy { updateEveryDays supportBudget } } } }": types.IdeasNode3Document,
    "query IdeasIdeas($s: ID!, $after: String) { ideas(spaceId: $s, first: 7, after: $after, orderBy: TRENDING) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }": types.IdeasIdeasDocument,
    "query IdeasNode4($id: ID!) { node(id: $id) { __typename ... on Idea { title space { id } } } }": types.IdeasNode4Document,
    "query IdeasNode5($id: ID!) { node(id: $id) { id } }": types.IdeasNode5Document,
    "query IdeasRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }": types.IdeasRoomAccessDocument,
    "mutation OwnCommentsComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id viewerCanEdit viewerCanDelete editedAt } }": types.OwnCommentsCommentDocument,
    "mutation OwnCommentsEdit($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id body bodyHtml editedAt } }": types.OwnCommentsEditDocument,
    "mutation OwnCommentsDelete($id: ID!) { deleteIdeaComment(id: $id) }": types.OwnCommentsDeleteDocument,
    "query OwnCommentsComments($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 50) { edges { node { id body viewerCanEdit viewerCanDelete editedAt } } } } } }": types.OwnCommentsCommentsDocument,
    "query OwnCommentsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id viewerCanEdit viewerCanDelete } } } } } }": types.OwnCommentsRepliesDocument,
    "query OwnCommentsRepliesWithRevisions($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id updatedAt viewerCanEdit viewerCanDelete revisions { body editedAt } } } } } } }": types.OwnCommentsRepliesWithRevisionsDocument,
    "mutation IdeasRealtimeSupportIdea($id: ID!) { supportIdea(ideaId: $id) { supportCount } }": types.IdeasRealtimeSupportIdeaDocument,
    "mutation IdeasRealtimeCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": types.IdeasRealtimeCommentOnIdeaDocument,
    "query ScheduleIdea($id: ID!) { node(id: $id) { ... on Idea { status qualifiedAt nextUpdateDueAt resubmittedFrom { id } statusHistory { from to rationale changedBy { handle } } } } }": types.ScheduleIdeaDocument,
    "query ScheduleRounds($id: ID!) { node(id: $id) { ... on Space { reviewRounds { cutoffAt decisionDueAt processed ideas { id } } } } }": types.ScheduleRoundsDocument,
    "query ScheduleMe($s: ID!) { me { supportBudget(spaceId: $s) { used } } }": types.ScheduleMeDocument,
    "mutation ScheduleResubmit($id: ID!) { resubmitIdea(ideaId: $id) { id status title resubmittedFrom { id status } } }": types.ScheduleResubmitDocument,
    "mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) { setIdeaPolicy(input: $input) { supportThreshold } }": types.ScheduleSetIdeaPolicyDocument,
    "mutation StatusPromiseChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status nextUpdateDueAt } }": types.StatusPromiseChangeDocument,
    "query StatusPromiseNode($id: ID!) { node(id: $id) { ... on Idea { status } } }": types.StatusPromiseNodeDocument,
    "query SupportPermissionCan($id: ID!) { node(id: $id) { ... on Idea { viewerCanSupport viewerSupports } } }": types.SupportPermissionCanDocument,
    "mutation SupportPermissionSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id } }": types.SupportPermissionSupportDocument,
    "mutation SupportPermissionLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": types.SupportPermissionLaunchDocument,
    "query SupportPermissionBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first, filter: { includeClosed: true }) { edges { node { id viewerCanSupport } } } }": types.SupportPermissionBoardDocument,
    "mutation SupportStatementsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }": types.SupportStatementsSupportDocument,
    "mutation SupportsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }": types.SupportsSupportDocument,
    "mutation SupportsWithdraw($id: ID!) { withdrawSupport(ideaId: $id) { id supportCount viewerSupports } }": types.SupportsWithdrawDocument,
    "query SupportsBudget($s: ID!) { me { supportBudget(spaceId: $s) { limit used remaining } } }": types.SupportsBudgetDocument,
    "mutation SupportsLaunchCampaign($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": types.SupportsLaunchCampaignDocument,
    "query TriageCountsCounts($spaceId: ID!) {\n  qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) { totalCount }\n  waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) { totalCount }\n}": types.TriageCountsCountsDocument,
    "query TriageCountsPage($spaceId: ID!, $qualified: Boolean, $first: Int) {\n  ideas(spaceId: $spaceId, first: $first, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: $qualified }) { totalCount edges { node { title status } } }\n}": types.TriageCountsPageDocument,
    "mutation WorkflowChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status nextUpdateDueAt statusHistory { from to rationale changedBy { handle affiliation } at } } }": types.WorkflowChangeDocument,
    "mutation WorkflowMerge($input: MergeIdeaInput!) { mergeIdea(input: $input) { id status mergedInto { id supportCount } } }": types.WorkflowMergeDocument,
    "mutation WorkflowUnmerge($id: ID!) { unmergeIdea(ideaId: $id) { id status supportCount mergedInto { id } nextUpdateDueAt } }": types.WorkflowUnmergeDocument,
    "query WorkflowDecision($id: ID!) { node(id: $id) { ... on Idea { status viewerCreditOffer decision { status summary decidedBy { handle } credits { handle } } } } }": types.WorkflowDecisionDocument,
    "mutation WorkflowWithdrawSupport($id: ID!) { withdrawSupport(ideaId: $id) { supportCount } }": types.WorkflowWithdrawSupportDocument,
    "mutation WorkflowAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { viewerCreditOffer decision { credits { handle } } } }": types.WorkflowAcceptCreditDocument,
    "mutation WorkflowDeclineCredit($id: ID!) { declineCredit(ideaId: $id) { viewerCreditOffer } }": types.WorkflowDeclineCreditDocument,
    "mutation WorkflowAcceptCredit2($id: ID!) { acceptCredit(ideaId: $id) { id } }": types.WorkflowAcceptCredit2Document,
    "mutation ExportExport($input: ExportIdeasInput!) { exportIdeas(input: $input) { url expiresAt format } }": types.ExportExportDocument,
    "fragment InsightsPromiseFields on PromiseFigures {\n  questionsAsked questionsAnswered medianFirstReplyHours p90FirstReplyHours questionsUnderCommitment answeredWithinCommitmentShare\n  answeredBy { side questions share }\n  overdueIdeas { count medianOverdueHours maxOverdueHours mostOverdue { ideaId title status dueAt overdueHours } }\n}": types.InsightsPromiseFieldsFragmentDoc,
    "query InsightsInsights($communityId: ID!, $period: InsightsPeriodInput!) {\n  insights(communityId: $communityId, period: $period) {\n    communityId period { from to } minimumGroupSize\n    coCreation {\n      ideasProposed supportsGiven distinctContributors\n      topIdeasBySupports { ideaId title supports recentSupports totalSupports }\n      topIdeasByVelocity { ideaId supports recentSupports }\n      supportsPerCampaign { campaignId title supports supporters }\n      mostUsedTags { tag ideas }\n      ideasPerStatus { status ideas }\n      decisions { count averageRationaleLength latest { ideaId status rationaleLength } }\n    }\n    promises { ...InsightsPromiseFields }\n    health { activeMembers newMembers kudosGiven acceptedAnswers reports reportOutcomes { outcome reports } }\n  }\n}": types.InsightsInsightsDocument,
    "query InsightsPromises($id: ID!) { node(id: $id) { ... on Community { promises { period { from to } ...InsightsPromiseFields } } } }": types.InsightsPromisesDocument,
    "mutation MediaAccessStartThread($input: StartThreadInput!) { startThread(input: $input) { id bodyHtml } }": types.MediaAccessStartThreadDocument,
    "mutation MediaAccessReply($input: ReplyInput!) { reply(input: $input) { id bodyHtml } }": types.MediaAccessReplyDocument,
    "mutation MediaAccessEdit($input: EditPostInput!) { editPost(input: $input) { __typename ... on Thread { bodyHtml } } }": types.MediaAccessEditDocument,
    "mutation MediaAccessDelete($id: ID!) { deletePost(id: $id) }": types.MediaAccessDeleteDocument,
    "mutation MediaAccessModerate($input: ModerateInput!) { moderate(input: $input) { id } }": types.MediaAccessModerateDocument,
    "mutation MediaAccessSignOut { signOut }": types.MediaAccessSignOutDocument,
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
    "\n  query SuspendedViewerPermissions($community: String!, $ownThread: ID!, $othersThread: ID!, $idea: ID!, $ownComment: ID!, $othersComment: ID!) {\n    community(slug: $community) { viewerSuspendedUntil viewerWorkspaceScreens }\n    ownThread: node(id: $ownThread) { __typename\n      ... on Thread {\n        viewerCanEdit viewerCanDelete viewerCanModerate\n        replies(first: 10) { edges { node { id viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } }\n      }\n    }\n    othersThread: node(id: $othersThread) { __typename ... on Thread { viewerCanReply viewerCanGiveKudos viewerCanMuteAuthor } }\n    idea: node(id: $idea) { __typename ... on Idea { viewerCanSupport viewerCanGiveKudos } }\n    ownComment: node(id: $ownComment) { __typename ... on IdeaComment { viewerCanEdit viewerCanDelete } }\n    othersComment: node(id: $othersComment) { __typename ... on IdeaComment { viewerCanGiveKudos } }\n  }\n": types.SuspendedViewerPermissionsDocument,
    "query SuspendedViewerReplies($id: ID!, $first: Int) { node(id: $id) { __typename ... on Thread { viewerCanEdit replies(first: $first) { edges { node { viewerCanEdit viewerCanAccept viewerCanGiveKudos } } } } } }": types.SuspendedViewerRepliesDocument,
    "query SuspendedViewerBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first) { edges { node { id viewerCanSupport viewerCanGiveKudos } } } }": types.SuspendedViewerBoardDocument,
    "mutation SuspendedViewerSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }": types.SuspendedViewerSuspendDocument,
    "mutation SuspendedViewerLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }": types.SuspendedViewerLiftDocument,
    "mutation SuspendedViewerEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": types.SuspendedViewerEditPostDocument,
    "mutation SuspendedViewerEditComment($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id } }": types.SuspendedViewerEditCommentDocument,
    "mutation SuspendedViewerKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }": types.SuspendedViewerKudosDocument,
    "mutation SuspendedViewerSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { viewerSupports } }": types.SuspendedViewerSupportDocument,
    "mutation SuspendedViewerWithdraw($ideaId: ID!) { withdrawSupport(ideaId: $ideaId) { viewerSupports } }": types.SuspendedViewerWithdrawDocument,
    "mutation SuspendedViewerAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }": types.SuspendedViewerAcceptDocument,
    "mutation SuspendedViewerUnaccept($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id } }": types.SuspendedViewerUnacceptDocument,
    "mutation SuspendedViewerMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }": types.SuspendedViewerMuteDocument,
    "mutation SuspendedViewerUnmute($memberId: ID!) { unmuteMember(memberId: $memberId) }": types.SuspendedViewerUnmuteDocument,
    "mutation SuspendedViewerReply($input: ReplyInput!) { reply(input: $input) { id } }": types.SuspendedViewerReplyDocument,
    "query SuspendedViewerLocked($id: ID!) { node(id: $id) { __typename ... on Thread { viewerCanReply viewerCanEdit } } }": types.SuspendedViewerLockedDocument,
    "mutation SuspendedViewerDeletePost($id: ID!) { deletePost(id: $id) }": types.SuspendedViewerDeletePostDocument,
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
    "mutation CreditOfferChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status } }": types.CreditOfferChangeDocument,
    "query CreditOfferInbox { notifications(first: 20) { edges { node { kind } } } }": types.CreditOfferInboxDocument,
    "mutation DigestEmailUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY, email: true }) { email } }": types.DigestEmailUpdateNotificationPreferencesDocument,
    "mutation DigestEmailGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": types.DigestEmailGrantConsentDocument,
    "query DigestEmailNotifications { notifications(first: 5) { edges { node { kind summary } } } }": types.DigestEmailNotificationsDocument,
    "query MentionsAndMutesThread($id: ID!) { node(id: $id) { ... on Thread { authorMutedByViewer replies(first: 10) { edges { node { authorMutedByViewer } } } } } }": types.MentionsAndMutesThreadDocument,
    "query MentionsAndMutesSuggest($c: ID!, $p: String!) { handleSuggestions(communityId: $c, prefix: $p) { handle } }": types.MentionsAndMutesSuggestDocument,
    "mutation MentionsAndMutesUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mentions } }": types.MentionsAndMutesUpdateNotificationPreferencesDocument,
    "query MentionsAndMutesNotifications { notifications(first: 5) { edges { node { kind subjectId actor { handle } } } } }": types.MentionsAndMutesNotificationsDocument,
    "query MentionsAndMutesThreadBodyHtml($id: ID!) { node(id: $id) { ... on Thread { bodyHtml } } }": types.MentionsAndMutesThreadBodyHtmlDocument,
    "mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }": types.MentionsAndMutesMuteMemberDocument,
    "mutation MentionsAndMutesEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }": types.MentionsAndMutesEditPostDocument,
    "query MentionsAndMutesReplyBodyHtml($id: ID!) { node(id: $id) { ... on Reply { bodyHtml } } }": types.MentionsAndMutesReplyBodyHtmlDocument,
    "query MentionsAndMutesMutedMembers { mutedMembers { member { handle } mutedAt } }": types.MentionsAndMutesMutedMembersDocument,
    "mutation MentionsAndMutesUnmuteMember($id: ID!) { unmuteMember(memberId: $id) }": types.MentionsAndMutesUnmuteMemberDocument,
    "query NotificationLinksInbox($first: Int) { notifications(first: $first) { edges { node { kind subjectId url } } } }": types.NotificationLinksInboxDocument,
    "mutation NotificationLinksReply($input: ReplyInput!) { reply(input: $input) { id } }": types.NotificationLinksReplyDocument,
    "mutation NotificationLinksCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }": types.NotificationLinksCommentOnIdeaDocument,
    "mutation NotificationLinksDeletePost($id: ID!) { deletePost(id: $id) }": types.NotificationLinksDeletePostDocument,
    "mutation NotificationLinksProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.NotificationLinksProposeIdeaDocument,
    "mutation NotificationLinksGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.NotificationLinksGiveKudosDocument,
    "fragment NotificationsPrefs on NotificationPreferences { cadence digestDay digestHour timezone quietHours { from to } weeklyContactBudget email autoFollowOwn }": types.NotificationsPrefsFragmentDoc,
    "query NotificationsNotifications($filter: NotificationsFilter) { notifications(first: 50, filter: $filter) { totalCount edges { node { id kind reason summary subjectId deferredUntil read actor { handle } community { id } } } } unreadNotificationCount }": types.NotificationsNotificationsDocument,
    "mutation NotificationsUpdatePreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ...NotificationsPrefs } }": types.NotificationsUpdatePreferencesDocument,
    "mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }": types.NotificationsFollowDocument,
    "query NotificationsIsFollowing($id: ID!) { isFollowing(targetId: $id) follows { totalCount edges { node { targetId targetType } } } }": types.NotificationsIsFollowingDocument,
    "mutation NotificationsUnfollow($id: ID!) { unfollow(targetId: $id) }": types.NotificationsUnfollowDocument,
    "mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": types.NotificationsGrantConsentDocument,
    "mutation NotificationsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.NotificationsStartThreadDocument,
    "query NotificationsIsFollowing2($id: ID!) { isFollowing(targetId: $id) }": types.NotificationsIsFollowing2Document,
    "mutation NotificationsReply($input: ReplyInput!) { reply(input: $input) { id } }": types.NotificationsReplyDocument,
    "mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }": types.NotificationsMarkNotificationsReadDocument,
    "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(input: { all: true }) }": types.NotificationsMarkNotificationsRead2Document,
    "mutation NotificationsMarkNotificationsRead3 { markNotificationsRead(input: {}) }": types.NotificationsMarkNotificationsRead3Document,
    "query NotificationsNotifications2($first: Int) { notifications(first: $first) { edges { node { id summary actor { handle } community { name } } } } }": types.NotificationsNotifications2Document,
    "query NotificationsPreferences { me { notificationPreferences { ...NotificationsPrefs } } }": types.NotificationsPreferencesDocument,
    "mutation NotificationsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { cadence } }": types.NotificationsUpdateNotificationPreferencesDocument,
    "query NotificationsMe { me { notificationPreferences { timezone digestHour } } }": types.NotificationsMeDocument,
    "query NotificationsDigests { digests { totalCount edges { node { cadence itemCount periodEnd notifications { kind summary } } } } unreadNotificationCount }": types.NotificationsDigestsDocument,
    "mutation NotificationsGrantConsent2($input: ConsentInput!) { grantConsent(input: $input) { scope active } }": types.NotificationsGrantConsent2Document,
    "mutation NotificationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active revokedAt } }": types.NotificationsRevokeConsentDocument,
    "mutation NotificationsContactMember($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId direction subject sender { handle } member { handle } } }": types.NotificationsContactMemberDocument,
    "mutation NotificationsRevokeConsent2($input: ConsentInput!) { revokeConsent(input: $input) { active } }": types.NotificationsRevokeConsent2Document,
    "query NotificationsMe2 { me { consents { scope grantedAt revokedAt textVersion active community { id } } } }": types.NotificationsMe2Document,
    "query NotificationsHistory($id: ID!) { me { consentHistory { action scope textVersion recordedAt community { id } } } node(id: $id) { ... on Member { consentHistory { action } } } }": types.NotificationsHistoryDocument,
    "mutation NotificationsContactBrandTeam($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { conversationId direction } }": types.NotificationsContactBrandTeamDocument,
    "query NotificationsContactMessages($id: ID!) { contactMessages(communityId: $id) { edges { node { subject member { handle } } } } }": types.NotificationsContactMessagesDocument,
    "mutation ErasedMentionsModerate($input: ModerateInput!) { moderate(input: $input) { id } }": types.ErasedMentionsModerateDocument,
    "mutation ErasedMentionsGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.ErasedMentionsGiveKudosDocument,
    "mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": types.ErasedMentionsDeleteAccountDocument,
    "mutation ErasureTracesGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.ErasureTracesGiveKudosDocument,
    "mutation ErasureTracesDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": types.ErasureTracesDeleteAccountDocument,
    "mutation ExportCompletenessAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": types.ExportCompletenessAcceptAnswerDocument,
    "mutation LastOwnerDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": types.LastOwnerDeleteAccountDocument,
    "mutation ModerationDataReport($input: ReportContentInput!) { reportContent(input: $input) { id weight } }": types.ModerationDataReportDocument,
    "mutation ModerationDataSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.ModerationDataSuspendDocument,
    "mutation ModerationDataAppeal($input: AppealInput!) { appeal(input: $input) { id status } }": types.ModerationDataAppealDocument,
    "mutation ModerationDataDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }": types.ModerationDataDeleteAccountDocument,
    "mutation ModerationDataRequestDataExport { requestDataExport { id } }": types.ModerationDataRequestDataExportDocument,
    "mutation ModerationDataIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }": types.ModerationDataIssueDataExportLinkDocument,
    "mutation PrivacyJobsRequestDataExport { requestDataExport { id } }": types.PrivacyJobsRequestDataExportDocument,
    "query PrivacyJobsDataExports { dataExports { edges { node { id status } } } }": types.PrivacyJobsDataExportsDocument,
    "mutation PrivacyJobsDeleteAccount($i: DeleteAccountInput!) { deleteAccount(input: $i) { executeAfter } }": types.PrivacyJobsDeleteAccountDocument,
    "mutation PrivacyPrivacyRequestExport { requestDataExport { id status } }": types.PrivacyPrivacyRequestExportDocument,
    "query PrivacyPrivacyExports { dataExports(first: 10) { totalCount edges { node { id status readyAt expiresAt } } } }": types.PrivacyPrivacyExportsDocument,
    "mutation Link($id: ID!) { issueDataExportLink(exportId: $id) { url expiresAt } }": types.LinkDocument,
    "mutation PrivacyDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice requestedAt executeAfter } }": types.PrivacyDeleteAccountDocument,
    "mutation PrivacyPrivacyCancelDeletion { cancelAccountDeletion }": types.PrivacyPrivacyCancelDeletionDocument,
    "query PrivacyPrivacyMe { me { handle } }": types.PrivacyPrivacyMeDocument,
    "query PrivacyPrivacyEn { en: dataCharter { version clauses { id title text } } fr: dataCharter(locale: FR) { version clauses { id title } } }": types.PrivacyPrivacyEnDocument,
    "query PrivacyPrivacyMe2($other: ID!) { me { dataInventory { feature category fields purpose charterClause retentionDays visibleTo } } node(id: $other) { ... on Member { dataInventory { category } } } }": types.PrivacyPrivacyMe2Document,
    "query PrivacyPrivacyDataExports($first: Int) { dataExports(first: $first) { edges { node { id status requestedAt } } pageInfo { hasNextPage } } }": types.PrivacyPrivacyDataExportsDocument,
    "query PrivacyPrivacyNode($id: ID!) { node(id: $id) { ... on DataExport { status } } }": types.PrivacyPrivacyNodeDocument,
    "query PrivacyPrivacyAccountDeletion { accountDeletion { contentChoice } }": types.PrivacyPrivacyAccountDeletionDocument,
    "mutation PrivacyPrivacyInviteToCommunity($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { id } }": types.PrivacyPrivacyInviteToCommunityDocument,
    "mutation PrivacyPrivacySignIn($i: SignInInput!) { signIn(input: $i) { accessToken } }": types.PrivacyPrivacySignInDocument,
    "query PrivacyPrivacyNode2($id: ID!) { node(id: $id) { ... on Member { handle } } }": types.PrivacyPrivacyNode2Document,
    "mutation PrivacyPrivacySignUp($i: SignUpInput!) { signUp(input: $i) }": types.PrivacyPrivacySignUpDocument,
    "mutation GatewayJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": types.GatewayJoinCommunityDocument,
    "query GatewayRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed moderates } }": types.GatewayRoomAccessDocument,
    "mutation GatewayLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }": types.GatewayLeaveCommunityDocument,
    "mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }": types.MultiNodeJoinCommunityDocument,
    "mutation SuspensionRoomsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }": types.SuspensionRoomsSuspendMemberDocument,
    "mutation SuspensionRoomsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { until } }": types.SuspensionRoomsLiftSuspensionDocument,
    "mutation AdviceRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Thanks!\" }) { id } }": types.AdviceRecognitionGiveKudosDocument,
    "query AdviceRecognitionNode($id: ID!) { node(id: $id) { ... on Thread { kudosCount viewerGaveKudos kudos(first: 2) { totalCount edges { node { message giver { handle affiliation } } } }\n      replies(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { handle affiliation } } } } } } } } } }": types.AdviceRecognitionNodeDocument,
    "query AdviceRecognitionNode2($id: ID!, $first: Int!) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { kudosCount viewerGaveKudos kudos(first: 3) { totalCount edges { node { message giver { handle } } } } } } } } } }": types.AdviceRecognitionNode2Document,
    "mutation AdviceRecognitionAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": types.AdviceRecognitionAcceptAnswerDocument,
    "query AdviceRecognitionNode3($id: ID!, $c: ID!) { node(id: $id) { ... on Member { badges(communityId: $c) { kind } } } }": types.AdviceRecognitionNode3Document,
    "mutation AdviceRecognitionUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }": types.AdviceRecognitionUnacceptAnswerDocument,
    "query AdviceRecognitionSuggestedToHelp($c: ID!, $first: Int!) { suggestedToHelp(communityId: $c, first: $first) { id title } }": types.AdviceRecognitionSuggestedToHelpDocument,
    "mutation ContentCountersGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.ContentCountersGiveDocument,
    "mutation ContentCountersWithdraw($id: ID!) { withdrawKudos(contentId: $id) }": types.ContentCountersWithdrawDocument,
    "mutation IdeasRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id }) { id } }": types.IdeasRecognitionGiveKudosDocument,
    "query IdeasRecognitionNode($id: ID!) { node(id: $id) { ... on Idea { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { affiliation } } } }\n      comments(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { totalCount } } } } } } }": types.IdeasRecognitionNodeDocument,
    "mutation IdeasRecognitionAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }": types.IdeasRecognitionAcceptCreditDocument,
    "query IdeasRecognitionMe($c: ID!) { me { reputation(communityId: $c) badges(communityId: $c) { kind } } }": types.IdeasRecognitionMeDocument,
    "query IdeasRecognitionMe2($c: ID!) { me { reputation(communityId: $c) } }": types.IdeasRecognitionMe2Document,
    "mutation KudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id contentId message giver { handle affiliation } } }": types.KudosGiveDocument,
    "mutation KudosWithdraw($id: ID!) { withdrawKudos(contentId: $id) }": types.KudosWithdrawDocument,
    "query KudosKudosOn($id: ID!) { kudosOn(contentId: $id) { totalCount edges { node { giver { handle } } } } }": types.KudosKudosOnDocument,
    "query KudosKudosOn2($id: ID!, $first: Int, $after: String) { kudosOn(contentId: $id, first: $first, after: $after) { edges { node { message giver { handle affiliation member { handle } } } } pageInfo { hasNextPage endCursor } } }": types.KudosKudosOn2Document,
    "mutation MyKudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }": types.MyKudosGiveDocument,
    "query MyKudosMine($communityId: ID!, $direction: KudosDirection!, $first: Int, $after: String) {\n  myKudos(communityId: $communityId, direction: $direction, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { contentId message createdAt giver { handle } receiver { handle } } }\n  }\n}": types.MyKudosMineDocument,
    "mutation RecognitionRealtimeGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Merci !\" }) { id } }": types.RecognitionRealtimeGiveKudosDocument,
    "mutation RecognitionRealtimeAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": types.RecognitionRealtimeAcceptAnswerDocument,
    "mutation ReputationAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }": types.ReputationAcceptAnswerDocument,
    "mutation ReputationUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }": types.ReputationUnacceptAnswerDocument,
    "mutation ReputationAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }": types.ReputationAcceptCreditDocument,
    "query ReputationMe($c: ID!) { me { badges(communityId: $c) { kind name awardedAt } reputation(communityId: $c) } }": types.ReputationMeDocument,
    "query ReputationNode($id: ID!, $c: ID!) { node(id: $id) { ... on Member { reciprocity(communityId: $c) { kudosGiven kudosReceived answersGiven answersReceived membersHelped helpedBy since } } } }": types.ReputationNodeDocument,
    "mutation ReputationUpdateProfile { updateProfile(input: { showReciprocity: true }) { showReciprocity appearOnRecognitionBoard } }": types.ReputationUpdateProfileDocument,
    "mutation ReputationUpdateProfile2 { updateProfile(input: { appearOnRecognitionBoard: true }) { appearOnRecognitionBoard } }": types.ReputationUpdateProfile2Document,
    "query ReputationCommunity($slug: String!, $month: String!) { community(slug: $slug) { recognitionBoardEnabled recognitionBoard(month: $month) { month entries { member { handle } kudosReceived acceptedAnswers } } } }": types.ReputationCommunityDocument,
    "mutation ReputationSetRecognitionBoard($c: ID!, $on: Boolean!) { setRecognitionBoard(input: { communityId: $c, enabled: $on }) }": types.ReputationSetRecognitionBoardDocument,
    "query ReputationCommunity2($slug: String!, $c: ID!, $first: Int!) { community(slug: $slug) { members(first: $first) { edges { node { member {\n      handle reputation(communityId: $c) badges(communityId: $c) { kind } reciprocity(communityId: $c) { kudosGiven helpedBy } recognitionProfile { showReciprocity } } } } } } }": types.ReputationCommunity2Document,
    "mutation ReputationGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"merci\" }) { id } }": types.ReputationGiveKudosDocument,
    "query ReputationNode2($id: ID!) { node(id: $id) { ... on Kudos { message contentId giver { handle } } } }": types.ReputationNode2Document,
    "mutation ReputationDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice } }": types.ReputationDeleteAccountDocument,
    "mutation AssignmentsAssign($input: AssignToStaffInput!) { assignToStaff(input: $input) { id contentId contentType dueAt assignee { handle } assignedBy { handle } content { id } } }": types.AssignmentsAssignDocument,
    "query AssignmentsList($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { contentId dueAt remindedFor assignee { handle } } }": types.AssignmentsListDocument,
    "mutation AssignmentsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.AssignmentsStartThreadDocument,
    "mutation AssignmentsSetResponseCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id } }": types.AssignmentsSetResponseCommitmentDocument,
    "mutation AssignmentsPostIdeaUpdate($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id } }": types.AssignmentsPostIdeaUpdateDocument,
    "query AssignmentsListed($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { dueAt content { id ... on Thread { title } ... on Idea { title } } assignee { handle } assignedBy { handle } } }": types.AssignmentsListedDocument,
    "mutation CampaignReachLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }": types.CampaignReachLaunchDocument,
    "mutation CampaignReachFollow($id: ID!) { follow(targetId: $id) }": types.CampaignReachFollowDocument,
    "mutation CampaignReachUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY }) { cadence } }": types.CampaignReachUpdateNotificationPreferencesDocument,
    "query CampaignReachNotifications { notifications(first: 5) { edges { node { kind summary } } } }": types.CampaignReachNotificationsDocument,
    "mutation ConversationsContact($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId } }": types.ConversationsContactDocument,
    "mutation ConversationsWrite($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { id conversationId } }": types.ConversationsWriteDocument,
    "mutation ConversationsClose($id: ID!) { closeConversation(conversationId: $id) }": types.ConversationsCloseDocument,
    "query ConversationsCount($id: ID!) { brandContactConsentCount(communityId: $id) }": types.ConversationsCountDocument,
    "mutation ConversationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }": types.ConversationsGrantConsentDocument,
    "mutation ConversationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active } }": types.ConversationsRevokeConsentDocument,
    "mutation IdeaUpdatesPost($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id status nextUpdateDueAt overdue } }": types.IdeaUpdatesPostDocument,
    "query IdeaUpdatesIdea($id: ID!) { node(id: $id) { ... on Idea { status nextUpdateDueAt updates { text promisedAt nextUpdateDueAt promiseKept postedBy { handle affiliation } } } } }": types.IdeaUpdatesIdeaDocument,
    "query ModerationQueueQueue($communityId: ID!) { moderationQueue(communityId: $communityId) {\n  totalCount\n  edges { node { id contentId openWeight openReports reasons { reason count weight } claim { moderator { handle } expiresAt viewerCanRelease }\n    content { id ... on Reply { body } } context { id ... on Thread { title } } space { id } } } } }": types.ModerationQueueQueueDocument,
    "mutation ModerationQueueClaim($id: ID!) { claimModerationCase(caseId: $id) { id claim { moderator { handle } expiresAt } } }": types.ModerationQueueClaimDocument,
    "mutation ModerationQueueRelease($id: ID!) { releaseModerationCase(caseId: $id) { id claim { expiresAt } } }": types.ModerationQueueReleaseDocument,
    "mutation ModerationQueueModerate($input: ModerateInput!) { moderate(input: $input) { id } }": types.ModerationQueueModerateDocument,
    "mutation ModerationQueueReport($input: ReportContentInput!) { reportContent(input: $input) { id } }": types.ModerationQueueReportDocument,
    "mutation ModerationQueueStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.ModerationQueueStartThreadDocument,
    "mutation ModerationQueueReply($input: ReplyInput!) { reply(input: $input) { id } }": types.ModerationQueueReplyDocument,
    "query ModeratorToolsTemplates($communityId: ID!) { moderationReasonTemplates(communityId: $communityId) { id title reason } }": types.ModeratorToolsTemplatesDocument,
    "mutation ModeratorToolsCreate($input: CreateReasonTemplateInput!) { createReasonTemplate(input: $input) { id title reason } }": types.ModeratorToolsCreateDocument,
    "mutation ModeratorToolsUpdate($input: UpdateReasonTemplateInput!) { updateReasonTemplate(input: $input) { id title reason } }": types.ModeratorToolsUpdateDocument,
    "mutation ModeratorToolsDelete($id: ID!) { deleteReasonTemplate(templateId: $id) }": types.ModeratorToolsDeleteDocument,
    "query ModeratorToolsAudit($communityId: ID!, $filter: AuditLogFilter) { auditLog(communityId: $communityId, filter: $filter) { totalCount edges { node { action actorKind reason } } } }": types.ModeratorToolsAuditDocument,
    "query ModeratorToolsHistory($communityId: ID!, $memberId: ID!) { memberModerationHistory(communityId: $communityId, memberId: $memberId) { totalCount edges { node { action reason actor { handle } } } } }": types.ModeratorToolsHistoryDocument,
    "query ModeratorToolsNotes($communityId: ID!, $memberId: ID!) { moderatorNotes(communityId: $communityId, memberId: $memberId) { note author { handle } } }": types.ModeratorToolsNotesDocument,
    "mutation ModeratorToolsAddNote($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { id note } }": types.ModeratorToolsAddNoteDocument,
    "mutation ModeratorToolsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.ModeratorToolsSuspendDocument,
    "mutation ModeratorToolsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }": types.ModeratorToolsSetAutoHideThresholdDocument,
    "mutation ModeratorToolsRequestDataExport { requestDataExport { id } }": types.ModeratorToolsRequestDataExportDocument,
    "mutation ModeratorToolsIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }": types.ModeratorToolsIssueDataExportLinkDocument,
    "query ModeratorToolsDataInventory { me { dataInventory { category } } }": types.ModeratorToolsDataInventoryDocument,
    "query RunningSuspensionsList($communityId: ID!, $first: Int, $after: String) {\n  runningSuspensions(communityId: $communityId, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id reason until member { handle } setBy { handle affiliation } } }\n  }\n}": types.RunningSuspensionsListDocument,
    "mutation RunningSuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }": types.RunningSuspensionsSuspendDocument,
    "mutation RunningSuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }": types.RunningSuspensionsLiftDocument,
    "query SavedRepliesList($id: ID!) { savedReplies(communityId: $id) { id title text } }": types.SavedRepliesListDocument,
    "mutation SavedRepliesCreate($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title text } }": types.SavedRepliesCreateDocument,
    "mutation SavedRepliesUpdate($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title text } }": types.SavedRepliesUpdateDocument,
    "mutation SavedRepliesDelete($id: ID!) { deleteSavedReply(savedReplyId: $id) }": types.SavedRepliesDeleteDocument,
    "mutation SavedRepliesReply($input: ReplyInput!) { reply(input: $input) { id } }": types.SavedRepliesReplyDocument,
    "mutation SavedRepliesStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }": types.SavedRepliesStartThreadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailSignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').AccountEmailSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailSignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }"): typeof import('./graphql').AccountEmailSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountEmailMe { me { email emailVerified locale } }"): typeof import('./graphql').AccountEmailMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailResetRequest($email: String!) { requestPasswordReset(input: { email: $email }) }"): typeof import('./graphql').AccountEmailResetRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken refreshToken } }"): typeof import('./graphql').AccountEmailVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailRequestEmailVerification { requestEmailVerification }"): typeof import('./graphql').AccountEmailRequestEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailSetLocale($locale: Locale!) { setLocale(input: { locale: $locale }) { handle } }"): typeof import('./graphql').AccountEmailSetLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }"): typeof import('./graphql').AccountEmailChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) }"): typeof import('./graphql').AccountEmailChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }"): typeof import('./graphql').AccountEmailResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken } }"): typeof import('./graphql').AccountEmailRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailSignIn2($input: SignInInput!) { signIn(input: $input) { accessToken } }"): typeof import('./graphql').AccountEmailSignIn2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountEmailConfirmEmailChange($t: String!) { confirmEmailChange(token: $t) }"): typeof import('./graphql').AccountEmailConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocalMailboxSignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').LocalMailboxSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LocalMailboxVerifyEmail($t: String!) { verifyEmail(token: $t) { member { email emailVerified } } }"): typeof import('./graphql').LocalMailboxVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberProfileByHandle($handle: String!) {\n  memberByHandle(handle: $handle) {\n    handle createdAt email\n    publicMemberships { joinedAt community { slug visibility } badges { kind } reputation reciprocity { kudosReceived } recentThreads(first: 5) { title } }\n  }\n}"): typeof import('./graphql').MemberProfileByHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpProbeSignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').SignUpProbeSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpProbeSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }"): typeof import('./graphql').SignUpProbeSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpProbeVerifyEmail($t: String!) { verifyEmail(token: $t, session: COOKIE) { accessToken refreshToken member { handle } } }"): typeof import('./graphql').SignUpProbeVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpProbeResend($email: String!) { resendVerification(input: { email: $email }) }"): typeof import('./graphql').SignUpProbeResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignUpProbeMe { me { handle emailVerified } }"): typeof import('./graphql').SignUpProbeMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpProbeRefresh { refreshSession { accessToken } }"): typeof import('./graphql').SignUpProbeRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswersAccept($id: ID!) { acceptAnswer(replyId: $id) { id acceptedAnswer { id accepted author { handle } } } }"): typeof import('./graphql').AnswersAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswersUnaccept($id: ID!) { unacceptAnswer(threadId: $id) { id acceptedAnswer { id } } }"): typeof import('./graphql').AnswersUnacceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswersNode($id: ID!) { node(id: $id) { ... on Thread { acceptedAnswer { id hidden } } } }"): typeof import('./graphql').AnswersNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswersDeletePost($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').AnswersDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $filter: ThreadsFilter) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id title replyCount lastActivityAt hidden author { handle affiliation } acceptedAnswer { id author { handle affiliation } } } }\n  } } }\n}"): typeof import('./graphql').ListsThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ListsSetCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id responseCommitment { hours text } } }"): typeof import('./graphql').ListsSetCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsNode($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }"): typeof import('./graphql').ListsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsNode2($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title body bodyHtml } } } } } }"): typeof import('./graphql').ListsNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsThreadTitles($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title } } } } } }"): typeof import('./graphql').ListsThreadTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsThreadAuthors($id: ID!) { node(id: $id) { ... on Space { threads(first: 10) { edges { node { title author { handle affiliation } } } } } } }"): typeof import('./graphql').ListsThreadAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsNode3($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { totalCount edges { node { id accepted author { handle affiliation } inReplyTo { id author { handle } } } } } } } }"): typeof import('./graphql').ListsNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsNode4($id: ID!) { node(id: $id) { ... on Thread { expectedFirstResponseAt firstResponseAt staffResponded } } }"): typeof import('./graphql').ListsNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListsNode5($id: ID!) { node(id: $id) { ... on Thread { firstResponseAt staffResponded } } }"): typeof import('./graphql').ListsNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationIntegrationStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').ModerationIntegrationStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationIntegrationReply($input: ReplyInput!) { reply(input: $input) { id thread { replyCount } } }"): typeof import('./graphql').ModerationIntegrationReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIntegrationThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder) {\n  node(id: $id) { ... on Space { threads(first: $first, after: $after, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id title author { handle } } }\n  } } }\n}"): typeof import('./graphql').ModerationIntegrationThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationIntegrationPin($id: ID!) { pinThread(threadId: $id) { pinnedThreadIds } }"): typeof import('./graphql').ModerationIntegrationPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationIntegrationCloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) }"): typeof import('./graphql').ModerationIntegrationCloseAsDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIntegrationSearch($input: SearchInput!) { search(input: $input) { totalCount edges { node { kind thread { id } reply { id } } } } }"): typeof import('./graphql').ModerationIntegrationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIntegrationSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id } }"): typeof import('./graphql').ModerationIntegrationSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIntegrationNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').ModerationIntegrationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdvicePrivacyEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }"): typeof import('./graphql').AdvicePrivacyEditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceRealtimeReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').AdviceRealtimeReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplyStatementsReply($input: ReplyInput!) { reply(input: $input) { id createdAt } }"): typeof import('./graphql').ReplyStatementsReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchDepthSearch($input: SearchInput!) {\n  search(input: $input) { totalCount edges { node { kind snippet thread { id title } reply { id } } } }\n}"): typeof import('./graphql').SearchDepthSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSearch($input: SearchInput!) {\n  search(input: $input) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind rank snippet thread { id title } reply { id } } } }\n}"): typeof import('./graphql').SearchSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSimilar($spaceId: ID!, $text: String!) { similarThreads(spaceId: $spaceId, text: $text) { id title } }"): typeof import('./graphql').SearchSimilarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchDeletePost($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').SearchDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSearch2($input: SearchInput!) { search(input: $input) { edges { node { kind snippet thread { id title } reply { id } } } } }"): typeof import('./graphql').SearchSearch2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }"): typeof import('./graphql').SearchEditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadPageThreadPage($id: ID!, $first: Int!) {\n  node(id: $id) { ... on Thread { title bodyHtml author { handle affiliation } replies(first: $first) { edges { node { bodyHtml kudosCount author { handle affiliation } } } } } }\n}"): typeof import('./graphql').ThreadPageThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadViewerPermissionsThread($id: ID!) { node(id: $id) { ... on Thread { viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor } } }"): typeof import('./graphql').ThreadViewerPermissionsThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadViewerPermissionsWebPermissions($id: ID!) { node(id: $id) { ... on Thread { __typename id viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor viewerCanReply space { community { viewerSuspendedUntil } } replies(first: 100) { edges { node { id body viewerCanEdit viewerCanDelete } } } } } }"): typeof import('./graphql').ThreadViewerPermissionsWebPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadViewerPermissionsWebActions($id: ID!) { node(id: $id) { ... on Thread { __typename replies(first: 100) { edges { node { id viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }"): typeof import('./graphql').ThreadViewerPermissionsWebActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadViewerPermissionsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { __typename viewerCanEdit viewerCanDelete viewerCanModerate viewerCanGiveKudos viewerCanMuteAuthor replies(first: $first) { edges { node { id body viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } } } } }"): typeof import('./graphql').ThreadViewerPermissionsRepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadViewerPermissionsAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }"): typeof import('./graphql').ThreadViewerPermissionsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadViewerPermissionsKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }"): typeof import('./graphql').ThreadViewerPermissionsKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadViewerPermissionsMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }"): typeof import('./graphql').ThreadViewerPermissionsMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadViewerPermissionsEdit($input: EditPostInput!) { editPost(input: $input) { __typename } }"): typeof import('./graphql').ThreadViewerPermissionsEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsStartThread($input: StartThreadInput!) {\n  startThread(input: $input) { id kind title body bodyHtml tags state replyCount hidden deleted author { handle affiliation } space { id } }\n}"): typeof import('./graphql').ThreadsStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsReply($input: ReplyInput!) { reply(input: $input) { id body bodyHtml author { handle affiliation } thread { id replyCount } } }"): typeof import('./graphql').ThreadsReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsEdit($input: EditPostInput!) {\n  editPost(input: $input) { __typename ... on Thread { id title body bodyHtml revisions { title body editedAt } } ... on Reply { id body revisions { body editedAt } } }\n}"): typeof import('./graphql').ThreadsEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsDelete($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').ThreadsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsThread($id: ID!) { node(id: $id) { ... on Thread { id title body deleted hidden replyCount replies(first: 10) { totalCount edges { node { id body deleted hidden } } } } } }"): typeof import('./graphql').ThreadsThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsReply2($input: ReplyInput!) { reply(input: $input) { id createdAt } }"): typeof import('./graphql').ThreadsReply2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsReply3($input: ReplyInput!) { reply(input: $input) { inReplyTo { id } } }"): typeof import('./graphql').ThreadsReply3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsNode($id: ID!) { node(id: $id) { ... on Thread { state replyCount } } }"): typeof import('./graphql').ThreadsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }"): typeof import('./graphql').ThreadsRoomAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceScreensScreens($slug: String!) { community(slug: $slug) { viewerWorkspaceScreens } }"): typeof import('./graphql').WorkspaceScreensScreensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceScreensInsights($id: ID!) { insights(communityId: $id, period: { from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\" }) { __typename } }"): typeof import('./graphql').WorkspaceScreensInsightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceScreensModeration($id: ID!) { moderationQueue(communityId: $id, first: 1) { totalCount } }"): typeof import('./graphql').WorkspaceScreensModerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken member { handle } } }"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { handle email } }"): typeof import('./graphql').AccountsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken member { handle } } }"): typeof import('./graphql').AccountsVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsSignOut { signOut }"): typeof import('./graphql').AccountsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveSessionsMe { me { handle } }"): typeof import('./graphql').ActiveSessionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActiveSessionsSignOut { signOut }"): typeof import('./graphql').ActiveSessionsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActiveSessionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken } }"): typeof import('./graphql').ActiveSessionsRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserSessionsSignIn($input: SignInInput!) { signIn(input: $input, session: COOKIE) { accessToken refreshToken member { handle } } }"): typeof import('./graphql').BrowserSessionsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserSessionsRefresh { refreshSession { accessToken refreshToken } }"): typeof import('./graphql').BrowserSessionsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserSessionsMe { me { handle } }"): typeof import('./graphql').BrowserSessionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserSessionsSignUp { signUp(input: { email: \"cookie-up@example.test\", password: \"a long passphrase\", handle: \"cookie_up\" }) }"): typeof import('./graphql').BrowserSessionsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserSessionsRefreshSession($t: String) { refreshSession(refreshToken: $t, session: COOKIE) { refreshToken } }"): typeof import('./graphql').BrowserSessionsRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrowserSessionsSignOut { signOut }"): typeof import('./graphql').BrowserSessionsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserSessionsCommunities { communities(first: 3) { edges { node { id } } } }"): typeof import('./graphql').BrowserSessionsCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCacheShown($c: ID!, $s: ID!) { c: node(id: $c) { ... on Community { name memberCount viewerRole } } s: node(id: $s) { ... on Space { name } } }"): typeof import('./graphql').CommunitiesCacheShownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesCacheJoin($id: ID!) { joinCommunity(communityId: $id) { role } }"): typeof import('./graphql').CommunitiesCacheJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesCreateSpace($input: CreateSpaceInput!) { createSpace(input: $input) { id kind community { slug } } }"): typeof import('./graphql').CommunitiesCreateSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesSetRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role } }"): typeof import('./graphql').CommunitiesSetRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesCreateCommunity { createCommunity(input: { slug: \"velo-club\", name: \"Vélo club\", description: \"\", locale: FR, visibility: PUBLIC }) { slug locale viewerRole memberCount } }"): typeof import('./graphql').CommunitiesCreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesCreateCommunity2($slug: String!) { createCommunity(input: { slug: $slug, name: \"Again\", locale: EN, visibility: PUBLIC }) { id } }"): typeof import('./graphql').CommunitiesCreateCommunity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesCreateCommunity3 { createCommunity(input: { slug: \"Bad Slug!\", name: \"Bad\", locale: EN, visibility: PUBLIC }) { id } }"): typeof import('./graphql').CommunitiesCreateCommunity3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }"): typeof import('./graphql').CommunitiesJoinCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }"): typeof import('./graphql').CommunitiesLeaveCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCommunity($slug: String!) { community(slug: $slug) { id } }"): typeof import('./graphql').CommunitiesCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCommunity2 { community(slug: \"does-not-exist\") { id } }"): typeof import('./graphql').CommunitiesCommunity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCommunities { communities(first: 100) { edges { node { slug } } } }"): typeof import('./graphql').CommunitiesCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').CommunitiesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesInviteToCommunity($id: ID!, $handle: String!) { inviteToCommunity(communityId: $id, handle: $handle) { id } }"): typeof import('./graphql').CommunitiesInviteToCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommunitiesAcceptInvitation($id: ID!) { acceptInvitation(invitationId: $id) { role } }"): typeof import('./graphql').CommunitiesAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesMyInvitations { myInvitations { id community { slug } } }"): typeof import('./graphql').CommunitiesMyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCommunity3($slug: String!) { community(slug: $slug) { viewerRole } }"): typeof import('./graphql').CommunitiesCommunity3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesCommunity4($slug: String!) { community(slug: $slug) { members(first: 10) { edges { node { role member { handle email } } } } } }"): typeof import('./graphql').CommunitiesCommunity4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialReadsThreadPage($id: ID!) {\n  node(id: $id) { ... on Thread { title author { handle affiliation member { handle email } } replies(first: 20) { edges { node { author { handle affiliation member { handle createdAt } } } } } } }\n}"): typeof import('./graphql').CredentialReadsThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialReadsIdeaPage($spaceId: ID!, $id: ID!) {\n  ideas(spaceId: $spaceId, first: 20) { edges { node { title author { handle affiliation member { handle } } } } }\n  node(id: $id) { ... on Idea { title author { handle } comments(first: 20) { edges { node { author { handle } } } } } }\n}"): typeof import('./graphql').CredentialReadsIdeaPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftsSave($input: SaveDraftInput!) { saveDraft(input: $input) { id placeId title body updatedAt } }"): typeof import('./graphql').DraftsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsDraft($placeId: ID!) { draft(placeId: $placeId) { placeId title body } }"): typeof import('./graphql').DraftsDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsMine { myDrafts { placeId title body } }"): typeof import('./graphql').DraftsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftsDelete($placeId: ID!) { deleteDraft(placeId: $placeId) }"): typeof import('./graphql').DraftsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DraftsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }"): typeof import('./graphql').DraftsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsNested($first: Int!) { communities(first: $first) { edges { node { slug members(first: $first) { edges { node { role member { handle } } } totalCount } } } } }"): typeof import('./graphql').GraphqlConventionsNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsCommunities { communities(first: 4) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } totalCount } }"): typeof import('./graphql').GraphqlConventionsCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsCommunities2($after: String) { communities(first: 4, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }"): typeof import('./graphql').GraphqlConventionsCommunities2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsCommunities3 { communities(first: 1000) { totalCount } }"): typeof import('./graphql').GraphqlConventionsCommunities3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsCommunities4 { communities(first: 10, after: \"bm90IGEgY3Vyc29y\") { totalCount } }"): typeof import('./graphql').GraphqlConventionsCommunities4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlConventionsJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }"): typeof import('./graphql').GraphqlConventionsJoinCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsNode($id: ID!) { node(id: $id) { id ... on Member { handle } } }"): typeof import('./graphql').GraphqlConventionsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsCommunities6 { communities(first: 1) { totalCount } }"): typeof import('./graphql').GraphqlConventionsCommunities6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlConventionsMe { me { handle } }"): typeof import('./graphql').GraphqlConventionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifyAfterCommitNode($id: ID!) { node(id: $id) { ... on Thread { title } } }"): typeof import('./graphql').NotifyAfterCommitNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperatorAnonymousRead { communities(first: 1) { edges { node { id } } } }"): typeof import('./graphql').OperatorAnonymousReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperatorTypename { __typename }"): typeof import('./graphql').OperatorTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheThread($id: ID!) {\n  node(id: $id) { ... on Thread { title replyCount replies(first: 20) { edges { node { bodyHtml author { handle } } } } } }\n}"): typeof import('./graphql').ResponseCacheThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheSpaceThreads($id: ID!) { node(id: $id) { ... on Space { threads(first: 20) { edges { node { title } } } } } }"): typeof import('./graphql').ResponseCacheSpaceThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').ResponseCacheReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheMe { me { handle } }"): typeof import('./graphql').ResponseCacheMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheNode($id: ID!) { node(id: $id) { ... on Community { slug } } }"): typeof import('./graphql').ResponseCacheNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheCommunities { communities(first: 5) { edges { node { slug } } } }"): typeof import('./graphql').ResponseCacheCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionListSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }"): typeof import('./graphql').SessionListSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionListSessions { me { sessions { id deviceLabel createdAt lastUsedAt expiresAt current } } }"): typeof import('./graphql').SessionListSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionListMe { me { handle } }"): typeof import('./graphql').SessionListMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionListNode($id: ID!) { node(id: $id) { ... on Member { sessions { id } } } }"): typeof import('./graphql').SessionListNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionListRevokeSession($id: ID!) { revokeSession(id: $id) }"): typeof import('./graphql').SessionListRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionListRevokeSession2 { revokeSession(id: \"bm90LWEtc2Vzc2lvbg\") }"): typeof import('./graphql').SessionListRevokeSession2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionListRevokeOtherSessions { revokeOtherSessions }"): typeof import('./graphql').SessionListRevokeOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionListSignOut { signOut }"): typeof import('./graphql').SessionListSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseLimitsSignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').AbuseLimitsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseLimitsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }"): typeof import('./graphql').AbuseLimitsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseLimitsReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }"): typeof import('./graphql').AbuseLimitsReportContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageSignUp($input: SignUpInput!) { signUp(input: $input) }"): typeof import('./graphql').DatabaseOutageSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageCreate($input: CreateCommunityInput!) { createCommunity(input: $input) { slug } }"): typeof import('./graphql').DatabaseOutageCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseOutageMe { me { handle } }"): typeof import('./graphql').DatabaseOutageMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseOutageCommunities { communities(first: 5) { totalCount } }"): typeof import('./graphql').DatabaseOutageCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyReply($input: ReplyInput!) { reply(input: $input) { id body } }"): typeof import('./graphql').IdempotencyReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageNode($id: ID!) { node(id: $id) { ... on Thread { title } } }"): typeof import('./graphql').RedisOutageNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').RedisOutageReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageCommunities { communities(first: 3) { totalCount } }"): typeof import('./graphql').RedisOutageCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaSweepStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').SchemaSweepStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaSweepProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): typeof import('./graphql').SchemaSweepProposeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaSweepSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').SchemaSweepSuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTypename { __typename }"): typeof import('./graphql').HealthTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCampaignLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }"): typeof import('./graphql').CloseCampaignLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCampaignClose($id: ID!) { closeCampaign(campaignId: $id) { id submissionsCloseAt supportClosesAt } }"): typeof import('./graphql').CloseCampaignCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCampaignPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): typeof import('./graphql').CloseCampaignProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HiddenContentList($spaceId: ID!, $first: Int, $after: String) {\n  ideas(spaceId: $spaceId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n}"): typeof import('./graphql').HiddenContentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HiddenContentComments($id: ID!, $first: Int, $after: String) {\n  node(id: $id) { ... on Idea { comments(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }\n}"): typeof import('./graphql').HiddenContentCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HiddenContentNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').HiddenContentNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaBoardIdeaBoard($spaceId: ID!, $first: Int!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) { edges { node { title supportCount viewerSupports author { handle affiliation } } } }\n}"): typeof import('./graphql').IdeaBoardIdeaBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaBoardFiltered($spaceId: ID!, $filter: IdeasFilter) {\n  ideas(spaceId: $spaceId, first: 50, filter: $filter) { totalCount edges { node { title status } } }\n}"): typeof import('./graphql').IdeaBoardFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaBoardWithBodies($spaceId: ID!) {\n  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) { edges { node { title body bodyHtml } } }\n}"): typeof import('./graphql').IdeaBoardWithBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaBoardRoadmap($spaceId: ID!) { ideaRoadmap(spaceId: $spaceId, perStatus: 2) { status totalCount ideas { title author { handle } } } }"): typeof import('./graphql').IdeaBoardRoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title body bodyHtml tags status supportCount author { handle affiliation } } }"): typeof import('./graphql').IdeasProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id bodyHtml inReplyToId author { handle } } }"): typeof import('./graphql').IdeasCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id title briefHtml submissionsCloseAt } }"): typeof import('./graphql').IdeasLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasList($spaceId: ID!, $first: Int, $filter: IdeasFilter, $orderBy: IdeaOrder) {\n  ideas(spaceId: $spaceId, first: $first, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id title status supportCount viewerSupports overdue nextUpdateDueAt author { handle affiliation } supportersByAffiliation { members staff moderators } } }\n  }\n}"): typeof import('./graphql').IdeasListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasSimilarIdeas($s: ID!, $t: String!) { similarIdeas(spaceId: $s, text: $t) { title } }"): typeof import('./graphql').IdeasSimilarIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasNode($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { bodyHtml author { handle } } } } } } }"): typeof import('./graphql').IdeasNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasNode2($id: ID!, $after: String) { node(id: $id) { ... on Idea { comments(first: 5, after: $after) { edges { node { author { handle affiliation } } } } } } }"): typeof import('./graphql').IdeasNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasNode3($id: ID!) { node(id: $id) { ... on Space { campaigns { title } ideaPolicy { updateEveryDays supportBudget } } } }"): typeof import('./graphql').IdeasNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasIdeas($s: ID!, $after: String) { ideas(spaceId: $s, first: 7, after: $after, orderBy: TRENDING) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"): typeof import('./graphql').IdeasIdeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasNode4($id: ID!) { node(id: $id) { __typename ... on Idea { title space { id } } } }"): typeof import('./graphql').IdeasNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasNode5($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql').IdeasNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }"): typeof import('./graphql').IdeasRoomAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCommentsComment($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id viewerCanEdit viewerCanDelete editedAt } }"): typeof import('./graphql').OwnCommentsCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCommentsEdit($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id body bodyHtml editedAt } }"): typeof import('./graphql').OwnCommentsEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCommentsDelete($id: ID!) { deleteIdeaComment(id: $id) }"): typeof import('./graphql').OwnCommentsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnCommentsComments($id: ID!) { node(id: $id) { ... on Idea { commentCount comments(first: 50) { edges { node { id body viewerCanEdit viewerCanDelete editedAt } } } } } }"): typeof import('./graphql').OwnCommentsCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnCommentsReplies($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id viewerCanEdit viewerCanDelete } } } } } }"): typeof import('./graphql').OwnCommentsRepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnCommentsRepliesWithRevisions($id: ID!, $first: Int) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { id updatedAt viewerCanEdit viewerCanDelete revisions { body editedAt } } } } } } }"): typeof import('./graphql').OwnCommentsRepliesWithRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasRealtimeSupportIdea($id: ID!) { supportIdea(ideaId: $id) { supportCount } }"): typeof import('./graphql').IdeasRealtimeSupportIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasRealtimeCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }"): typeof import('./graphql').IdeasRealtimeCommentOnIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleIdea($id: ID!) { node(id: $id) { ... on Idea { status qualifiedAt nextUpdateDueAt resubmittedFrom { id } statusHistory { from to rationale changedBy { handle } } } } }"): typeof import('./graphql').ScheduleIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleRounds($id: ID!) { node(id: $id) { ... on Space { reviewRounds { cutoffAt decisionDueAt processed ideas { id } } } } }"): typeof import('./graphql').ScheduleRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleMe($s: ID!) { me { supportBudget(spaceId: $s) { used } } }"): typeof import('./graphql').ScheduleMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleResubmit($id: ID!) { resubmitIdea(ideaId: $id) { id status title resubmittedFrom { id status } } }"): typeof import('./graphql').ScheduleResubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) { setIdeaPolicy(input: $input) { supportThreshold } }"): typeof import('./graphql').ScheduleSetIdeaPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatusPromiseChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status nextUpdateDueAt } }"): typeof import('./graphql').StatusPromiseChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatusPromiseNode($id: ID!) { node(id: $id) { ... on Idea { status } } }"): typeof import('./graphql').StatusPromiseNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportPermissionCan($id: ID!) { node(id: $id) { ... on Idea { viewerCanSupport viewerSupports } } }"): typeof import('./graphql').SupportPermissionCanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportPermissionSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { id } }"): typeof import('./graphql').SupportPermissionSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportPermissionLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }"): typeof import('./graphql').SupportPermissionLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportPermissionBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first, filter: { includeClosed: true }) { edges { node { id viewerCanSupport } } } }"): typeof import('./graphql').SupportPermissionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportStatementsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }"): typeof import('./graphql').SupportStatementsSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportsSupport($id: ID!) { supportIdea(ideaId: $id) { id supportCount viewerSupports } }"): typeof import('./graphql').SupportsSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportsWithdraw($id: ID!) { withdrawSupport(ideaId: $id) { id supportCount viewerSupports } }"): typeof import('./graphql').SupportsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportsBudget($s: ID!) { me { supportBudget(spaceId: $s) { limit used remaining } } }"): typeof import('./graphql').SupportsBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportsLaunchCampaign($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }"): typeof import('./graphql').SupportsLaunchCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageCountsCounts($spaceId: ID!) {\n  qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) { totalCount }\n  waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) { totalCount }\n}"): typeof import('./graphql').TriageCountsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageCountsPage($spaceId: ID!, $qualified: Boolean, $first: Int) {\n  ideas(spaceId: $spaceId, first: $first, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: $qualified }) { totalCount edges { node { title status } } }\n}"): typeof import('./graphql').TriageCountsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { id status nextUpdateDueAt statusHistory { from to rationale changedBy { handle affiliation } at } } }"): typeof import('./graphql').WorkflowChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowMerge($input: MergeIdeaInput!) { mergeIdea(input: $input) { id status mergedInto { id supportCount } } }"): typeof import('./graphql').WorkflowMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowUnmerge($id: ID!) { unmergeIdea(ideaId: $id) { id status supportCount mergedInto { id } nextUpdateDueAt } }"): typeof import('./graphql').WorkflowUnmergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowDecision($id: ID!) { node(id: $id) { ... on Idea { status viewerCreditOffer decision { status summary decidedBy { handle } credits { handle } } } } }"): typeof import('./graphql').WorkflowDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowWithdrawSupport($id: ID!) { withdrawSupport(ideaId: $id) { supportCount } }"): typeof import('./graphql').WorkflowWithdrawSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { viewerCreditOffer decision { credits { handle } } } }"): typeof import('./graphql').WorkflowAcceptCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowDeclineCredit($id: ID!) { declineCredit(ideaId: $id) { viewerCreditOffer } }"): typeof import('./graphql').WorkflowDeclineCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkflowAcceptCredit2($id: ID!) { acceptCredit(ideaId: $id) { id } }"): typeof import('./graphql').WorkflowAcceptCredit2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportExport($input: ExportIdeasInput!) { exportIdeas(input: $input) { url expiresAt format } }"): typeof import('./graphql').ExportExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightsPromiseFields on PromiseFigures {\n  questionsAsked questionsAnswered medianFirstReplyHours p90FirstReplyHours questionsUnderCommitment answeredWithinCommitmentShare\n  answeredBy { side questions share }\n  overdueIdeas { count medianOverdueHours maxOverdueHours mostOverdue { ideaId title status dueAt overdueHours } }\n}"): typeof import('./graphql').InsightsPromiseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsInsights($communityId: ID!, $period: InsightsPeriodInput!) {\n  insights(communityId: $communityId, period: $period) {\n    communityId period { from to } minimumGroupSize\n    coCreation {\n      ideasProposed supportsGiven distinctContributors\n      topIdeasBySupports { ideaId title supports recentSupports totalSupports }\n      topIdeasByVelocity { ideaId supports recentSupports }\n      supportsPerCampaign { campaignId title supports supporters }\n      mostUsedTags { tag ideas }\n      ideasPerStatus { status ideas }\n      decisions { count averageRationaleLength latest { ideaId status rationaleLength } }\n    }\n    promises { ...InsightsPromiseFields }\n    health { activeMembers newMembers kudosGiven acceptedAnswers reports reportOutcomes { outcome reports } }\n  }\n}"): typeof import('./graphql').InsightsInsightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsPromises($id: ID!) { node(id: $id) { ... on Community { promises { period { from to } ...InsightsPromiseFields } } } }"): typeof import('./graphql').InsightsPromisesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessStartThread($input: StartThreadInput!) { startThread(input: $input) { id bodyHtml } }"): typeof import('./graphql').MediaAccessStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessReply($input: ReplyInput!) { reply(input: $input) { id bodyHtml } }"): typeof import('./graphql').MediaAccessReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessEdit($input: EditPostInput!) { editPost(input: $input) { __typename ... on Thread { bodyHtml } } }"): typeof import('./graphql').MediaAccessEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessDelete($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').MediaAccessDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessModerate($input: ModerateInput!) { moderate(input: $input) { id } }"): typeof import('./graphql').MediaAccessModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MediaAccessSignOut { signOut }"): typeof import('./graphql').MediaAccessSignOutDocument;
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
export function graphql(source: "\n  query SuspendedViewerPermissions($community: String!, $ownThread: ID!, $othersThread: ID!, $idea: ID!, $ownComment: ID!, $othersComment: ID!) {\n    community(slug: $community) { viewerSuspendedUntil viewerWorkspaceScreens }\n    ownThread: node(id: $ownThread) { __typename\n      ... on Thread {\n        viewerCanEdit viewerCanDelete viewerCanModerate\n        replies(first: 10) { edges { node { id viewerCanEdit viewerCanDelete viewerCanAccept viewerCanGiveKudos viewerCanMuteAuthor } } }\n      }\n    }\n    othersThread: node(id: $othersThread) { __typename ... on Thread { viewerCanReply viewerCanGiveKudos viewerCanMuteAuthor } }\n    idea: node(id: $idea) { __typename ... on Idea { viewerCanSupport viewerCanGiveKudos } }\n    ownComment: node(id: $ownComment) { __typename ... on IdeaComment { viewerCanEdit viewerCanDelete } }\n    othersComment: node(id: $othersComment) { __typename ... on IdeaComment { viewerCanGiveKudos } }\n  }\n"): typeof import('./graphql').SuspendedViewerPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspendedViewerReplies($id: ID!, $first: Int) { node(id: $id) { __typename ... on Thread { viewerCanEdit replies(first: $first) { edges { node { viewerCanEdit viewerCanAccept viewerCanGiveKudos } } } } } }"): typeof import('./graphql').SuspendedViewerRepliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspendedViewerBoard($spaceId: ID!, $first: Int) { ideas(spaceId: $spaceId, first: $first) { edges { node { id viewerCanSupport viewerCanGiveKudos } } } }"): typeof import('./graphql').SuspendedViewerBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }"): typeof import('./graphql').SuspendedViewerSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }"): typeof import('./graphql').SuspendedViewerLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }"): typeof import('./graphql').SuspendedViewerEditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerEditComment($input: EditIdeaCommentInput!) { editIdeaComment(input: $input) { id } }"): typeof import('./graphql').SuspendedViewerEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerKudos($contentId: ID!) { giveKudos(input: { contentId: $contentId }) { id } }"): typeof import('./graphql').SuspendedViewerKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerSupport($ideaId: ID!) { supportIdea(ideaId: $ideaId) { viewerSupports } }"): typeof import('./graphql').SuspendedViewerSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerWithdraw($ideaId: ID!) { withdrawSupport(ideaId: $ideaId) { viewerSupports } }"): typeof import('./graphql').SuspendedViewerWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerAccept($replyId: ID!) { acceptAnswer(replyId: $replyId) { id } }"): typeof import('./graphql').SuspendedViewerAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerUnaccept($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id } }"): typeof import('./graphql').SuspendedViewerUnacceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerMute($memberId: ID!) { muteMember(memberId: $memberId) { id } }"): typeof import('./graphql').SuspendedViewerMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerUnmute($memberId: ID!) { unmuteMember(memberId: $memberId) }"): typeof import('./graphql').SuspendedViewerUnmuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').SuspendedViewerReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuspendedViewerLocked($id: ID!) { node(id: $id) { __typename ... on Thread { viewerCanReply viewerCanEdit } } }"): typeof import('./graphql').SuspendedViewerLockedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendedViewerDeletePost($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').SuspendedViewerDeletePostDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditOfferChange($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { status } }"): typeof import('./graphql').CreditOfferChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditOfferInbox { notifications(first: 20) { edges { node { kind } } } }"): typeof import('./graphql').CreditOfferInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DigestEmailUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY, email: true }) { email } }"): typeof import('./graphql').DigestEmailUpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DigestEmailGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }"): typeof import('./graphql').DigestEmailGrantConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigestEmailNotifications { notifications(first: 5) { edges { node { kind summary } } } }"): typeof import('./graphql').DigestEmailNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesThread($id: ID!) { node(id: $id) { ... on Thread { authorMutedByViewer replies(first: 10) { edges { node { authorMutedByViewer } } } } } }"): typeof import('./graphql').MentionsAndMutesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesSuggest($c: ID!, $p: String!) { handleSuggestions(communityId: $c, prefix: $p) { handle } }"): typeof import('./graphql').MentionsAndMutesSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentionsAndMutesUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { mentions } }"): typeof import('./graphql').MentionsAndMutesUpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesNotifications { notifications(first: 5) { edges { node { kind subjectId actor { handle } } } } }"): typeof import('./graphql').MentionsAndMutesNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesThreadBodyHtml($id: ID!) { node(id: $id) { ... on Thread { bodyHtml } } }"): typeof import('./graphql').MentionsAndMutesThreadBodyHtmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentionsAndMutesMuteMember($id: ID!) { muteMember(memberId: $id) { handle } }"): typeof import('./graphql').MentionsAndMutesMuteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentionsAndMutesEditPost($input: EditPostInput!) { editPost(input: $input) { __typename } }"): typeof import('./graphql').MentionsAndMutesEditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesReplyBodyHtml($id: ID!) { node(id: $id) { ... on Reply { bodyHtml } } }"): typeof import('./graphql').MentionsAndMutesReplyBodyHtmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionsAndMutesMutedMembers { mutedMembers { member { handle } mutedAt } }"): typeof import('./graphql').MentionsAndMutesMutedMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentionsAndMutesUnmuteMember($id: ID!) { unmuteMember(memberId: $id) }"): typeof import('./graphql').MentionsAndMutesUnmuteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationLinksInbox($first: Int) { notifications(first: $first) { edges { node { kind subjectId url } } } }"): typeof import('./graphql').NotificationLinksInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationLinksReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').NotificationLinksReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationLinksCommentOnIdea($input: CommentOnIdeaInput!) { commentOnIdea(input: $input) { id } }"): typeof import('./graphql').NotificationLinksCommentOnIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationLinksDeletePost($id: ID!) { deletePost(id: $id) }"): typeof import('./graphql').NotificationLinksDeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationLinksProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): typeof import('./graphql').NotificationLinksProposeIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationLinksGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').NotificationLinksGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationsPrefs on NotificationPreferences { cadence digestDay digestHour timezone quietHours { from to } weeklyContactBudget email autoFollowOwn }"): typeof import('./graphql').NotificationsPrefsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsNotifications($filter: NotificationsFilter) { notifications(first: 50, filter: $filter) { totalCount edges { node { id kind reason summary subjectId deferredUntil read actor { handle } community { id } } } } unreadNotificationCount }"): typeof import('./graphql').NotificationsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsUpdatePreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ...NotificationsPrefs } }"): typeof import('./graphql').NotificationsUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsFollow($id: ID!) { follow(targetId: $id) }"): typeof import('./graphql').NotificationsFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsIsFollowing($id: ID!) { isFollowing(targetId: $id) follows { totalCount edges { node { targetId targetType } } } }"): typeof import('./graphql').NotificationsIsFollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsUnfollow($id: ID!) { unfollow(targetId: $id) }"): typeof import('./graphql').NotificationsUnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }"): typeof import('./graphql').NotificationsGrantConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').NotificationsStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsIsFollowing2($id: ID!) { isFollowing(targetId: $id) }"): typeof import('./graphql').NotificationsIsFollowing2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').NotificationsReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }"): typeof import('./graphql').NotificationsMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkNotificationsRead2 { markNotificationsRead(input: { all: true }) }"): typeof import('./graphql').NotificationsMarkNotificationsRead2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkNotificationsRead3 { markNotificationsRead(input: {}) }"): typeof import('./graphql').NotificationsMarkNotificationsRead3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsNotifications2($first: Int) { notifications(first: $first) { edges { node { id summary actor { handle } community { name } } } } }"): typeof import('./graphql').NotificationsNotifications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsPreferences { me { notificationPreferences { ...NotificationsPrefs } } }"): typeof import('./graphql').NotificationsPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { cadence } }"): typeof import('./graphql').NotificationsUpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsMe { me { notificationPreferences { timezone digestHour } } }"): typeof import('./graphql').NotificationsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsDigests { digests { totalCount edges { node { cadence itemCount periodEnd notifications { kind summary } } } } unreadNotificationCount }"): typeof import('./graphql').NotificationsDigestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsGrantConsent2($input: ConsentInput!) { grantConsent(input: $input) { scope active } }"): typeof import('./graphql').NotificationsGrantConsent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active revokedAt } }"): typeof import('./graphql').NotificationsRevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsContactMember($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId direction subject sender { handle } member { handle } } }"): typeof import('./graphql').NotificationsContactMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsRevokeConsent2($input: ConsentInput!) { revokeConsent(input: $input) { active } }"): typeof import('./graphql').NotificationsRevokeConsent2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsMe2 { me { consents { scope grantedAt revokedAt textVersion active community { id } } } }"): typeof import('./graphql').NotificationsMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsHistory($id: ID!) { me { consentHistory { action scope textVersion recordedAt community { id } } } node(id: $id) { ... on Member { consentHistory { action } } } }"): typeof import('./graphql').NotificationsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsContactBrandTeam($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { conversationId direction } }"): typeof import('./graphql').NotificationsContactBrandTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsContactMessages($id: ID!) { contactMessages(communityId: $id) { edges { node { subject member { handle } } } } }"): typeof import('./graphql').NotificationsContactMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasedMentionsModerate($input: ModerateInput!) { moderate(input: $input) { id } }"): typeof import('./graphql').ErasedMentionsModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasedMentionsGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').ErasedMentionsGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }"): typeof import('./graphql').ErasedMentionsDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureTracesGiveKudos($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').ErasureTracesGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureTracesDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }"): typeof import('./graphql').ErasureTracesDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportCompletenessAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }"): typeof import('./graphql').ExportCompletenessAcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LastOwnerDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }"): typeof import('./graphql').LastOwnerDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataReport($input: ReportContentInput!) { reportContent(input: $input) { id weight } }"): typeof import('./graphql').ModerationDataReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').ModerationDataSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataAppeal($input: AppealInput!) { appeal(input: $input) { id status } }"): typeof import('./graphql').ModerationDataAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { executeAfter } }"): typeof import('./graphql').ModerationDataDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataRequestDataExport { requestDataExport { id } }"): typeof import('./graphql').ModerationDataRequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationDataIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }"): typeof import('./graphql').ModerationDataIssueDataExportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyJobsRequestDataExport { requestDataExport { id } }"): typeof import('./graphql').PrivacyJobsRequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyJobsDataExports { dataExports { edges { node { id status } } } }"): typeof import('./graphql').PrivacyJobsDataExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyJobsDeleteAccount($i: DeleteAccountInput!) { deleteAccount(input: $i) { executeAfter } }"): typeof import('./graphql').PrivacyJobsDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyPrivacyRequestExport { requestDataExport { id status } }"): typeof import('./graphql').PrivacyPrivacyRequestExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyExports { dataExports(first: 10) { totalCount edges { node { id status readyAt expiresAt } } } }"): typeof import('./graphql').PrivacyPrivacyExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Link($id: ID!) { issueDataExportLink(exportId: $id) { url expiresAt } }"): typeof import('./graphql').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice requestedAt executeAfter } }"): typeof import('./graphql').PrivacyDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyPrivacyCancelDeletion { cancelAccountDeletion }"): typeof import('./graphql').PrivacyPrivacyCancelDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyMe { me { handle } }"): typeof import('./graphql').PrivacyPrivacyMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyEn { en: dataCharter { version clauses { id title text } } fr: dataCharter(locale: FR) { version clauses { id title } } }"): typeof import('./graphql').PrivacyPrivacyEnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyMe2($other: ID!) { me { dataInventory { feature category fields purpose charterClause retentionDays visibleTo } } node(id: $other) { ... on Member { dataInventory { category } } } }"): typeof import('./graphql').PrivacyPrivacyMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyDataExports($first: Int) { dataExports(first: $first) { edges { node { id status requestedAt } } pageInfo { hasNextPage } } }"): typeof import('./graphql').PrivacyPrivacyDataExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyNode($id: ID!) { node(id: $id) { ... on DataExport { status } } }"): typeof import('./graphql').PrivacyPrivacyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyAccountDeletion { accountDeletion { contentChoice } }"): typeof import('./graphql').PrivacyPrivacyAccountDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyPrivacyInviteToCommunity($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { id } }"): typeof import('./graphql').PrivacyPrivacyInviteToCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyPrivacySignIn($i: SignInInput!) { signIn(input: $i) { accessToken } }"): typeof import('./graphql').PrivacyPrivacySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyPrivacyNode2($id: ID!) { node(id: $id) { ... on Member { handle } } }"): typeof import('./graphql').PrivacyPrivacyNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivacyPrivacySignUp($i: SignUpInput!) { signUp(input: $i) }"): typeof import('./graphql').PrivacyPrivacySignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GatewayJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }"): typeof import('./graphql').GatewayJoinCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayRoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed moderates } }"): typeof import('./graphql').GatewayRoomAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GatewayLeaveCommunity($id: ID!) { leaveCommunity(communityId: $id) }"): typeof import('./graphql').GatewayLeaveCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MultiNodeJoinCommunity($id: ID!) { joinCommunity(communityId: $id) { role } }"): typeof import('./graphql').MultiNodeJoinCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionRoomsSuspendMember($input: SuspendMemberInput!) { suspendMember(input: $input) { until } }"): typeof import('./graphql').SuspensionRoomsSuspendMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionRoomsLiftSuspension($input: LiftSuspensionInput!) { liftSuspension(input: $input) { until } }"): typeof import('./graphql').SuspensionRoomsLiftSuspensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Thanks!\" }) { id } }"): typeof import('./graphql').AdviceRecognitionGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceRecognitionNode($id: ID!) { node(id: $id) { ... on Thread { kudosCount viewerGaveKudos kudos(first: 2) { totalCount edges { node { message giver { handle affiliation } } } }\n      replies(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { handle affiliation } } } } } } } } } }"): typeof import('./graphql').AdviceRecognitionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceRecognitionNode2($id: ID!, $first: Int!) { node(id: $id) { ... on Thread { replies(first: $first) { edges { node { kudosCount viewerGaveKudos kudos(first: 3) { totalCount edges { node { message giver { handle } } } } } } } } } }"): typeof import('./graphql').AdviceRecognitionNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceRecognitionAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }"): typeof import('./graphql').AdviceRecognitionAcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceRecognitionNode3($id: ID!, $c: ID!) { node(id: $id) { ... on Member { badges(communityId: $c) { kind } } } }"): typeof import('./graphql').AdviceRecognitionNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdviceRecognitionUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }"): typeof import('./graphql').AdviceRecognitionUnacceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceRecognitionSuggestedToHelp($c: ID!, $first: Int!) { suggestedToHelp(communityId: $c, first: $first) { id title } }"): typeof import('./graphql').AdviceRecognitionSuggestedToHelpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContentCountersGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').ContentCountersGiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContentCountersWithdraw($id: ID!) { withdrawKudos(contentId: $id) }"): typeof import('./graphql').ContentCountersWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasRecognitionGiveKudos($id: ID!) { giveKudos(input: { contentId: $id }) { id } }"): typeof import('./graphql').IdeasRecognitionGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasRecognitionNode($id: ID!) { node(id: $id) { ... on Idea { kudosCount viewerGaveKudos kudos(first: 2) { edges { node { giver { affiliation } } } }\n      comments(first: 2) { edges { node { kudosCount viewerGaveKudos kudos(first: 2) { totalCount } } } } } } }"): typeof import('./graphql').IdeasRecognitionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeasRecognitionAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }"): typeof import('./graphql').IdeasRecognitionAcceptCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasRecognitionMe($c: ID!) { me { reputation(communityId: $c) badges(communityId: $c) { kind } } }"): typeof import('./graphql').IdeasRecognitionMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeasRecognitionMe2($c: ID!) { me { reputation(communityId: $c) } }"): typeof import('./graphql').IdeasRecognitionMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id contentId message giver { handle affiliation } } }"): typeof import('./graphql').KudosGiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KudosWithdraw($id: ID!) { withdrawKudos(contentId: $id) }"): typeof import('./graphql').KudosWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KudosKudosOn($id: ID!) { kudosOn(contentId: $id) { totalCount edges { node { giver { handle } } } } }"): typeof import('./graphql').KudosKudosOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KudosKudosOn2($id: ID!, $first: Int, $after: String) { kudosOn(contentId: $id, first: $first, after: $after) { edges { node { message giver { handle affiliation member { handle } } } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').KudosKudosOn2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MyKudosGive($input: GiveKudosInput!) { giveKudos(input: $input) { id } }"): typeof import('./graphql').MyKudosGiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyKudosMine($communityId: ID!, $direction: KudosDirection!, $first: Int, $after: String) {\n  myKudos(communityId: $communityId, direction: $direction, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { contentId message createdAt giver { handle } receiver { handle } } }\n  }\n}"): typeof import('./graphql').MyKudosMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecognitionRealtimeGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"Merci !\" }) { id } }"): typeof import('./graphql').RecognitionRealtimeGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecognitionRealtimeAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }"): typeof import('./graphql').RecognitionRealtimeAcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationAcceptAnswer($id: ID!) { acceptAnswer(replyId: $id) { id } }"): typeof import('./graphql').ReputationAcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationUnacceptAnswer($id: ID!) { unacceptAnswer(threadId: $id) { id } }"): typeof import('./graphql').ReputationUnacceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationAcceptCredit($id: ID!) { acceptCredit(ideaId: $id) { id } }"): typeof import('./graphql').ReputationAcceptCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReputationMe($c: ID!) { me { badges(communityId: $c) { kind name awardedAt } reputation(communityId: $c) } }"): typeof import('./graphql').ReputationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReputationNode($id: ID!, $c: ID!) { node(id: $id) { ... on Member { reciprocity(communityId: $c) { kudosGiven kudosReceived answersGiven answersReceived membersHelped helpedBy since } } } }"): typeof import('./graphql').ReputationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationUpdateProfile { updateProfile(input: { showReciprocity: true }) { showReciprocity appearOnRecognitionBoard } }"): typeof import('./graphql').ReputationUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationUpdateProfile2 { updateProfile(input: { appearOnRecognitionBoard: true }) { appearOnRecognitionBoard } }"): typeof import('./graphql').ReputationUpdateProfile2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReputationCommunity($slug: String!, $month: String!) { community(slug: $slug) { recognitionBoardEnabled recognitionBoard(month: $month) { month entries { member { handle } kudosReceived acceptedAnswers } } } }"): typeof import('./graphql').ReputationCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationSetRecognitionBoard($c: ID!, $on: Boolean!) { setRecognitionBoard(input: { communityId: $c, enabled: $on }) }"): typeof import('./graphql').ReputationSetRecognitionBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReputationCommunity2($slug: String!, $c: ID!, $first: Int!) { community(slug: $slug) { members(first: $first) { edges { node { member {\n      handle reputation(communityId: $c) badges(communityId: $c) { kind } reciprocity(communityId: $c) { kudosGiven helpedBy } recognitionProfile { showReciprocity } } } } } } }"): typeof import('./graphql').ReputationCommunity2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationGiveKudos($id: ID!) { giveKudos(input: { contentId: $id, message: \"merci\" }) { id } }"): typeof import('./graphql').ReputationGiveKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReputationNode2($id: ID!) { node(id: $id) { ... on Kudos { message contentId giver { handle } } } }"): typeof import('./graphql').ReputationNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReputationDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice } }"): typeof import('./graphql').ReputationDeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignmentsAssign($input: AssignToStaffInput!) { assignToStaff(input: $input) { id contentId contentType dueAt assignee { handle } assignedBy { handle } content { id } } }"): typeof import('./graphql').AssignmentsAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssignmentsList($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { contentId dueAt remindedFor assignee { handle } } }"): typeof import('./graphql').AssignmentsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignmentsStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').AssignmentsStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignmentsSetResponseCommitment($input: SetResponseCommitmentInput!) { setResponseCommitment(input: $input) { id } }"): typeof import('./graphql').AssignmentsSetResponseCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignmentsPostIdeaUpdate($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id } }"): typeof import('./graphql').AssignmentsPostIdeaUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssignmentsListed($communityId: ID!, $filter: StaffAssignmentsFilter) { staffAssignments(communityId: $communityId, filter: $filter) { dueAt content { id ... on Thread { title } ... on Idea { title } } assignee { handle } assignedBy { handle } } }"): typeof import('./graphql').AssignmentsListedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignReachLaunch($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }"): typeof import('./graphql').CampaignReachLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignReachFollow($id: ID!) { follow(targetId: $id) }"): typeof import('./graphql').CampaignReachFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignReachUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY }) { cadence } }"): typeof import('./graphql').CampaignReachUpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignReachNotifications { notifications(first: 5) { edges { node { kind summary } } } }"): typeof import('./graphql').CampaignReachNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsContact($input: ContactMemberInput!) { contactMember(input: $input) { id conversationId } }"): typeof import('./graphql').ConversationsContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsWrite($input: ContactBrandTeamInput!) { contactBrandTeam(input: $input) { id conversationId } }"): typeof import('./graphql').ConversationsWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsClose($id: ID!) { closeConversation(conversationId: $id) }"): typeof import('./graphql').ConversationsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConversationsCount($id: ID!) { brandContactConsentCount(communityId: $id) }"): typeof import('./graphql').ConversationsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }"): typeof import('./graphql').ConversationsGrantConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConversationsRevokeConsent($input: ConsentInput!) { revokeConsent(input: $input) { active } }"): typeof import('./graphql').ConversationsRevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdeaUpdatesPost($input: PostIdeaUpdateInput!) { postIdeaUpdate(input: $input) { id status nextUpdateDueAt overdue } }"): typeof import('./graphql').IdeaUpdatesPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdeaUpdatesIdea($id: ID!) { node(id: $id) { ... on Idea { status nextUpdateDueAt updates { text promisedAt nextUpdateDueAt promiseKept postedBy { handle affiliation } } } } }"): typeof import('./graphql').IdeaUpdatesIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationQueueQueue($communityId: ID!) { moderationQueue(communityId: $communityId) {\n  totalCount\n  edges { node { id contentId openWeight openReports reasons { reason count weight } claim { moderator { handle } expiresAt viewerCanRelease }\n    content { id ... on Reply { body } } context { id ... on Thread { title } } space { id } } } } }"): typeof import('./graphql').ModerationQueueQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueClaim($id: ID!) { claimModerationCase(caseId: $id) { id claim { moderator { handle } expiresAt } } }"): typeof import('./graphql').ModerationQueueClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueRelease($id: ID!) { releaseModerationCase(caseId: $id) { id claim { expiresAt } } }"): typeof import('./graphql').ModerationQueueReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueModerate($input: ModerateInput!) { moderate(input: $input) { id } }"): typeof import('./graphql').ModerationQueueModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueReport($input: ReportContentInput!) { reportContent(input: $input) { id } }"): typeof import('./graphql').ModerationQueueReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').ModerationQueueStartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationQueueReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').ModerationQueueReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratorToolsTemplates($communityId: ID!) { moderationReasonTemplates(communityId: $communityId) { id title reason } }"): typeof import('./graphql').ModeratorToolsTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsCreate($input: CreateReasonTemplateInput!) { createReasonTemplate(input: $input) { id title reason } }"): typeof import('./graphql').ModeratorToolsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsUpdate($input: UpdateReasonTemplateInput!) { updateReasonTemplate(input: $input) { id title reason } }"): typeof import('./graphql').ModeratorToolsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsDelete($id: ID!) { deleteReasonTemplate(templateId: $id) }"): typeof import('./graphql').ModeratorToolsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratorToolsAudit($communityId: ID!, $filter: AuditLogFilter) { auditLog(communityId: $communityId, filter: $filter) { totalCount edges { node { action actorKind reason } } } }"): typeof import('./graphql').ModeratorToolsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratorToolsHistory($communityId: ID!, $memberId: ID!) { memberModerationHistory(communityId: $communityId, memberId: $memberId) { totalCount edges { node { action reason actor { handle } } } } }"): typeof import('./graphql').ModeratorToolsHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratorToolsNotes($communityId: ID!, $memberId: ID!) { moderatorNotes(communityId: $communityId, memberId: $memberId) { note author { handle } } }"): typeof import('./graphql').ModeratorToolsNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsAddNote($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { id note } }"): typeof import('./graphql').ModeratorToolsAddNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').ModeratorToolsSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) { setAutoHideThreshold(input: $input) }"): typeof import('./graphql').ModeratorToolsSetAutoHideThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsRequestDataExport { requestDataExport { id } }"): typeof import('./graphql').ModeratorToolsRequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratorToolsIssueDataExportLink($id: ID!) { issueDataExportLink(exportId: $id) { url } }"): typeof import('./graphql').ModeratorToolsIssueDataExportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModeratorToolsDataInventory { me { dataInventory { category } } }"): typeof import('./graphql').ModeratorToolsDataInventoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunningSuspensionsList($communityId: ID!, $first: Int, $after: String) {\n  runningSuspensions(communityId: $communityId, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id reason until member { handle } setBy { handle affiliation } } }\n  }\n}"): typeof import('./graphql').RunningSuspensionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunningSuspensionsSuspend($input: SuspendMemberInput!) { suspendMember(input: $input) { id } }"): typeof import('./graphql').RunningSuspensionsSuspendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunningSuspensionsLift($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }"): typeof import('./graphql').RunningSuspensionsLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedRepliesList($id: ID!) { savedReplies(communityId: $id) { id title text } }"): typeof import('./graphql').SavedRepliesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavedRepliesCreate($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title text } }"): typeof import('./graphql').SavedRepliesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavedRepliesUpdate($input: UpdateSavedReplyInput!) { updateSavedReply(input: $input) { id title text } }"): typeof import('./graphql').SavedRepliesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavedRepliesDelete($id: ID!) { deleteSavedReply(savedReplyId: $id) }"): typeof import('./graphql').SavedRepliesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavedRepliesReply($input: ReplyInput!) { reply(input: $input) { id } }"): typeof import('./graphql').SavedRepliesReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavedRepliesStartThread($input: StartThreadInput!) { startThread(input: $input) { id } }"): typeof import('./graphql').SavedRepliesStartThreadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
