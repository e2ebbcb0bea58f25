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

export type AddModeratorNoteInput = {
  communityId: string;
  memberId: string;
  /** Written for other moderators, and readable by the member in their data export */
  note: string;
};

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

export type AssignToStaffInput = {
  /** An owner or brand staff member of the community */
  assigneeId: string;
  /** A Thread (question) or an Idea */
  contentId: string;
};

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

/** Every field narrows the log; none means all of it */
export type AuditLogFilter = {
  actions?: Array<AuditAction> | null | undefined;
  /** HUMAN or AUTOMATION */
  actorKind?: ActorKind | null | undefined;
  /** From this instant (included) */
  from?: string | null | undefined;
  /** The member an entry concerns */
  memberId?: string | null | undefined;
  /** Until this instant (excluded) */
  to?: string | null | undefined;
};

/** The badges of the catalogue, each earned at most once per community */
export type BadgeKind =
  | 'CO_CREATOR'
  | 'FIRST_ACCEPTED_ANSWER'
  | 'STEADY_HELPER'
  | 'TEN_ACCEPTED_ANSWERS'
  | 'WELCOMER';

export type ChangeEmailInput = {
  currentPassword: string;
  newEmail: string;
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

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters */
  newPassword: string;
};

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

export type ConsentAction =
  | 'GRANT'
  | 'REVOKE';

export type ConsentInput = {
  communityId: string;
  scope: ConsentScope;
};

/** What a consent allows: a brand team contacting you, or digests sent by email */
export type ConsentScope =
  | 'BRAND_CONTACT'
  | 'EMAIL_DIGEST';

export type ContactBrandTeamInput = {
  body: string;
  communityId: string;
  /** Continue one of your conversations */
  conversationId?: string | null | undefined;
  subject: string;
};

export type ContactDirection =
  | 'TO_BRAND'
  | 'TO_MEMBER';

export type ContactMemberInput = {
  body: string;
  communityId: string;
  /** Answer a conversation the member started with contactBrandTeam */
  conversationId?: string | null | undefined;
  memberId: string;
  subject: string;
};

/** ANONYMISE keeps what you wrote under "former member #n"; DELETE removes it */
export type ContentChoice =
  | 'ANONYMISE'
  | 'DELETE';

export type CreateCommunityInput = {
  description?: string;
  locale: Locale;
  name: string;
  slug: string;
  visibility: Visibility;
};

export type CreateReasonTemplateInput = {
  communityId: string;
  reason: string;
  title: string;
};

export type CreateSavedReplyInput = {
  communityId: string;
  /** Markdown, as a reply */
  text: string;
  title: string;
};

export type CreateSpaceInput = {
  communityId: string;
  description?: string;
  kind: SpaceKind;
  name: string;
  slug: string;
};

export type CreditOfferState =
  | 'ACCEPTED'
  | 'OFFERED';

/** PENDING while the archive is built, READY to download, EXPIRED once deleted */
export type DataExportStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'READY';

export type DeleteAccountInput = {
  contentChoice: ContentChoice;
  /** Your current password, to confirm it is you */
  password: string;
};

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

