import { Role } from '@palabre/contracts';
import { bodyFingerprint, PosterHistory, postLimitViolation } from './post-limits';

const now = new Date('2026-03-02T12:00:00Z');
const fresh: PosterHistory = { role: Role.MEMBER, joinedAt: new Date('2026-03-02T09:00:00Z'), rootsSinceJoin: 0, answersSinceJoin: 0, lastPostAt: null, sameBodyRecently: false };
const codeOf = (error: ReturnType<typeof postLimitViolation>) => error?.code ?? null;

describe('posting limits', () => {
  it('lets a new member start 3 threads or ideas and post 10 replies in their first day', () => {
    expect(codeOf(postLimitViolation('THREAD', { ...fresh, rootsSinceJoin: 2 }, now, 5))).toBeNull();
    expect(codeOf(postLimitViolation('IDEA', { ...fresh, rootsSinceJoin: 3 }, now, 5))).toBe('NEW_MEMBER_LIMIT');
    expect(codeOf(postLimitViolation('REPLY', { ...fresh, answersSinceJoin: 9 }, now, 5))).toBeNull();
    expect(codeOf(postLimitViolation('IDEA_COMMENT', { ...fresh, answersSinceJoin: 10 }, now, 5))).toBe('NEW_MEMBER_LIMIT');
  });

  it('lifts the new-member limit after 24 hours and for staff', () => {
    expect(codeOf(postLimitViolation('THREAD', { ...fresh, joinedAt: new Date('2026-03-01T11:59:00Z'), rootsSinceJoin: 9 }, now, 5))).toBeNull();
    expect(codeOf(postLimitViolation('THREAD', { ...fresh, role: Role.BRAND_STAFF, rootsSinceJoin: 9 }, now, 5))).toBeNull();
  });

  it('refuses a post within the flood interval with a retry delay', () => {
    const error = postLimitViolation('REPLY', { ...fresh, lastPostAt: new Date(now.getTime() - 2000) }, now, 5);
    expect(error?.code).toBe('TOO_MANY_REQUESTS');
    expect(error?.extensions['retryAfterSeconds']).toBe(3);
    expect(postLimitViolation('REPLY', { ...fresh, lastPostAt: new Date(now.getTime() - 5000) }, now, 5)).toBeNull();
    expect(postLimitViolation('REPLY', { ...fresh, lastPostAt: now }, now, 0)).toBeNull();
  });

  it('refuses the same text twice', () => {
    expect(codeOf(postLimitViolation('REPLY', { ...fresh, sameBodyRecently: true }, now, 5))).toBe('DUPLICATE_CONTENT');
    expect(bodyFingerprint('  Hello   World ')).toBe(bodyFingerprint('hello world'));
  });
});
