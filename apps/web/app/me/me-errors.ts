import { ApiError } from '../lib/graphql-client';
import type { MeKey } from '../lib/i18n/me-en';

/** The API's names of input fields → the name of the form field that shows the message. */
const FORM_FIELD: Record<string, string> = {
  'quietHours.from': 'quietFrom',
  'quietHours.to': 'quietTo',
  quietHours: 'quietFrom',
};

/**
 * The member screens' table from the API's error codes (`extensions.code`, refined by the field it names) to a
 * message; `*` is the message when the field is not one this table knows.
 */
const MESSAGES: Record<string, Partial<Record<string, MeKey>> & { '*': MeKey }> = {
  BAD_USER_INPUT: {
    currentPassword: 'me.error.wrongPassword',
    password: 'me.error.wrongPassword',
    newEmail: 'me.error.emailInvalid',
    newPassword: 'me.error.passwordShort',
    quietFrom: 'me.error.clock',
    quietTo: 'me.error.clock',
    weeklyContactBudget: 'me.error.budget',
    timezone: 'me.error.timezone',
    '*': 'me.error.badInput',
  },
  CONFLICT: { newEmail: 'me.error.emailTaken', '*': 'me.error.emailTaken' },
  UNAUTHENTICATED: { currentPassword: 'me.error.wrongPassword', password: 'me.error.wrongPassword', '*': 'me.error.signedOut' },
  LAST_OWNER: { '*': 'me.error.lastOwner' },
  EXPORT_NOT_READY: { '*': 'me.error.exportNotReady' },
  EXPORT_UNAVAILABLE: { '*': 'me.error.exportUnavailable' },
  TOO_MANY_REQUESTS: { '*': 'me.error.tooMany' },
  NOT_FOUND: { '*': 'me.error.notFound' },
};

export interface MeErrorMessage {
  /** The form field the message belongs next to; null for the form (or screen) as a whole. */
  field: string | null;
  key: MeKey;
}

/** Where an error is shown and what it says: next to the first named field the form has, else for the whole form. */
export function describeMeError(error: unknown, formFields: readonly string[] = []): MeErrorMessage {
  const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  const named = error instanceof ApiError ? error.fields.map((field) => field.replace(/^input\./, '')).map((field) => FORM_FIELD[field] ?? field) : [];
  const field = named.find((name) => formFields.includes(name)) ?? null;
  const table = MESSAGES[code];
  const about = field ?? named[0];
  // The same email again is a conflict on newEmail with its own words.
  if (code === 'CONFLICT' && error instanceof Error && /already the email/i.test(error.message)) return { field, key: 'me.error.sameEmail' };
  return { field, key: (table && ((about && table[about]) || table['*'])) ?? 'me.error.generic' };
}
