import type { IdeaPolicyRow } from './ideas.rows';
import { upcomingReviewRound, updateEveryDays } from './review-calendar';

const policy = (values: Partial<IdeaPolicyRow>): IdeaPolicyRow => ({
  space_id: 's',
  support_budget: null,
  update_every_days: 14,
  support_threshold: null,
  threshold_window_days: null,
  review_cadence_days: 7,
  review_anchor_at: new Date('2026-03-02T00:00:00Z'),
  updated_at: new Date('2026-03-02T00:00:00Z'),
  ...values,
});

describe('the review calendar', () => {
  it('puts the next cut-off one cadence after the last one passed, and the decision an update period later', () => {
    expect(upcomingReviewRound(policy({}), new Date('2026-03-10T12:00:00Z'))).toEqual({ cutoffAt: new Date('2026-03-16T00:00:00Z'), decisionDueAt: new Date('2026-03-30T00:00:00Z') });
  });

  it('has no round without a cadence, and falls back to the default update period without a policy', () => {
    expect(upcomingReviewRound(policy({ review_cadence_days: null }), new Date('2026-03-10T00:00:00Z'))).toBeNull();
    expect(updateEveryDays(null)).toBe(30);
  });
});
