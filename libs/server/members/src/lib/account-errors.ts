import { badInput } from '@palabre/core';

/** One answer for a link that never existed, expired, was used, or belongs to an address since replaced. */
export const invalidLink = () => badInput('This link is invalid, expired or already used; ask for a new one', { field: 'token' });
