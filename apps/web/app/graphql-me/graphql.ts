/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters */
  newPassword: string;
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

/** ANONYMISE keeps what you wrote under "former member #n"; DELETE removes it */
export type ContentChoice =
  | 'ANONYMISE'
  | 'DELETE';

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

export type KudosDirection =
  | 'GIVEN'
  | 'RECEIVED';

export type Locale =
  | 'EN'
  | 'FR';

export type MarkNotificationsReadInput = {
  /** Mark every notification read */
  all?: boolean | null | undefined;
  ids?: Array<string> | null | undefined;
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

export type QuietHoursInput = {
  /** HH:MM, local time */
  from: string;
  /** HH:MM, local time */
  to: string;
};

/** A role in one community; it labels, it never weighs */
export type Role =
  | 'BRAND_STAFF'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type SetLocaleInput = {
  locale: Locale;
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

export type UpdateProfileInput = {
  /** Appear on monthly recognition boards */
  appearOnRecognitionBoard?: boolean | null | undefined;
  /** Let others see your reciprocity balance */
  showReciprocity?: boolean | null | undefined;
};

export type MyConsentsQueryVariables = Exact<{
  locale: Locale;
}>;


export type MyConsentsQuery = { communities: { edges: Array<{ node: { id: string, name: string, viewerRole: Role | null } }> }, me: { id: string, consents: Array<{ scope: ConsentScope, active: boolean, grantedAt: string, revokedAt: string | null, textVersion: string, community: { id: string } }> | null, consentHistory: Array<{ action: ConsentAction, scope: ConsentScope, recordedAt: string, textVersion: string, community: { id: string, name: string } }> | null }, dataCharter: { version: string, clauses: Array<{ id: string, title: string, text: string }> } };

export type GrantConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { active: boolean } };

export type RevokeConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type RevokeConsentMutation = { revokeConsent: { active: boolean } };

export type MyDataQueryVariables = Exact<{
  locale: Locale;
}>;


export type MyDataQuery = { me: { id: string, dataInventory: Array<{ category: string, feature: string, fields: Array<string>, purpose: string, retentionDays: number | null, visibleTo: string }> | null }, dataCharter: { version: string, clauses: Array<{ id: string, title: string, text: string }> }, dataExports: { edges: Array<{ node: { id: string, status: DataExportStatus, requestedAt: string, readyAt: string | null, expiresAt: string | null } }> }, accountDeletion: { contentChoice: ContentChoice, executeAfter: string, requestedAt: string } | null };

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestDataExportMutation = { requestDataExport: { id: string, status: DataExportStatus } };

export type IssueDataExportLinkMutationVariables = Exact<{
  exportId: string;
}>;


export type IssueDataExportLinkMutation = { issueDataExportLink: { url: string } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: { contentChoice: ContentChoice, executeAfter: string, requestedAt: string } };

export type CancelAccountDeletionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelAccountDeletionMutation = { cancelAccountDeletion: boolean };

export type MyEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailQuery = { me: { id: string, email: string | null } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type MyKudosQueryVariables = Exact<{
  communityId: string;
  direction: KudosDirection;
  after?: string | null | undefined;
}>;


export type MyKudosQuery = { myKudos: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, contentId: string, createdAt: string, message: string | null, giver: { handle: string } | null, receiver: { handle: string } | null } }> } };

export type MutedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MutedMembersQuery = { mutedMembers: Array<{ mutedAt: string, member: { id: string, handle: string } }> };

export type UnmuteFromSettingsMutationVariables = Exact<{
  memberId: string;
}>;


export type UnmuteFromSettingsMutation = { unmuteMember: boolean };

export type MyNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
  unread?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, summary: string, read: boolean, reason: NotificationReason, createdAt: string, deferredUntil: string | null, url: string | null, actor: { handle: string } | null, community: { name: string } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { communities: { edges: Array<{ node: { id: string, slug: string, name: string, viewerRole: Role | null } }> }, me: { id: string, handle: string, recognitionProfile: { showReciprocity: boolean, appearOnRecognitionBoard: boolean } | null } };

export type MyCommunityProfileQueryVariables = Exact<{
  communityId: string;
  month: string;
}>;


