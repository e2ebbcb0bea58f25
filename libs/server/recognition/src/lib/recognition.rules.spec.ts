import { answerBadges, BadgeKind } from './badge-catalogue';
import { budgetDay, countsForReputation, monthBounds, pairWindowStart, PAIR_CAP } from './recognition.rules';

describe('recognition rules', () => {
  it('lets the first five kudos between two members count, and not the sixth', () => {
    expect(Array.from({ length: PAIR_CAP + 2 }, (_, already) => countsForReputation(already))).toEqual([true, true, true, true, true, false, false]);
  });

  it('looks back exactly seven days for the pair cap', () => {
    expect(pairWindowStart(new Date('2026-03-09T09:00:00Z')).toISOString()).toBe('2026-03-02T09:00:00.000Z');
  });

  it('spends the budget of the UTC day and tells when it resets', () => {
    expect(budgetDay(new Date('2026-03-02T23:59:30Z'))).toEqual({ day: '2026-03-02', secondsLeft: 30 });
    expect(budgetDay(new Date('2026-03-03T00:00:00Z'))).toEqual({ day: '2026-03-03', secondsLeft: 86_400 });
  });

  it('parses a board month into its UTC bounds and refuses anything else', () => {
    expect(monthBounds('2026-12')).toEqual({ start: new Date('2026-12-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') });
    for (const bad of ['2026-13', '2026-1', 'March', '']) expect(() => monthBounds(bad)).toThrow(/month must look like/);
  });

  it('awards answer badges by count and by distinct weeks', () => {
    expect(answerBadges(0, 0)).toEqual([]);
    expect(answerBadges(1, 1)).toEqual([BadgeKind.FIRST_ACCEPTED_ANSWER]);
    expect(answerBadges(4, 4)).toEqual([BadgeKind.FIRST_ACCEPTED_ANSWER, BadgeKind.STEADY_HELPER]);
    expect(answerBadges(10, 2)).toEqual([BadgeKind.FIRST_ACCEPTED_ANSWER, BadgeKind.TEN_ACCEPTED_ANSWERS]);
  });
});
