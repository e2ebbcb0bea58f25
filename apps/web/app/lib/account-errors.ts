import type { AccountKey } from './i18n/account-en';
import { ApiError } from './graphql-client';

/**
 * The one table from the API's error codes (`extensions.code`, refined by `extensions.field`) to a message of
 * the account catalogues. `*` is the message when the field is not one this table knows.
 */
const MESSAGES: Record<string, Partial<Record<string, AccountKey>> & { '*': AccountKey }> = {
  BAD_USER_INPUT: {
    email: 'account.error.emailInvalid',
    password: 'account.error.passwordShort',
    newPassword: 'account.error.passwordShort',
    handle: 'account.error.handleInvalid',
    token: 'account.error.linkInvalid',
    '*': 'account.error.badInput',
  },
  CONFLICT: { handle: 'account.error.handleTaken', email: 'account.error.emailTaken', token: 'account.error.emailTaken', '*': 'account.error.conflict' },
  // Signing in, a refusal is about the password the member typed; elsewhere it means the session ended.
  UNAUTHENTICATED: { password: 'account.error.wrongCredentials', '*': 'account.error.signedOut' },
  TOO_MANY_REQUESTS: { '*': 'account.error.tooMany' },
  NOT_FOUND: { '*': 'account.error.notFound' },
};

export interface FormErrorMessage {
  /** The form field the message belongs next to; null for the form as a whole. */
  field: string | null;
  key: AccountKey;
}

/**
 * Where an error is shown and what it says: next to the first field the API named that the form has,
 * else next to `fallbackField` (e.g. the password when signing in fails), else for the whole form.
 */
export function describeError(error: unknown, formFields: readonly string[], fallbackField: string | null = null): FormErrorMessage {
  const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
  const named = error instanceof ApiError ? error.fields.map((field) => field.replace(/^input\./, '')) : [];
  const field = named.find((name) => formFields.includes(name)) ?? (fallbackField && formFields.includes(fallbackField) ? fallbackField : null);
  const table = MESSAGES[code];
  const about = field ?? named[0];
  return { field, key: (table && ((about && table[about]) || table['*'])) ?? 'account.error.generic' };
}
