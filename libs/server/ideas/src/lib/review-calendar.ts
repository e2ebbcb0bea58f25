import type { IdeaPolicyRow } from './ideas.rows';
import { DEFAULT_UPDATE_EVERY_DAYS } from './ideas.types';

/** Calendar arithmetic of ideas spaces: pure, so resolvers and services share it and specs need no clock. */
export const DAY_MS = 86_400_000;

/** Days the brand has to give a public update on an open idea (the space's policy, or the default). */
export function updateEveryDays(policy: IdeaPolicyRow | null): number {
  return policy?.update_every_days ?? DEFAULT_UPDATE_EVERY_DAYS;
}

/**
 * The next review cut-off after `now` of a space with a review cadence (cut-offs fall every cadence
 * from the anchor), and the decision date it owes; null without a cadence.
 */
export function upcomingReviewRound(policy: IdeaPolicyRow | null, now: Date): { cutoffAt: Date; decisionDueAt: Date } | null {
  if (!policy?.review_cadence_days) return null;
  const cadence = policy.review_cadence_days * DAY_MS;
  const anchor = policy.review_anchor_at.getTime();
  const cutoff = anchor + (Math.floor((now.getTime() - anchor) / cadence) + 1) * cadence;
  return { cutoffAt: new Date(cutoff), decisionDueAt: new Date(cutoff + updateEveryDays(policy) * DAY_MS) };
}
