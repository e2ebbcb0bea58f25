import { ErrorCode } from './enums';

/**
 * The catalogue of `extensions.code` values a client may receive: the generic codes of ErrorCode and
 * one enum per feature, each listing the domain codes that feature raises. Servers throw these
 * members (never a bare string); a web client imports ALL_ERROR_CODES to map every code to a message.
 */

/** communities: memberships and roles. */
export enum CommunitiesErrorCode {
  /** The last OWNER may neither leave, be demoted, nor delete their account. */
  LastOwner = 'LAST_OWNER',
}

/** advice: threads and replies. */
export enum AdviceErrorCode {
  ThreadLocked = 'THREAD_LOCKED',
}

/** ideas: proposals, supports, the status workflow, campaigns, merges and credit. */
export enum IdeasErrorCode {
  IdeaClosed = 'IDEA_CLOSED',
  IdeaLocked = 'IDEA_LOCKED',
  CampaignClosed = 'CAMPAIGN_CLOSED',
  SupportBudgetExceeded = 'SUPPORT_BUDGET_EXCEEDED',
  NotMerged = 'NOT_MERGED',
  NoCreditOffered = 'NO_CREDIT_OFFERED',
  IdeaNotExpired = 'IDEA_NOT_EXPIRED',
  RationaleRequired = 'RATIONALE_REQUIRED',
  InvalidStatusTransition = 'INVALID_STATUS_TRANSITION',
}

/** recognition: kudos and reputation. */
export enum RecognitionErrorCode {
  SelfKudos = 'SELF_KUDOS',
}

/** moderation: suspensions, posting limits, curation. */
export enum ModerationErrorCode {
  Suspended = 'SUSPENDED',
  NewMemberLimit = 'NEW_MEMBER_LIMIT',
  DuplicateContent = 'DUPLICATE_CONTENT',
  PinLimit = 'PIN_LIMIT',
}

/** notifications: brand contact. */
export enum NotificationsErrorCode {
  ContactNotConsented = 'CONTACT_NOT_CONSENTED',
  /** The member closed the conversation (or revoked brand contact) and has not written since. */
  ConversationClosed = 'CONVERSATION_CLOSED',
}

/** privacy: exports and erasure (erasure also answers CommunitiesErrorCode.LastOwner). */
export enum PrivacyErrorCode {
  ExportNotReady = 'EXPORT_NOT_READY',
  ExportUnavailable = 'EXPORT_UNAVAILABLE',
}

/** media: image uploads (HTTP `POST /uploads`; the code is in the JSON body's `code`). */
export enum MediaErrorCode {
  /** Not a JPEG, PNG, WebP, AVIF or GIF image, whatever its name says (HTTP 415). */
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  /** Over MEDIA_MAX_BYTES (HTTP 413). */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** More pixels than MEDIA_MAX_PIXELS: refused before decoding (HTTP 413). */
  ImageTooLarge = 'IMAGE_TOO_LARGE',
  /** A known format that does not decode (truncated, corrupt) (HTTP 422). */
  InvalidImage = 'INVALID_IMAGE',
}

export type DomainErrorCode = CommunitiesErrorCode | AdviceErrorCode | IdeasErrorCode | RecognitionErrorCode | ModerationErrorCode | NotificationsErrorCode | PrivacyErrorCode | MediaErrorCode;
export type AnyErrorCode = ErrorCode | DomainErrorCode;

/** Every code, once, generic codes first. */
export const ALL_ERROR_CODES: readonly AnyErrorCode[] = [
  ...new Set<AnyErrorCode>([
    ...Object.values(ErrorCode),
    ...Object.values(CommunitiesErrorCode),
    ...Object.values(AdviceErrorCode),
    ...Object.values(IdeasErrorCode),
    ...Object.values(RecognitionErrorCode),
    ...Object.values(ModerationErrorCode),
    ...Object.values(NotificationsErrorCode),
    ...Object.values(PrivacyErrorCode),
    ...Object.values(MediaErrorCode),
  ]),
];
