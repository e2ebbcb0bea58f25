import { ApiError } from '../lib/graphql-client';
import { describeMeError } from './me-errors';

describe('describeMeError', () => {
  it('puts a refused password next to the password field', () => {
    expect(describeMeError(new ApiError('BAD_USER_INPUT', 'The current password is incorrect', 400, ['currentPassword']), ['newEmail', 'currentPassword'])).toEqual({
      field: 'currentPassword',
      key: 'me.error.wrongPassword',
    });
  });

  it('maps nested validation fields to the form field that shows them', () => {
    expect(describeMeError(new ApiError('BAD_USER_INPUT', 'bad', 400, ['input.quietHours.to']), ['quietFrom', 'quietTo'])).toEqual({ field: 'quietTo', key: 'me.error.clock' });
  });

  it('gives codes without a field a message for the whole form', () => {
    expect(describeMeError(new ApiError('LAST_OWNER', 'x'), ['password'])).toEqual({ field: null, key: 'me.error.lastOwner' });
    expect(describeMeError(new Error('network'))).toEqual({ field: null, key: 'me.error.generic' });
  });
});
