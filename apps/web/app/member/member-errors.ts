import { ApiError } from '../lib/graphql-client';
import type { MemberKey } from '../lib/i18n/member-en';

/**
 * The API's error codes (`extensions.code`, with `extensions.field` when it names an input) to a message of the
 * member catalogues. Codes that concern what was typed sit next to that field; the others next to the form's
 * main field (its `fallbackField`), or above the form when it has none.
 */
const BY_CODE: Record<string, MemberKey> = {
  UNAUTHENTICATED: 'error.signedOut',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  TOO_MANY_REQUESTS: 'error.tooMany',
  CONFLICT: 'error.conflict',
  THREAD_LOCKED: 'error.threadLocked',
  SUSPENDED: 'error.suspended',
  NEW_MEMBER_LIMIT: 'error.newMemberLimit',
  DUPLICATE_CONTENT: 'error.duplicate',
  IDEA_CLOSED: 'error.ideaClosed',
  IDEA_LOCKED: 'error.ideaLocked',
  CAMPAIGN_CLOSED: 'error.campaignClosed',
  SUPPORT_BUDGET_EXCEEDED: 'error.budgetExceeded',
  NO_CREDIT_OFFERED: 'error.noCredit',
  SELF_KUDOS: 'error.selfKudos',
  UNSUPPORTED_MEDIA_TYPE: 'error.media.type',
  PAYLOAD_TOO_LARGE: 'error.media.tooLarge',
  IMAGE_TOO_LARGE: 'error.media.tooManyPixels',
  INVALID_IMAGE: 'error.media.invalid',
};

const BAD_INPUT: Record<string, MemberKey> = {
  title: 'error.title',
  body: 'error.body',
  tags: 'error.tags',
};

export interface MemberErrorMessage {
  field: string | null;
  key: MemberKey;
}

export function describeMemberError(error: unknown, formFields: readonly string[] = [], fallbackField: string | null = null): MemberErrorMessage {
  const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  const named = error instanceof ApiError ? error.fields.map((field) => field.replace(/^input\./, '')) : [];
  const field = named.find((name) => formFields.includes(name)) ?? (fallbackField && formFields.includes(fallbackField) ? fallbackField : null);
  if (code === 'BAD_USER_INPUT') return { field, key: (named[0] && BAD_INPUT[named[0]]) || 'error.badInput' };
  return { field, key: BY_CODE[code] ?? 'error.generic' };
}
