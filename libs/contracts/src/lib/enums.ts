/** Roles are per community membership; every role's vote, support and kudos counts exactly 1. */
export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  BRAND_STAFF = 'BRAND_STAFF',
  OWNER = 'OWNER',
}

export enum Locale {
  FR = 'FR',
  EN = 'EN',
}

export enum Visibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

export enum SpaceKind {
  DISCUSSION = 'DISCUSSION',
  IDEAS = 'IDEAS',
}

/** Stable `extensions.code` values every client can switch on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A dependency (the database) is briefly out of reach: nothing was changed; retry after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
