import { describeError } from './account-errors';
import { ApiError } from './graphql-client';
import { accountEn } from './i18n/account-en';

const SIGN_UP = ['handle', 'email', 'password'];

describe('describeError', () => {
  it('puts a conflict next to the field the API named', () => {
    expect(describeError(new ApiError('CONFLICT', 'taken', undefined, ['handle']), SIGN_UP)).toEqual({ field: 'handle', key: 'account.error.handleTaken' });
    expect(describeError(new ApiError('CONFLICT', 'taken', undefined, ['email']), SIGN_UP)).toEqual({ field: 'email', key: 'account.error.emailTaken' });
  });

  it('reads the first field of a validation failure that the form has', () => {
    expect(describeError(new ApiError('BAD_USER_INPUT', 'bad', undefined, ['input.password']), SIGN_UP)).toEqual({ field: 'password', key: 'account.error.passwordShort' });
  });

  it('shows a refused sign-in next to the password', () => {
    expect(describeError(new ApiError('UNAUTHENTICATED', 'wrong'), ['email', 'password'], 'password')).toEqual({ field: 'password', key: 'account.error.wrongCredentials' });
  });

  it('gives the whole form a message when no field fits, and never an unknown key', () => {
    expect(describeError(new ApiError('BAD_USER_INPUT', 'bad link', undefined, ['token']), ['newPassword'])).toEqual({ field: null, key: 'account.error.linkInvalid' });
    expect(describeError(new ApiError('UNAUTHENTICATED', 'ended'), [])).toEqual({ field: null, key: 'account.error.signedOut' });
    expect(describeError(new ApiError('TEAPOT', '?'), [])).toEqual({ field: null, key: 'account.error.generic' });
    expect(describeError(new TypeError('network'), ['email'])).toEqual({ field: null, key: 'account.error.generic' });
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'NOT_FOUND']) {
      expect(accountEn[describeError(new ApiError(code, ''), []).key]).toBeTruthy();
    }
  });
});