export type MyCommunityProfileQuery = { node:
    | { id: string, recognitionBoardEnabled: boolean, recognitionBoard: { month: string, entries: Array<{ acceptedAnswers: number, creditsAccepted: number, kudosReceived: number, member: { handle: string } }> } | null }
    | Record<PropertyKey, never>
   | null, me: { id: string, reputation: number, reciprocity: { answersGiven: number, answersReceived: number, kudosGiven: number, kudosReceived: number, membersHelped: number, helpedBy: number, since: string | null } | null, badges: Array<{ kind: BadgeKind, name: string, description: string, awardedAt: string }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { showReciprocity: boolean, appearOnRecognitionBoard: boolean } };

export type MySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySettingsQuery = { me: { id: string, locale: Locale | null, notificationPreferences: { cadence: NotificationCadence, digestDay: number, digestHour: number, timezone: string, weeklyContactBudget: number | null, autoFollowOwn: boolean, email: boolean, mentions: boolean, quietHours: { from: string, to: string } | null } | null } };

export type SetLocaleMutationVariables = Exact<{
  input: SetLocaleInput;
}>;


export type SetLocaleMutation = { setLocale: { id: string, locale: Locale | null } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { cadence: NotificationCadence, digestDay: number, digestHour: number, timezone: string, weeklyContactBudget: number | null, autoFollowOwn: boolean, email: boolean, mentions: boolean, quietHours: { from: string, to: string } | null } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

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

export const MyConsentsDocument = new TypedDocumentString(`
    query MyConsents($locale: Locale!) {
  communities(first: 100) {
    edges {
      node {
        id
        name
        viewerRole
      }
    }
  }
  me {
    id
    consents {
      scope
      active
      grantedAt
      revokedAt
      textVersion
      community {
        id
      }
    }
    consentHistory {
      action
      scope
      recordedAt
      textVersion
      community {
        id
        name
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
    `) as unknown as TypedDocumentString<MyConsentsQuery, MyConsentsQueryVariables>;
export const GrantConsentDocument = new TypedDocumentString(`
    mutation GrantConsent($input: ConsentInput!) {
  grantConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<GrantConsentMutation, GrantConsentMutationVariables>;
export const RevokeConsentDocument = new TypedDocumentString(`
    mutation RevokeConsent($input: ConsentInput!) {
  revokeConsent(input: $input) {
    active
  }
}
    `) as unknown as TypedDocumentString<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData($locale: Locale!) {
  me {
    id
    dataInventory {
      category
      feature
      fields
      purpose
      retentionDays
      visibleTo
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
  dataExports(first: 5) {
    edges {
      node {
        id
        status
        requestedAt
        readyAt
        expiresAt
      }
    }
  }
  accountDeletion {
    contentChoice
    executeAfter
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const IssueDataExportLinkDocument = new TypedDocumentString(`
    mutation IssueDataExportLink($exportId: ID!) {
  issueDataExportLink(exportId: $exportId) {
    url
  }
}
    `) as unknown as TypedDocumentString<IssueDataExportLinkMutation, IssueDataExportLinkMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    contentChoice
    executeAfter
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const CancelAccountDeletionDocument = new TypedDocumentString(`
    mutation CancelAccountDeletion {
  cancelAccountDeletion
}
    `) as unknown as TypedDocumentString<CancelAccountDeletionMutation, CancelAccountDeletionMutationVariables>;
export const MyEmailDocument = new TypedDocumentString(`
    query MyEmail {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<MyEmailQuery, MyEmailQueryVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input)
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const MyKudosDocument = new TypedDocumentString(`
    query MyKudos($communityId: ID!, $direction: KudosDirection!, $after: String) {
  myKudos(
    communityId: $communityId
    direction: $direction
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        contentId
        createdAt
        message
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
    `) as unknown as TypedDocumentString<MyKudosQuery, MyKudosQueryVariables>;
export const MutedMembersDocument = new TypedDocumentString(`
    query MutedMembers {
  mutedMembers {
    mutedAt
    member {
      id
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<MutedMembersQuery, MutedMembersQueryVariables>;
export const UnmuteFromSettingsDocument = new TypedDocumentString(`
    mutation UnmuteFromSettings($memberId: ID!) {
  unmuteMember(memberId: $memberId)
}
    `) as unknown as TypedDocumentString<UnmuteFromSettingsMutation, UnmuteFromSettingsMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($after: String, $unread: Boolean) {
  notifications(first: 20, after: $after, filter: {unread: $unread}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        summary
        read
        reason
        createdAt
        deferredUntil
        url
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
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  communities(first: 100) {
    edges {
      node {
        id
        slug
        name
        viewerRole
      }
    }
  }
  me {
    id
    handle
    recognitionProfile {
      showReciprocity
      appearOnRecognitionBoard
    }
  }
}
    `) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const MyCommunityProfileDocument = new TypedDocumentString(`
    query MyCommunityProfile($communityId: ID!, $month: String!) {
  node(id: $communityId) {
    ... on Community {
      id
      recognitionBoardEnabled
      recognitionBoard(month: $month) {
        month
        entries {
          acceptedAnswers
          creditsAccepted
          kudosReceived
          member {
            handle
          }
        }
      }
    }
  }
  me {
    id
    reputation(communityId: $communityId)
    reciprocity(communityId: $communityId) {
      answersGiven
      answersReceived
      kudosGiven
      kudosReceived
      membersHelped
      helpedBy
      since
    }
    badges(communityId: $communityId) {
      kind
      name
      description
      awardedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyCommunityProfileQuery, MyCommunityProfileQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    showReciprocity
    appearOnRecognitionBoard
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MySettingsDocument = new TypedDocumentString(`
    query MySettings {
  me {
    id
    locale
    notificationPreferences {
      cadence
      digestDay
      digestHour
      timezone
      weeklyContactBudget
      autoFollowOwn
      email
      mentions
      quietHours {
        from
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySettingsQuery, MySettingsQueryVariables>;
export const SetLocaleDocument = new TypedDocumentString(`
    mutation SetLocale($input: SetLocaleInput!) {
  setLocale(input: $input) {
    id
    locale
  }
}
    `) as unknown as TypedDocumentString<SetLocaleMutation, SetLocaleMutationVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    cadence
    digestDay
    digestHour
    timezone
    weeklyContactBudget
    autoFollowOwn
    email
    mentions
    quietHours {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;