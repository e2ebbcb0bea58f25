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
    "\n  query MyConsents($locale: Locale!) {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      consents {\n        scope\n        active\n        grantedAt\n        revokedAt\n        textVersion\n        community {\n          id\n        }\n      }\n      consentHistory {\n        action\n        scope\n        recordedAt\n        textVersion\n        community {\n          id\n          name\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n": typeof types.MyConsentsDocument,
    "\n  mutation GrantConsent($input: ConsentInput!) {\n    grantConsent(input: $input) {\n      active\n    }\n  }\n": typeof types.GrantConsentDocument,
    "\n  mutation RevokeConsent($input: ConsentInput!) {\n    revokeConsent(input: $input) {\n      active\n    }\n  }\n": typeof types.RevokeConsentDocument,
    "\n  query MyData($locale: Locale!) {\n    me {\n      id\n      dataInventory {\n        category\n        feature\n        fields\n        purpose\n        retentionDays\n        visibleTo\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n    dataExports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          readyAt\n          expiresAt\n        }\n      }\n    }\n    accountDeletion {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n": typeof types.MyDataDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation IssueDataExportLink($exportId: ID!) {\n    issueDataExportLink(exportId: $exportId) {\n      url\n    }\n  }\n": typeof types.IssueDataExportLinkDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion\n  }\n": typeof types.CancelAccountDeletionDocument,
    "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.MyEmailDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  query MyKudos($communityId: ID!, $direction: KudosDirection!, $after: String) {\n    myKudos(communityId: $communityId, direction: $direction, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          createdAt\n          message\n          giver {\n            handle\n          }\n          receiver {\n            handle\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyKudosDocument,
    "\n  query MutedMembers {\n    mutedMembers {\n      mutedAt\n      member {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.MutedMembersDocument,
    "\n  mutation UnmuteFromSettings($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n": typeof types.UnmuteFromSettingsDocument,
    "\n  query MyNotifications($after: String, $unread: Boolean) {\n    notifications(first: 20, after: $after, filter: { unread: $unread }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          summary\n          read\n          reason\n          createdAt\n          deferredUntil\n          url\n          actor {\n            handle\n          }\n          community {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyProfile {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      handle\n      recognitionProfile {\n        showReciprocity\n        appearOnRecognitionBoard\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MyCommunityProfile($communityId: ID!, $month: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        id\n        recognitionBoardEnabled\n        recognitionBoard(month: $month) {\n          month\n          entries {\n            acceptedAnswers\n            creditsAccepted\n            kudosReceived\n            member {\n              handle\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      reputation(communityId: $communityId)\n      reciprocity(communityId: $communityId) {\n        answersGiven\n        answersReceived\n        kudosGiven\n        kudosReceived\n        membersHelped\n        helpedBy\n        since\n      }\n      badges(communityId: $communityId) {\n        kind\n        name\n        description\n        awardedAt\n      }\n    }\n  }\n": typeof types.MyCommunityProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      showReciprocity\n      appearOnRecognitionBoard\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySettings {\n    me {\n      id\n      locale\n      notificationPreferences {\n        cadence\n        digestDay\n        digestHour\n        timezone\n        weeklyContactBudget\n        autoFollowOwn\n        email\n        mentions\n        quietHours {\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.MySettingsDocument,
    "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      cadence\n      digestDay\n      digestHour\n      timezone\n      weeklyContactBudget\n      autoFollowOwn\n      email\n      mentions\n      quietHours {\n        from\n        to\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
};
const documents: Documents = {
    "\n  query MyConsents($locale: Locale!) {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      consents {\n        scope\n        active\n        grantedAt\n        revokedAt\n        textVersion\n        community {\n          id\n        }\n      }\n      consentHistory {\n        action\n        scope\n        recordedAt\n        textVersion\n        community {\n          id\n          name\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n": types.MyConsentsDocument,
    "\n  mutation GrantConsent($input: ConsentInput!) {\n    grantConsent(input: $input) {\n      active\n    }\n  }\n": types.GrantConsentDocument,
    "\n  mutation RevokeConsent($input: ConsentInput!) {\n    revokeConsent(input: $input) {\n      active\n    }\n  }\n": types.RevokeConsentDocument,
    "\n  query MyData($locale: Locale!) {\n    me {\n      id\n      dataInventory {\n        category\n        feature\n        fields\n        purpose\n        retentionDays\n        visibleTo\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n    dataExports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          readyAt\n          expiresAt\n        }\n      }\n    }\n    accountDeletion {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n": types.MyDataDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation IssueDataExportLink($exportId: ID!) {\n    issueDataExportLink(exportId: $exportId) {\n      url\n    }\n  }\n": types.IssueDataExportLinkDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n": types.DeleteAccountDocument,
    "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion\n  }\n": types.CancelAccountDeletionDocument,
    "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n": types.MyEmailDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": types.ChangeEmailDocument,
    "\n  query MyKudos($communityId: ID!, $direction: KudosDirection!, $after: String) {\n    myKudos(communityId: $communityId, direction: $direction, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          createdAt\n          message\n          giver {\n            handle\n          }\n          receiver {\n            handle\n          }\n        }\n      }\n    }\n  }\n": types.MyKudosDocument,
    "\n  query MutedMembers {\n    mutedMembers {\n      mutedAt\n      member {\n        id\n        handle\n      }\n    }\n  }\n": types.MutedMembersDocument,
    "\n  mutation UnmuteFromSettings($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n": types.UnmuteFromSettingsDocument,
    "\n  query MyNotifications($after: String, $unread: Boolean) {\n    notifications(first: 20, after: $after, filter: { unread: $unread }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          summary\n          read\n          reason\n          createdAt\n          deferredUntil\n          url\n          actor {\n            handle\n          }\n          community {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyProfile {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      handle\n      recognitionProfile {\n        showReciprocity\n        appearOnRecognitionBoard\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MyCommunityProfile($communityId: ID!, $month: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        id\n        recognitionBoardEnabled\n        recognitionBoard(month: $month) {\n          month\n          entries {\n            acceptedAnswers\n            creditsAccepted\n            kudosReceived\n            member {\n              handle\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      reputation(communityId: $communityId)\n      reciprocity(communityId: $communityId) {\n        answersGiven\n        answersReceived\n        kudosGiven\n        kudosReceived\n        membersHelped\n        helpedBy\n        since\n      }\n      badges(communityId: $communityId) {\n        kind\n        name\n        description\n        awardedAt\n      }\n    }\n  }\n": types.MyCommunityProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      showReciprocity\n      appearOnRecognitionBoard\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySettings {\n    me {\n      id\n      locale\n      notificationPreferences {\n        cadence\n        digestDay\n        digestHour\n        timezone\n        weeklyContactBudget\n        autoFollowOwn\n        email\n        mentions\n        quietHours {\n          from\n          to\n        }\n      }\n    }\n  }\n": types.MySettingsDocument,
    "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      cadence\n      digestDay\n      digestHour\n      timezone\n      weeklyContactBudget\n      autoFollowOwn\n      email\n      mentions\n      quietHours {\n        from\n        to\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsents($locale: Locale!) {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      consents {\n        scope\n        active\n        grantedAt\n        revokedAt\n        textVersion\n        community {\n          id\n        }\n      }\n      consentHistory {\n        action\n        scope\n        recordedAt\n        textVersion\n        community {\n          id\n          name\n        }\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MyConsentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConsent($input: ConsentInput!) {\n    grantConsent(input: $input) {\n      active\n    }\n  }\n"): typeof import('./graphql').GrantConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsent($input: ConsentInput!) {\n    revokeConsent(input: $input) {\n      active\n    }\n  }\n"): typeof import('./graphql').RevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData($locale: Locale!) {\n    me {\n      id\n      dataInventory {\n        category\n        feature\n        fields\n        purpose\n        retentionDays\n        visibleTo\n      }\n    }\n    dataCharter(locale: $locale) {\n      version\n      clauses {\n        id\n        title\n        text\n      }\n    }\n    dataExports(first: 5) {\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          readyAt\n          expiresAt\n        }\n      }\n    }\n    accountDeletion {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueDataExportLink($exportId: ID!) {\n    issueDataExportLink(exportId: $exportId) {\n      url\n    }\n  }\n"): typeof import('./graphql').IssueDataExportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) {\n      contentChoice\n      executeAfter\n      requestedAt\n    }\n  }\n"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAccountDeletion {\n    cancelAccountDeletion\n  }\n"): typeof import('./graphql').CancelAccountDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmail {\n    me {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').MyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"): typeof import('./graphql').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKudos($communityId: ID!, $direction: KudosDirection!, $after: String) {\n    myKudos(communityId: $communityId, direction: $direction, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contentId\n          createdAt\n          message\n          giver {\n            handle\n          }\n          receiver {\n            handle\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyKudosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutedMembers {\n    mutedMembers {\n      mutedAt\n      member {\n        id\n        handle\n      }\n    }\n  }\n"): typeof import('./graphql').MutedMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteFromSettings($memberId: ID!) {\n    unmuteMember(memberId: $memberId)\n  }\n"): typeof import('./graphql').UnmuteFromSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String, $unread: Boolean) {\n    notifications(first: 20, after: $after, filter: { unread: $unread }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          summary\n          read\n          reason\n          createdAt\n          deferredUntil\n          url\n          actor {\n            handle\n          }\n          community {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          name\n          viewerRole\n        }\n      }\n    }\n    me {\n      id\n      handle\n      recognitionProfile {\n        showReciprocity\n        appearOnRecognitionBoard\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunityProfile($communityId: ID!, $month: String!) {\n    node(id: $communityId) {\n      ... on Community {\n        id\n        recognitionBoardEnabled\n        recognitionBoard(month: $month) {\n          month\n          entries {\n            acceptedAnswers\n            creditsAccepted\n            kudosReceived\n            member {\n              handle\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      reputation(communityId: $communityId)\n      reciprocity(communityId: $communityId) {\n        answersGiven\n        answersReceived\n        kudosGiven\n        kudosReceived\n        membersHelped\n        helpedBy\n        since\n      }\n      badges(communityId: $communityId) {\n        kind\n        name\n        description\n        awardedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyCommunityProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      showReciprocity\n      appearOnRecognitionBoard\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySettings {\n    me {\n      id\n      locale\n      notificationPreferences {\n        cadence\n        digestDay\n        digestHour\n        timezone\n        weeklyContactBudget\n        autoFollowOwn\n        email\n        mentions\n        quietHours {\n          from\n          to\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"): typeof import('./graphql').SetLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      cadence\n      digestDay\n      digestHour\n      timezone\n      weeklyContactBudget\n      autoFollowOwn\n      email\n      mentions\n      quietHours {\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
