import { IdeasErrorCode } from '@palabre/contracts';
import { AppError } from '@palabre/core';

export enum IdeaStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SHIPPED = 'SHIPPED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
  EXPIRED = 'EXPIRED',
}

/** Who asks for a transition: brand staff by hand, the scheduler, or a merge. */
export type TransitionActor = 'STAFF' | 'SYSTEM' | 'MERGE';


/** Closed ideas take no supports and give theirs back to the members' budgets. */
export const CLOSED_STATUSES: readonly IdeaStatus[] = [IdeaStatus.SHIPPED, IdeaStatus.DECLINED, IdeaStatus.MERGED, IdeaStatus.EXPIRED];
export const OPEN_STATUSES: readonly IdeaStatus[] = [IdeaStatus.OPEN, IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.IN_PROGRESS];

export const MIN_RATIONALE = 30;
export const MIN_DECLINE_RATIONALE = 80;

/** Transitions staff may make by hand. MERGED and EXPIRED are reached only by merge and by the scheduler. */
const STAFF_TRANSITIONS: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  [IdeaStatus.OPEN]: [IdeaStatus.UNDER_REVIEW, IdeaStatus.PLANNED, IdeaStatus.DECLINED],
  [IdeaStatus.UNDER_REVIEW]: [IdeaStatus.OPEN, IdeaStatus.PLANNED, IdeaStatus.DECLINED],
  [IdeaStatus.PLANNED]: [IdeaStatus.UNDER_REVIEW, IdeaStatus.IN_PROGRESS, IdeaStatus.DECLINED],
  [IdeaStatus.IN_PROGRESS]: [IdeaStatus.PLANNED, IdeaStatus.SHIPPED, IdeaStatus.DECLINED],
  [IdeaStatus.SHIPPED]: [],
  [IdeaStatus.DECLINED]: [],
  [IdeaStatus.MERGED]: [],
  [IdeaStatus.EXPIRED]: [],
};

const SYSTEM_TRANSITIONS: Readonly<Partial<Record<IdeaStatus, readonly IdeaStatus[]>>> = {
  [IdeaStatus.OPEN]: [IdeaStatus.UNDER_REVIEW, IdeaStatus.EXPIRED],
};

export interface TransitionResult {
  from: IdeaStatus;
  to: IdeaStatus;
  rationale: string;
  /** Closed: supports return to budgets and no update is owed any more. */
  closes: boolean;
  /** A decision (summary, credits) is recorded. */
  decides: boolean;
  /** The brand owes a public update by `now + updateEveryDays`. */
  owesUpdate: boolean;
}

export function isClosed(status: IdeaStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export function minimumRationale(to: IdeaStatus): number {
  return to === IdeaStatus.DECLINED ? MIN_DECLINE_RATIONALE : MIN_RATIONALE;
}

export function allowedTransitions(from: IdeaStatus, actor: TransitionActor): readonly IdeaStatus[] {
  if (actor === 'STAFF') return STAFF_TRANSITIONS[from];
  if (actor === 'SYSTEM') return SYSTEM_TRANSITIONS[from] ?? [];
  return isClosed(from) ? [] : [IdeaStatus.MERGED];
}

/** Validates one transition and says what it implies; throws a coded error otherwise. Pure. */
export function transition(from: IdeaStatus, to: IdeaStatus, actor: TransitionActor, rationale: string): TransitionResult {
  const allowed = allowedTransitions(from, actor);
  if (!allowed.includes(to)) {
    const options = allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : 'it can no longer change';
    throw new AppError(IdeasErrorCode.InvalidStatusTransition, `An idea that is ${from} cannot become ${to}; ${options}`, { from, to, allowed: [...allowed] });
  }
  const trimmed = rationale.trim();
  const minimum = minimumRationale(to);
  if (trimmed.length < minimum) {
    throw new AppError(IdeasErrorCode.RationaleRequired, `Explain this decision publicly: a rationale of at least ${minimum} characters is required to mark an idea ${to}`, {
      minimumLength: minimum,
      status: to,
    });
  }
  const closes = isClosed(to);
  return { from, to, rationale: trimmed, closes, decides: to === IdeaStatus.SHIPPED || to === IdeaStatus.DECLINED, owesUpdate: !closes };
}
