import { ApiError } from '../lib/graphql-client';
import type { BrandKey } from '../lib/i18n/brand-en';

/** The API's error codes to the brand workspace's messages; BAD_USER_INPUT is refined by the field it names. */
const BY_CODE: Record<string, BrandKey> = {
  UNAUTHENTICATED: 'brand.error.signedOut',
  FORBIDDEN: 'brand.error.forbidden',
  NOT_FOUND: 'brand.error.notFound',
  TOO_MANY_REQUESTS: 'brand.error.tooMany',
  CONFLICT: 'brand.error.conflict',
  IDEA_CLOSED: 'brand.error.ideaClosed',
  IDEA_LOCKED: 'brand.error.ideaLocked',
  NOT_MERGED: 'brand.error.notMerged',
  RATIONALE_REQUIRED: 'brand.error.rationale',
  INVALID_STATUS_TRANSITION: 'brand.error.transition',
  LAST_OWNER: 'brand.error.lastOwner',
};

const BAD_INPUT: Record<string, BrandKey> = {
  rationale: 'brand.error.rationale',
  text: 'brand.error.updateText',
  nextUpdateDueAt: 'brand.error.nextUpdate',
  intoIdeaId: 'brand.error.mergeTarget',
  period: 'brand.error.period',
  hours: 'brand.error.hours',
  title: 'brand.error.title',
  brief: 'brand.error.brief',
  submissionsCloseAt: 'brand.error.campaignDates',
  supportClosesAt: 'brand.error.campaignDates',
  assigneeId: 'brand.error.assignee',
  handle: 'brand.error.handle',
  creditMemberIds: 'brand.error.credit',
  threshold: 'brand.error.number',
  supportThreshold: 'brand.error.number',
  thresholdWindowDays: 'brand.error.number',
  supportBudget: 'brand.error.number',
  reviewCadenceDays: 'brand.error.number',
  updateEveryDays: 'brand.error.number',
  name: 'brand.error.name',
  slug: 'brand.error.slug',
};

/** Which field a code concerns when the API names none (so the message sits next to what must change). */
const FIELD_OF_CODE: Record<string, string> = { RATIONALE_REQUIRED: 'rationale', INVALID_STATUS_TRANSITION: 'status' };

export interface BrandErrorMessage {
  field: string | null;
  key: BrandKey;
}

export function describeBrandError(error: unknown, formFields: readonly string[] = []): BrandErrorMessage {
  const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  const named = error instanceof ApiError ? error.fields.map((field) => field.replace(/^input\./, '')) : [];
  const candidates = [...named, FIELD_OF_CODE[code]].filter(Boolean);
  const field = candidates.find((name) => formFields.includes(name)) ?? null;
  if (code === 'BAD_USER_INPUT') return { field, key: (named[0] && BAD_INPUT[named[0]]) || 'brand.error.badInput' };
  return { field, key: BY_CODE[code] ?? 'brand.error.generic' };
}
