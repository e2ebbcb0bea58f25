import { IdeasErrorCode } from '@palabre/contracts';
import { AppError } from '@palabre/core';

/** The errors ideas raises; their codes are IdeasErrorCode of the contracts' catalogue. */

export const ideaClosed = (status: string, action: string) =>
  new AppError(IdeasErrorCode.IdeaClosed, `This idea is ${status} and closed: you cannot ${action} it any more`, { status });

export const ideaLocked = () => new AppError(IdeasErrorCode.IdeaLocked, 'This idea is locked by the moderators: the discussion is closed');

export const campaignClosed = (what: 'submissions' | 'support', at: Date) =>
  new AppError(IdeasErrorCode.CampaignClosed, `This campaign closed ${what === 'submissions' ? 'to new ideas' : 'to supports'} on ${at.toISOString()}`, { closedAt: at.toISOString() });

export const budgetExceeded = (limit: number) =>
  new AppError(
    IdeasErrorCode.SupportBudgetExceeded,
    `You already support ${limit} open ideas in this space, the most it allows; withdraw a support first (supports on closed ideas come back automatically)`,
    { limit },
  );

export const notMerged = () => new AppError(IdeasErrorCode.NotMerged, 'This idea is not merged into another one, so there is nothing to undo');

export const noCreditOffered = () => new AppError(IdeasErrorCode.NoCreditOffered, 'You have no pending credit offer for this idea');
