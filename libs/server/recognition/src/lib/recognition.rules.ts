import { badInput } from '@palabre/core';

/** Points a member earns per act; withdrawals and unaccepts subtract exactly these. */
export const POINTS = {
  KUDOS: 1,
  ACCEPTED_ANSWER: 5,
  IDEA_CREDIT: 10,
} as const;

export type ReputationSource = keyof typeof POINTS;

/** Kudos between the same two members beyond this many in the window still show but earn nothing. */
export const PAIR_CAP = 5;
export const PAIR_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/** Whether the next kudos between two members counts, given how many they exchanged in the window. */
export function countsForReputation(kudosInWindowBetweenPair: number): boolean {
  return kudosInWindowBetweenPair < PAIR_CAP;
}

export function pairWindowStart(now: Date): Date {
  return new Date(now.getTime() - PAIR_WINDOW_DAYS * DAY_MS);
}

/** The UTC calendar day of the budget (YYYY-MM-DD) and the seconds until it resets. */
export function budgetDay(now: Date): { day: string; secondsLeft: number } {
  const day = now.toISOString().slice(0, 10);
  const next = Date.parse(`${day}T00:00:00.000Z`) + DAY_MS;
  return { day, secondsLeft: Math.max(1, Math.ceil((next - now.getTime()) / 1000)) };
}

/** Parses `YYYY-MM` into the month's UTC bounds [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw badInput('month must look like 2026-03 (year, dash, two-digit month)', { argument: 'month' });
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, index, 1)), end: new Date(Date.UTC(year, index + 1, 1)) };
}
