import { AppError } from '@palabre/core';

export { RATIONALE_REQUIRED, INVALID_STATUS_TRANSITION } from './idea-status.machine';

export const IDEA_CLOSED = 'IDEA_CLOSED';
export const IDEA_LOCKED = 'IDEA_LOCKED';
export const CAMPAIGN_CLOSED = 'CAMPAIGN_CLOSED';
export const SUPPORT_BUDGET_EXCEEDED = 'SUPPORT_BUDGET_EXCEEDED';
export const NOT_MERGED = 'NOT_MERGED';
export const NO_CREDIT_OFFERED = 'NO_CREDIT_OFFERED';

export const ideaClosed = (status: string, action: string) =>
  new AppError(IDEA_CLOSED, `This idea is ${status} and closed: you cannot ${action} it any more`, { status });

export const ideaLocked = () => new AppError(IDEA_LOCKED, 'This idea is locked by the moderators: the discussion is closed');

export const campaignClosed = (what: 'submissions' | 'support', at: Date) =>
  new AppError(CAMPAIGN_CLOSED, `This campaign closed ${what === 'submissions' ? 'to new ideas' : 'to supports'} on ${at.toISOString()}`, { closedAt: at.toISOString() });

export const budgetExceeded = (limit: number) =>
  new AppError(
    SUPPORT_BUDGET_EXCEEDED,
    `You already support ${limit} open ideas in this space, the most it allows; withdraw a support first (supports on closed ideas come back automatically)`,
    { limit },
  );

export const notMerged = () => new AppError(NOT_MERGED, 'This idea is not merged into another one, so there is nothing to undo');

export const noCreditOffered = () => new AppError(NO_CREDIT_OFFERED, 'You have no pending credit offer for this idea');
