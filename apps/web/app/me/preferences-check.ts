import type { MeErrorMessage } from './me-errors';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
export const PREFERENCE_FIELDS = ['cadence', 'quietFrom', 'quietTo', 'timezone', 'weeklyContactBudget'] as const;

/** Refuses what the API would refuse, before sending: clock times, both or neither quiet bound, a whole budget. */
export function checkPreferences(values: Record<string, string>): MeErrorMessage | null {
  const from = values.quietFrom?.trim() ?? '';
  const to = values.quietTo?.trim() ?? '';
  if (from && !CLOCK.test(from)) return { field: 'quietFrom', key: 'me.error.clock' };
  if (to && !CLOCK.test(to)) return { field: 'quietTo', key: 'me.error.clock' };
  if (Boolean(from) !== Boolean(to)) return { field: from ? 'quietTo' : 'quietFrom', key: 'me.error.quietBoth' };
  const budget = values.weeklyContactBudget?.trim() ?? '';
  if (budget && (!/^\d+$/.test(budget) || Number(budget) > 1000)) return { field: 'weeklyContactBudget', key: 'me.error.budget' };
  return null;
}
