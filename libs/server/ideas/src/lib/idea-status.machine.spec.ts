import { AppError } from '@palabre/core';
import { allowedTransitions, IdeaStatus, isClosed, transition } from './idea-status.machine';

const RATIONALE = 'We reviewed this with the product team this week.';
const DECLINE_RATIONALE = 'We will not build this: it conflicts with the safety certification of the frame and the cost would double.';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? error.code : 'NOT_APP_ERROR';
  }
  return undefined;
}

describe('idea status machine', () => {
  it('walks the happy path from OPEN to SHIPPED', () => {
    const path = [IdeaStatus.OPEN, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS, IdeaStatus.SHIPPED];
    for (let index = 1; index < path.length; index += 1) {
      const result = transition(path[index - 1], path[index], 'STAFF', RATIONALE);
      expect(result.to).toBe(path[index]);
    }
  });

  it('marks SHIPPED and DECLINED as decisions that close the idea', () => {
    expect(transition(IdeaStatus.IN_PROGRESS, IdeaStatus.SHIPPED, 'STAFF', RATIONALE)).toMatchObject({ closes: true, decides: true, owesUpdate: false });
    expect(transition(IdeaStatus.OPEN, IdeaStatus.DECLINED, 'STAFF', DECLINE_RATIONALE)).toMatchObject({ closes: true, decides: true });
    expect(transition(IdeaStatus.OPEN, IdeaStatus.PLANNED, 'STAFF', RATIONALE)).toMatchObject({ closes: false, decides: false, owesUpdate: true });
  });

  it('requires 30 characters of rationale, 80 to decline', () => {
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.PLANNED, 'STAFF', '   too short   '))).toBe('RATIONALE_REQUIRED');
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.DECLINED, 'STAFF', RATIONALE))).toBe('RATIONALE_REQUIRED');
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.DECLINED, 'STAFF', DECLINE_RATIONALE))).toBeUndefined();
  });

  it('keeps closed statuses final for staff', () => {
    for (const closed of [IdeaStatus.SHIPPED, IdeaStatus.DECLINED, IdeaStatus.MERGED, IdeaStatus.EXPIRED]) {
      expect(isClosed(closed)).toBe(true);
      expect(allowedTransitions(closed, 'STAFF')).toEqual([]);
      expect(codeOf(() => transition(closed, IdeaStatus.OPEN, 'STAFF', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
    }
  });

  it('reserves MERGED for merges and EXPIRED for the scheduler', () => {
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.MERGED, 'STAFF', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.EXPIRED, 'STAFF', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
    expect(transition(IdeaStatus.PLANNED, IdeaStatus.MERGED, 'MERGE', RATIONALE).closes).toBe(true);
    expect(codeOf(() => transition(IdeaStatus.SHIPPED, IdeaStatus.MERGED, 'MERGE', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
    expect(transition(IdeaStatus.OPEN, IdeaStatus.EXPIRED, 'SYSTEM', RATIONALE).closes).toBe(true);
    expect(codeOf(() => transition(IdeaStatus.PLANNED, IdeaStatus.EXPIRED, 'SYSTEM', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
  });

  it('refuses to skip steps', () => {
    expect(codeOf(() => transition(IdeaStatus.OPEN, IdeaStatus.SHIPPED, 'STAFF', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
    expect(codeOf(() => transition(IdeaStatus.UNDER_REVIEW, IdeaStatus.IN_PROGRESS, 'STAFF', RATIONALE))).toBe('INVALID_STATUS_TRANSITION');
  });
});
