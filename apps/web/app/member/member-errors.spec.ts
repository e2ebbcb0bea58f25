import { ApiError } from '../lib/graphql-client';
import { describeMemberError } from './member-errors';

describe('describeMemberError', () => {
  it('puts an invalid input next to the field the API named', () => {
    expect(describeMemberError(new ApiError('BAD_USER_INPUT', 'title too short', 400, ['input.title']), ['title', 'body'], 'body')).toEqual({ field: 'title', key: 'error.title' });
  });

  it('puts a domain refusal next to the form’s main field, with its own message', () => {
    expect(describeMemberError(new ApiError('NEW_MEMBER_LIMIT', 'limit'), ['title', 'body'], 'body')).toEqual({ field: 'body', key: 'error.newMemberLimit' });
    expect(describeMemberError(new ApiError('SUPPORT_BUDGET_EXCEEDED', 'budget'))).toEqual({ field: null, key: 'error.budgetExceeded' });
  });

  it('reads anything else as a generic failure', () => {
    expect(describeMemberError(new Error('network'))).toEqual({ field: null, key: 'error.generic' });
    expect(describeMemberError(new ApiError('SOMETHING_NEW', 'new code'))).toEqual({ field: null, key: 'error.generic' });
  });
});