export type ExportIdeasInput = {
  /** Only this campaign */
  campaignId?: string | null | undefined;
  communityId: string;
  format: IdeasExportFormat;
  /** Only this ideas space */
  spaceId?: string | null | undefined;
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

export type IdeaOrder =
  | 'MOST_SUPPORTED'
  | 'NEWEST'
  | 'TRENDING';

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

export type IdeasFilter = {
  campaignId?: string | null | undefined;
  /** Without `statuses`: also list SHIPPED, DECLINED and EXPIRED ideas (MERGED ones only when asked by status) */
  includeClosed?: boolean | null | undefined;
  /** Only ideas whose promised update is late */
  overdue?: boolean | null | undefined;
  /** The triage board’s sections: true, only ideas that reached the support threshold or moved past OPEN; false, only OPEN ones still gathering support */
  qualified?: boolean | null | undefined;
  /** One status (kept for older clients; `statuses` takes several) */
  status?: IdeaStatus | null | undefined;
  /** Only ideas in one of these statuses; without it, open ideas (and closed ones too when `includeClosed`) */
  statuses?: Array<IdeaStatus> | null | undefined;
};

export type InsightsPeriodInput = {
  from: string;
  /** Exclusive; at most 366 days after from */
  to: string;
};

export type KudosDirection =
  | 'GIVEN'
  | 'RECEIVED';

export type LaunchCampaignInput = {
  /** Markdown */
  brief: string;
  spaceId: string;
  submissionsCloseAt: string;
  supportClosesAt: string;
  title: string;
};

export type LiftSuspensionInput = {
  communityId: string;
  memberId: string;
  reason: string;
};

export type Locale =
  | 'EN'
  | 'FR';

export type MarkNotificationsReadInput = {
  /** Mark every notification read */
  all?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
};

export type MergeIdeaInput = {
  ideaId: string;
  intoIdeaId: string;
  rationale: string;
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

/** When notifications reach you: at once, in a daily or weekly digest, or never */
export type NotificationCadence =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

/** FOLLOWING: you follow the source; CONCERNED: it is about you or your content */
export type NotificationReason =
  | 'CONCERNED'
  | 'FOLLOWING';

export type NotificationsFilter = {
  /** Only unread notifications */
  unread?: boolean | null | undefined;
};

export type PostIdeaUpdateInput = {
  ideaId: string;
  /** When the next public update is promised (in the future, within a year) */
  nextUpdateDueAt: string;
  /** The public update: what happened since the last one (20–5000 characters) */
  text: string;
};

export type ProposeIdeaInput = {
  /** Markdown */
  body: string;
  campaignId?: string | null | undefined;
  spaceId: string;
  tags?: Array<string>;
  title: string;
};

export type QuietHoursInput = {
  /** HH:MM, local time */
  from: string;
  /** HH:MM, local time */
  to: string;
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

/** OPEN: not handled yet; ACTIONED: the content was hidden or removed; DISMISSED: reports dismissed or content restored */
export type ReportOutcome =
  | 'ACTIONED'
  | 'DISMISSED'
  | 'OPEN';

export type ReportReason =
  | 'ABUSE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type ResetPasswordInput = {
  /** At least 10 characters */
  newPassword: string;
  /** The token of the link sent by email */
  token: string;
};

export type ResolveAppealInput = {
  appealId: string;
  outcome: AppealOutcome;
  reason: string;
};

/** STAFF: owners and brand staff; MEMBER: everyone else */
export type ResponderSide =
  | 'MEMBER'
  | 'STAFF';

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

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  /** Pseudonym: 3–30 letters, digits, _ or -, unique ignoring case */
  handle: string;
  /** At least 10 characters */
  password: string;
};

export type SpaceKind =
  | 'DISCUSSION'
  | 'IDEAS';

export type StaffAssignmentsFilter = {
  /** Only this staff member’s assignments */
  assigneeId?: string | null | undefined;
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

export type ThreadOrder =
  | 'LATEST_ACTIVITY'
  | 'MOST_REPLIED'
  | 'NEWEST';

export type ThreadState =
  | 'LOCKED'
  | 'OPEN';

export type ThreadsFilter = {
  kind?: ThreadKind | null | undefined;
  /** Unanswered questions past their expected first response time: the brand team’s queue */
  overdue?: boolean | null | undefined;
  tag?: string | null | undefined;
  /** Questions nobody but their author has replied to yet */
  unanswered?: boolean | null | undefined;
};

export type UpdateNotificationPreferencesInput = {
  autoFollowOwn?: boolean | null | undefined;
  cadence?: NotificationCadence | null | undefined;
  digestDay?: number | null | undefined;
  digestHour?: number | null | undefined;
  email?: boolean | null | undefined;
  /** Be told when someone @mentions you */
  mentions?: boolean | null | undefined;
  /** null removes quiet hours */
  quietHours?: QuietHoursInput | null | undefined;
  timezone?: string | null | undefined;
  /** null removes the limit */
  weeklyContactBudget?: number | null | undefined;
};

export type UpdateReasonTemplateInput = {
  reason: string;
  templateId: string;
  title: string;
};

export type UpdateSavedReplyInput = {
  savedReplyId: string;
  text: string;
  title: string;
};

export type Visibility =
  | 'PRIVATE'
  | 'PUBLIC';

/** A screen of the brand and moderation workspace */
export type WorkspaceScreen =
  | 'FOLLOW_UP'
  | 'INSIGHTS'
  | 'MODERATION'
  | 'SETTINGS'
  | 'TRIAGE';

export type AccountEmailSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AccountEmailSignUpMutation = { signUp: boolean };

export type AccountEmailSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type AccountEmailSignInMutation = { signIn: { accessToken: string, refreshToken: string | null } };

export type AccountEmailMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountEmailMeQuery = { me: { email: string | null, emailVerified: boolean | null, locale: Locale | null } };

export type AccountEmailResetRequestMutationVariables = Exact<{
  email: string;
}>;


export type AccountEmailResetRequestMutation = { requestPasswordReset: boolean };

export type AccountEmailVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type AccountEmailVerifyEmailMutation = { verifyEmail: { accessToken: string, refreshToken: string | null } };

export type AccountEmailRequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountEmailRequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type AccountEmailSetLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type AccountEmailSetLocaleMutation = { setLocale: { handle: string } };

export type AccountEmailChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AccountEmailChangePasswordMutation = { changePassword: boolean };

export type AccountEmailChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type AccountEmailChangeEmailMutation = { changeEmail: boolean };

export type AccountEmailResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type AccountEmailResetPasswordMutation = { resetPassword: boolean };

export type AccountEmailRefreshSessionMutationVariables = Exact<{
  t: string;
}>;


export type AccountEmailRefreshSessionMutation = { refreshSession: { accessToken: string } };

export type AccountEmailSignIn2MutationVariables = Exact<{
  input: SignInInput;
}>;


export type AccountEmailSignIn2Mutation = { signIn: { accessToken: string } };

export type AccountEmailConfirmEmailChangeMutationVariables = Exact<{
  t: string;
}>;


export type AccountEmailConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type LocalMailboxSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type LocalMailboxSignUpMutation = { signUp: boolean };

export type LocalMailboxVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type LocalMailboxVerifyEmailMutation = { verifyEmail: { member: { email: string | null, emailVerified: boolean | null } } };

export type MemberProfileByHandleQueryVariables = Exact<{
  handle: string;
}>;


export type MemberProfileByHandleQuery = { memberByHandle: { handle: string, createdAt: string, email: string | null, publicMemberships: Array<{ joinedAt: string, reputation: number, community: { slug: string, visibility: Visibility }, badges: Array<{ kind: BadgeKind }>, reciprocity: { kudosReceived: number } | null, recentThreads: Array<{ title: string }> }> } | null };

export type SignUpProbeSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpProbeSignUpMutation = { signUp: boolean };

export type SignUpProbeSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignUpProbeSignInMutation = { signIn: { accessToken: string } };

export type SignUpProbeVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type SignUpProbeVerifyEmailMutation = { verifyEmail: { accessToken: string, refreshToken: string | null, member: { handle: string } } };

export type SignUpProbeResendMutationVariables = Exact<{
  email: string;
}>;


export type SignUpProbeResendMutation = { resendVerification: boolean };

export type SignUpProbeMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpProbeMeQuery = { me: { handle: string, emailVerified: boolean | null } };

export type SignUpProbeRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SignUpProbeRefreshMutation = { refreshSession: { accessToken: string } };

export type AnswersAcceptMutationVariables = Exact<{
  id: string;
}>;


export type AnswersAcceptMutation = { acceptAnswer: { id: string, acceptedAnswer: { id: string, accepted: boolean, author: { handle: string } | null } | null } };

export type AnswersUnacceptMutationVariables = Exact<{
  id: string;
}>;


export type AnswersUnacceptMutation = { unacceptAnswer: { id: string, acceptedAnswer: { id: string } | null } };

export type AnswersNodeQueryVariables = Exact<{
  id: string;
}>;


export type AnswersNodeQuery = { node:
    | { acceptedAnswer: { id: string, hidden: boolean } | null }
    | Record<PropertyKey, never>
   | null };

export type AnswersDeletePostMutationVariables = Exact<{
  id: string;
}>;


export type AnswersDeletePostMutation = { deletePost: boolean };

export type ListsThreadsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ThreadOrder | null | undefined;
  filter?: ThreadsFilter | null | undefined;
}>;


export type ListsThreadsQuery = { node:
    | { threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, replyCount: number, lastActivityAt: string, hidden: boolean, author: { handle: string, affiliation: Role | null } | null, acceptedAnswer: { id: string, author: { handle: string, affiliation: Role | null } | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsSetCommitmentMutationVariables = Exact<{
  input: SetResponseCommitmentInput;
}>;


export type ListsSetCommitmentMutation = { setResponseCommitment: { id: string, responseCommitment: { hours: number, text: string } | null } };

export type ListsNodeQueryVariables = Exact<{
  id: string;
}>;


export type ListsNodeQuery = { node:
    | { threads: { edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsNode2QueryVariables = Exact<{
  id: string;
}>;


export type ListsNode2Query = { node:
    | { threads: { edges: Array<{ node: { title: string, body: string, bodyHtml: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsThreadTitlesQueryVariables = Exact<{
  id: string;
}>;


export type ListsThreadTitlesQuery = { node:
    | { threads: { edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsThreadAuthorsQueryVariables = Exact<{
  id: string;
}>;


export type ListsThreadAuthorsQuery = { node:
    | { threads: { edges: Array<{ node: { title: string, author: { handle: string, affiliation: Role | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsNode3QueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ListsNode3Query = { node:
    | { replies: { totalCount: number, edges: Array<{ node: { id: string, accepted: boolean, author: { handle: string, affiliation: Role | null } | null, inReplyTo: { id: string, author: { handle: string } | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ListsNode4QueryVariables = Exact<{
  id: string;
}>;


export type ListsNode4Query = { node:
    | { expectedFirstResponseAt: string | null, firstResponseAt: string | null, staffResponded: boolean }
    | Record<PropertyKey, never>
   | null };

export type ListsNode5QueryVariables = Exact<{
  id: string;
}>;


export type ListsNode5Query = { node:
    | { firstResponseAt: string | null, staffResponded: boolean }
    | Record<PropertyKey, never>
   | null };

export type ModerationIntegrationStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type ModerationIntegrationStartThreadMutation = { startThread: { id: string } };

export type ModerationIntegrationReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ModerationIntegrationReplyMutation = { reply: { id: string, thread: { replyCount: number } | null } };

export type ModerationIntegrationThreadsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ThreadOrder | null | undefined;
}>;


export type ModerationIntegrationThreadsQuery = { node:
    | { threads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, author: { handle: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ModerationIntegrationPinMutationVariables = Exact<{
  id: string;
}>;


export type ModerationIntegrationPinMutation = { pinThread: { pinnedThreadIds: Array<string> } };

export type ModerationIntegrationCloseAsDuplicateMutationVariables = Exact<{
  input: CloseAsDuplicateInput;
}>;


export type ModerationIntegrationCloseAsDuplicateMutation = { closeAsDuplicate: string };

export type ModerationIntegrationSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type ModerationIntegrationSearchQuery = { search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, thread: { id: string }, reply: { id: string } | null } }> } };

export type ModerationIntegrationSimilarQueryVariables = Exact<{
  spaceId: string;
  text: string;
}>;


export type ModerationIntegrationSimilarQuery = { similarThreads: Array<{ id: string }> };

export type ModerationIntegrationNodeQueryVariables = Exact<{
  id: string;
}>;


export type ModerationIntegrationNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AdvicePrivacyEditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type AdvicePrivacyEditPostMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type AdviceRealtimeReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type AdviceRealtimeReplyMutation = { reply: { id: string } };

export type ReplyStatementsReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ReplyStatementsReplyMutation = { reply: { id: string, createdAt: string } };

export type SearchDepthSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchDepthSearchQuery = { search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, snippet: string, thread: { id: string, title: string }, reply: { id: string } | null } }> } };

export type SearchSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchSearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: SearchKind, rank: number, snippet: string, thread: { id: string, title: string }, reply: { id: string } | null } }> } };

export type SearchSimilarQueryVariables = Exact<{
  spaceId: string;
  text: string;
}>;


export type SearchSimilarQuery = { similarThreads: Array<{ id: string, title: string }> };

export type SearchDeletePostMutationVariables = Exact<{
  id: string;
}>;


export type SearchDeletePostMutation = { deletePost: boolean };

export type SearchSearch2QueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchSearch2Query = { search: { edges: Array<{ node: { kind: SearchKind, snippet: string, thread: { id: string, title: string }, reply: { id: string } | null } }> } };

export type SearchEditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type SearchEditPostMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type ThreadPageThreadPageQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type ThreadPageThreadPageQuery = { node:
    | { title: string, bodyHtml: string, author: { handle: string, affiliation: Role | null } | null, replies: { edges: Array<{ node: { bodyHtml: string, kudosCount: number, author: { handle: string, affiliation: Role | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerPermissionsThreadQueryVariables = Exact<{
  id: string;
}>;


export type ThreadViewerPermissionsThreadQuery = { node:
    | { viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerPermissionsWebPermissionsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadViewerPermissionsWebPermissionsQuery = { node:
    | { __typename: 'Thread', id: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean, viewerCanReply: boolean, space: { community: { viewerSuspendedUntil: string | null } }, replies: { edges: Array<{ node: { id: string, body: string, viewerCanEdit: boolean, viewerCanDelete: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerPermissionsWebActionsQueryVariables = Exact<{
  id: string;
}>;


export type ThreadViewerPermissionsWebActionsQuery = { node:
    | { __typename: 'Thread', replies: { edges: Array<{ node: { id: string, viewerCanAccept: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerPermissionsRepliesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ThreadViewerPermissionsRepliesQuery = { node:
    | { __typename: 'Thread', viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean, replies: { edges: Array<{ node: { id: string, body: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadViewerPermissionsAcceptMutationVariables = Exact<{
  replyId: string;
}>;


export type ThreadViewerPermissionsAcceptMutation = { acceptAnswer: { id: string } };

export type ThreadViewerPermissionsKudosMutationVariables = Exact<{
  contentId: string;
}>;


export type ThreadViewerPermissionsKudosMutation = { giveKudos: { id: string } };

export type ThreadViewerPermissionsMuteMutationVariables = Exact<{
  memberId: string;
}>;


export type ThreadViewerPermissionsMuteMutation = { muteMember: { id: string } };

export type ThreadViewerPermissionsEditMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type ThreadViewerPermissionsEditMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type ThreadsStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type ThreadsStartThreadMutation = { startThread: { id: string, kind: ThreadKind, title: string, body: string, bodyHtml: string, tags: Array<string>, state: ThreadState, replyCount: number, hidden: boolean, deleted: boolean, author: { handle: string, affiliation: Role | null } | null, space: { id: string } } };

export type ThreadsReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ThreadsReplyMutation = { reply: { id: string, body: string, bodyHtml: string, author: { handle: string, affiliation: Role | null } | null, thread: { id: string, replyCount: number } | null } };

export type ThreadsEditMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type ThreadsEditMutation = { editPost:
    | { __typename: 'Reply', id: string, body: string, revisions: Array<{ body: string, editedAt: string }> }
    | { __typename: 'Thread', id: string, title: string, body: string, bodyHtml: string, revisions: Array<{ title: string | null, body: string, editedAt: string }> }
   };

export type ThreadsDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ThreadsDeleteMutation = { deletePost: boolean };

export type ThreadsThreadQueryVariables = Exact<{
  id: string;
}>;


export type ThreadsThreadQuery = { node:
    | { id: string, title: string, body: string, deleted: boolean, hidden: boolean, replyCount: number, replies: { totalCount: number, edges: Array<{ node: { id: string, body: string, deleted: boolean, hidden: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type ThreadsReply2MutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ThreadsReply2Mutation = { reply: { id: string, createdAt: string } };

export type ThreadsReply3MutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ThreadsReply3Mutation = { reply: { inReplyTo: { id: string } | null } };

export type ThreadsNodeQueryVariables = Exact<{
  id: string;
}>;


export type ThreadsNodeQuery = { node:
    | { state: ThreadState, replyCount: number }
    | Record<PropertyKey, never>
   | null };

export type ThreadsRoomAccessQueryVariables = Exact<{
  rooms: Array<string> | string;
}>;


export type ThreadsRoomAccessQuery = { roomAccess: Array<{ room: string, allowed: boolean }> };

export type WorkspaceScreensScreensQueryVariables = Exact<{
  slug: string;
}>;


export type WorkspaceScreensScreensQuery = { community: { viewerWorkspaceScreens: Array<WorkspaceScreen> } };

export type WorkspaceScreensInsightsQueryVariables = Exact<{
  id: string;
}>;


export type WorkspaceScreensInsightsQuery = { insights: { __typename: 'CommunityInsights' } };

export type WorkspaceScreensModerationQueryVariables = Exact<{
  id: string;
}>;


export type WorkspaceScreensModerationQuery = { moderationQueue: { totalCount: number } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, refreshToken: string | null, member: { handle: string } } };

export type RefreshMutationVariables = Exact<{
  token: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string, refreshToken: string | null } };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me: { handle: string, email: string | null } };

export type AccountsVerifyEmailMutationVariables = Exact<{
  t: string;
}>;


export type AccountsVerifyEmailMutation = { verifyEmail: { accessToken: string, member: { handle: string } } };

export type AccountsSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsSignOutMutation = { signOut: boolean };

export type ActiveSessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveSessionsMeQuery = { me: { handle: string } };

export type ActiveSessionsSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ActiveSessionsSignOutMutation = { signOut: boolean };

export type ActiveSessionsRefreshSessionMutationVariables = Exact<{
  token: string;
}>;


export type ActiveSessionsRefreshSessionMutation = { refreshSession: { accessToken: string } };

export type BrowserSessionsSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type BrowserSessionsSignInMutation = { signIn: { accessToken: string, refreshToken: string | null, member: { handle: string } } };

export type BrowserSessionsRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type BrowserSessionsRefreshMutation = { refreshSession: { accessToken: string, refreshToken: string | null } };

export type BrowserSessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserSessionsMeQuery = { me: { handle: string } };

export type BrowserSessionsSignUpMutationVariables = Exact<{ [key: string]: never; }>;


export type BrowserSessionsSignUpMutation = { signUp: boolean };

export type BrowserSessionsRefreshSessionMutationVariables = Exact<{
  t?: string | null | undefined;
}>;


export type BrowserSessionsRefreshSessionMutation = { refreshSession: { refreshToken: string | null } };

export type BrowserSessionsSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type BrowserSessionsSignOutMutation = { signOut: boolean };

export type BrowserSessionsCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserSessionsCommunitiesQuery = { communities: { edges: Array<{ node: { id: string } }> } };

export type CommunitiesCacheShownQueryVariables = Exact<{
  c: string;
  s: string;
}>;


export type CommunitiesCacheShownQuery = { c:
    | { name: string, memberCount: number, viewerRole: Role | null }
    | Record<PropertyKey, never>
   | null, s:
    | { name: string }
    | Record<PropertyKey, never>
   | null };

export type CommunitiesCacheJoinMutationVariables = Exact<{
  id: string;
}>;


export type CommunitiesCacheJoinMutation = { joinCommunity: { role: Role } };

export type CommunitiesCreateSpaceMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;


export type CommunitiesCreateSpaceMutation = { createSpace: { id: string, kind: SpaceKind, community: { slug: string } } };

export type CommunitiesSetRoleMutationVariables = Exact<{
  input: SetMemberRoleInput;
}>;


export type CommunitiesSetRoleMutation = { setMemberRole: { role: Role } };

export type CommunitiesCreateCommunityMutationVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesCreateCommunityMutation = { createCommunity: { slug: string, locale: Locale, viewerRole: Role | null, memberCount: number } };

export type CommunitiesCreateCommunity2MutationVariables = Exact<{
  slug: string;
}>;


export type CommunitiesCreateCommunity2Mutation = { createCommunity: { id: string } };

export type CommunitiesCreateCommunity3MutationVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesCreateCommunity3Mutation = { createCommunity: { id: string } };

export type CommunitiesJoinCommunityMutationVariables = Exact<{
  id: string;
}>;


export type CommunitiesJoinCommunityMutation = { joinCommunity: { role: Role } };

export type CommunitiesLeaveCommunityMutationVariables = Exact<{
  id: string;
}>;


export type CommunitiesLeaveCommunityMutation = { leaveCommunity: boolean };

export type CommunitiesCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type CommunitiesCommunityQuery = { community: { id: string } };

export type CommunitiesCommunity2QueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesCommunity2Query = { community: { id: string } };

export type CommunitiesCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesCommunitiesQuery = { communities: { edges: Array<{ node: { slug: string } }> } };

export type CommunitiesNodeQueryVariables = Exact<{
  id: string;
}>;


export type CommunitiesNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CommunitiesInviteToCommunityMutationVariables = Exact<{
  id: string;
  handle: string;
}>;


export type CommunitiesInviteToCommunityMutation = { inviteToCommunity: { id: string } };

export type CommunitiesAcceptInvitationMutationVariables = Exact<{
  id: string;
}>;


export type CommunitiesAcceptInvitationMutation = { acceptInvitation: { role: Role } };

export type CommunitiesMyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesMyInvitationsQuery = { myInvitations: Array<{ id: string, community: { slug: string } }> };

export type CommunitiesCommunity3QueryVariables = Exact<{
  slug: string;
}>;


export type CommunitiesCommunity3Query = { community: { viewerRole: Role | null } };

export type CommunitiesCommunity4QueryVariables = Exact<{
  slug: string;
}>;


export type CommunitiesCommunity4Query = { community: { members: { edges: Array<{ node: { role: Role, member: { handle: string, email: string | null } } }> } } };

export type CredentialReadsThreadPageQueryVariables = Exact<{
  id: string;
}>;


export type CredentialReadsThreadPageQuery = { node:
    | { title: string, author: { handle: string, affiliation: Role | null, member: { handle: string, email: string | null } } | null, replies: { edges: Array<{ node: { author: { handle: string, affiliation: Role | null, member: { handle: string, createdAt: string } } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CredentialReadsIdeaPageQueryVariables = Exact<{
  spaceId: string;
  id: string;
}>;


export type CredentialReadsIdeaPageQuery = { ideas: { edges: Array<{ node: { title: string, author: { handle: string, affiliation: Role | null, member: { handle: string } } | null } }> }, node:
    | { title: string, author: { handle: string } | null, comments: { edges: Array<{ node: { author: { handle: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type DraftsSaveMutationVariables = Exact<{
  input: SaveDraftInput;
}>;


export type DraftsSaveMutation = { saveDraft: { id: string, placeId: string, title: string | null, body: string, updatedAt: string } };

export type DraftsDraftQueryVariables = Exact<{
  placeId: string;
}>;


export type DraftsDraftQuery = { draft: { placeId: string, title: string | null, body: string } | null };

export type DraftsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsMineQuery = { myDrafts: Array<{ placeId: string, title: string | null, body: string }> };

export type DraftsDeleteMutationVariables = Exact<{
  placeId: string;
}>;


export type DraftsDeleteMutation = { deleteDraft: boolean };

export type DraftsSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type DraftsSignInMutation = { signIn: { accessToken: string } };

export type GraphqlConventionsNestedQueryVariables = Exact<{
  first: number;
}>;


export type GraphqlConventionsNestedQuery = { communities: { edges: Array<{ node: { slug: string, members: { totalCount: number, edges: Array<{ node: { role: Role, member: { handle: string } } }> } } }> } };

export type GraphqlConventionsCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlConventionsCommunitiesQuery = { communities: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GraphqlConventionsCommunities2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type GraphqlConventionsCommunities2Query = { communities: { edges: Array<{ node: { slug: string } }>, pageInfo: { hasNextPage: boolean } } };

export type GraphqlConventionsCommunities3QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlConventionsCommunities3Query = { communities: { totalCount: number } };

export type GraphqlConventionsCommunities4QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlConventionsCommunities4Query = { communities: { totalCount: number } };

export type GraphqlConventionsJoinCommunityMutationVariables = Exact<{
  id: string;
}>;


export type GraphqlConventionsJoinCommunityMutation = { joinCommunity: { role: Role } };

export type GraphqlConventionsNodeQueryVariables = Exact<{
  id: string;
}>;


export type GraphqlConventionsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { handle: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphqlConventionsCommunities6QueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlConventionsCommunities6Query = { communities: { totalCount: number } };

export type GraphqlConventionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlConventionsMeQuery = { me: { handle: string } };

export type NotifyAfterCommitNodeQueryVariables = Exact<{
  id: string;
}>;


export type NotifyAfterCommitNodeQuery = { node:
    | { title: string }
    | Record<PropertyKey, never>
   | null };

export type OperatorAnonymousReadQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorAnonymousReadQuery = { communities: { edges: Array<{ node: { id: string } }> } };

export type OperatorTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorTypenameQuery = { __typename: 'Query' };

export type ResponseCacheThreadQueryVariables = Exact<{
  id: string;
}>;


export type ResponseCacheThreadQuery = { node:
    | { title: string, replyCount: number, replies: { edges: Array<{ node: { bodyHtml: string, author: { handle: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ResponseCacheSpaceThreadsQueryVariables = Exact<{
  id: string;
}>;


export type ResponseCacheSpaceThreadsQuery = { node:
    | { threads: { edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ResponseCacheReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ResponseCacheReplyMutation = { reply: { id: string } };

export type ResponseCacheMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheMeQuery = { me: { handle: string } };

export type ResponseCacheNodeQueryVariables = Exact<{
  id: string;
}>;


export type ResponseCacheNodeQuery = { node:
    | { slug: string }
    | Record<PropertyKey, never>
   | null };

export type ResponseCacheCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheCommunitiesQuery = { communities: { edges: Array<{ node: { slug: string } }> } };

export type SessionListSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SessionListSignInMutation = { signIn: { accessToken: string } };

export type SessionListSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionListSessionsQuery = { me: { sessions: Array<{ id: string, deviceLabel: string, createdAt: string, lastUsedAt: string, expiresAt: string, current: boolean }> | null } };

export type SessionListMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionListMeQuery = { me: { handle: string } };

export type SessionListNodeQueryVariables = Exact<{
  id: string;
}>;


export type SessionListNodeQuery = { node:
    | { sessions: Array<{ id: string }> | null }
    | Record<PropertyKey, never>
   | null };

export type SessionListRevokeSessionMutationVariables = Exact<{
  id: string;
}>;


export type SessionListRevokeSessionMutation = { revokeSession: boolean };

export type SessionListRevokeSession2MutationVariables = Exact<{ [key: string]: never; }>;


export type SessionListRevokeSession2Mutation = { revokeSession: boolean };

export type SessionListRevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionListRevokeOtherSessionsMutation = { revokeOtherSessions: number };

export type SessionListSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionListSignOutMutation = { signOut: boolean };

export type AbuseLimitsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AbuseLimitsSignUpMutation = { signUp: boolean };

export type AbuseLimitsSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type AbuseLimitsSignInMutation = { signIn: { accessToken: string } };

export type AbuseLimitsReportContentMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type AbuseLimitsReportContentMutation = { reportContent: { id: string } };

export type DatabaseOutageSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type DatabaseOutageSignUpMutation = { signUp: boolean };

export type DatabaseOutageCreateMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type DatabaseOutageCreateMutation = { createCommunity: { slug: string } };

export type DatabaseOutageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageMeQuery = { me: { handle: string } };

export type DatabaseOutageCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageCommunitiesQuery = { communities: { totalCount: number } };

export type IdempotencyReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type IdempotencyReplyMutation = { reply: { id: string, body: string } };

export type RedisOutageNodeQueryVariables = Exact<{
  id: string;
}>;


export type RedisOutageNodeQuery = { node:
    | { title: string }
    | Record<PropertyKey, never>
   | null };

export type RedisOutageReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type RedisOutageReplyMutation = { reply: { id: string } };

export type RedisOutageCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisOutageCommunitiesQuery = { communities: { totalCount: number } };

export type SchemaSweepStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type SchemaSweepStartThreadMutation = { startThread: { id: string } };

export type SchemaSweepProposeIdeaMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type SchemaSweepProposeIdeaMutation = { proposeIdea: { id: string } };

export type SchemaSweepSuspendMemberMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type SchemaSweepSuspendMemberMutation = { suspendMember: { id: string } };

export type HealthTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthTypenameQuery = { __typename: 'Query' };

export type CloseCampaignLaunchMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type CloseCampaignLaunchMutation = { launchCampaign: { id: string } };

export type CloseCampaignCloseMutationVariables = Exact<{
  id: string;
}>;


export type CloseCampaignCloseMutation = { closeCampaign: { id: string, submissionsCloseAt: string, supportClosesAt: string } };

export type CloseCampaignProposeMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type CloseCampaignProposeMutation = { proposeIdea: { id: string } };

export type HiddenContentListQueryVariables = Exact<{
  spaceId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HiddenContentListQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type HiddenContentCommentsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HiddenContentCommentsQuery = { node:
    | { comments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type HiddenContentNodeQueryVariables = Exact<{
  id: string;
}>;


export type HiddenContentNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdeaBoardIdeaBoardQueryVariables = Exact<{
  spaceId: string;
  first: number;
}>;


export type IdeaBoardIdeaBoardQuery = { ideas: { edges: Array<{ node: { title: string, supportCount: number, viewerSupports: boolean, author: { handle: string, affiliation: Role | null } | null } }> } };

export type IdeaBoardFilteredQueryVariables = Exact<{
  spaceId: string;
  filter?: IdeasFilter | null | undefined;
}>;


export type IdeaBoardFilteredQuery = { ideas: { totalCount: number, edges: Array<{ node: { title: string, status: IdeaStatus } }> } };

export type IdeaBoardWithBodiesQueryVariables = Exact<{
  spaceId: string;
}>;


export type IdeaBoardWithBodiesQuery = { ideas: { edges: Array<{ node: { title: string, body: string, bodyHtml: string } }> } };

export type IdeaBoardRoadmapQueryVariables = Exact<{
  spaceId: string;
}>;


export type IdeaBoardRoadmapQuery = { ideaRoadmap: Array<{ status: IdeaStatus, totalCount: number, ideas: Array<{ title: string, author: { handle: string } | null }> }> };

export type IdeasProposeMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type IdeasProposeMutation = { proposeIdea: { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, status: IdeaStatus, supportCount: number, author: { handle: string, affiliation: Role | null } | null } };

export type IdeasCommentMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type IdeasCommentMutation = { commentOnIdea: { id: string, bodyHtml: string, inReplyToId: string | null, author: { handle: string } | null } };

export type IdeasLaunchMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type IdeasLaunchMutation = { launchCampaign: { id: string, title: string, briefHtml: string, submissionsCloseAt: string } };

export type IdeasListQueryVariables = Exact<{
  spaceId: string;
  first?: number | null | undefined;
  filter?: IdeasFilter | null | undefined;
  orderBy?: IdeaOrder | null | undefined;
}>;


export type IdeasListQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: IdeaStatus, supportCount: number, viewerSupports: boolean, overdue: boolean, nextUpdateDueAt: string | null, author: { handle: string, affiliation: Role | null } | null, supportersByAffiliation: { members: number, staff: number, moderators: number } } }> } };

export type IdeasSimilarIdeasQueryVariables = Exact<{
  s: string;
  t: string;
}>;


export type IdeasSimilarIdeasQuery = { similarIdeas: Array<{ title: string }> };

export type IdeasNodeQueryVariables = Exact<{
  id: string;
}>;


export type IdeasNodeQuery = { node:
    | { commentCount: number, comments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { bodyHtml: string, author: { handle: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type IdeasNode2QueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type IdeasNode2Query = { node:
    | { comments: { edges: Array<{ node: { author: { handle: string, affiliation: Role | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type IdeasNode3QueryVariables = Exact<{
  id: string;
}>;


export type IdeasNode3Query = { node:
    | { campaigns: Array<{ title: string }>, ideaPolicy: { updateEveryDays: number, supportBudget: number | null } | null }
    | Record<PropertyKey, never>
   | null };

export type IdeasIdeasQueryVariables = Exact<{
  s: string;
  after?: string | null | undefined;
}>;


export type IdeasIdeasQuery = { ideas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type IdeasNode4QueryVariables = Exact<{
  id: string;
}>;


export type IdeasNode4Query = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea', title: string, space: { id: string } }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread' }
   | null };

export type IdeasNode5QueryVariables = Exact<{
  id: string;
}>;


export type IdeasNode5Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IdeasRoomAccessQueryVariables = Exact<{
  rooms: Array<string> | string;
}>;


export type IdeasRoomAccessQuery = { roomAccess: Array<{ room: string, allowed: boolean }> };

export type OwnCommentsCommentMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type OwnCommentsCommentMutation = { commentOnIdea: { id: string, viewerCanEdit: boolean, viewerCanDelete: boolean, editedAt: string | null } };

export type OwnCommentsEditMutationVariables = Exact<{
  input: EditIdeaCommentInput;
}>;


export type OwnCommentsEditMutation = { editIdeaComment: { id: string, body: string, bodyHtml: string, editedAt: string | null } };

export type OwnCommentsDeleteMutationVariables = Exact<{
  id: string;
}>;


export type OwnCommentsDeleteMutation = { deleteIdeaComment: boolean };

export type OwnCommentsCommentsQueryVariables = Exact<{
  id: string;
}>;


export type OwnCommentsCommentsQuery = { node:
    | { commentCount: number, comments: { edges: Array<{ node: { id: string, body: string, viewerCanEdit: boolean, viewerCanDelete: boolean, editedAt: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type OwnCommentsRepliesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type OwnCommentsRepliesQuery = { node:
    | { replies: { edges: Array<{ node: { id: string, viewerCanEdit: boolean, viewerCanDelete: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type OwnCommentsRepliesWithRevisionsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type OwnCommentsRepliesWithRevisionsQuery = { node:
    | { replies: { edges: Array<{ node: { id: string, updatedAt: string, viewerCanEdit: boolean, viewerCanDelete: boolean, revisions: Array<{ body: string, editedAt: string }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type IdeasRealtimeSupportIdeaMutationVariables = Exact<{
  id: string;
}>;


export type IdeasRealtimeSupportIdeaMutation = { supportIdea: { supportCount: number } };

export type IdeasRealtimeCommentOnIdeaMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type IdeasRealtimeCommentOnIdeaMutation = { commentOnIdea: { id: string } };

export type ScheduleIdeaQueryVariables = Exact<{
  id: string;
}>;


export type ScheduleIdeaQuery = { node:
    | { status: IdeaStatus, qualifiedAt: string | null, nextUpdateDueAt: string | null, resubmittedFrom: { id: string } | null, statusHistory: Array<{ from: IdeaStatus | null, to: IdeaStatus, rationale: string, changedBy: { handle: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type ScheduleRoundsQueryVariables = Exact<{
  id: string;
}>;


export type ScheduleRoundsQuery = { node:
    | { reviewRounds: Array<{ cutoffAt: string, decisionDueAt: string, processed: boolean, ideas: Array<{ id: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type ScheduleMeQueryVariables = Exact<{
  s: string;
}>;


export type ScheduleMeQuery = { me: { supportBudget: { used: number } | null } };

export type ScheduleResubmitMutationVariables = Exact<{
  id: string;
}>;


export type ScheduleResubmitMutation = { resubmitIdea: { id: string, status: IdeaStatus, title: string, resubmittedFrom: { id: string, status: IdeaStatus } | null } };

export type ScheduleSetIdeaPolicyMutationVariables = Exact<{
  input: SetIdeaPolicyInput;
}>;


export type ScheduleSetIdeaPolicyMutation = { setIdeaPolicy: { supportThreshold: number | null } };

export type StatusPromiseChangeMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type StatusPromiseChangeMutation = { changeIdeaStatus: { status: IdeaStatus, nextUpdateDueAt: string | null } };

export type StatusPromiseNodeQueryVariables = Exact<{
  id: string;
}>;


export type StatusPromiseNodeQuery = { node:
    | { status: IdeaStatus }
    | Record<PropertyKey, never>
   | null };

export type SupportPermissionCanQueryVariables = Exact<{
  id: string;
}>;


export type SupportPermissionCanQuery = { node:
    | { viewerCanSupport: boolean, viewerSupports: boolean }
    | Record<PropertyKey, never>
   | null };

export type SupportPermissionSupportMutationVariables = Exact<{
  ideaId: string;
}>;


export type SupportPermissionSupportMutation = { supportIdea: { id: string } };

export type SupportPermissionLaunchMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type SupportPermissionLaunchMutation = { launchCampaign: { id: string } };

export type SupportPermissionBoardQueryVariables = Exact<{
  spaceId: string;
  first?: number | null | undefined;
}>;


export type SupportPermissionBoardQuery = { ideas: { edges: Array<{ node: { id: string, viewerCanSupport: boolean } }> } };

export type SupportStatementsSupportMutationVariables = Exact<{
  id: string;
}>;


export type SupportStatementsSupportMutation = { supportIdea: { id: string, supportCount: number, viewerSupports: boolean } };

export type SupportsSupportMutationVariables = Exact<{
  id: string;
}>;


export type SupportsSupportMutation = { supportIdea: { id: string, supportCount: number, viewerSupports: boolean } };

export type SupportsWithdrawMutationVariables = Exact<{
  id: string;
}>;


export type SupportsWithdrawMutation = { withdrawSupport: { id: string, supportCount: number, viewerSupports: boolean } };

export type SupportsBudgetQueryVariables = Exact<{
  s: string;
}>;


export type SupportsBudgetQuery = { me: { supportBudget: { limit: number | null, used: number, remaining: number | null } | null } };

export type SupportsLaunchCampaignMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type SupportsLaunchCampaignMutation = { launchCampaign: { id: string } };

export type TriageCountsCountsQueryVariables = Exact<{
  spaceId: string;
}>;


export type TriageCountsCountsQuery = { qualified: { totalCount: number }, waiting: { totalCount: number } };

export type TriageCountsPageQueryVariables = Exact<{
  spaceId: string;
  qualified?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type TriageCountsPageQuery = { ideas: { totalCount: number, edges: Array<{ node: { title: string, status: IdeaStatus } }> } };

export type WorkflowChangeMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type WorkflowChangeMutation = { changeIdeaStatus: { id: string, status: IdeaStatus, nextUpdateDueAt: string | null, statusHistory: Array<{ from: IdeaStatus | null, to: IdeaStatus, rationale: string, at: string, changedBy: { handle: string, affiliation: Role | null } | null }> } };

export type WorkflowMergeMutationVariables = Exact<{
  input: MergeIdeaInput;
}>;


export type WorkflowMergeMutation = { mergeIdea: { id: string, status: IdeaStatus, mergedInto: { id: string, supportCount: number } | null } };

export type WorkflowUnmergeMutationVariables = Exact<{
  id: string;
}>;


export type WorkflowUnmergeMutation = { unmergeIdea: { id: string, status: IdeaStatus, supportCount: number, nextUpdateDueAt: string | null, mergedInto: { id: string } | null } };

export type WorkflowDecisionQueryVariables = Exact<{
  id: string;
}>;


export type WorkflowDecisionQuery = { node:
    | { status: IdeaStatus, viewerCreditOffer: CreditOfferState | null, decision: { status: IdeaStatus, summary: string, decidedBy: { handle: string } | null, credits: Array<{ handle: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type WorkflowWithdrawSupportMutationVariables = Exact<{
  id: string;
}>;


export type WorkflowWithdrawSupportMutation = { withdrawSupport: { supportCount: number } };

export type WorkflowAcceptCreditMutationVariables = Exact<{
  id: string;
}>;


export type WorkflowAcceptCreditMutation = { acceptCredit: { viewerCreditOffer: CreditOfferState | null, decision: { credits: Array<{ handle: string }> } | null } };

export type WorkflowDeclineCreditMutationVariables = Exact<{
  id: string;
}>;


export type WorkflowDeclineCreditMutation = { declineCredit: { viewerCreditOffer: CreditOfferState | null } };

export type WorkflowAcceptCredit2MutationVariables = Exact<{
  id: string;
}>;


export type WorkflowAcceptCredit2Mutation = { acceptCredit: { id: string } };

export type ExportExportMutationVariables = Exact<{
  input: ExportIdeasInput;
}>;


export type ExportExportMutation = { exportIdeas: { url: string, expiresAt: string, format: IdeasExportFormat } };

export type InsightsPromiseFieldsFragment = { questionsAsked: number, questionsAnswered: number, medianFirstReplyHours: number | null, p90FirstReplyHours: number | null, questionsUnderCommitment: number, answeredWithinCommitmentShare: number | null, answeredBy: Array<{ side: ResponderSide, questions: number, share: number | null }> | null, overdueIdeas: { count: number, medianOverdueHours: number | null, maxOverdueHours: number | null, mostOverdue: Array<{ ideaId: string, title: string, status: string, dueAt: string, overdueHours: number }> } };

export type InsightsInsightsQueryVariables = Exact<{
  communityId: string;
  period: InsightsPeriodInput;
}>;


export type InsightsInsightsQuery = { insights: { communityId: string, minimumGroupSize: number, period: { from: string, to: string }, coCreation: { ideasProposed: number, supportsGiven: number, distinctContributors: number, topIdeasBySupports: Array<{ ideaId: string, title: string, supports: number, recentSupports: number, totalSupports: number }>, topIdeasByVelocity: Array<{ ideaId: string, supports: number, recentSupports: number }>, supportsPerCampaign: Array<{ campaignId: string | null, title: string | null, supports: number, supporters: number | null }>, mostUsedTags: Array<{ tag: string | null, ideas: number }>, ideasPerStatus: Array<{ status: string, ideas: number }>, decisions: { count: number, averageRationaleLength: number | null, latest: Array<{ ideaId: string, status: string, rationaleLength: number }> } }, promises: { questionsAsked: number, questionsAnswered: number, medianFirstReplyHours: number | null, p90FirstReplyHours: number | null, questionsUnderCommitment: number, answeredWithinCommitmentShare: number | null, answeredBy: Array<{ side: ResponderSide, questions: number, share: number | null }> | null, overdueIdeas: { count: number, medianOverdueHours: number | null, maxOverdueHours: number | null, mostOverdue: Array<{ ideaId: string, title: string, status: string, dueAt: string, overdueHours: number }> } }, health: { activeMembers: number, newMembers: number, kudosGiven: number, acceptedAnswers: number, reports: number, reportOutcomes: Array<{ outcome: ReportOutcome, reports: number }> | null } } };

export type InsightsPromisesQueryVariables = Exact<{
  id: string;
}>;


export type InsightsPromisesQuery = { node:
    | { promises: { questionsAsked: number, questionsAnswered: number, medianFirstReplyHours: number | null, p90FirstReplyHours: number | null, questionsUnderCommitment: number, answeredWithinCommitmentShare: number | null, period: { from: string, to: string }, answeredBy: Array<{ side: ResponderSide, questions: number, share: number | null }> | null, overdueIdeas: { count: number, medianOverdueHours: number | null, maxOverdueHours: number | null, mostOverdue: Array<{ ideaId: string, title: string, status: string, dueAt: string, overdueHours: number }> } } | null }
    | Record<PropertyKey, never>
   | null };

export type MediaAccessStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type MediaAccessStartThreadMutation = { startThread: { id: string, bodyHtml: string } };

export type MediaAccessReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type MediaAccessReplyMutation = { reply: { id: string, bodyHtml: string } };

export type MediaAccessEditMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type MediaAccessEditMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread', bodyHtml: string }
   };

export type MediaAccessDeleteMutationVariables = Exact<{
  id: string;
}>;


export type MediaAccessDeleteMutation = { deletePost: boolean };

export type MediaAccessModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type MediaAccessModerateMutation = { moderate: { id: string } };

export type MediaAccessSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type MediaAccessSignOutMutation = { signOut: boolean };

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

export type SuspendedViewerPermissionsQueryVariables = Exact<{
  community: string;
  ownThread: string;
  othersThread: string;
  idea: string;
  ownComment: string;
  othersComment: string;
}>;


export type SuspendedViewerPermissionsQuery = { community: { viewerSuspendedUntil: string | null, viewerWorkspaceScreens: Array<WorkspaceScreen> }, ownThread:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread', viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: { edges: Array<{ node: { id: string, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanAccept: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean } }> } }
   | null, othersThread:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread', viewerCanReply: boolean, viewerCanGiveKudos: boolean, viewerCanMuteAuthor: boolean }
   | null, idea:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea', viewerCanSupport: boolean, viewerCanGiveKudos: boolean }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread' }
   | null, ownComment:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment', viewerCanEdit: boolean, viewerCanDelete: boolean }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread' }
   | null, othersComment:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment', viewerCanGiveKudos: boolean }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread' }
   | null };

export type SuspendedViewerRepliesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type SuspendedViewerRepliesQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread', viewerCanEdit: boolean, replies: { edges: Array<{ node: { viewerCanEdit: boolean, viewerCanAccept: boolean, viewerCanGiveKudos: boolean } }> } }
   | null };

export type SuspendedViewerBoardQueryVariables = Exact<{
  spaceId: string;
  first?: number | null | undefined;
}>;


export type SuspendedViewerBoardQuery = { ideas: { edges: Array<{ node: { id: string, viewerCanSupport: boolean, viewerCanGiveKudos: boolean } }> } };

export type SuspendedViewerSuspendMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type SuspendedViewerSuspendMutation = { suspendMember: { until: string } };

export type SuspendedViewerLiftMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type SuspendedViewerLiftMutation = { liftSuspension: { liftedAt: string | null } };

export type SuspendedViewerEditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type SuspendedViewerEditPostMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type SuspendedViewerEditCommentMutationVariables = Exact<{
  input: EditIdeaCommentInput;
}>;


export type SuspendedViewerEditCommentMutation = { editIdeaComment: { id: string } };

export type SuspendedViewerKudosMutationVariables = Exact<{
  contentId: string;
}>;


export type SuspendedViewerKudosMutation = { giveKudos: { id: string } };

export type SuspendedViewerSupportMutationVariables = Exact<{
  ideaId: string;
}>;


export type SuspendedViewerSupportMutation = { supportIdea: { viewerSupports: boolean } };

export type SuspendedViewerWithdrawMutationVariables = Exact<{
  ideaId: string;
}>;


export type SuspendedViewerWithdrawMutation = { withdrawSupport: { viewerSupports: boolean } };

export type SuspendedViewerAcceptMutationVariables = Exact<{
  replyId: string;
}>;


export type SuspendedViewerAcceptMutation = { acceptAnswer: { id: string } };

export type SuspendedViewerUnacceptMutationVariables = Exact<{
  threadId: string;
}>;


export type SuspendedViewerUnacceptMutation = { unacceptAnswer: { id: string } };

export type SuspendedViewerMuteMutationVariables = Exact<{
  memberId: string;
}>;


export type SuspendedViewerMuteMutation = { muteMember: { id: string } };

export type SuspendedViewerUnmuteMutationVariables = Exact<{
  memberId: string;
}>;


export type SuspendedViewerUnmuteMutation = { unmuteMember: boolean };

export type SuspendedViewerReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type SuspendedViewerReplyMutation = { reply: { id: string } };

export type SuspendedViewerLockedQueryVariables = Exact<{
  id: string;
}>;


export type SuspendedViewerLockedQuery = { node:
    | { __typename: 'AuditEntry' }
    | { __typename: 'Campaign' }
    | { __typename: 'Community' }
    | { __typename: 'ContactMessage' }
    | { __typename: 'DataExport' }
    | { __typename: 'Digest' }
    | { __typename: 'Idea' }
    | { __typename: 'IdeaComment' }
    | { __typename: 'Invitation' }
    | { __typename: 'Kudos' }
    | { __typename: 'Member' }
    | { __typename: 'Notification' }
    | { __typename: 'Reply' }
    | { __typename: 'Space' }
    | { __typename: 'Thread', viewerCanReply: boolean, viewerCanEdit: boolean }
   | null };

export type SuspendedViewerDeletePostMutationVariables = Exact<{
  id: string;
}>;


export type SuspendedViewerDeletePostMutation = { deletePost: boolean };

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

export type CreditOfferChangeMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type CreditOfferChangeMutation = { changeIdeaStatus: { status: IdeaStatus } };

export type CreditOfferInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditOfferInboxQuery = { notifications: { edges: Array<{ node: { kind: string } }> } };

export type DigestEmailUpdateNotificationPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type DigestEmailUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { email: boolean } };

export type DigestEmailGrantConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type DigestEmailGrantConsentMutation = { grantConsent: { active: boolean } };

export type DigestEmailNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestEmailNotificationsQuery = { notifications: { edges: Array<{ node: { kind: string, summary: string } }> } };

export type MentionsAndMutesThreadQueryVariables = Exact<{
  id: string;
}>;


export type MentionsAndMutesThreadQuery = { node:
    | { authorMutedByViewer: boolean, replies: { edges: Array<{ node: { authorMutedByViewer: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type MentionsAndMutesSuggestQueryVariables = Exact<{
  c: string;
  p: string;
}>;


export type MentionsAndMutesSuggestQuery = { handleSuggestions: Array<{ handle: string }> };

export type MentionsAndMutesUpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type MentionsAndMutesUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { mentions: boolean } };

export type MentionsAndMutesNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MentionsAndMutesNotificationsQuery = { notifications: { edges: Array<{ node: { kind: string, subjectId: string | null, actor: { handle: string } | null } }> } };

export type MentionsAndMutesThreadBodyHtmlQueryVariables = Exact<{
  id: string;
}>;


export type MentionsAndMutesThreadBodyHtmlQuery = { node:
    | { bodyHtml: string }
    | Record<PropertyKey, never>
   | null };

export type MentionsAndMutesMuteMemberMutationVariables = Exact<{
  id: string;
}>;


export type MentionsAndMutesMuteMemberMutation = { muteMember: { handle: string } };

export type MentionsAndMutesEditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type MentionsAndMutesEditPostMutation = { editPost:
    | { __typename: 'Reply' }
    | { __typename: 'Thread' }
   };

export type MentionsAndMutesReplyBodyHtmlQueryVariables = Exact<{
  id: string;
}>;


export type MentionsAndMutesReplyBodyHtmlQuery = { node:
    | { bodyHtml: string }
    | Record<PropertyKey, never>
   | null };

export type MentionsAndMutesMutedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MentionsAndMutesMutedMembersQuery = { mutedMembers: Array<{ mutedAt: string, member: { handle: string } }> };

export type MentionsAndMutesUnmuteMemberMutationVariables = Exact<{
  id: string;
}>;


export type MentionsAndMutesUnmuteMemberMutation = { unmuteMember: boolean };

export type NotificationLinksInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationLinksInboxQuery = { notifications: { edges: Array<{ node: { kind: string, subjectId: string | null, url: string | null } }> } };

export type NotificationLinksReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type NotificationLinksReplyMutation = { reply: { id: string } };

export type NotificationLinksCommentOnIdeaMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type NotificationLinksCommentOnIdeaMutation = { commentOnIdea: { id: string } };

export type NotificationLinksDeletePostMutationVariables = Exact<{
  id: string;
}>;


export type NotificationLinksDeletePostMutation = { deletePost: boolean };

export type NotificationLinksProposeIdeaMutationVariables = Exact<{
  input: ProposeIdeaInput;
}>;


export type NotificationLinksProposeIdeaMutation = { proposeIdea: { id: string } };

export type NotificationLinksGiveKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type NotificationLinksGiveKudosMutation = { giveKudos: { id: string } };

export type NotificationsPrefsFragment = { cadence: NotificationCadence, digestDay: number, digestHour: number, timezone: string, weeklyContactBudget: number | null, email: boolean, autoFollowOwn: boolean, quietHours: { from: string, to: string } | null };

export type NotificationsNotificationsQueryVariables = Exact<{
  filter?: NotificationsFilter | null | undefined;
}>;


export type NotificationsNotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: string, reason: NotificationReason, summary: string, subjectId: string | null, deferredUntil: string | null, read: boolean, actor: { handle: string } | null, community: { id: string } | null } }> } };

export type NotificationsUpdatePreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type NotificationsUpdatePreferencesMutation = { updateNotificationPreferences: { cadence: NotificationCadence, digestDay: number, digestHour: number, timezone: string, weeklyContactBudget: number | null, email: boolean, autoFollowOwn: boolean, quietHours: { from: string, to: string } | null } };

export type NotificationsFollowMutationVariables = Exact<{
  id: string;
}>;


export type NotificationsFollowMutation = { follow: boolean };

export type NotificationsIsFollowingQueryVariables = Exact<{
  id: string;
}>;


export type NotificationsIsFollowingQuery = { isFollowing: boolean, follows: { totalCount: number, edges: Array<{ node: { targetId: string, targetType: string } }> } };

export type NotificationsUnfollowMutationVariables = Exact<{
  id: string;
}>;


export type NotificationsUnfollowMutation = { unfollow: boolean };

export type NotificationsGrantConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type NotificationsGrantConsentMutation = { grantConsent: { active: boolean } };

export type NotificationsStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type NotificationsStartThreadMutation = { startThread: { id: string } };

export type NotificationsIsFollowing2QueryVariables = Exact<{
  id: string;
}>;


export type NotificationsIsFollowing2Query = { isFollowing: boolean };

export type NotificationsReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type NotificationsReplyMutation = { reply: { id: string } };

export type NotificationsMarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type NotificationsMarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationsMarkNotificationsRead2MutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsMarkNotificationsRead2Mutation = { markNotificationsRead: number };

export type NotificationsMarkNotificationsRead3MutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationsMarkNotificationsRead3Mutation = { markNotificationsRead: number };

export type NotificationsNotifications2QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NotificationsNotifications2Query = { notifications: { edges: Array<{ node: { id: string, summary: string, actor: { handle: string } | null, community: { name: string } | null } }> } };

export type NotificationsPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsPreferencesQuery = { me: { notificationPreferences: { cadence: NotificationCadence, digestDay: number, digestHour: number, timezone: string, weeklyContactBudget: number | null, email: boolean, autoFollowOwn: boolean, quietHours: { from: string, to: string } | null } | null } };

export type NotificationsUpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type NotificationsUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { cadence: NotificationCadence } };

export type NotificationsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsMeQuery = { me: { notificationPreferences: { timezone: string, digestHour: number } | null } };

export type NotificationsDigestsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsDigestsQuery = { unreadNotificationCount: number, digests: { totalCount: number, edges: Array<{ node: { cadence: NotificationCadence, itemCount: number, periodEnd: string, notifications: Array<{ kind: string, summary: string }> } }> } };

export type NotificationsGrantConsent2MutationVariables = Exact<{
  input: ConsentInput;
}>;


export type NotificationsGrantConsent2Mutation = { grantConsent: { scope: ConsentScope, active: boolean } };

export type NotificationsRevokeConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type NotificationsRevokeConsentMutation = { revokeConsent: { active: boolean, revokedAt: string | null } };

export type NotificationsContactMemberMutationVariables = Exact<{
  input: ContactMemberInput;
}>;


export type NotificationsContactMemberMutation = { contactMember: { id: string, conversationId: string, direction: ContactDirection, subject: string, sender: { handle: string } | null, member: { handle: string } } };

export type NotificationsRevokeConsent2MutationVariables = Exact<{
  input: ConsentInput;
}>;


export type NotificationsRevokeConsent2Mutation = { revokeConsent: { active: boolean } };

export type NotificationsMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsMe2Query = { me: { consents: Array<{ scope: ConsentScope, grantedAt: string, revokedAt: string | null, textVersion: string, active: boolean, community: { id: string } }> | null } };

export type NotificationsHistoryQueryVariables = Exact<{
  id: string;
}>;


export type NotificationsHistoryQuery = { me: { consentHistory: Array<{ action: ConsentAction, scope: ConsentScope, textVersion: string, recordedAt: string, community: { id: string } }> | null }, node:
    | { consentHistory: Array<{ action: ConsentAction }> | null }
    | Record<PropertyKey, never>
   | null };

export type NotificationsContactBrandTeamMutationVariables = Exact<{
  input: ContactBrandTeamInput;
}>;


export type NotificationsContactBrandTeamMutation = { contactBrandTeam: { conversationId: string, direction: ContactDirection } };

export type NotificationsContactMessagesQueryVariables = Exact<{
  id: string;
}>;


export type NotificationsContactMessagesQuery = { contactMessages: { edges: Array<{ node: { subject: string, member: { handle: string } } }> } };

export type ErasedMentionsModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type ErasedMentionsModerateMutation = { moderate: { id: string } };

export type ErasedMentionsGiveKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type ErasedMentionsGiveKudosMutation = { giveKudos: { id: string } };

export type ErasedMentionsDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type ErasedMentionsDeleteAccountMutation = { deleteAccount: { executeAfter: string } };

export type ErasureTracesGiveKudosMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type ErasureTracesGiveKudosMutation = { giveKudos: { id: string } };

export type ErasureTracesDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type ErasureTracesDeleteAccountMutation = { deleteAccount: { executeAfter: string } };

export type ExportCompletenessAcceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type ExportCompletenessAcceptAnswerMutation = { acceptAnswer: { id: string } };

export type LastOwnerDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type LastOwnerDeleteAccountMutation = { deleteAccount: { executeAfter: string } };

export type ModerationDataReportMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ModerationDataReportMutation = { reportContent: { id: string, weight: number } };

export type ModerationDataSuspendMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type ModerationDataSuspendMutation = { suspendMember: { id: string } };

export type ModerationDataAppealMutationVariables = Exact<{
  input: AppealInput;
}>;


export type ModerationDataAppealMutation = { appeal: { id: string, status: AppealStatus } };

export type ModerationDataDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type ModerationDataDeleteAccountMutation = { deleteAccount: { executeAfter: string } };

export type ModerationDataRequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type ModerationDataRequestDataExportMutation = { requestDataExport: { id: string } };

export type ModerationDataIssueDataExportLinkMutationVariables = Exact<{
  id: string;
}>;


export type ModerationDataIssueDataExportLinkMutation = { issueDataExportLink: { url: string } };

export type PrivacyJobsRequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type PrivacyJobsRequestDataExportMutation = { requestDataExport: { id: string } };

export type PrivacyJobsDataExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyJobsDataExportsQuery = { dataExports: { edges: Array<{ node: { id: string, status: DataExportStatus } }> } };

export type PrivacyJobsDeleteAccountMutationVariables = Exact<{
  i: DeleteAccountInput;
}>;


export type PrivacyJobsDeleteAccountMutation = { deleteAccount: { executeAfter: string } };

export type PrivacyPrivacyRequestExportMutationVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyRequestExportMutation = { requestDataExport: { id: string, status: DataExportStatus } };

export type PrivacyPrivacyExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyExportsQuery = { dataExports: { totalCount: number, edges: Array<{ node: { id: string, status: DataExportStatus, readyAt: string | null, expiresAt: string | null } }> } };

export type LinkMutationVariables = Exact<{
  id: string;
}>;


export type LinkMutation = { issueDataExportLink: { url: string, expiresAt: string } };

export type PrivacyDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type PrivacyDeleteAccountMutation = { deleteAccount: { contentChoice: ContentChoice, requestedAt: string, executeAfter: string } };

export type PrivacyPrivacyCancelDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyCancelDeletionMutation = { cancelAccountDeletion: boolean };

export type PrivacyPrivacyMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyMeQuery = { me: { handle: string } };

export type PrivacyPrivacyEnQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyEnQuery = { en: { version: string, clauses: Array<{ id: string, title: string, text: string }> }, fr: { version: string, clauses: Array<{ id: string, title: string }> } };

export type PrivacyPrivacyMe2QueryVariables = Exact<{
  other: string;
}>;


export type PrivacyPrivacyMe2Query = { me: { dataInventory: Array<{ feature: string, category: string, fields: Array<string>, purpose: string, charterClause: string, retentionDays: number | null, visibleTo: string }> | null }, node:
    | { dataInventory: Array<{ category: string }> | null }
    | Record<PropertyKey, never>
   | null };

export type PrivacyPrivacyDataExportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PrivacyPrivacyDataExportsQuery = { dataExports: { edges: Array<{ node: { id: string, status: DataExportStatus, requestedAt: string } }>, pageInfo: { hasNextPage: boolean } } };

export type PrivacyPrivacyNodeQueryVariables = Exact<{
  id: string;
}>;


export type PrivacyPrivacyNodeQuery = { node:
    | { status: DataExportStatus }
    | Record<PropertyKey, never>
   | null };

export type PrivacyPrivacyAccountDeletionQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPrivacyAccountDeletionQuery = { accountDeletion: { contentChoice: ContentChoice } | null };

export type PrivacyPrivacyInviteToCommunityMutationVariables = Exact<{
  c: string;
  h: string;
}>;


export type PrivacyPrivacyInviteToCommunityMutation = { inviteToCommunity: { id: string } };

export type PrivacyPrivacySignInMutationVariables = Exact<{
  i: SignInInput;
}>;


export type PrivacyPrivacySignInMutation = { signIn: { accessToken: string } };

export type PrivacyPrivacyNode2QueryVariables = Exact<{
  id: string;
}>;


export type PrivacyPrivacyNode2Query = { node:
    | { handle: string }
    | Record<PropertyKey, never>
   | null };

export type PrivacyPrivacySignUpMutationVariables = Exact<{
  i: SignUpInput;
}>;


export type PrivacyPrivacySignUpMutation = { signUp: boolean };

export type GatewayJoinCommunityMutationVariables = Exact<{
  id: string;
}>;


export type GatewayJoinCommunityMutation = { joinCommunity: { role: Role } };

export type GatewayRoomAccessQueryVariables = Exact<{
  rooms: Array<string> | string;
}>;


export type GatewayRoomAccessQuery = { roomAccess: Array<{ room: string, allowed: boolean, moderates: boolean }> };

export type GatewayLeaveCommunityMutationVariables = Exact<{
  id: string;
}>;


export type GatewayLeaveCommunityMutation = { leaveCommunity: boolean };

export type MultiNodeJoinCommunityMutationVariables = Exact<{
  id: string;
}>;


export type MultiNodeJoinCommunityMutation = { joinCommunity: { role: Role } };

export type SuspensionRoomsSuspendMemberMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type SuspensionRoomsSuspendMemberMutation = { suspendMember: { until: string } };

export type SuspensionRoomsLiftSuspensionMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type SuspensionRoomsLiftSuspensionMutation = { liftSuspension: { until: string } };

export type AdviceRecognitionGiveKudosMutationVariables = Exact<{
  id: string;
}>;


export type AdviceRecognitionGiveKudosMutation = { giveKudos: { id: string } };

export type AdviceRecognitionNodeQueryVariables = Exact<{
  id: string;
}>;


export type AdviceRecognitionNodeQuery = { node:
    | { kudosCount: number, viewerGaveKudos: boolean, kudos: { totalCount: number, edges: Array<{ node: { message: string | null, giver: { handle: string, affiliation: Role | null } | null } }> }, replies: { edges: Array<{ node: { kudosCount: number, viewerGaveKudos: boolean, kudos: { edges: Array<{ node: { giver: { handle: string, affiliation: Role | null } | null } }> } } }> } }
    | Record<PropertyKey, never>
   | null };

export type AdviceRecognitionNode2QueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type AdviceRecognitionNode2Query = { node:
    | { replies: { edges: Array<{ node: { kudosCount: number, viewerGaveKudos: boolean, kudos: { totalCount: number, edges: Array<{ node: { message: string | null, giver: { handle: string } | null } }> } } }> } }
    | Record<PropertyKey, never>
   | null };

export type AdviceRecognitionAcceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type AdviceRecognitionAcceptAnswerMutation = { acceptAnswer: { id: string } };

export type AdviceRecognitionNode3QueryVariables = Exact<{
  id: string;
  c: string;
}>;


export type AdviceRecognitionNode3Query = { node:
    | { badges: Array<{ kind: BadgeKind }> }
    | Record<PropertyKey, never>
   | null };

export type AdviceRecognitionUnacceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type AdviceRecognitionUnacceptAnswerMutation = { unacceptAnswer: { id: string } };

export type AdviceRecognitionSuggestedToHelpQueryVariables = Exact<{
  c: string;
  first: number;
}>;


export type AdviceRecognitionSuggestedToHelpQuery = { suggestedToHelp: Array<{ id: string, title: string }> };

export type ContentCountersGiveMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type ContentCountersGiveMutation = { giveKudos: { id: string } };

export type ContentCountersWithdrawMutationVariables = Exact<{
  id: string;
}>;


export type ContentCountersWithdrawMutation = { withdrawKudos: boolean };

export type IdeasRecognitionGiveKudosMutationVariables = Exact<{
  id: string;
}>;


export type IdeasRecognitionGiveKudosMutation = { giveKudos: { id: string } };

export type IdeasRecognitionNodeQueryVariables = Exact<{
  id: string;
}>;


export type IdeasRecognitionNodeQuery = { node:
    | { kudosCount: number, viewerGaveKudos: boolean, kudos: { edges: Array<{ node: { giver: { affiliation: Role | null } | null } }> }, comments: { edges: Array<{ node: { kudosCount: number, viewerGaveKudos: boolean, kudos: { totalCount: number } } }> } }
    | Record<PropertyKey, never>
   | null };

export type IdeasRecognitionAcceptCreditMutationVariables = Exact<{
  id: string;
}>;


export type IdeasRecognitionAcceptCreditMutation = { acceptCredit: { id: string } };

export type IdeasRecognitionMeQueryVariables = Exact<{
  c: string;
}>;


export type IdeasRecognitionMeQuery = { me: { reputation: number, badges: Array<{ kind: BadgeKind }> } };

export type IdeasRecognitionMe2QueryVariables = Exact<{
  c: string;
}>;


export type IdeasRecognitionMe2Query = { me: { reputation: number } };

export type KudosGiveMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type KudosGiveMutation = { giveKudos: { id: string, contentId: string, message: string | null, giver: { handle: string, affiliation: Role | null } | null } };

export type KudosWithdrawMutationVariables = Exact<{
  id: string;
}>;


export type KudosWithdrawMutation = { withdrawKudos: boolean };

export type KudosKudosOnQueryVariables = Exact<{
  id: string;
}>;


export type KudosKudosOnQuery = { kudosOn: { totalCount: number, edges: Array<{ node: { giver: { handle: string } | null } }> } };

export type KudosKudosOn2QueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type KudosKudosOn2Query = { kudosOn: { edges: Array<{ node: { message: string | null, giver: { handle: string, affiliation: Role | null, member: { handle: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyKudosGiveMutationVariables = Exact<{
  input: GiveKudosInput;
}>;


export type MyKudosGiveMutation = { giveKudos: { id: string } };

export type MyKudosMineQueryVariables = Exact<{
  communityId: string;
  direction: KudosDirection;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyKudosMineQuery = { myKudos: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { contentId: string, message: string | null, createdAt: string, giver: { handle: string } | null, receiver: { handle: string } | null } }> } };

export type RecognitionRealtimeGiveKudosMutationVariables = Exact<{
  id: string;
}>;


export type RecognitionRealtimeGiveKudosMutation = { giveKudos: { id: string } };

export type RecognitionRealtimeAcceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type RecognitionRealtimeAcceptAnswerMutation = { acceptAnswer: { id: string } };

export type ReputationAcceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type ReputationAcceptAnswerMutation = { acceptAnswer: { id: string } };

export type ReputationUnacceptAnswerMutationVariables = Exact<{
  id: string;
}>;


export type ReputationUnacceptAnswerMutation = { unacceptAnswer: { id: string } };

export type ReputationAcceptCreditMutationVariables = Exact<{
  id: string;
}>;


export type ReputationAcceptCreditMutation = { acceptCredit: { id: string } };

export type ReputationMeQueryVariables = Exact<{
  c: string;
}>;


export type ReputationMeQuery = { me: { reputation: number, badges: Array<{ kind: BadgeKind, name: string, awardedAt: string }> } };

export type ReputationNodeQueryVariables = Exact<{
  id: string;
  c: string;
}>;


export type ReputationNodeQuery = { node:
    | { reciprocity: { kudosGiven: number, kudosReceived: number, answersGiven: number, answersReceived: number, membersHelped: number, helpedBy: number, since: string | null } | null }
    | Record<PropertyKey, never>
   | null };

export type ReputationUpdateProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type ReputationUpdateProfileMutation = { updateProfile: { showReciprocity: boolean, appearOnRecognitionBoard: boolean } };

export type ReputationUpdateProfile2MutationVariables = Exact<{ [key: string]: never; }>;


export type ReputationUpdateProfile2Mutation = { updateProfile: { appearOnRecognitionBoard: boolean } };

export type ReputationCommunityQueryVariables = Exact<{
  slug: string;
  month: string;
}>;


export type ReputationCommunityQuery = { community: { recognitionBoardEnabled: boolean, recognitionBoard: { month: string, entries: Array<{ kudosReceived: number, acceptedAnswers: number, member: { handle: string } }> } | null } };

export type ReputationSetRecognitionBoardMutationVariables = Exact<{
  c: string;
  on: boolean;
}>;


export type ReputationSetRecognitionBoardMutation = { setRecognitionBoard: boolean };

export type ReputationCommunity2QueryVariables = Exact<{
  slug: string;
  c: string;
  first: number;
}>;


export type ReputationCommunity2Query = { community: { members: { edges: Array<{ node: { member: { handle: string, reputation: number, badges: Array<{ kind: BadgeKind }>, reciprocity: { kudosGiven: number, helpedBy: number } | null, recognitionProfile: { showReciprocity: boolean } | null } } }> } } };

export type ReputationGiveKudosMutationVariables = Exact<{
  id: string;
}>;


export type ReputationGiveKudosMutation = { giveKudos: { id: string } };

export type ReputationNode2QueryVariables = Exact<{
  id: string;
}>;


export type ReputationNode2Query = { node:
    | { message: string | null, contentId: string, giver: { handle: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ReputationDeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type ReputationDeleteAccountMutation = { deleteAccount: { contentChoice: ContentChoice } };

export type AssignmentsAssignMutationVariables = Exact<{
  input: AssignToStaffInput;
}>;


export type AssignmentsAssignMutation = { assignToStaff: { id: string, contentId: string, contentType: string, dueAt: string | null, assignee: { handle: string } | null, assignedBy: { handle: string } | null, content:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type AssignmentsListQueryVariables = Exact<{
  communityId: string;
  filter?: StaffAssignmentsFilter | null | undefined;
}>;


export type AssignmentsListQuery = { staffAssignments: Array<{ contentId: string, dueAt: string | null, remindedFor: string | null, assignee: { handle: string } | null }> };

export type AssignmentsStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type AssignmentsStartThreadMutation = { startThread: { id: string } };

export type AssignmentsSetResponseCommitmentMutationVariables = Exact<{
  input: SetResponseCommitmentInput;
}>;


export type AssignmentsSetResponseCommitmentMutation = { setResponseCommitment: { id: string } };

export type AssignmentsPostIdeaUpdateMutationVariables = Exact<{
  input: PostIdeaUpdateInput;
}>;


export type AssignmentsPostIdeaUpdateMutation = { postIdeaUpdate: { id: string } };

export type AssignmentsListedQueryVariables = Exact<{
  communityId: string;
  filter?: StaffAssignmentsFilter | null | undefined;
}>;


export type AssignmentsListedQuery = { staffAssignments: Array<{ dueAt: string | null, content:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { title: string, id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { title: string, id: string }
     | null, assignee: { handle: string } | null, assignedBy: { handle: string } | null }> };

export type CampaignReachLaunchMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type CampaignReachLaunchMutation = { launchCampaign: { id: string } };

export type CampaignReachFollowMutationVariables = Exact<{
  id: string;
}>;


export type CampaignReachFollowMutation = { follow: boolean };

export type CampaignReachUpdateNotificationPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type CampaignReachUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { cadence: NotificationCadence } };

export type CampaignReachNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignReachNotificationsQuery = { notifications: { edges: Array<{ node: { kind: string, summary: string } }> } };

export type ConversationsContactMutationVariables = Exact<{
  input: ContactMemberInput;
}>;


export type ConversationsContactMutation = { contactMember: { id: string, conversationId: string } };

export type ConversationsWriteMutationVariables = Exact<{
  input: ContactBrandTeamInput;
}>;


export type ConversationsWriteMutation = { contactBrandTeam: { id: string, conversationId: string } };

export type ConversationsCloseMutationVariables = Exact<{
  id: string;
}>;


export type ConversationsCloseMutation = { closeConversation: boolean };

export type ConversationsCountQueryVariables = Exact<{
  id: string;
}>;


export type ConversationsCountQuery = { brandContactConsentCount: number };

export type ConversationsGrantConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type ConversationsGrantConsentMutation = { grantConsent: { active: boolean } };

export type ConversationsRevokeConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type ConversationsRevokeConsentMutation = { revokeConsent: { active: boolean } };

export type IdeaUpdatesPostMutationVariables = Exact<{
  input: PostIdeaUpdateInput;
}>;


export type IdeaUpdatesPostMutation = { postIdeaUpdate: { id: string, status: IdeaStatus, nextUpdateDueAt: string | null, overdue: boolean } };

export type IdeaUpdatesIdeaQueryVariables = Exact<{
  id: string;
}>;


export type IdeaUpdatesIdeaQuery = { node:
    | { status: IdeaStatus, nextUpdateDueAt: string | null, updates: Array<{ text: string, promisedAt: string | null, nextUpdateDueAt: string, promiseKept: boolean | null, postedBy: { handle: string, affiliation: Role | null } | null }> }
    | Record<PropertyKey, never>
   | null };

export type ModerationQueueQueueQueryVariables = Exact<{
  communityId: string;
}>;


export type ModerationQueueQueueQuery = { moderationQueue: { totalCount: number, edges: Array<{ node: { id: string, contentId: string, openWeight: number, openReports: number, reasons: Array<{ reason: ReportReason, count: number, weight: number }>, claim: { expiresAt: string, viewerCanRelease: boolean, moderator: { handle: string } | null } | null, content:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { body: string, id: string }
          | { id: string }
          | { id: string }
         | null, context:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { title: string, id: string }
         | null, space: { id: string } | null } }> } };

export type ModerationQueueClaimMutationVariables = Exact<{
  id: string;
}>;


export type ModerationQueueClaimMutation = { claimModerationCase: { id: string, claim: { expiresAt: string, moderator: { handle: string } | null } | null } };

export type ModerationQueueReleaseMutationVariables = Exact<{
  id: string;
}>;


export type ModerationQueueReleaseMutation = { releaseModerationCase: { id: string, claim: { expiresAt: string } | null } };

export type ModerationQueueModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type ModerationQueueModerateMutation = { moderate: { id: string } };

export type ModerationQueueReportMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ModerationQueueReportMutation = { reportContent: { id: string } };

export type ModerationQueueStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type ModerationQueueStartThreadMutation = { startThread: { id: string } };

export type ModerationQueueReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ModerationQueueReplyMutation = { reply: { id: string } };

export type ModeratorToolsTemplatesQueryVariables = Exact<{
  communityId: string;
}>;


export type ModeratorToolsTemplatesQuery = { moderationReasonTemplates: Array<{ id: string, title: string, reason: string }> };

export type ModeratorToolsCreateMutationVariables = Exact<{
  input: CreateReasonTemplateInput;
}>;


export type ModeratorToolsCreateMutation = { createReasonTemplate: { id: string, title: string, reason: string } };

export type ModeratorToolsUpdateMutationVariables = Exact<{
  input: UpdateReasonTemplateInput;
}>;


export type ModeratorToolsUpdateMutation = { updateReasonTemplate: { id: string, title: string, reason: string } };

export type ModeratorToolsDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ModeratorToolsDeleteMutation = { deleteReasonTemplate: boolean };

export type ModeratorToolsAuditQueryVariables = Exact<{
  communityId: string;
  filter?: AuditLogFilter | null | undefined;
}>;


export type ModeratorToolsAuditQuery = { auditLog: { totalCount: number, edges: Array<{ node: { action: AuditAction, actorKind: ActorKind, reason: string } }> } };

export type ModeratorToolsHistoryQueryVariables = Exact<{
  communityId: string;
  memberId: string;
}>;


export type ModeratorToolsHistoryQuery = { memberModerationHistory: { totalCount: number, edges: Array<{ node: { action: AuditAction, reason: string, actor: { handle: string } | null } }> } };

export type ModeratorToolsNotesQueryVariables = Exact<{
  communityId: string;
  memberId: string;
}>;


export type ModeratorToolsNotesQuery = { moderatorNotes: Array<{ note: string, author: { handle: string } | null }> };

export type ModeratorToolsAddNoteMutationVariables = Exact<{
  input: AddModeratorNoteInput;
}>;


export type ModeratorToolsAddNoteMutation = { addModeratorNote: { id: string, note: string } };

export type ModeratorToolsSuspendMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type ModeratorToolsSuspendMutation = { suspendMember: { id: string } };

export type ModeratorToolsSetAutoHideThresholdMutationVariables = Exact<{
  input: SetAutoHideThresholdInput;
}>;


export type ModeratorToolsSetAutoHideThresholdMutation = { setAutoHideThreshold: number };

export type ModeratorToolsRequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type ModeratorToolsRequestDataExportMutation = { requestDataExport: { id: string } };

export type ModeratorToolsIssueDataExportLinkMutationVariables = Exact<{
  id: string;
}>;


export type ModeratorToolsIssueDataExportLinkMutation = { issueDataExportLink: { url: string } };

export type ModeratorToolsDataInventoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ModeratorToolsDataInventoryQuery = { me: { dataInventory: Array<{ category: string }> | null } };

export type RunningSuspensionsListQueryVariables = Exact<{
  communityId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RunningSuspensionsListQuery = { runningSuspensions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reason: string, until: string, member: { handle: string } | null, setBy: { handle: string, affiliation: Role | null } | null } }> } };

export type RunningSuspensionsSuspendMutationVariables = Exact<{
  input: SuspendMemberInput;
}>;


export type RunningSuspensionsSuspendMutation = { suspendMember: { id: string } };

export type RunningSuspensionsLiftMutationVariables = Exact<{
  input: LiftSuspensionInput;
}>;


export type RunningSuspensionsLiftMutation = { liftSuspension: { id: string } };

export type SavedRepliesListQueryVariables = Exact<{
  id: string;
}>;


export type SavedRepliesListQuery = { savedReplies: Array<{ id: string, title: string, text: string }> };

export type SavedRepliesCreateMutationVariables = Exact<{
  input: CreateSavedReplyInput;
}>;


export type SavedRepliesCreateMutation = { createSavedReply: { id: string, title: string, text: string } };

export type SavedRepliesUpdateMutationVariables = Exact<{
  input: UpdateSavedReplyInput;
}>;


export type SavedRepliesUpdateMutation = { updateSavedReply: { id: string, title: string, text: string } };

export type SavedRepliesDeleteMutationVariables = Exact<{
  id: string;
}>;


export type SavedRepliesDeleteMutation = { deleteSavedReply: boolean };

export type SavedRepliesReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type SavedRepliesReplyMutation = { reply: { id: string } };

export type SavedRepliesStartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type SavedRepliesStartThreadMutation = { startThread: { id: string } };

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
export const InsightsPromiseFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightsPromiseFields on PromiseFigures {
  questionsAsked
  questionsAnswered
  medianFirstReplyHours
  p90FirstReplyHours
  questionsUnderCommitment
  answeredWithinCommitmentShare
  answeredBy {
    side
    questions
    share
  }
  overdueIdeas {
    count
    medianOverdueHours
    maxOverdueHours
    mostOverdue {
      ideaId
      title
      status
      dueAt
      overdueHours
    }
  }
}
    `, {"fragmentName":"InsightsPromiseFields"}) as unknown as TypedDocumentString<InsightsPromiseFieldsFragment, unknown>;
export const NotificationsPrefsFragmentDoc = new TypedDocumentString(`
    fragment NotificationsPrefs on NotificationPreferences {
  cadence
  digestDay
  digestHour
  timezone
  quietHours {
    from
    to
  }
  weeklyContactBudget
  email
  autoFollowOwn
}
    `, {"fragmentName":"NotificationsPrefs"}) as unknown as TypedDocumentString<NotificationsPrefsFragment, unknown>;
export const AccountEmailSignUpDocument = new TypedDocumentString(`
    mutation AccountEmailSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<AccountEmailSignUpMutation, AccountEmailSignUpMutationVariables>;
export const AccountEmailSignInDocument = new TypedDocumentString(`
    mutation AccountEmailSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<AccountEmailSignInMutation, AccountEmailSignInMutationVariables>;
export const AccountEmailMeDocument = new TypedDocumentString(`
    query AccountEmailMe {
  me {
    email
    emailVerified
    locale
  }
}
    `) as unknown as TypedDocumentString<AccountEmailMeQuery, AccountEmailMeQueryVariables>;
export const AccountEmailResetRequestDocument = new TypedDocumentString(`
    mutation AccountEmailResetRequest($email: String!) {
  requestPasswordReset(input: {email: $email})
}
    `) as unknown as TypedDocumentString<AccountEmailResetRequestMutation, AccountEmailResetRequestMutationVariables>;
export const AccountEmailVerifyEmailDocument = new TypedDocumentString(`
    mutation AccountEmailVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<AccountEmailVerifyEmailMutation, AccountEmailVerifyEmailMutationVariables>;
export const AccountEmailRequestEmailVerificationDocument = new TypedDocumentString(`
    mutation AccountEmailRequestEmailVerification {
  requestEmailVerification
}
    `) as unknown as TypedDocumentString<AccountEmailRequestEmailVerificationMutation, AccountEmailRequestEmailVerificationMutationVariables>;
export const AccountEmailSetLocaleDocument = new TypedDocumentString(`
    mutation AccountEmailSetLocale($locale: Locale!) {
  setLocale(input: {locale: $locale}) {
    handle
  }
}
    `) as unknown as TypedDocumentString<AccountEmailSetLocaleMutation, AccountEmailSetLocaleMutationVariables>;
export const AccountEmailChangePasswordDocument = new TypedDocumentString(`
    mutation AccountEmailChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<AccountEmailChangePasswordMutation, AccountEmailChangePasswordMutationVariables>;
export const AccountEmailChangeEmailDocument = new TypedDocumentString(`
    mutation AccountEmailChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input)
}
    `) as unknown as TypedDocumentString<AccountEmailChangeEmailMutation, AccountEmailChangeEmailMutationVariables>;
export const AccountEmailResetPasswordDocument = new TypedDocumentString(`
    mutation AccountEmailResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<AccountEmailResetPasswordMutation, AccountEmailResetPasswordMutationVariables>;
export const AccountEmailRefreshSessionDocument = new TypedDocumentString(`
    mutation AccountEmailRefreshSession($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AccountEmailRefreshSessionMutation, AccountEmailRefreshSessionMutationVariables>;
export const AccountEmailSignIn2Document = new TypedDocumentString(`
    mutation AccountEmailSignIn2($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AccountEmailSignIn2Mutation, AccountEmailSignIn2MutationVariables>;
export const AccountEmailConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation AccountEmailConfirmEmailChange($t: String!) {
  confirmEmailChange(token: $t)
}
    `) as unknown as TypedDocumentString<AccountEmailConfirmEmailChangeMutation, AccountEmailConfirmEmailChangeMutationVariables>;
export const LocalMailboxSignUpDocument = new TypedDocumentString(`
    mutation LocalMailboxSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<LocalMailboxSignUpMutation, LocalMailboxSignUpMutationVariables>;
export const LocalMailboxVerifyEmailDocument = new TypedDocumentString(`
    mutation LocalMailboxVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    member {
      email
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<LocalMailboxVerifyEmailMutation, LocalMailboxVerifyEmailMutationVariables>;
export const MemberProfileByHandleDocument = new TypedDocumentString(`
    query MemberProfileByHandle($handle: String!) {
  memberByHandle(handle: $handle) {
    handle
    createdAt
    email
    publicMemberships {
      joinedAt
      community {
        slug
        visibility
      }
      badges {
        kind
      }
      reputation
      reciprocity {
        kudosReceived
      }
      recentThreads(first: 5) {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberProfileByHandleQuery, MemberProfileByHandleQueryVariables>;
export const SignUpProbeSignUpDocument = new TypedDocumentString(`
    mutation SignUpProbeSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignUpProbeSignUpMutation, SignUpProbeSignUpMutationVariables>;
export const SignUpProbeSignInDocument = new TypedDocumentString(`
    mutation SignUpProbeSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SignUpProbeSignInMutation, SignUpProbeSignInMutationVariables>;
export const SignUpProbeVerifyEmailDocument = new TypedDocumentString(`
    mutation SignUpProbeVerifyEmail($t: String!) {
  verifyEmail(token: $t, session: COOKIE) {
    accessToken
    refreshToken
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpProbeVerifyEmailMutation, SignUpProbeVerifyEmailMutationVariables>;
export const SignUpProbeResendDocument = new TypedDocumentString(`
    mutation SignUpProbeResend($email: String!) {
  resendVerification(input: {email: $email})
}
    `) as unknown as TypedDocumentString<SignUpProbeResendMutation, SignUpProbeResendMutationVariables>;
export const SignUpProbeMeDocument = new TypedDocumentString(`
    query SignUpProbeMe {
  me {
    handle
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<SignUpProbeMeQuery, SignUpProbeMeQueryVariables>;
export const SignUpProbeRefreshDocument = new TypedDocumentString(`
    mutation SignUpProbeRefresh {
  refreshSession {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SignUpProbeRefreshMutation, SignUpProbeRefreshMutationVariables>;
export const AnswersAcceptDocument = new TypedDocumentString(`
    mutation AnswersAccept($id: ID!) {
  acceptAnswer(replyId: $id) {
    id
    acceptedAnswer {
      id
      accepted
      author {
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersAcceptMutation, AnswersAcceptMutationVariables>;
export const AnswersUnacceptDocument = new TypedDocumentString(`
    mutation AnswersUnaccept($id: ID!) {
  unacceptAnswer(threadId: $id) {
    id
    acceptedAnswer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersUnacceptMutation, AnswersUnacceptMutationVariables>;
export const AnswersNodeDocument = new TypedDocumentString(`
    query AnswersNode($id: ID!) {
  node(id: $id) {
    ... on Thread {
      acceptedAnswer {
        id
        hidden
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersNodeQuery, AnswersNodeQueryVariables>;
export const AnswersDeletePostDocument = new TypedDocumentString(`
    mutation AnswersDeletePost($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<AnswersDeletePostMutation, AnswersDeletePostMutationVariables>;
export const ListsThreadsDocument = new TypedDocumentString(`
    query ListsThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder, $filter: ThreadsFilter) {
  node(id: $id) {
    ... on Space {
      threads(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            replyCount
            lastActivityAt
            hidden
            author {
              handle
              affiliation
            }
            acceptedAnswer {
              id
              author {
                handle
                affiliation
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsThreadsQuery, ListsThreadsQueryVariables>;
export const ListsSetCommitmentDocument = new TypedDocumentString(`
    mutation ListsSetCommitment($input: SetResponseCommitmentInput!) {
  setResponseCommitment(input: $input) {
    id
    responseCommitment {
      hours
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ListsSetCommitmentMutation, ListsSetCommitmentMutationVariables>;
export const ListsNodeDocument = new TypedDocumentString(`
    query ListsNode($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 10) {
        edges {
          node {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNodeQuery, ListsNodeQueryVariables>;
export const ListsNode2Document = new TypedDocumentString(`
    query ListsNode2($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 10) {
        edges {
          node {
            title
            body
            bodyHtml
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNode2Query, ListsNode2QueryVariables>;
export const ListsThreadTitlesDocument = new TypedDocumentString(`
    query ListsThreadTitles($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 10) {
        edges {
          node {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsThreadTitlesQuery, ListsThreadTitlesQueryVariables>;
export const ListsThreadAuthorsDocument = new TypedDocumentString(`
    query ListsThreadAuthors($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 10) {
        edges {
          node {
            title
            author {
              handle
              affiliation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsThreadAuthorsQuery, ListsThreadAuthorsQueryVariables>;
export const ListsNode3Document = new TypedDocumentString(`
    query ListsNode3($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Thread {
      replies(first: $first) {
        totalCount
        edges {
          node {
            id
            accepted
            author {
              handle
              affiliation
            }
            inReplyTo {
              id
              author {
                handle
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNode3Query, ListsNode3QueryVariables>;
export const ListsNode4Document = new TypedDocumentString(`
    query ListsNode4($id: ID!) {
  node(id: $id) {
    ... on Thread {
      expectedFirstResponseAt
      firstResponseAt
      staffResponded
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNode4Query, ListsNode4QueryVariables>;
export const ListsNode5Document = new TypedDocumentString(`
    query ListsNode5($id: ID!) {
  node(id: $id) {
    ... on Thread {
      firstResponseAt
      staffResponded
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNode5Query, ListsNode5QueryVariables>;
export const ModerationIntegrationStartThreadDocument = new TypedDocumentString(`
    mutation ModerationIntegrationStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationStartThreadMutation, ModerationIntegrationStartThreadMutationVariables>;
export const ModerationIntegrationReplyDocument = new TypedDocumentString(`
    mutation ModerationIntegrationReply($input: ReplyInput!) {
  reply(input: $input) {
    id
    thread {
      replyCount
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationReplyMutation, ModerationIntegrationReplyMutationVariables>;
export const ModerationIntegrationThreadsDocument = new TypedDocumentString(`
    query ModerationIntegrationThreads($id: ID!, $first: Int, $after: String, $orderBy: ThreadOrder) {
  node(id: $id) {
    ... on Space {
      threads(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            author {
              handle
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationThreadsQuery, ModerationIntegrationThreadsQueryVariables>;
export const ModerationIntegrationPinDocument = new TypedDocumentString(`
    mutation ModerationIntegrationPin($id: ID!) {
  pinThread(threadId: $id) {
    pinnedThreadIds
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationPinMutation, ModerationIntegrationPinMutationVariables>;
export const ModerationIntegrationCloseAsDuplicateDocument = new TypedDocumentString(`
    mutation ModerationIntegrationCloseAsDuplicate($input: CloseAsDuplicateInput!) {
  closeAsDuplicate(input: $input)
}
    `) as unknown as TypedDocumentString<ModerationIntegrationCloseAsDuplicateMutation, ModerationIntegrationCloseAsDuplicateMutationVariables>;
export const ModerationIntegrationSearchDocument = new TypedDocumentString(`
    query ModerationIntegrationSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount
    edges {
      node {
        kind
        thread {
          id
        }
        reply {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationSearchQuery, ModerationIntegrationSearchQueryVariables>;
export const ModerationIntegrationSimilarDocument = new TypedDocumentString(`
    query ModerationIntegrationSimilar($spaceId: ID!, $text: String!) {
  similarThreads(spaceId: $spaceId, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationSimilarQuery, ModerationIntegrationSimilarQueryVariables>;
export const ModerationIntegrationNodeDocument = new TypedDocumentString(`
    query ModerationIntegrationNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationIntegrationNodeQuery, ModerationIntegrationNodeQueryVariables>;
export const AdvicePrivacyEditPostDocument = new TypedDocumentString(`
    mutation AdvicePrivacyEditPost($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AdvicePrivacyEditPostMutation, AdvicePrivacyEditPostMutationVariables>;
export const AdviceRealtimeReplyDocument = new TypedDocumentString(`
    mutation AdviceRealtimeReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceRealtimeReplyMutation, AdviceRealtimeReplyMutationVariables>;
export const ReplyStatementsReplyDocument = new TypedDocumentString(`
    mutation ReplyStatementsReply($input: ReplyInput!) {
  reply(input: $input) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ReplyStatementsReplyMutation, ReplyStatementsReplyMutationVariables>;
export const SearchDepthSearchDocument = new TypedDocumentString(`
    query SearchDepthSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount
    edges {
      node {
        kind
        snippet
        thread {
          id
          title
        }
        reply {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchDepthSearchQuery, SearchDepthSearchQueryVariables>;
export const SearchSearchDocument = new TypedDocumentString(`
    query SearchSearch($input: SearchInput!) {
  search(input: $input) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        kind
        rank
        snippet
        thread {
          id
          title
        }
        reply {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSearchQuery, SearchSearchQueryVariables>;
export const SearchSimilarDocument = new TypedDocumentString(`
    query SearchSimilar($spaceId: ID!, $text: String!) {
  similarThreads(spaceId: $spaceId, text: $text) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<SearchSimilarQuery, SearchSimilarQueryVariables>;
export const SearchDeletePostDocument = new TypedDocumentString(`
    mutation SearchDeletePost($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<SearchDeletePostMutation, SearchDeletePostMutationVariables>;
export const SearchSearch2Document = new TypedDocumentString(`
    query SearchSearch2($input: SearchInput!) {
  search(input: $input) {
    edges {
      node {
        kind
        snippet
        thread {
          id
          title
        }
        reply {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSearch2Query, SearchSearch2QueryVariables>;
export const SearchEditPostDocument = new TypedDocumentString(`
    mutation SearchEditPost($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SearchEditPostMutation, SearchEditPostMutationVariables>;
export const ThreadPageThreadPageDocument = new TypedDocumentString(`
    query ThreadPageThreadPage($id: ID!, $first: Int!) {
  node(id: $id) {
    ... on Thread {
      title
      bodyHtml
      author {
        handle
        affiliation
      }
      replies(first: $first) {
        edges {
          node {
            bodyHtml
            kudosCount
            author {
              handle
              affiliation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadPageThreadPageQuery, ThreadPageThreadPageQueryVariables>;
export const ThreadViewerPermissionsThreadDocument = new TypedDocumentString(`
    query ThreadViewerPermissionsThread($id: ID!) {
  node(id: $id) {
    ... on Thread {
      viewerCanEdit
      viewerCanDelete
      viewerCanModerate
      viewerCanGiveKudos
      viewerCanMuteAuthor
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsThreadQuery, ThreadViewerPermissionsThreadQueryVariables>;
export const ThreadViewerPermissionsWebPermissionsDocument = new TypedDocumentString(`
    query ThreadViewerPermissionsWebPermissions($id: ID!) {
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
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsWebPermissionsQuery, ThreadViewerPermissionsWebPermissionsQueryVariables>;
export const ThreadViewerPermissionsWebActionsDocument = new TypedDocumentString(`
    query ThreadViewerPermissionsWebActions($id: ID!) {
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
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsWebActionsQuery, ThreadViewerPermissionsWebActionsQueryVariables>;
export const ThreadViewerPermissionsRepliesDocument = new TypedDocumentString(`
    query ThreadViewerPermissionsReplies($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Thread {
      __typename
      viewerCanEdit
      viewerCanDelete
      viewerCanModerate
      viewerCanGiveKudos
      viewerCanMuteAuthor
      replies(first: $first) {
        edges {
          node {
            id
            body
            viewerCanEdit
            viewerCanDelete
            viewerCanAccept
            viewerCanGiveKudos
            viewerCanMuteAuthor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsRepliesQuery, ThreadViewerPermissionsRepliesQueryVariables>;
export const ThreadViewerPermissionsAcceptDocument = new TypedDocumentString(`
    mutation ThreadViewerPermissionsAccept($replyId: ID!) {
  acceptAnswer(replyId: $replyId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsAcceptMutation, ThreadViewerPermissionsAcceptMutationVariables>;
export const ThreadViewerPermissionsKudosDocument = new TypedDocumentString(`
    mutation ThreadViewerPermissionsKudos($contentId: ID!) {
  giveKudos(input: {contentId: $contentId}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsKudosMutation, ThreadViewerPermissionsKudosMutationVariables>;
export const ThreadViewerPermissionsMuteDocument = new TypedDocumentString(`
    mutation ThreadViewerPermissionsMute($memberId: ID!) {
  muteMember(memberId: $memberId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsMuteMutation, ThreadViewerPermissionsMuteMutationVariables>;
export const ThreadViewerPermissionsEditDocument = new TypedDocumentString(`
    mutation ThreadViewerPermissionsEdit($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerPermissionsEditMutation, ThreadViewerPermissionsEditMutationVariables>;
export const ThreadsStartThreadDocument = new TypedDocumentString(`
    mutation ThreadsStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
    kind
    title
    body
    bodyHtml
    tags
    state
    replyCount
    hidden
    deleted
    author {
      handle
      affiliation
    }
    space {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsStartThreadMutation, ThreadsStartThreadMutationVariables>;
export const ThreadsReplyDocument = new TypedDocumentString(`
    mutation ThreadsReply($input: ReplyInput!) {
  reply(input: $input) {
    id
    body
    bodyHtml
    author {
      handle
      affiliation
    }
    thread {
      id
      replyCount
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsReplyMutation, ThreadsReplyMutationVariables>;
export const ThreadsEditDocument = new TypedDocumentString(`
    mutation ThreadsEdit($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
    ... on Thread {
      id
      title
      body
      bodyHtml
      revisions {
        title
        body
        editedAt
      }
    }
    ... on Reply {
      id
      body
      revisions {
        body
        editedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsEditMutation, ThreadsEditMutationVariables>;
export const ThreadsDeleteDocument = new TypedDocumentString(`
    mutation ThreadsDelete($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<ThreadsDeleteMutation, ThreadsDeleteMutationVariables>;
export const ThreadsThreadDocument = new TypedDocumentString(`
    query ThreadsThread($id: ID!) {
  node(id: $id) {
    ... on Thread {
      id
      title
      body
      deleted
      hidden
      replyCount
      replies(first: 10) {
        totalCount
        edges {
          node {
            id
            body
            deleted
            hidden
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsThreadQuery, ThreadsThreadQueryVariables>;
export const ThreadsReply2Document = new TypedDocumentString(`
    mutation ThreadsReply2($input: ReplyInput!) {
  reply(input: $input) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ThreadsReply2Mutation, ThreadsReply2MutationVariables>;
export const ThreadsReply3Document = new TypedDocumentString(`
    mutation ThreadsReply3($input: ReplyInput!) {
  reply(input: $input) {
    inReplyTo {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsReply3Mutation, ThreadsReply3MutationVariables>;
export const ThreadsNodeDocument = new TypedDocumentString(`
    query ThreadsNode($id: ID!) {
  node(id: $id) {
    ... on Thread {
      state
      replyCount
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadsNodeQuery, ThreadsNodeQueryVariables>;
export const ThreadsRoomAccessDocument = new TypedDocumentString(`
    query ThreadsRoomAccess($rooms: [String!]!) {
  roomAccess(rooms: $rooms) {
    room
    allowed
  }
}
    `) as unknown as TypedDocumentString<ThreadsRoomAccessQuery, ThreadsRoomAccessQueryVariables>;
export const WorkspaceScreensScreensDocument = new TypedDocumentString(`
    query WorkspaceScreensScreens($slug: String!) {
  community(slug: $slug) {
    viewerWorkspaceScreens
  }
}
    `) as unknown as TypedDocumentString<WorkspaceScreensScreensQuery, WorkspaceScreensScreensQueryVariables>;
export const WorkspaceScreensInsightsDocument = new TypedDocumentString(`
    query WorkspaceScreensInsights($id: ID!) {
  insights(
    communityId: $id
    period: {from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z"}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WorkspaceScreensInsightsQuery, WorkspaceScreensInsightsQueryVariables>;
export const WorkspaceScreensModerationDocument = new TypedDocumentString(`
    query WorkspaceScreensModeration($id: ID!) {
  moderationQueue(communityId: $id, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WorkspaceScreensModerationQuery, WorkspaceScreensModerationQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
    refreshToken
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($token: String!) {
  refreshSession(refreshToken: $token) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    handle
    email
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const AccountsVerifyEmailDocument = new TypedDocumentString(`
    mutation AccountsVerifyEmail($t: String!) {
  verifyEmail(token: $t) {
    accessToken
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsVerifyEmailMutation, AccountsVerifyEmailMutationVariables>;
export const AccountsSignOutDocument = new TypedDocumentString(`
    mutation AccountsSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<AccountsSignOutMutation, AccountsSignOutMutationVariables>;
export const ActiveSessionsMeDocument = new TypedDocumentString(`
    query ActiveSessionsMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<ActiveSessionsMeQuery, ActiveSessionsMeQueryVariables>;
export const ActiveSessionsSignOutDocument = new TypedDocumentString(`
    mutation ActiveSessionsSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<ActiveSessionsSignOutMutation, ActiveSessionsSignOutMutationVariables>;
export const ActiveSessionsRefreshSessionDocument = new TypedDocumentString(`
    mutation ActiveSessionsRefreshSession($token: String!) {
  refreshSession(refreshToken: $token) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ActiveSessionsRefreshSessionMutation, ActiveSessionsRefreshSessionMutationVariables>;
export const BrowserSessionsSignInDocument = new TypedDocumentString(`
    mutation BrowserSessionsSignIn($input: SignInInput!) {
  signIn(input: $input, session: COOKIE) {
    accessToken
    refreshToken
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserSessionsSignInMutation, BrowserSessionsSignInMutationVariables>;
export const BrowserSessionsRefreshDocument = new TypedDocumentString(`
    mutation BrowserSessionsRefresh {
  refreshSession {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<BrowserSessionsRefreshMutation, BrowserSessionsRefreshMutationVariables>;
export const BrowserSessionsMeDocument = new TypedDocumentString(`
    query BrowserSessionsMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<BrowserSessionsMeQuery, BrowserSessionsMeQueryVariables>;
export const BrowserSessionsSignUpDocument = new TypedDocumentString(`
    mutation BrowserSessionsSignUp {
  signUp(
    input: {email: "cookie-up@example.test", password: "a long passphrase", handle: "cookie_up"}
  )
}
    `) as unknown as TypedDocumentString<BrowserSessionsSignUpMutation, BrowserSessionsSignUpMutationVariables>;
export const BrowserSessionsRefreshSessionDocument = new TypedDocumentString(`
    mutation BrowserSessionsRefreshSession($t: String) {
  refreshSession(refreshToken: $t, session: COOKIE) {
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<BrowserSessionsRefreshSessionMutation, BrowserSessionsRefreshSessionMutationVariables>;
export const BrowserSessionsSignOutDocument = new TypedDocumentString(`
    mutation BrowserSessionsSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<BrowserSessionsSignOutMutation, BrowserSessionsSignOutMutationVariables>;
export const BrowserSessionsCommunitiesDocument = new TypedDocumentString(`
    query BrowserSessionsCommunities {
  communities(first: 3) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserSessionsCommunitiesQuery, BrowserSessionsCommunitiesQueryVariables>;
export const CommunitiesCacheShownDocument = new TypedDocumentString(`
    query CommunitiesCacheShown($c: ID!, $s: ID!) {
  c: node(id: $c) {
    ... on Community {
      name
      memberCount
      viewerRole
    }
  }
  s: node(id: $s) {
    ... on Space {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCacheShownQuery, CommunitiesCacheShownQueryVariables>;
export const CommunitiesCacheJoinDocument = new TypedDocumentString(`
    mutation CommunitiesCacheJoin($id: ID!) {
  joinCommunity(communityId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCacheJoinMutation, CommunitiesCacheJoinMutationVariables>;
export const CommunitiesCreateSpaceDocument = new TypedDocumentString(`
    mutation CommunitiesCreateSpace($input: CreateSpaceInput!) {
  createSpace(input: $input) {
    id
    kind
    community {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCreateSpaceMutation, CommunitiesCreateSpaceMutationVariables>;
export const CommunitiesSetRoleDocument = new TypedDocumentString(`
    mutation CommunitiesSetRole($input: SetMemberRoleInput!) {
  setMemberRole(input: $input) {
    role
  }
}
    `) as unknown as TypedDocumentString<CommunitiesSetRoleMutation, CommunitiesSetRoleMutationVariables>;
export const CommunitiesCreateCommunityDocument = new TypedDocumentString(`
    mutation CommunitiesCreateCommunity {
  createCommunity(
    input: {slug: "velo-club", name: "Vélo club", description: "", locale: FR, visibility: PUBLIC}
  ) {
    slug
    locale
    viewerRole
    memberCount
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCreateCommunityMutation, CommunitiesCreateCommunityMutationVariables>;
export const CommunitiesCreateCommunity2Document = new TypedDocumentString(`
    mutation CommunitiesCreateCommunity2($slug: String!) {
  createCommunity(
    input: {slug: $slug, name: "Again", locale: EN, visibility: PUBLIC}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCreateCommunity2Mutation, CommunitiesCreateCommunity2MutationVariables>;
export const CommunitiesCreateCommunity3Document = new TypedDocumentString(`
    mutation CommunitiesCreateCommunity3 {
  createCommunity(
    input: {slug: "Bad Slug!", name: "Bad", locale: EN, visibility: PUBLIC}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCreateCommunity3Mutation, CommunitiesCreateCommunity3MutationVariables>;
export const CommunitiesJoinCommunityDocument = new TypedDocumentString(`
    mutation CommunitiesJoinCommunity($id: ID!) {
  joinCommunity(communityId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<CommunitiesJoinCommunityMutation, CommunitiesJoinCommunityMutationVariables>;
export const CommunitiesLeaveCommunityDocument = new TypedDocumentString(`
    mutation CommunitiesLeaveCommunity($id: ID!) {
  leaveCommunity(communityId: $id)
}
    `) as unknown as TypedDocumentString<CommunitiesLeaveCommunityMutation, CommunitiesLeaveCommunityMutationVariables>;
export const CommunitiesCommunityDocument = new TypedDocumentString(`
    query CommunitiesCommunity($slug: String!) {
  community(slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCommunityQuery, CommunitiesCommunityQueryVariables>;
export const CommunitiesCommunity2Document = new TypedDocumentString(`
    query CommunitiesCommunity2 {
  community(slug: "does-not-exist") {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCommunity2Query, CommunitiesCommunity2QueryVariables>;
export const CommunitiesCommunitiesDocument = new TypedDocumentString(`
    query CommunitiesCommunities {
  communities(first: 100) {
    edges {
      node {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCommunitiesQuery, CommunitiesCommunitiesQueryVariables>;
export const CommunitiesNodeDocument = new TypedDocumentString(`
    query CommunitiesNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesNodeQuery, CommunitiesNodeQueryVariables>;
export const CommunitiesInviteToCommunityDocument = new TypedDocumentString(`
    mutation CommunitiesInviteToCommunity($id: ID!, $handle: String!) {
  inviteToCommunity(communityId: $id, handle: $handle) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunitiesInviteToCommunityMutation, CommunitiesInviteToCommunityMutationVariables>;
export const CommunitiesAcceptInvitationDocument = new TypedDocumentString(`
    mutation CommunitiesAcceptInvitation($id: ID!) {
  acceptInvitation(invitationId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<CommunitiesAcceptInvitationMutation, CommunitiesAcceptInvitationMutationVariables>;
export const CommunitiesMyInvitationsDocument = new TypedDocumentString(`
    query CommunitiesMyInvitations {
  myInvitations {
    id
    community {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesMyInvitationsQuery, CommunitiesMyInvitationsQueryVariables>;
export const CommunitiesCommunity3Document = new TypedDocumentString(`
    query CommunitiesCommunity3($slug: String!) {
  community(slug: $slug) {
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCommunity3Query, CommunitiesCommunity3QueryVariables>;
export const CommunitiesCommunity4Document = new TypedDocumentString(`
    query CommunitiesCommunity4($slug: String!) {
  community(slug: $slug) {
    members(first: 10) {
      edges {
        node {
          role
          member {
            handle
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesCommunity4Query, CommunitiesCommunity4QueryVariables>;
export const CredentialReadsThreadPageDocument = new TypedDocumentString(`
    query CredentialReadsThreadPage($id: ID!) {
  node(id: $id) {
    ... on Thread {
      title
      author {
        handle
        affiliation
        member {
          handle
          email
        }
      }
      replies(first: 20) {
        edges {
          node {
            author {
              handle
              affiliation
              member {
                handle
                createdAt
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CredentialReadsThreadPageQuery, CredentialReadsThreadPageQueryVariables>;
export const CredentialReadsIdeaPageDocument = new TypedDocumentString(`
    query CredentialReadsIdeaPage($spaceId: ID!, $id: ID!) {
  ideas(spaceId: $spaceId, first: 20) {
    edges {
      node {
        title
        author {
          handle
          affiliation
          member {
            handle
          }
        }
      }
    }
  }
  node(id: $id) {
    ... on Idea {
      title
      author {
        handle
      }
      comments(first: 20) {
        edges {
          node {
            author {
              handle
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CredentialReadsIdeaPageQuery, CredentialReadsIdeaPageQueryVariables>;
export const DraftsSaveDocument = new TypedDocumentString(`
    mutation DraftsSave($input: SaveDraftInput!) {
  saveDraft(input: $input) {
    id
    placeId
    title
    body
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<DraftsSaveMutation, DraftsSaveMutationVariables>;
export const DraftsDraftDocument = new TypedDocumentString(`
    query DraftsDraft($placeId: ID!) {
  draft(placeId: $placeId) {
    placeId
    title
    body
  }
}
    `) as unknown as TypedDocumentString<DraftsDraftQuery, DraftsDraftQueryVariables>;
export const DraftsMineDocument = new TypedDocumentString(`
    query DraftsMine {
  myDrafts {
    placeId
    title
    body
  }
}
    `) as unknown as TypedDocumentString<DraftsMineQuery, DraftsMineQueryVariables>;
export const DraftsDeleteDocument = new TypedDocumentString(`
    mutation DraftsDelete($placeId: ID!) {
  deleteDraft(placeId: $placeId)
}
    `) as unknown as TypedDocumentString<DraftsDeleteMutation, DraftsDeleteMutationVariables>;
export const DraftsSignInDocument = new TypedDocumentString(`
    mutation DraftsSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<DraftsSignInMutation, DraftsSignInMutationVariables>;
export const GraphqlConventionsNestedDocument = new TypedDocumentString(`
    query GraphqlConventionsNested($first: Int!) {
  communities(first: $first) {
    edges {
      node {
        slug
        members(first: $first) {
          edges {
            node {
              role
              member {
                handle
              }
            }
          }
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsNestedQuery, GraphqlConventionsNestedQueryVariables>;
export const GraphqlConventionsCommunitiesDocument = new TypedDocumentString(`
    query GraphqlConventionsCommunities {
  communities(first: 4) {
    edges {
      cursor
      node {
        slug
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsCommunitiesQuery, GraphqlConventionsCommunitiesQueryVariables>;
export const GraphqlConventionsCommunities2Document = new TypedDocumentString(`
    query GraphqlConventionsCommunities2($after: String) {
  communities(first: 4, after: $after) {
    edges {
      node {
        slug
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsCommunities2Query, GraphqlConventionsCommunities2QueryVariables>;
export const GraphqlConventionsCommunities3Document = new TypedDocumentString(`
    query GraphqlConventionsCommunities3 {
  communities(first: 1000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsCommunities3Query, GraphqlConventionsCommunities3QueryVariables>;
export const GraphqlConventionsCommunities4Document = new TypedDocumentString(`
    query GraphqlConventionsCommunities4 {
  communities(first: 10, after: "bm90IGEgY3Vyc29y") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsCommunities4Query, GraphqlConventionsCommunities4QueryVariables>;
export const GraphqlConventionsJoinCommunityDocument = new TypedDocumentString(`
    mutation GraphqlConventionsJoinCommunity($id: ID!) {
  joinCommunity(communityId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsJoinCommunityMutation, GraphqlConventionsJoinCommunityMutationVariables>;
export const GraphqlConventionsNodeDocument = new TypedDocumentString(`
    query GraphqlConventionsNode($id: ID!) {
  node(id: $id) {
    id
    ... on Member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsNodeQuery, GraphqlConventionsNodeQueryVariables>;
export const GraphqlConventionsCommunities6Document = new TypedDocumentString(`
    query GraphqlConventionsCommunities6 {
  communities(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsCommunities6Query, GraphqlConventionsCommunities6QueryVariables>;
export const GraphqlConventionsMeDocument = new TypedDocumentString(`
    query GraphqlConventionsMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<GraphqlConventionsMeQuery, GraphqlConventionsMeQueryVariables>;
export const NotifyAfterCommitNodeDocument = new TypedDocumentString(`
    query NotifyAfterCommitNode($id: ID!) {
  node(id: $id) {
    ... on Thread {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyAfterCommitNodeQuery, NotifyAfterCommitNodeQueryVariables>;
export const OperatorAnonymousReadDocument = new TypedDocumentString(`
    query OperatorAnonymousRead {
  communities(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorAnonymousReadQuery, OperatorAnonymousReadQueryVariables>;
export const OperatorTypenameDocument = new TypedDocumentString(`
    query OperatorTypename {
  __typename
}
    `) as unknown as TypedDocumentString<OperatorTypenameQuery, OperatorTypenameQueryVariables>;
export const ResponseCacheThreadDocument = new TypedDocumentString(`
    query ResponseCacheThread($id: ID!) {
  node(id: $id) {
    ... on Thread {
      title
      replyCount
      replies(first: 20) {
        edges {
          node {
            bodyHtml
            author {
              handle
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheThreadQuery, ResponseCacheThreadQueryVariables>;
export const ResponseCacheSpaceThreadsDocument = new TypedDocumentString(`
    query ResponseCacheSpaceThreads($id: ID!) {
  node(id: $id) {
    ... on Space {
      threads(first: 20) {
        edges {
          node {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheSpaceThreadsQuery, ResponseCacheSpaceThreadsQueryVariables>;
export const ResponseCacheReplyDocument = new TypedDocumentString(`
    mutation ResponseCacheReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheReplyMutation, ResponseCacheReplyMutationVariables>;
export const ResponseCacheMeDocument = new TypedDocumentString(`
    query ResponseCacheMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheMeQuery, ResponseCacheMeQueryVariables>;
export const ResponseCacheNodeDocument = new TypedDocumentString(`
    query ResponseCacheNode($id: ID!) {
  node(id: $id) {
    ... on Community {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheNodeQuery, ResponseCacheNodeQueryVariables>;
export const ResponseCacheCommunitiesDocument = new TypedDocumentString(`
    query ResponseCacheCommunities {
  communities(first: 5) {
    edges {
      node {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCommunitiesQuery, ResponseCacheCommunitiesQueryVariables>;
export const SessionListSignInDocument = new TypedDocumentString(`
    mutation SessionListSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SessionListSignInMutation, SessionListSignInMutationVariables>;
export const SessionListSessionsDocument = new TypedDocumentString(`
    query SessionListSessions {
  me {
    sessions {
      id
      deviceLabel
      createdAt
      lastUsedAt
      expiresAt
      current
    }
  }
}
    `) as unknown as TypedDocumentString<SessionListSessionsQuery, SessionListSessionsQueryVariables>;
export const SessionListMeDocument = new TypedDocumentString(`
    query SessionListMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<SessionListMeQuery, SessionListMeQueryVariables>;
export const SessionListNodeDocument = new TypedDocumentString(`
    query SessionListNode($id: ID!) {
  node(id: $id) {
    ... on Member {
      sessions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionListNodeQuery, SessionListNodeQueryVariables>;
export const SessionListRevokeSessionDocument = new TypedDocumentString(`
    mutation SessionListRevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<SessionListRevokeSessionMutation, SessionListRevokeSessionMutationVariables>;
export const SessionListRevokeSession2Document = new TypedDocumentString(`
    mutation SessionListRevokeSession2 {
  revokeSession(id: "bm90LWEtc2Vzc2lvbg")
}
    `) as unknown as TypedDocumentString<SessionListRevokeSession2Mutation, SessionListRevokeSession2MutationVariables>;
export const SessionListRevokeOtherSessionsDocument = new TypedDocumentString(`
    mutation SessionListRevokeOtherSessions {
  revokeOtherSessions
}
    `) as unknown as TypedDocumentString<SessionListRevokeOtherSessionsMutation, SessionListRevokeOtherSessionsMutationVariables>;
export const SessionListSignOutDocument = new TypedDocumentString(`
    mutation SessionListSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SessionListSignOutMutation, SessionListSignOutMutationVariables>;
export const AbuseLimitsSignUpDocument = new TypedDocumentString(`
    mutation AbuseLimitsSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<AbuseLimitsSignUpMutation, AbuseLimitsSignUpMutationVariables>;
export const AbuseLimitsSignInDocument = new TypedDocumentString(`
    mutation AbuseLimitsSignIn($input: SignInInput!) {
  signIn(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AbuseLimitsSignInMutation, AbuseLimitsSignInMutationVariables>;
export const AbuseLimitsReportContentDocument = new TypedDocumentString(`
    mutation AbuseLimitsReportContent($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AbuseLimitsReportContentMutation, AbuseLimitsReportContentMutationVariables>;
export const DatabaseOutageSignUpDocument = new TypedDocumentString(`
    mutation DatabaseOutageSignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<DatabaseOutageSignUpMutation, DatabaseOutageSignUpMutationVariables>;
export const DatabaseOutageCreateDocument = new TypedDocumentString(`
    mutation DatabaseOutageCreate($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageCreateMutation, DatabaseOutageCreateMutationVariables>;
export const DatabaseOutageMeDocument = new TypedDocumentString(`
    query DatabaseOutageMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageMeQuery, DatabaseOutageMeQueryVariables>;
export const DatabaseOutageCommunitiesDocument = new TypedDocumentString(`
    query DatabaseOutageCommunities {
  communities(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageCommunitiesQuery, DatabaseOutageCommunitiesQueryVariables>;
export const IdempotencyReplyDocument = new TypedDocumentString(`
    mutation IdempotencyReply($input: ReplyInput!) {
  reply(input: $input) {
    id
    body
  }
}
    `) as unknown as TypedDocumentString<IdempotencyReplyMutation, IdempotencyReplyMutationVariables>;
export const RedisOutageNodeDocument = new TypedDocumentString(`
    query RedisOutageNode($id: ID!) {
  node(id: $id) {
    ... on Thread {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageNodeQuery, RedisOutageNodeQueryVariables>;
export const RedisOutageReplyDocument = new TypedDocumentString(`
    mutation RedisOutageReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RedisOutageReplyMutation, RedisOutageReplyMutationVariables>;
export const RedisOutageCommunitiesDocument = new TypedDocumentString(`
    query RedisOutageCommunities {
  communities(first: 3) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RedisOutageCommunitiesQuery, RedisOutageCommunitiesQueryVariables>;
export const SchemaSweepStartThreadDocument = new TypedDocumentString(`
    mutation SchemaSweepStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaSweepStartThreadMutation, SchemaSweepStartThreadMutationVariables>;
export const SchemaSweepProposeIdeaDocument = new TypedDocumentString(`
    mutation SchemaSweepProposeIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaSweepProposeIdeaMutation, SchemaSweepProposeIdeaMutationVariables>;
export const SchemaSweepSuspendMemberDocument = new TypedDocumentString(`
    mutation SchemaSweepSuspendMember($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SchemaSweepSuspendMemberMutation, SchemaSweepSuspendMemberMutationVariables>;
export const HealthTypenameDocument = new TypedDocumentString(`
    query HealthTypename {
  __typename
}
    `) as unknown as TypedDocumentString<HealthTypenameQuery, HealthTypenameQueryVariables>;
export const CloseCampaignLaunchDocument = new TypedDocumentString(`
    mutation CloseCampaignLaunch($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseCampaignLaunchMutation, CloseCampaignLaunchMutationVariables>;
export const CloseCampaignCloseDocument = new TypedDocumentString(`
    mutation CloseCampaignClose($id: ID!) {
  closeCampaign(campaignId: $id) {
    id
    submissionsCloseAt
    supportClosesAt
  }
}
    `) as unknown as TypedDocumentString<CloseCampaignCloseMutation, CloseCampaignCloseMutationVariables>;
export const CloseCampaignProposeDocument = new TypedDocumentString(`
    mutation CloseCampaignPropose($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseCampaignProposeMutation, CloseCampaignProposeMutationVariables>;
export const HiddenContentListDocument = new TypedDocumentString(`
    query HiddenContentList($spaceId: ID!, $first: Int, $after: String) {
  ideas(spaceId: $spaceId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HiddenContentListQuery, HiddenContentListQueryVariables>;
export const HiddenContentCommentsDocument = new TypedDocumentString(`
    query HiddenContentComments($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Idea {
      comments(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HiddenContentCommentsQuery, HiddenContentCommentsQueryVariables>;
export const HiddenContentNodeDocument = new TypedDocumentString(`
    query HiddenContentNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<HiddenContentNodeQuery, HiddenContentNodeQueryVariables>;
export const IdeaBoardIdeaBoardDocument = new TypedDocumentString(`
    query IdeaBoardIdeaBoard($spaceId: ID!, $first: Int!) {
  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: $first) {
    edges {
      node {
        title
        supportCount
        viewerSupports
        author {
          handle
          affiliation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaBoardIdeaBoardQuery, IdeaBoardIdeaBoardQueryVariables>;
export const IdeaBoardFilteredDocument = new TypedDocumentString(`
    query IdeaBoardFiltered($spaceId: ID!, $filter: IdeasFilter) {
  ideas(spaceId: $spaceId, first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        title
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaBoardFilteredQuery, IdeaBoardFilteredQueryVariables>;
export const IdeaBoardWithBodiesDocument = new TypedDocumentString(`
    query IdeaBoardWithBodies($spaceId: ID!) {
  ideas(spaceId: $spaceId, orderBy: MOST_SUPPORTED, first: 20) {
    edges {
      node {
        title
        body
        bodyHtml
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaBoardWithBodiesQuery, IdeaBoardWithBodiesQueryVariables>;
export const IdeaBoardRoadmapDocument = new TypedDocumentString(`
    query IdeaBoardRoadmap($spaceId: ID!) {
  ideaRoadmap(spaceId: $spaceId, perStatus: 2) {
    status
    totalCount
    ideas {
      title
      author {
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaBoardRoadmapQuery, IdeaBoardRoadmapQueryVariables>;
export const IdeasProposeDocument = new TypedDocumentString(`
    mutation IdeasPropose($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
    title
    body
    bodyHtml
    tags
    status
    supportCount
    author {
      handle
      affiliation
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasProposeMutation, IdeasProposeMutationVariables>;
export const IdeasCommentDocument = new TypedDocumentString(`
    mutation IdeasComment($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
    bodyHtml
    inReplyToId
    author {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasCommentMutation, IdeasCommentMutationVariables>;
export const IdeasLaunchDocument = new TypedDocumentString(`
    mutation IdeasLaunch($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
    title
    briefHtml
    submissionsCloseAt
  }
}
    `) as unknown as TypedDocumentString<IdeasLaunchMutation, IdeasLaunchMutationVariables>;
export const IdeasListDocument = new TypedDocumentString(`
    query IdeasList($spaceId: ID!, $first: Int, $filter: IdeasFilter, $orderBy: IdeaOrder) {
  ideas(spaceId: $spaceId, first: $first, filter: $filter, orderBy: $orderBy) {
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
        viewerSupports
        overdue
        nextUpdateDueAt
        author {
          handle
          affiliation
        }
        supportersByAffiliation {
          members
          staff
          moderators
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasListQuery, IdeasListQueryVariables>;
export const IdeasSimilarIdeasDocument = new TypedDocumentString(`
    query IdeasSimilarIdeas($s: ID!, $t: String!) {
  similarIdeas(spaceId: $s, text: $t) {
    title
  }
}
    `) as unknown as TypedDocumentString<IdeasSimilarIdeasQuery, IdeasSimilarIdeasQueryVariables>;
export const IdeasNodeDocument = new TypedDocumentString(`
    query IdeasNode($id: ID!) {
  node(id: $id) {
    ... on Idea {
      commentCount
      comments(first: 1) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            bodyHtml
            author {
              handle
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasNodeQuery, IdeasNodeQueryVariables>;
export const IdeasNode2Document = new TypedDocumentString(`
    query IdeasNode2($id: ID!, $after: String) {
  node(id: $id) {
    ... on Idea {
      comments(first: 5, after: $after) {
        edges {
          node {
            author {
              handle
              affiliation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasNode2Query, IdeasNode2QueryVariables>;
export const IdeasNode3Document = new TypedDocumentString(`
    query IdeasNode3($id: ID!) {
  node(id: $id) {
    ... on Space {
      campaigns {
        title
      }
      ideaPolicy {
        updateEveryDays
        supportBudget
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasNode3Query, IdeasNode3QueryVariables>;
export const IdeasIdeasDocument = new TypedDocumentString(`
    query IdeasIdeas($s: ID!, $after: String) {
  ideas(spaceId: $s, first: 7, after: $after, orderBy: TRENDING) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasIdeasQuery, IdeasIdeasQueryVariables>;
export const IdeasNode4Document = new TypedDocumentString(`
    query IdeasNode4($id: ID!) {
  node(id: $id) {
    __typename
    ... on Idea {
      title
      space {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasNode4Query, IdeasNode4QueryVariables>;
export const IdeasNode5Document = new TypedDocumentString(`
    query IdeasNode5($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasNode5Query, IdeasNode5QueryVariables>;
export const IdeasRoomAccessDocument = new TypedDocumentString(`
    query IdeasRoomAccess($rooms: [String!]!) {
  roomAccess(rooms: $rooms) {
    room
    allowed
  }
}
    `) as unknown as TypedDocumentString<IdeasRoomAccessQuery, IdeasRoomAccessQueryVariables>;
export const OwnCommentsCommentDocument = new TypedDocumentString(`
    mutation OwnCommentsComment($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
    viewerCanEdit
    viewerCanDelete
    editedAt
  }
}
    `) as unknown as TypedDocumentString<OwnCommentsCommentMutation, OwnCommentsCommentMutationVariables>;
export const OwnCommentsEditDocument = new TypedDocumentString(`
    mutation OwnCommentsEdit($input: EditIdeaCommentInput!) {
  editIdeaComment(input: $input) {
    id
    body
    bodyHtml
    editedAt
  }
}
    `) as unknown as TypedDocumentString<OwnCommentsEditMutation, OwnCommentsEditMutationVariables>;
export const OwnCommentsDeleteDocument = new TypedDocumentString(`
    mutation OwnCommentsDelete($id: ID!) {
  deleteIdeaComment(id: $id)
}
    `) as unknown as TypedDocumentString<OwnCommentsDeleteMutation, OwnCommentsDeleteMutationVariables>;
export const OwnCommentsCommentsDocument = new TypedDocumentString(`
    query OwnCommentsComments($id: ID!) {
  node(id: $id) {
    ... on Idea {
      commentCount
      comments(first: 50) {
        edges {
          node {
            id
            body
            viewerCanEdit
            viewerCanDelete
            editedAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCommentsCommentsQuery, OwnCommentsCommentsQueryVariables>;
export const OwnCommentsRepliesDocument = new TypedDocumentString(`
    query OwnCommentsReplies($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Thread {
      replies(first: $first) {
        edges {
          node {
            id
            viewerCanEdit
            viewerCanDelete
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCommentsRepliesQuery, OwnCommentsRepliesQueryVariables>;
export const OwnCommentsRepliesWithRevisionsDocument = new TypedDocumentString(`
    query OwnCommentsRepliesWithRevisions($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Thread {
      replies(first: $first) {
        edges {
          node {
            id
            updatedAt
            viewerCanEdit
            viewerCanDelete
            revisions {
              body
              editedAt
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnCommentsRepliesWithRevisionsQuery, OwnCommentsRepliesWithRevisionsQueryVariables>;
export const IdeasRealtimeSupportIdeaDocument = new TypedDocumentString(`
    mutation IdeasRealtimeSupportIdea($id: ID!) {
  supportIdea(ideaId: $id) {
    supportCount
  }
}
    `) as unknown as TypedDocumentString<IdeasRealtimeSupportIdeaMutation, IdeasRealtimeSupportIdeaMutationVariables>;
export const IdeasRealtimeCommentOnIdeaDocument = new TypedDocumentString(`
    mutation IdeasRealtimeCommentOnIdea($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasRealtimeCommentOnIdeaMutation, IdeasRealtimeCommentOnIdeaMutationVariables>;
export const ScheduleIdeaDocument = new TypedDocumentString(`
    query ScheduleIdea($id: ID!) {
  node(id: $id) {
    ... on Idea {
      status
      qualifiedAt
      nextUpdateDueAt
      resubmittedFrom {
        id
      }
      statusHistory {
        from
        to
        rationale
        changedBy {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleIdeaQuery, ScheduleIdeaQueryVariables>;
export const ScheduleRoundsDocument = new TypedDocumentString(`
    query ScheduleRounds($id: ID!) {
  node(id: $id) {
    ... on Space {
      reviewRounds {
        cutoffAt
        decisionDueAt
        processed
        ideas {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleRoundsQuery, ScheduleRoundsQueryVariables>;
export const ScheduleMeDocument = new TypedDocumentString(`
    query ScheduleMe($s: ID!) {
  me {
    supportBudget(spaceId: $s) {
      used
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeQuery, ScheduleMeQueryVariables>;
export const ScheduleResubmitDocument = new TypedDocumentString(`
    mutation ScheduleResubmit($id: ID!) {
  resubmitIdea(ideaId: $id) {
    id
    status
    title
    resubmittedFrom {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleResubmitMutation, ScheduleResubmitMutationVariables>;
export const ScheduleSetIdeaPolicyDocument = new TypedDocumentString(`
    mutation ScheduleSetIdeaPolicy($input: SetIdeaPolicyInput!) {
  setIdeaPolicy(input: $input) {
    supportThreshold
  }
}
    `) as unknown as TypedDocumentString<ScheduleSetIdeaPolicyMutation, ScheduleSetIdeaPolicyMutationVariables>;
export const StatusPromiseChangeDocument = new TypedDocumentString(`
    mutation StatusPromiseChange($input: ChangeIdeaStatusInput!) {
  changeIdeaStatus(input: $input) {
    status
    nextUpdateDueAt
  }
}
    `) as unknown as TypedDocumentString<StatusPromiseChangeMutation, StatusPromiseChangeMutationVariables>;
export const StatusPromiseNodeDocument = new TypedDocumentString(`
    query StatusPromiseNode($id: ID!) {
  node(id: $id) {
    ... on Idea {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StatusPromiseNodeQuery, StatusPromiseNodeQueryVariables>;
export const SupportPermissionCanDocument = new TypedDocumentString(`
    query SupportPermissionCan($id: ID!) {
  node(id: $id) {
    ... on Idea {
      viewerCanSupport
      viewerSupports
    }
  }
}
    `) as unknown as TypedDocumentString<SupportPermissionCanQuery, SupportPermissionCanQueryVariables>;
export const SupportPermissionSupportDocument = new TypedDocumentString(`
    mutation SupportPermissionSupport($ideaId: ID!) {
  supportIdea(ideaId: $ideaId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportPermissionSupportMutation, SupportPermissionSupportMutationVariables>;
export const SupportPermissionLaunchDocument = new TypedDocumentString(`
    mutation SupportPermissionLaunch($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportPermissionLaunchMutation, SupportPermissionLaunchMutationVariables>;
export const SupportPermissionBoardDocument = new TypedDocumentString(`
    query SupportPermissionBoard($spaceId: ID!, $first: Int) {
  ideas(spaceId: $spaceId, first: $first, filter: {includeClosed: true}) {
    edges {
      node {
        id
        viewerCanSupport
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupportPermissionBoardQuery, SupportPermissionBoardQueryVariables>;
export const SupportStatementsSupportDocument = new TypedDocumentString(`
    mutation SupportStatementsSupport($id: ID!) {
  supportIdea(ideaId: $id) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportStatementsSupportMutation, SupportStatementsSupportMutationVariables>;
export const SupportsSupportDocument = new TypedDocumentString(`
    mutation SupportsSupport($id: ID!) {
  supportIdea(ideaId: $id) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportsSupportMutation, SupportsSupportMutationVariables>;
export const SupportsWithdrawDocument = new TypedDocumentString(`
    mutation SupportsWithdraw($id: ID!) {
  withdrawSupport(ideaId: $id) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportsWithdrawMutation, SupportsWithdrawMutationVariables>;
export const SupportsBudgetDocument = new TypedDocumentString(`
    query SupportsBudget($s: ID!) {
  me {
    supportBudget(spaceId: $s) {
      limit
      used
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<SupportsBudgetQuery, SupportsBudgetQueryVariables>;
export const SupportsLaunchCampaignDocument = new TypedDocumentString(`
    mutation SupportsLaunchCampaign($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SupportsLaunchCampaignMutation, SupportsLaunchCampaignMutationVariables>;
export const TriageCountsCountsDocument = new TypedDocumentString(`
    query TriageCountsCounts($spaceId: ID!) {
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
    `) as unknown as TypedDocumentString<TriageCountsCountsQuery, TriageCountsCountsQueryVariables>;
export const TriageCountsPageDocument = new TypedDocumentString(`
    query TriageCountsPage($spaceId: ID!, $qualified: Boolean, $first: Int) {
  ideas(
    spaceId: $spaceId
    first: $first
    orderBy: MOST_SUPPORTED
    filter: {statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: $qualified}
  ) {
    totalCount
    edges {
      node {
        title
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TriageCountsPageQuery, TriageCountsPageQueryVariables>;
export const WorkflowChangeDocument = new TypedDocumentString(`
    mutation WorkflowChange($input: ChangeIdeaStatusInput!) {
  changeIdeaStatus(input: $input) {
    id
    status
    nextUpdateDueAt
    statusHistory {
      from
      to
      rationale
      changedBy {
        handle
        affiliation
      }
      at
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowChangeMutation, WorkflowChangeMutationVariables>;
export const WorkflowMergeDocument = new TypedDocumentString(`
    mutation WorkflowMerge($input: MergeIdeaInput!) {
  mergeIdea(input: $input) {
    id
    status
    mergedInto {
      id
      supportCount
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowMergeMutation, WorkflowMergeMutationVariables>;
export const WorkflowUnmergeDocument = new TypedDocumentString(`
    mutation WorkflowUnmerge($id: ID!) {
  unmergeIdea(ideaId: $id) {
    id
    status
    supportCount
    mergedInto {
      id
    }
    nextUpdateDueAt
  }
}
    `) as unknown as TypedDocumentString<WorkflowUnmergeMutation, WorkflowUnmergeMutationVariables>;
export const WorkflowDecisionDocument = new TypedDocumentString(`
    query WorkflowDecision($id: ID!) {
  node(id: $id) {
    ... on Idea {
      status
      viewerCreditOffer
      decision {
        status
        summary
        decidedBy {
          handle
        }
        credits {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowDecisionQuery, WorkflowDecisionQueryVariables>;
export const WorkflowWithdrawSupportDocument = new TypedDocumentString(`
    mutation WorkflowWithdrawSupport($id: ID!) {
  withdrawSupport(ideaId: $id) {
    supportCount
  }
}
    `) as unknown as TypedDocumentString<WorkflowWithdrawSupportMutation, WorkflowWithdrawSupportMutationVariables>;
export const WorkflowAcceptCreditDocument = new TypedDocumentString(`
    mutation WorkflowAcceptCredit($id: ID!) {
  acceptCredit(ideaId: $id) {
    viewerCreditOffer
    decision {
      credits {
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowAcceptCreditMutation, WorkflowAcceptCreditMutationVariables>;
export const WorkflowDeclineCreditDocument = new TypedDocumentString(`
    mutation WorkflowDeclineCredit($id: ID!) {
  declineCredit(ideaId: $id) {
    viewerCreditOffer
  }
}
    `) as unknown as TypedDocumentString<WorkflowDeclineCreditMutation, WorkflowDeclineCreditMutationVariables>;
export const WorkflowAcceptCredit2Document = new TypedDocumentString(`
    mutation WorkflowAcceptCredit2($id: ID!) {
  acceptCredit(ideaId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkflowAcceptCredit2Mutation, WorkflowAcceptCredit2MutationVariables>;
export const ExportExportDocument = new TypedDocumentString(`
    mutation ExportExport($input: ExportIdeasInput!) {
  exportIdeas(input: $input) {
    url
    expiresAt
    format
  }
}
    `) as unknown as TypedDocumentString<ExportExportMutation, ExportExportMutationVariables>;
export const InsightsInsightsDocument = new TypedDocumentString(`
    query InsightsInsights($communityId: ID!, $period: InsightsPeriodInput!) {
  insights(communityId: $communityId, period: $period) {
    communityId
    period {
      from
      to
    }
    minimumGroupSize
    coCreation {
      ideasProposed
      supportsGiven
      distinctContributors
      topIdeasBySupports {
        ideaId
        title
        supports
        recentSupports
        totalSupports
      }
      topIdeasByVelocity {
        ideaId
        supports
        recentSupports
      }
      supportsPerCampaign {
        campaignId
        title
        supports
        supporters
      }
      mostUsedTags {
        tag
        ideas
      }
      ideasPerStatus {
        status
        ideas
      }
      decisions {
        count
        averageRationaleLength
        latest {
          ideaId
          status
          rationaleLength
        }
      }
    }
    promises {
      ...InsightsPromiseFields
    }
    health {
      activeMembers
      newMembers
      kudosGiven
      acceptedAnswers
      reports
      reportOutcomes {
        outcome
        reports
      }
    }
  }
}
    fragment InsightsPromiseFields on PromiseFigures {
  questionsAsked
  questionsAnswered
  medianFirstReplyHours
  p90FirstReplyHours
  questionsUnderCommitment
  answeredWithinCommitmentShare
  answeredBy {
    side
    questions
    share
  }
  overdueIdeas {
    count
    medianOverdueHours
    maxOverdueHours
    mostOverdue {
      ideaId
      title
      status
      dueAt
      overdueHours
    }
  }
}`) as unknown as TypedDocumentString<InsightsInsightsQuery, InsightsInsightsQueryVariables>;
export const InsightsPromisesDocument = new TypedDocumentString(`
    query InsightsPromises($id: ID!) {
  node(id: $id) {
    ... on Community {
      promises {
        period {
          from
          to
        }
        ...InsightsPromiseFields
      }
    }
  }
}
    fragment InsightsPromiseFields on PromiseFigures {
  questionsAsked
  questionsAnswered
  medianFirstReplyHours
  p90FirstReplyHours
  questionsUnderCommitment
  answeredWithinCommitmentShare
  answeredBy {
    side
    questions
    share
  }
  overdueIdeas {
    count
    medianOverdueHours
    maxOverdueHours
    mostOverdue {
      ideaId
      title
      status
      dueAt
      overdueHours
    }
  }
}`) as unknown as TypedDocumentString<InsightsPromisesQuery, InsightsPromisesQueryVariables>;
export const MediaAccessStartThreadDocument = new TypedDocumentString(`
    mutation MediaAccessStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
    bodyHtml
  }
}
    `) as unknown as TypedDocumentString<MediaAccessStartThreadMutation, MediaAccessStartThreadMutationVariables>;
export const MediaAccessReplyDocument = new TypedDocumentString(`
    mutation MediaAccessReply($input: ReplyInput!) {
  reply(input: $input) {
    id
    bodyHtml
  }
}
    `) as unknown as TypedDocumentString<MediaAccessReplyMutation, MediaAccessReplyMutationVariables>;
export const MediaAccessEditDocument = new TypedDocumentString(`
    mutation MediaAccessEdit($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
    ... on Thread {
      bodyHtml
    }
  }
}
    `) as unknown as TypedDocumentString<MediaAccessEditMutation, MediaAccessEditMutationVariables>;
export const MediaAccessDeleteDocument = new TypedDocumentString(`
    mutation MediaAccessDelete($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<MediaAccessDeleteMutation, MediaAccessDeleteMutationVariables>;
export const MediaAccessModerateDocument = new TypedDocumentString(`
    mutation MediaAccessModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MediaAccessModerateMutation, MediaAccessModerateMutationVariables>;
export const MediaAccessSignOutDocument = new TypedDocumentString(`
    mutation MediaAccessSignOut {
  signOut
}
    `) as unknown as TypedDocumentString<MediaAccessSignOutMutation, MediaAccessSignOutMutationVariables>;
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
export const SuspendedViewerPermissionsDocument = new TypedDocumentString(`
    query SuspendedViewerPermissions($community: String!, $ownThread: ID!, $othersThread: ID!, $idea: ID!, $ownComment: ID!, $othersComment: ID!) {
  community(slug: $community) {
    viewerSuspendedUntil
    viewerWorkspaceScreens
  }
  ownThread: node(id: $ownThread) {
    __typename
    ... on Thread {
      viewerCanEdit
      viewerCanDelete
      viewerCanModerate
      replies(first: 10) {
        edges {
          node {
            id
            viewerCanEdit
            viewerCanDelete
            viewerCanAccept
            viewerCanGiveKudos
            viewerCanMuteAuthor
          }
        }
      }
    }
  }
  othersThread: node(id: $othersThread) {
    __typename
    ... on Thread {
      viewerCanReply
      viewerCanGiveKudos
      viewerCanMuteAuthor
    }
  }
  idea: node(id: $idea) {
    __typename
    ... on Idea {
      viewerCanSupport
      viewerCanGiveKudos
    }
  }
  ownComment: node(id: $ownComment) {
    __typename
    ... on IdeaComment {
      viewerCanEdit
      viewerCanDelete
    }
  }
  othersComment: node(id: $othersComment) {
    __typename
    ... on IdeaComment {
      viewerCanGiveKudos
    }
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerPermissionsQuery, SuspendedViewerPermissionsQueryVariables>;
export const SuspendedViewerRepliesDocument = new TypedDocumentString(`
    query SuspendedViewerReplies($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Thread {
      viewerCanEdit
      replies(first: $first) {
        edges {
          node {
            viewerCanEdit
            viewerCanAccept
            viewerCanGiveKudos
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerRepliesQuery, SuspendedViewerRepliesQueryVariables>;
export const SuspendedViewerBoardDocument = new TypedDocumentString(`
    query SuspendedViewerBoard($spaceId: ID!, $first: Int) {
  ideas(spaceId: $spaceId, first: $first) {
    edges {
      node {
        id
        viewerCanSupport
        viewerCanGiveKudos
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerBoardQuery, SuspendedViewerBoardQueryVariables>;
export const SuspendedViewerSuspendDocument = new TypedDocumentString(`
    mutation SuspendedViewerSuspend($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    until
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerSuspendMutation, SuspendedViewerSuspendMutationVariables>;
export const SuspendedViewerLiftDocument = new TypedDocumentString(`
    mutation SuspendedViewerLift($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    liftedAt
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerLiftMutation, SuspendedViewerLiftMutationVariables>;
export const SuspendedViewerEditPostDocument = new TypedDocumentString(`
    mutation SuspendedViewerEditPost($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerEditPostMutation, SuspendedViewerEditPostMutationVariables>;
export const SuspendedViewerEditCommentDocument = new TypedDocumentString(`
    mutation SuspendedViewerEditComment($input: EditIdeaCommentInput!) {
  editIdeaComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerEditCommentMutation, SuspendedViewerEditCommentMutationVariables>;
export const SuspendedViewerKudosDocument = new TypedDocumentString(`
    mutation SuspendedViewerKudos($contentId: ID!) {
  giveKudos(input: {contentId: $contentId}) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerKudosMutation, SuspendedViewerKudosMutationVariables>;
export const SuspendedViewerSupportDocument = new TypedDocumentString(`
    mutation SuspendedViewerSupport($ideaId: ID!) {
  supportIdea(ideaId: $ideaId) {
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerSupportMutation, SuspendedViewerSupportMutationVariables>;
export const SuspendedViewerWithdrawDocument = new TypedDocumentString(`
    mutation SuspendedViewerWithdraw($ideaId: ID!) {
  withdrawSupport(ideaId: $ideaId) {
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerWithdrawMutation, SuspendedViewerWithdrawMutationVariables>;
export const SuspendedViewerAcceptDocument = new TypedDocumentString(`
    mutation SuspendedViewerAccept($replyId: ID!) {
  acceptAnswer(replyId: $replyId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerAcceptMutation, SuspendedViewerAcceptMutationVariables>;
export const SuspendedViewerUnacceptDocument = new TypedDocumentString(`
    mutation SuspendedViewerUnaccept($threadId: ID!) {
  unacceptAnswer(threadId: $threadId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerUnacceptMutation, SuspendedViewerUnacceptMutationVariables>;
export const SuspendedViewerMuteDocument = new TypedDocumentString(`
    mutation SuspendedViewerMute($memberId: ID!) {
  muteMember(memberId: $memberId) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerMuteMutation, SuspendedViewerMuteMutationVariables>;
export const SuspendedViewerUnmuteDocument = new TypedDocumentString(`
    mutation SuspendedViewerUnmute($memberId: ID!) {
  unmuteMember(memberId: $memberId)
}
    `) as unknown as TypedDocumentString<SuspendedViewerUnmuteMutation, SuspendedViewerUnmuteMutationVariables>;
export const SuspendedViewerReplyDocument = new TypedDocumentString(`
    mutation SuspendedViewerReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerReplyMutation, SuspendedViewerReplyMutationVariables>;
export const SuspendedViewerLockedDocument = new TypedDocumentString(`
    query SuspendedViewerLocked($id: ID!) {
  node(id: $id) {
    __typename
    ... on Thread {
      viewerCanReply
      viewerCanEdit
    }
  }
}
    `) as unknown as TypedDocumentString<SuspendedViewerLockedQuery, SuspendedViewerLockedQueryVariables>;
export const SuspendedViewerDeletePostDocument = new TypedDocumentString(`
    mutation SuspendedViewerDeletePost($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<SuspendedViewerDeletePostMutation, SuspendedViewerDeletePostMutationVariables>;
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
export const CreditOfferChangeDocument = new TypedDocumentString(`
    mutation CreditOfferChange($input: ChangeIdeaStatusInput!) {
  changeIdeaStatus(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<CreditOfferChangeMutation, CreditOfferChangeMutationVariables>;
export const CreditOfferInboxDocument = new TypedDocumentString(`
    query CreditOfferInbox {
  notifications(first: 20) {
    edges {
      node {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreditOfferInboxQuery, CreditOfferInboxQueryVariables>;
export const DigestEmailUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation DigestEmailUpdateNotificationPreferences {
  updateNotificationPreferences(input: {cadence: DAILY, email: true}) {
    email
  }
}
    `) as unknown as TypedDocumentString<DigestEmailUpdateNotificationPreferencesMutation, DigestEmailUpdateNotificationPreferencesMutationVariables>;
export const DigestEmailGrantConsentDocument = new TypedDocumentString(`
    mutation DigestEmailGrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<DigestEmailGrantConsentMutation, DigestEmailGrantConsentMutationVariables>;
export const DigestEmailNotificationsDocument = new TypedDocumentString(`
    query DigestEmailNotifications {
  notifications(first: 5) {
    edges {
      node {
        kind
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DigestEmailNotificationsQuery, DigestEmailNotificationsQueryVariables>;
export const MentionsAndMutesThreadDocument = new TypedDocumentString(`
    query MentionsAndMutesThread($id: ID!) {
  node(id: $id) {
    ... on Thread {
      authorMutedByViewer
      replies(first: 10) {
        edges {
          node {
            authorMutedByViewer
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesThreadQuery, MentionsAndMutesThreadQueryVariables>;
export const MentionsAndMutesSuggestDocument = new TypedDocumentString(`
    query MentionsAndMutesSuggest($c: ID!, $p: String!) {
  handleSuggestions(communityId: $c, prefix: $p) {
    handle
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesSuggestQuery, MentionsAndMutesSuggestQueryVariables>;
export const MentionsAndMutesUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation MentionsAndMutesUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    mentions
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesUpdateNotificationPreferencesMutation, MentionsAndMutesUpdateNotificationPreferencesMutationVariables>;
export const MentionsAndMutesNotificationsDocument = new TypedDocumentString(`
    query MentionsAndMutesNotifications {
  notifications(first: 5) {
    edges {
      node {
        kind
        subjectId
        actor {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesNotificationsQuery, MentionsAndMutesNotificationsQueryVariables>;
export const MentionsAndMutesThreadBodyHtmlDocument = new TypedDocumentString(`
    query MentionsAndMutesThreadBodyHtml($id: ID!) {
  node(id: $id) {
    ... on Thread {
      bodyHtml
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesThreadBodyHtmlQuery, MentionsAndMutesThreadBodyHtmlQueryVariables>;
export const MentionsAndMutesMuteMemberDocument = new TypedDocumentString(`
    mutation MentionsAndMutesMuteMember($id: ID!) {
  muteMember(memberId: $id) {
    handle
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesMuteMemberMutation, MentionsAndMutesMuteMemberMutationVariables>;
export const MentionsAndMutesEditPostDocument = new TypedDocumentString(`
    mutation MentionsAndMutesEditPost($input: EditPostInput!) {
  editPost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesEditPostMutation, MentionsAndMutesEditPostMutationVariables>;
export const MentionsAndMutesReplyBodyHtmlDocument = new TypedDocumentString(`
    query MentionsAndMutesReplyBodyHtml($id: ID!) {
  node(id: $id) {
    ... on Reply {
      bodyHtml
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesReplyBodyHtmlQuery, MentionsAndMutesReplyBodyHtmlQueryVariables>;
export const MentionsAndMutesMutedMembersDocument = new TypedDocumentString(`
    query MentionsAndMutesMutedMembers {
  mutedMembers {
    member {
      handle
    }
    mutedAt
  }
}
    `) as unknown as TypedDocumentString<MentionsAndMutesMutedMembersQuery, MentionsAndMutesMutedMembersQueryVariables>;
export const MentionsAndMutesUnmuteMemberDocument = new TypedDocumentString(`
    mutation MentionsAndMutesUnmuteMember($id: ID!) {
  unmuteMember(memberId: $id)
}
    `) as unknown as TypedDocumentString<MentionsAndMutesUnmuteMemberMutation, MentionsAndMutesUnmuteMemberMutationVariables>;
export const NotificationLinksInboxDocument = new TypedDocumentString(`
    query NotificationLinksInbox($first: Int) {
  notifications(first: $first) {
    edges {
      node {
        kind
        subjectId
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationLinksInboxQuery, NotificationLinksInboxQueryVariables>;
export const NotificationLinksReplyDocument = new TypedDocumentString(`
    mutation NotificationLinksReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationLinksReplyMutation, NotificationLinksReplyMutationVariables>;
export const NotificationLinksCommentOnIdeaDocument = new TypedDocumentString(`
    mutation NotificationLinksCommentOnIdea($input: CommentOnIdeaInput!) {
  commentOnIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationLinksCommentOnIdeaMutation, NotificationLinksCommentOnIdeaMutationVariables>;
export const NotificationLinksDeletePostDocument = new TypedDocumentString(`
    mutation NotificationLinksDeletePost($id: ID!) {
  deletePost(id: $id)
}
    `) as unknown as TypedDocumentString<NotificationLinksDeletePostMutation, NotificationLinksDeletePostMutationVariables>;
export const NotificationLinksProposeIdeaDocument = new TypedDocumentString(`
    mutation NotificationLinksProposeIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationLinksProposeIdeaMutation, NotificationLinksProposeIdeaMutationVariables>;
export const NotificationLinksGiveKudosDocument = new TypedDocumentString(`
    mutation NotificationLinksGiveKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationLinksGiveKudosMutation, NotificationLinksGiveKudosMutationVariables>;
export const NotificationsNotificationsDocument = new TypedDocumentString(`
    query NotificationsNotifications($filter: NotificationsFilter) {
  notifications(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        id
        kind
        reason
        summary
        subjectId
        deferredUntil
        read
        actor {
          handle
        }
        community {
          id
        }
      }
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsNotificationsQuery, NotificationsNotificationsQueryVariables>;
export const NotificationsUpdatePreferencesDocument = new TypedDocumentString(`
    mutation NotificationsUpdatePreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    ...NotificationsPrefs
  }
}
    fragment NotificationsPrefs on NotificationPreferences {
  cadence
  digestDay
  digestHour
  timezone
  quietHours {
    from
    to
  }
  weeklyContactBudget
  email
  autoFollowOwn
}`) as unknown as TypedDocumentString<NotificationsUpdatePreferencesMutation, NotificationsUpdatePreferencesMutationVariables>;
export const NotificationsFollowDocument = new TypedDocumentString(`
    mutation NotificationsFollow($id: ID!) {
  follow(targetId: $id)
}
    `) as unknown as TypedDocumentString<NotificationsFollowMutation, NotificationsFollowMutationVariables>;
export const NotificationsIsFollowingDocument = new TypedDocumentString(`
    query NotificationsIsFollowing($id: ID!) {
  isFollowing(targetId: $id)
  follows {
    totalCount
    edges {
      node {
        targetId
        targetType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsIsFollowingQuery, NotificationsIsFollowingQueryVariables>;
export const NotificationsUnfollowDocument = new TypedDocumentString(`
    mutation NotificationsUnfollow($id: ID!) {
  unfollow(targetId: $id)
}
    `) as unknown as TypedDocumentString<NotificationsUnfollowMutation, NotificationsUnfollowMutationVariables>;
export const NotificationsGrantConsentDocument = new TypedDocumentString(`
    mutation NotificationsGrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<NotificationsGrantConsentMutation, NotificationsGrantConsentMutationVariables>;
export const NotificationsStartThreadDocument = new TypedDocumentString(`
    mutation NotificationsStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsStartThreadMutation, NotificationsStartThreadMutationVariables>;
export const NotificationsIsFollowing2Document = new TypedDocumentString(`
    query NotificationsIsFollowing2($id: ID!) {
  isFollowing(targetId: $id)
}
    `) as unknown as TypedDocumentString<NotificationsIsFollowing2Query, NotificationsIsFollowing2QueryVariables>;
export const NotificationsReplyDocument = new TypedDocumentString(`
    mutation NotificationsReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NotificationsReplyMutation, NotificationsReplyMutationVariables>;
export const NotificationsMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation NotificationsMarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<NotificationsMarkNotificationsReadMutation, NotificationsMarkNotificationsReadMutationVariables>;
export const NotificationsMarkNotificationsRead2Document = new TypedDocumentString(`
    mutation NotificationsMarkNotificationsRead2 {
  markNotificationsRead(input: {all: true})
}
    `) as unknown as TypedDocumentString<NotificationsMarkNotificationsRead2Mutation, NotificationsMarkNotificationsRead2MutationVariables>;
export const NotificationsMarkNotificationsRead3Document = new TypedDocumentString(`
    mutation NotificationsMarkNotificationsRead3 {
  markNotificationsRead(input: {})
}
    `) as unknown as TypedDocumentString<NotificationsMarkNotificationsRead3Mutation, NotificationsMarkNotificationsRead3MutationVariables>;
export const NotificationsNotifications2Document = new TypedDocumentString(`
    query NotificationsNotifications2($first: Int) {
  notifications(first: $first) {
    edges {
      node {
        id
        summary
        actor {
          handle
        }
        community {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsNotifications2Query, NotificationsNotifications2QueryVariables>;
export const NotificationsPreferencesDocument = new TypedDocumentString(`
    query NotificationsPreferences {
  me {
    notificationPreferences {
      ...NotificationsPrefs
    }
  }
}
    fragment NotificationsPrefs on NotificationPreferences {
  cadence
  digestDay
  digestHour
  timezone
  quietHours {
    from
    to
  }
  weeklyContactBudget
  email
  autoFollowOwn
}`) as unknown as TypedDocumentString<NotificationsPreferencesQuery, NotificationsPreferencesQueryVariables>;
export const NotificationsUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation NotificationsUpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    cadence
  }
}
    `) as unknown as TypedDocumentString<NotificationsUpdateNotificationPreferencesMutation, NotificationsUpdateNotificationPreferencesMutationVariables>;
export const NotificationsMeDocument = new TypedDocumentString(`
    query NotificationsMe {
  me {
    notificationPreferences {
      timezone
      digestHour
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsMeQuery, NotificationsMeQueryVariables>;
export const NotificationsDigestsDocument = new TypedDocumentString(`
    query NotificationsDigests {
  digests {
    totalCount
    edges {
      node {
        cadence
        itemCount
        periodEnd
        notifications {
          kind
          summary
        }
      }
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsDigestsQuery, NotificationsDigestsQueryVariables>;
export const NotificationsGrantConsent2Document = new TypedDocumentString(`
    mutation NotificationsGrantConsent2($input: ConsentInput!) {
  grantConsent(input: $input) {
    scope
    active
  }
}
    `) as unknown as TypedDocumentString<NotificationsGrantConsent2Mutation, NotificationsGrantConsent2MutationVariables>;
export const NotificationsRevokeConsentDocument = new TypedDocumentString(`
    mutation NotificationsRevokeConsent($input: ConsentInput!) {
  revokeConsent(input: $input) {
    active
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsRevokeConsentMutation, NotificationsRevokeConsentMutationVariables>;
export const NotificationsContactMemberDocument = new TypedDocumentString(`
    mutation NotificationsContactMember($input: ContactMemberInput!) {
  contactMember(input: $input) {
    id
    conversationId
    direction
    subject
    sender {
      handle
    }
    member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsContactMemberMutation, NotificationsContactMemberMutationVariables>;
export const NotificationsRevokeConsent2Document = new TypedDocumentString(`
    mutation NotificationsRevokeConsent2($input: ConsentInput!) {
  revokeConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<NotificationsRevokeConsent2Mutation, NotificationsRevokeConsent2MutationVariables>;
export const NotificationsMe2Document = new TypedDocumentString(`
    query NotificationsMe2 {
  me {
    consents {
      scope
      grantedAt
      revokedAt
      textVersion
      active
      community {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsMe2Query, NotificationsMe2QueryVariables>;
export const NotificationsHistoryDocument = new TypedDocumentString(`
    query NotificationsHistory($id: ID!) {
  me {
    consentHistory {
      action
      scope
      textVersion
      recordedAt
      community {
        id
      }
    }
  }
  node(id: $id) {
    ... on Member {
      consentHistory {
        action
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsHistoryQuery, NotificationsHistoryQueryVariables>;
export const NotificationsContactBrandTeamDocument = new TypedDocumentString(`
    mutation NotificationsContactBrandTeam($input: ContactBrandTeamInput!) {
  contactBrandTeam(input: $input) {
    conversationId
    direction
  }
}
    `) as unknown as TypedDocumentString<NotificationsContactBrandTeamMutation, NotificationsContactBrandTeamMutationVariables>;
export const NotificationsContactMessagesDocument = new TypedDocumentString(`
    query NotificationsContactMessages($id: ID!) {
  contactMessages(communityId: $id) {
    edges {
      node {
        subject
        member {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsContactMessagesQuery, NotificationsContactMessagesQueryVariables>;
export const ErasedMentionsModerateDocument = new TypedDocumentString(`
    mutation ErasedMentionsModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErasedMentionsModerateMutation, ErasedMentionsModerateMutationVariables>;
export const ErasedMentionsGiveKudosDocument = new TypedDocumentString(`
    mutation ErasedMentionsGiveKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErasedMentionsGiveKudosMutation, ErasedMentionsGiveKudosMutationVariables>;
export const ErasedMentionsDeleteAccountDocument = new TypedDocumentString(`
    mutation ErasedMentionsDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<ErasedMentionsDeleteAccountMutation, ErasedMentionsDeleteAccountMutationVariables>;
export const ErasureTracesGiveKudosDocument = new TypedDocumentString(`
    mutation ErasureTracesGiveKudos($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErasureTracesGiveKudosMutation, ErasureTracesGiveKudosMutationVariables>;
export const ErasureTracesDeleteAccountDocument = new TypedDocumentString(`
    mutation ErasureTracesDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<ErasureTracesDeleteAccountMutation, ErasureTracesDeleteAccountMutationVariables>;
export const ExportCompletenessAcceptAnswerDocument = new TypedDocumentString(`
    mutation ExportCompletenessAcceptAnswer($id: ID!) {
  acceptAnswer(replyId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExportCompletenessAcceptAnswerMutation, ExportCompletenessAcceptAnswerMutationVariables>;
export const LastOwnerDeleteAccountDocument = new TypedDocumentString(`
    mutation LastOwnerDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<LastOwnerDeleteAccountMutation, LastOwnerDeleteAccountMutationVariables>;
export const ModerationDataReportDocument = new TypedDocumentString(`
    mutation ModerationDataReport($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
    weight
  }
}
    `) as unknown as TypedDocumentString<ModerationDataReportMutation, ModerationDataReportMutationVariables>;
export const ModerationDataSuspendDocument = new TypedDocumentString(`
    mutation ModerationDataSuspend($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationDataSuspendMutation, ModerationDataSuspendMutationVariables>;
export const ModerationDataAppealDocument = new TypedDocumentString(`
    mutation ModerationDataAppeal($input: AppealInput!) {
  appeal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ModerationDataAppealMutation, ModerationDataAppealMutationVariables>;
export const ModerationDataDeleteAccountDocument = new TypedDocumentString(`
    mutation ModerationDataDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<ModerationDataDeleteAccountMutation, ModerationDataDeleteAccountMutationVariables>;
export const ModerationDataRequestDataExportDocument = new TypedDocumentString(`
    mutation ModerationDataRequestDataExport {
  requestDataExport {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationDataRequestDataExportMutation, ModerationDataRequestDataExportMutationVariables>;
export const ModerationDataIssueDataExportLinkDocument = new TypedDocumentString(`
    mutation ModerationDataIssueDataExportLink($id: ID!) {
  issueDataExportLink(exportId: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<ModerationDataIssueDataExportLinkMutation, ModerationDataIssueDataExportLinkMutationVariables>;
export const PrivacyJobsRequestDataExportDocument = new TypedDocumentString(`
    mutation PrivacyJobsRequestDataExport {
  requestDataExport {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyJobsRequestDataExportMutation, PrivacyJobsRequestDataExportMutationVariables>;
export const PrivacyJobsDataExportsDocument = new TypedDocumentString(`
    query PrivacyJobsDataExports {
  dataExports {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyJobsDataExportsQuery, PrivacyJobsDataExportsQueryVariables>;
export const PrivacyJobsDeleteAccountDocument = new TypedDocumentString(`
    mutation PrivacyJobsDeleteAccount($i: DeleteAccountInput!) {
  deleteAccount(input: $i) {
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<PrivacyJobsDeleteAccountMutation, PrivacyJobsDeleteAccountMutationVariables>;
export const PrivacyPrivacyRequestExportDocument = new TypedDocumentString(`
    mutation PrivacyPrivacyRequestExport {
  requestDataExport {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyRequestExportMutation, PrivacyPrivacyRequestExportMutationVariables>;
export const PrivacyPrivacyExportsDocument = new TypedDocumentString(`
    query PrivacyPrivacyExports {
  dataExports(first: 10) {
    totalCount
    edges {
      node {
        id
        status
        readyAt
        expiresAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyExportsQuery, PrivacyPrivacyExportsQueryVariables>;
export const LinkDocument = new TypedDocumentString(`
    mutation Link($id: ID!) {
  issueDataExportLink(exportId: $id) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LinkMutation, LinkMutationVariables>;
export const PrivacyDeleteAccountDocument = new TypedDocumentString(`
    mutation PrivacyDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    contentChoice
    requestedAt
    executeAfter
  }
}
    `) as unknown as TypedDocumentString<PrivacyDeleteAccountMutation, PrivacyDeleteAccountMutationVariables>;
export const PrivacyPrivacyCancelDeletionDocument = new TypedDocumentString(`
    mutation PrivacyPrivacyCancelDeletion {
  cancelAccountDeletion
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyCancelDeletionMutation, PrivacyPrivacyCancelDeletionMutationVariables>;
export const PrivacyPrivacyMeDocument = new TypedDocumentString(`
    query PrivacyPrivacyMe {
  me {
    handle
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyMeQuery, PrivacyPrivacyMeQueryVariables>;
export const PrivacyPrivacyEnDocument = new TypedDocumentString(`
    query PrivacyPrivacyEn {
  en: dataCharter {
    version
    clauses {
      id
      title
      text
    }
  }
  fr: dataCharter(locale: FR) {
    version
    clauses {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyEnQuery, PrivacyPrivacyEnQueryVariables>;
export const PrivacyPrivacyMe2Document = new TypedDocumentString(`
    query PrivacyPrivacyMe2($other: ID!) {
  me {
    dataInventory {
      feature
      category
      fields
      purpose
      charterClause
      retentionDays
      visibleTo
    }
  }
  node(id: $other) {
    ... on Member {
      dataInventory {
        category
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyMe2Query, PrivacyPrivacyMe2QueryVariables>;
export const PrivacyPrivacyDataExportsDocument = new TypedDocumentString(`
    query PrivacyPrivacyDataExports($first: Int) {
  dataExports(first: $first) {
    edges {
      node {
        id
        status
        requestedAt
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyDataExportsQuery, PrivacyPrivacyDataExportsQueryVariables>;
export const PrivacyPrivacyNodeDocument = new TypedDocumentString(`
    query PrivacyPrivacyNode($id: ID!) {
  node(id: $id) {
    ... on DataExport {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyNodeQuery, PrivacyPrivacyNodeQueryVariables>;
export const PrivacyPrivacyAccountDeletionDocument = new TypedDocumentString(`
    query PrivacyPrivacyAccountDeletion {
  accountDeletion {
    contentChoice
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyAccountDeletionQuery, PrivacyPrivacyAccountDeletionQueryVariables>;
export const PrivacyPrivacyInviteToCommunityDocument = new TypedDocumentString(`
    mutation PrivacyPrivacyInviteToCommunity($c: ID!, $h: String!) {
  inviteToCommunity(communityId: $c, handle: $h) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyInviteToCommunityMutation, PrivacyPrivacyInviteToCommunityMutationVariables>;
export const PrivacyPrivacySignInDocument = new TypedDocumentString(`
    mutation PrivacyPrivacySignIn($i: SignInInput!) {
  signIn(input: $i) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacySignInMutation, PrivacyPrivacySignInMutationVariables>;
export const PrivacyPrivacyNode2Document = new TypedDocumentString(`
    query PrivacyPrivacyNode2($id: ID!) {
  node(id: $id) {
    ... on Member {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyPrivacyNode2Query, PrivacyPrivacyNode2QueryVariables>;
export const PrivacyPrivacySignUpDocument = new TypedDocumentString(`
    mutation PrivacyPrivacySignUp($i: SignUpInput!) {
  signUp(input: $i)
}
    `) as unknown as TypedDocumentString<PrivacyPrivacySignUpMutation, PrivacyPrivacySignUpMutationVariables>;
export const GatewayJoinCommunityDocument = new TypedDocumentString(`
    mutation GatewayJoinCommunity($id: ID!) {
  joinCommunity(communityId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<GatewayJoinCommunityMutation, GatewayJoinCommunityMutationVariables>;
export const GatewayRoomAccessDocument = new TypedDocumentString(`
    query GatewayRoomAccess($rooms: [String!]!) {
  roomAccess(rooms: $rooms) {
    room
    allowed
    moderates
  }
}
    `) as unknown as TypedDocumentString<GatewayRoomAccessQuery, GatewayRoomAccessQueryVariables>;
export const GatewayLeaveCommunityDocument = new TypedDocumentString(`
    mutation GatewayLeaveCommunity($id: ID!) {
  leaveCommunity(communityId: $id)
}
    `) as unknown as TypedDocumentString<GatewayLeaveCommunityMutation, GatewayLeaveCommunityMutationVariables>;
export const MultiNodeJoinCommunityDocument = new TypedDocumentString(`
    mutation MultiNodeJoinCommunity($id: ID!) {
  joinCommunity(communityId: $id) {
    role
  }
}
    `) as unknown as TypedDocumentString<MultiNodeJoinCommunityMutation, MultiNodeJoinCommunityMutationVariables>;
export const SuspensionRoomsSuspendMemberDocument = new TypedDocumentString(`
    mutation SuspensionRoomsSuspendMember($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    until
  }
}
    `) as unknown as TypedDocumentString<SuspensionRoomsSuspendMemberMutation, SuspensionRoomsSuspendMemberMutationVariables>;
export const SuspensionRoomsLiftSuspensionDocument = new TypedDocumentString(`
    mutation SuspensionRoomsLiftSuspension($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    until
  }
}
    `) as unknown as TypedDocumentString<SuspensionRoomsLiftSuspensionMutation, SuspensionRoomsLiftSuspensionMutationVariables>;
export const AdviceRecognitionGiveKudosDocument = new TypedDocumentString(`
    mutation AdviceRecognitionGiveKudos($id: ID!) {
  giveKudos(input: {contentId: $id, message: "Thanks!"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionGiveKudosMutation, AdviceRecognitionGiveKudosMutationVariables>;
export const AdviceRecognitionNodeDocument = new TypedDocumentString(`
    query AdviceRecognitionNode($id: ID!) {
  node(id: $id) {
    ... on Thread {
      kudosCount
      viewerGaveKudos
      kudos(first: 2) {
        totalCount
        edges {
          node {
            message
            giver {
              handle
              affiliation
            }
          }
        }
      }
      replies(first: 2) {
        edges {
          node {
            kudosCount
            viewerGaveKudos
            kudos(first: 2) {
              edges {
                node {
                  giver {
                    handle
                    affiliation
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionNodeQuery, AdviceRecognitionNodeQueryVariables>;
export const AdviceRecognitionNode2Document = new TypedDocumentString(`
    query AdviceRecognitionNode2($id: ID!, $first: Int!) {
  node(id: $id) {
    ... on Thread {
      replies(first: $first) {
        edges {
          node {
            kudosCount
            viewerGaveKudos
            kudos(first: 3) {
              totalCount
              edges {
                node {
                  message
                  giver {
                    handle
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionNode2Query, AdviceRecognitionNode2QueryVariables>;
export const AdviceRecognitionAcceptAnswerDocument = new TypedDocumentString(`
    mutation AdviceRecognitionAcceptAnswer($id: ID!) {
  acceptAnswer(replyId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionAcceptAnswerMutation, AdviceRecognitionAcceptAnswerMutationVariables>;
export const AdviceRecognitionNode3Document = new TypedDocumentString(`
    query AdviceRecognitionNode3($id: ID!, $c: ID!) {
  node(id: $id) {
    ... on Member {
      badges(communityId: $c) {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionNode3Query, AdviceRecognitionNode3QueryVariables>;
export const AdviceRecognitionUnacceptAnswerDocument = new TypedDocumentString(`
    mutation AdviceRecognitionUnacceptAnswer($id: ID!) {
  unacceptAnswer(threadId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionUnacceptAnswerMutation, AdviceRecognitionUnacceptAnswerMutationVariables>;
export const AdviceRecognitionSuggestedToHelpDocument = new TypedDocumentString(`
    query AdviceRecognitionSuggestedToHelp($c: ID!, $first: Int!) {
  suggestedToHelp(communityId: $c, first: $first) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AdviceRecognitionSuggestedToHelpQuery, AdviceRecognitionSuggestedToHelpQueryVariables>;
export const ContentCountersGiveDocument = new TypedDocumentString(`
    mutation ContentCountersGive($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentCountersGiveMutation, ContentCountersGiveMutationVariables>;
export const ContentCountersWithdrawDocument = new TypedDocumentString(`
    mutation ContentCountersWithdraw($id: ID!) {
  withdrawKudos(contentId: $id)
}
    `) as unknown as TypedDocumentString<ContentCountersWithdrawMutation, ContentCountersWithdrawMutationVariables>;
export const IdeasRecognitionGiveKudosDocument = new TypedDocumentString(`
    mutation IdeasRecognitionGiveKudos($id: ID!) {
  giveKudos(input: {contentId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasRecognitionGiveKudosMutation, IdeasRecognitionGiveKudosMutationVariables>;
export const IdeasRecognitionNodeDocument = new TypedDocumentString(`
    query IdeasRecognitionNode($id: ID!) {
  node(id: $id) {
    ... on Idea {
      kudosCount
      viewerGaveKudos
      kudos(first: 2) {
        edges {
          node {
            giver {
              affiliation
            }
          }
        }
      }
      comments(first: 2) {
        edges {
          node {
            kudosCount
            viewerGaveKudos
            kudos(first: 2) {
              totalCount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasRecognitionNodeQuery, IdeasRecognitionNodeQueryVariables>;
export const IdeasRecognitionAcceptCreditDocument = new TypedDocumentString(`
    mutation IdeasRecognitionAcceptCredit($id: ID!) {
  acceptCredit(ideaId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdeasRecognitionAcceptCreditMutation, IdeasRecognitionAcceptCreditMutationVariables>;
export const IdeasRecognitionMeDocument = new TypedDocumentString(`
    query IdeasRecognitionMe($c: ID!) {
  me {
    reputation(communityId: $c)
    badges(communityId: $c) {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<IdeasRecognitionMeQuery, IdeasRecognitionMeQueryVariables>;
export const IdeasRecognitionMe2Document = new TypedDocumentString(`
    query IdeasRecognitionMe2($c: ID!) {
  me {
    reputation(communityId: $c)
  }
}
    `) as unknown as TypedDocumentString<IdeasRecognitionMe2Query, IdeasRecognitionMe2QueryVariables>;
export const KudosGiveDocument = new TypedDocumentString(`
    mutation KudosGive($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
    contentId
    message
    giver {
      handle
      affiliation
    }
  }
}
    `) as unknown as TypedDocumentString<KudosGiveMutation, KudosGiveMutationVariables>;
export const KudosWithdrawDocument = new TypedDocumentString(`
    mutation KudosWithdraw($id: ID!) {
  withdrawKudos(contentId: $id)
}
    `) as unknown as TypedDocumentString<KudosWithdrawMutation, KudosWithdrawMutationVariables>;
export const KudosKudosOnDocument = new TypedDocumentString(`
    query KudosKudosOn($id: ID!) {
  kudosOn(contentId: $id) {
    totalCount
    edges {
      node {
        giver {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KudosKudosOnQuery, KudosKudosOnQueryVariables>;
export const KudosKudosOn2Document = new TypedDocumentString(`
    query KudosKudosOn2($id: ID!, $first: Int, $after: String) {
  kudosOn(contentId: $id, first: $first, after: $after) {
    edges {
      node {
        message
        giver {
          handle
          affiliation
          member {
            handle
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KudosKudosOn2Query, KudosKudosOn2QueryVariables>;
export const MyKudosGiveDocument = new TypedDocumentString(`
    mutation MyKudosGive($input: GiveKudosInput!) {
  giveKudos(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MyKudosGiveMutation, MyKudosGiveMutationVariables>;
export const MyKudosMineDocument = new TypedDocumentString(`
    query MyKudosMine($communityId: ID!, $direction: KudosDirection!, $first: Int, $after: String) {
  myKudos(
    communityId: $communityId
    direction: $direction
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        contentId
        message
        createdAt
        giver {
          handle
        }
        receiver {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyKudosMineQuery, MyKudosMineQueryVariables>;
export const RecognitionRealtimeGiveKudosDocument = new TypedDocumentString(`
    mutation RecognitionRealtimeGiveKudos($id: ID!) {
  giveKudos(input: {contentId: $id, message: "Merci !"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecognitionRealtimeGiveKudosMutation, RecognitionRealtimeGiveKudosMutationVariables>;
export const RecognitionRealtimeAcceptAnswerDocument = new TypedDocumentString(`
    mutation RecognitionRealtimeAcceptAnswer($id: ID!) {
  acceptAnswer(replyId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecognitionRealtimeAcceptAnswerMutation, RecognitionRealtimeAcceptAnswerMutationVariables>;
export const ReputationAcceptAnswerDocument = new TypedDocumentString(`
    mutation ReputationAcceptAnswer($id: ID!) {
  acceptAnswer(replyId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReputationAcceptAnswerMutation, ReputationAcceptAnswerMutationVariables>;
export const ReputationUnacceptAnswerDocument = new TypedDocumentString(`
    mutation ReputationUnacceptAnswer($id: ID!) {
  unacceptAnswer(threadId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReputationUnacceptAnswerMutation, ReputationUnacceptAnswerMutationVariables>;
export const ReputationAcceptCreditDocument = new TypedDocumentString(`
    mutation ReputationAcceptCredit($id: ID!) {
  acceptCredit(ideaId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReputationAcceptCreditMutation, ReputationAcceptCreditMutationVariables>;
export const ReputationMeDocument = new TypedDocumentString(`
    query ReputationMe($c: ID!) {
  me {
    badges(communityId: $c) {
      kind
      name
      awardedAt
    }
    reputation(communityId: $c)
  }
}
    `) as unknown as TypedDocumentString<ReputationMeQuery, ReputationMeQueryVariables>;
export const ReputationNodeDocument = new TypedDocumentString(`
    query ReputationNode($id: ID!, $c: ID!) {
  node(id: $id) {
    ... on Member {
      reciprocity(communityId: $c) {
        kudosGiven
        kudosReceived
        answersGiven
        answersReceived
        membersHelped
        helpedBy
        since
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReputationNodeQuery, ReputationNodeQueryVariables>;
export const ReputationUpdateProfileDocument = new TypedDocumentString(`
    mutation ReputationUpdateProfile {
  updateProfile(input: {showReciprocity: true}) {
    showReciprocity
    appearOnRecognitionBoard
  }
}
    `) as unknown as TypedDocumentString<ReputationUpdateProfileMutation, ReputationUpdateProfileMutationVariables>;
export const ReputationUpdateProfile2Document = new TypedDocumentString(`
    mutation ReputationUpdateProfile2 {
  updateProfile(input: {appearOnRecognitionBoard: true}) {
    appearOnRecognitionBoard
  }
}
    `) as unknown as TypedDocumentString<ReputationUpdateProfile2Mutation, ReputationUpdateProfile2MutationVariables>;
export const ReputationCommunityDocument = new TypedDocumentString(`
    query ReputationCommunity($slug: String!, $month: String!) {
  community(slug: $slug) {
    recognitionBoardEnabled
    recognitionBoard(month: $month) {
      month
      entries {
        member {
          handle
        }
        kudosReceived
        acceptedAnswers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReputationCommunityQuery, ReputationCommunityQueryVariables>;
export const ReputationSetRecognitionBoardDocument = new TypedDocumentString(`
    mutation ReputationSetRecognitionBoard($c: ID!, $on: Boolean!) {
  setRecognitionBoard(input: {communityId: $c, enabled: $on})
}
    `) as unknown as TypedDocumentString<ReputationSetRecognitionBoardMutation, ReputationSetRecognitionBoardMutationVariables>;
export const ReputationCommunity2Document = new TypedDocumentString(`
    query ReputationCommunity2($slug: String!, $c: ID!, $first: Int!) {
  community(slug: $slug) {
    members(first: $first) {
      edges {
        node {
          member {
            handle
            reputation(communityId: $c)
            badges(communityId: $c) {
              kind
            }
            reciprocity(communityId: $c) {
              kudosGiven
              helpedBy
            }
            recognitionProfile {
              showReciprocity
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReputationCommunity2Query, ReputationCommunity2QueryVariables>;
export const ReputationGiveKudosDocument = new TypedDocumentString(`
    mutation ReputationGiveKudos($id: ID!) {
  giveKudos(input: {contentId: $id, message: "merci"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReputationGiveKudosMutation, ReputationGiveKudosMutationVariables>;
export const ReputationNode2Document = new TypedDocumentString(`
    query ReputationNode2($id: ID!) {
  node(id: $id) {
    ... on Kudos {
      message
      contentId
      giver {
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReputationNode2Query, ReputationNode2QueryVariables>;
export const ReputationDeleteAccountDocument = new TypedDocumentString(`
    mutation ReputationDeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    contentChoice
  }
}
    `) as unknown as TypedDocumentString<ReputationDeleteAccountMutation, ReputationDeleteAccountMutationVariables>;
export const AssignmentsAssignDocument = new TypedDocumentString(`
    mutation AssignmentsAssign($input: AssignToStaffInput!) {
  assignToStaff(input: $input) {
    id
    contentId
    contentType
    dueAt
    assignee {
      handle
    }
    assignedBy {
      handle
    }
    content {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsAssignMutation, AssignmentsAssignMutationVariables>;
export const AssignmentsListDocument = new TypedDocumentString(`
    query AssignmentsList($communityId: ID!, $filter: StaffAssignmentsFilter) {
  staffAssignments(communityId: $communityId, filter: $filter) {
    contentId
    dueAt
    remindedFor
    assignee {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsListQuery, AssignmentsListQueryVariables>;
export const AssignmentsStartThreadDocument = new TypedDocumentString(`
    mutation AssignmentsStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignmentsStartThreadMutation, AssignmentsStartThreadMutationVariables>;
export const AssignmentsSetResponseCommitmentDocument = new TypedDocumentString(`
    mutation AssignmentsSetResponseCommitment($input: SetResponseCommitmentInput!) {
  setResponseCommitment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignmentsSetResponseCommitmentMutation, AssignmentsSetResponseCommitmentMutationVariables>;
export const AssignmentsPostIdeaUpdateDocument = new TypedDocumentString(`
    mutation AssignmentsPostIdeaUpdate($input: PostIdeaUpdateInput!) {
  postIdeaUpdate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignmentsPostIdeaUpdateMutation, AssignmentsPostIdeaUpdateMutationVariables>;
export const AssignmentsListedDocument = new TypedDocumentString(`
    query AssignmentsListed($communityId: ID!, $filter: StaffAssignmentsFilter) {
  staffAssignments(communityId: $communityId, filter: $filter) {
    dueAt
    content {
      id
      ... on Thread {
        title
      }
      ... on Idea {
        title
      }
    }
    assignee {
      handle
    }
    assignedBy {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentsListedQuery, AssignmentsListedQueryVariables>;
export const CampaignReachLaunchDocument = new TypedDocumentString(`
    mutation CampaignReachLaunch($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CampaignReachLaunchMutation, CampaignReachLaunchMutationVariables>;
export const CampaignReachFollowDocument = new TypedDocumentString(`
    mutation CampaignReachFollow($id: ID!) {
  follow(targetId: $id)
}
    `) as unknown as TypedDocumentString<CampaignReachFollowMutation, CampaignReachFollowMutationVariables>;
export const CampaignReachUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation CampaignReachUpdateNotificationPreferences {
  updateNotificationPreferences(input: {cadence: DAILY}) {
    cadence
  }
}
    `) as unknown as TypedDocumentString<CampaignReachUpdateNotificationPreferencesMutation, CampaignReachUpdateNotificationPreferencesMutationVariables>;
export const CampaignReachNotificationsDocument = new TypedDocumentString(`
    query CampaignReachNotifications {
  notifications(first: 5) {
    edges {
      node {
        kind
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignReachNotificationsQuery, CampaignReachNotificationsQueryVariables>;
export const ConversationsContactDocument = new TypedDocumentString(`
    mutation ConversationsContact($input: ContactMemberInput!) {
  contactMember(input: $input) {
    id
    conversationId
  }
}
    `) as unknown as TypedDocumentString<ConversationsContactMutation, ConversationsContactMutationVariables>;
export const ConversationsWriteDocument = new TypedDocumentString(`
    mutation ConversationsWrite($input: ContactBrandTeamInput!) {
  contactBrandTeam(input: $input) {
    id
    conversationId
  }
}
    `) as unknown as TypedDocumentString<ConversationsWriteMutation, ConversationsWriteMutationVariables>;
export const ConversationsCloseDocument = new TypedDocumentString(`
    mutation ConversationsClose($id: ID!) {
  closeConversation(conversationId: $id)
}
    `) as unknown as TypedDocumentString<ConversationsCloseMutation, ConversationsCloseMutationVariables>;
export const ConversationsCountDocument = new TypedDocumentString(`
    query ConversationsCount($id: ID!) {
  brandContactConsentCount(communityId: $id)
}
    `) as unknown as TypedDocumentString<ConversationsCountQuery, ConversationsCountQueryVariables>;
export const ConversationsGrantConsentDocument = new TypedDocumentString(`
    mutation ConversationsGrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<ConversationsGrantConsentMutation, ConversationsGrantConsentMutationVariables>;
export const ConversationsRevokeConsentDocument = new TypedDocumentString(`
    mutation ConversationsRevokeConsent($input: ConsentInput!) {
  revokeConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<ConversationsRevokeConsentMutation, ConversationsRevokeConsentMutationVariables>;
export const IdeaUpdatesPostDocument = new TypedDocumentString(`
    mutation IdeaUpdatesPost($input: PostIdeaUpdateInput!) {
  postIdeaUpdate(input: $input) {
    id
    status
    nextUpdateDueAt
    overdue
  }
}
    `) as unknown as TypedDocumentString<IdeaUpdatesPostMutation, IdeaUpdatesPostMutationVariables>;
export const IdeaUpdatesIdeaDocument = new TypedDocumentString(`
    query IdeaUpdatesIdea($id: ID!) {
  node(id: $id) {
    ... on Idea {
      status
      nextUpdateDueAt
      updates {
        text
        promisedAt
        nextUpdateDueAt
        promiseKept
        postedBy {
          handle
          affiliation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaUpdatesIdeaQuery, IdeaUpdatesIdeaQueryVariables>;
export const ModerationQueueQueueDocument = new TypedDocumentString(`
    query ModerationQueueQueue($communityId: ID!) {
  moderationQueue(communityId: $communityId) {
    totalCount
    edges {
      node {
        id
        contentId
        openWeight
        openReports
        reasons {
          reason
          count
          weight
        }
        claim {
          moderator {
            handle
          }
          expiresAt
          viewerCanRelease
        }
        content {
          id
          ... on Reply {
            body
          }
        }
        context {
          id
          ... on Thread {
            title
          }
        }
        space {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueQueueQuery, ModerationQueueQueueQueryVariables>;
export const ModerationQueueClaimDocument = new TypedDocumentString(`
    mutation ModerationQueueClaim($id: ID!) {
  claimModerationCase(caseId: $id) {
    id
    claim {
      moderator {
        handle
      }
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueClaimMutation, ModerationQueueClaimMutationVariables>;
export const ModerationQueueReleaseDocument = new TypedDocumentString(`
    mutation ModerationQueueRelease($id: ID!) {
  releaseModerationCase(caseId: $id) {
    id
    claim {
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueReleaseMutation, ModerationQueueReleaseMutationVariables>;
export const ModerationQueueModerateDocument = new TypedDocumentString(`
    mutation ModerationQueueModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueModerateMutation, ModerationQueueModerateMutationVariables>;
export const ModerationQueueReportDocument = new TypedDocumentString(`
    mutation ModerationQueueReport($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueReportMutation, ModerationQueueReportMutationVariables>;
export const ModerationQueueStartThreadDocument = new TypedDocumentString(`
    mutation ModerationQueueStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueStartThreadMutation, ModerationQueueStartThreadMutationVariables>;
export const ModerationQueueReplyDocument = new TypedDocumentString(`
    mutation ModerationQueueReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueReplyMutation, ModerationQueueReplyMutationVariables>;
export const ModeratorToolsTemplatesDocument = new TypedDocumentString(`
    query ModeratorToolsTemplates($communityId: ID!) {
  moderationReasonTemplates(communityId: $communityId) {
    id
    title
    reason
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsTemplatesQuery, ModeratorToolsTemplatesQueryVariables>;
export const ModeratorToolsCreateDocument = new TypedDocumentString(`
    mutation ModeratorToolsCreate($input: CreateReasonTemplateInput!) {
  createReasonTemplate(input: $input) {
    id
    title
    reason
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsCreateMutation, ModeratorToolsCreateMutationVariables>;
export const ModeratorToolsUpdateDocument = new TypedDocumentString(`
    mutation ModeratorToolsUpdate($input: UpdateReasonTemplateInput!) {
  updateReasonTemplate(input: $input) {
    id
    title
    reason
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsUpdateMutation, ModeratorToolsUpdateMutationVariables>;
export const ModeratorToolsDeleteDocument = new TypedDocumentString(`
    mutation ModeratorToolsDelete($id: ID!) {
  deleteReasonTemplate(templateId: $id)
}
    `) as unknown as TypedDocumentString<ModeratorToolsDeleteMutation, ModeratorToolsDeleteMutationVariables>;
export const ModeratorToolsAuditDocument = new TypedDocumentString(`
    query ModeratorToolsAudit($communityId: ID!, $filter: AuditLogFilter) {
  auditLog(communityId: $communityId, filter: $filter) {
    totalCount
    edges {
      node {
        action
        actorKind
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsAuditQuery, ModeratorToolsAuditQueryVariables>;
export const ModeratorToolsHistoryDocument = new TypedDocumentString(`
    query ModeratorToolsHistory($communityId: ID!, $memberId: ID!) {
  memberModerationHistory(communityId: $communityId, memberId: $memberId) {
    totalCount
    edges {
      node {
        action
        reason
        actor {
          handle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsHistoryQuery, ModeratorToolsHistoryQueryVariables>;
export const ModeratorToolsNotesDocument = new TypedDocumentString(`
    query ModeratorToolsNotes($communityId: ID!, $memberId: ID!) {
  moderatorNotes(communityId: $communityId, memberId: $memberId) {
    note
    author {
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsNotesQuery, ModeratorToolsNotesQueryVariables>;
export const ModeratorToolsAddNoteDocument = new TypedDocumentString(`
    mutation ModeratorToolsAddNote($input: AddModeratorNoteInput!) {
  addModeratorNote(input: $input) {
    id
    note
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsAddNoteMutation, ModeratorToolsAddNoteMutationVariables>;
export const ModeratorToolsSuspendDocument = new TypedDocumentString(`
    mutation ModeratorToolsSuspend($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsSuspendMutation, ModeratorToolsSuspendMutationVariables>;
export const ModeratorToolsSetAutoHideThresholdDocument = new TypedDocumentString(`
    mutation ModeratorToolsSetAutoHideThreshold($input: SetAutoHideThresholdInput!) {
  setAutoHideThreshold(input: $input)
}
    `) as unknown as TypedDocumentString<ModeratorToolsSetAutoHideThresholdMutation, ModeratorToolsSetAutoHideThresholdMutationVariables>;
export const ModeratorToolsRequestDataExportDocument = new TypedDocumentString(`
    mutation ModeratorToolsRequestDataExport {
  requestDataExport {
    id
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsRequestDataExportMutation, ModeratorToolsRequestDataExportMutationVariables>;
export const ModeratorToolsIssueDataExportLinkDocument = new TypedDocumentString(`
    mutation ModeratorToolsIssueDataExportLink($id: ID!) {
  issueDataExportLink(exportId: $id) {
    url
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsIssueDataExportLinkMutation, ModeratorToolsIssueDataExportLinkMutationVariables>;
export const ModeratorToolsDataInventoryDocument = new TypedDocumentString(`
    query ModeratorToolsDataInventory {
  me {
    dataInventory {
      category
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratorToolsDataInventoryQuery, ModeratorToolsDataInventoryQueryVariables>;
export const RunningSuspensionsListDocument = new TypedDocumentString(`
    query RunningSuspensionsList($communityId: ID!, $first: Int, $after: String) {
  runningSuspensions(communityId: $communityId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reason
        until
        member {
          handle
        }
        setBy {
          handle
          affiliation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunningSuspensionsListQuery, RunningSuspensionsListQueryVariables>;
export const RunningSuspensionsSuspendDocument = new TypedDocumentString(`
    mutation RunningSuspensionsSuspend($input: SuspendMemberInput!) {
  suspendMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RunningSuspensionsSuspendMutation, RunningSuspensionsSuspendMutationVariables>;
export const RunningSuspensionsLiftDocument = new TypedDocumentString(`
    mutation RunningSuspensionsLift($input: LiftSuspensionInput!) {
  liftSuspension(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RunningSuspensionsLiftMutation, RunningSuspensionsLiftMutationVariables>;
export const SavedRepliesListDocument = new TypedDocumentString(`
    query SavedRepliesList($id: ID!) {
  savedReplies(communityId: $id) {
    id
    title
    text
  }
}
    `) as unknown as TypedDocumentString<SavedRepliesListQuery, SavedRepliesListQueryVariables>;
export const SavedRepliesCreateDocument = new TypedDocumentString(`
    mutation SavedRepliesCreate($input: CreateSavedReplyInput!) {
  createSavedReply(input: $input) {
    id
    title
    text
  }
}
    `) as unknown as TypedDocumentString<SavedRepliesCreateMutation, SavedRepliesCreateMutationVariables>;
export const SavedRepliesUpdateDocument = new TypedDocumentString(`
    mutation SavedRepliesUpdate($input: UpdateSavedReplyInput!) {
  updateSavedReply(input: $input) {
    id
    title
    text
  }
}
    `) as unknown as TypedDocumentString<SavedRepliesUpdateMutation, SavedRepliesUpdateMutationVariables>;
export const SavedRepliesDeleteDocument = new TypedDocumentString(`
    mutation SavedRepliesDelete($id: ID!) {
  deleteSavedReply(savedReplyId: $id)
}
    `) as unknown as TypedDocumentString<SavedRepliesDeleteMutation, SavedRepliesDeleteMutationVariables>;
export const SavedRepliesReplyDocument = new TypedDocumentString(`
    mutation SavedRepliesReply($input: ReplyInput!) {
  reply(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SavedRepliesReplyMutation, SavedRepliesReplyMutationVariables>;
export const SavedRepliesStartThreadDocument = new TypedDocumentString(`
    mutation SavedRepliesStartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SavedRepliesStartThreadMutation, SavedRepliesStartThreadMutationVariables>;