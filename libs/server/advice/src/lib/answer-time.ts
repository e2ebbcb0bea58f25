/** The space's observed median counts only when it rests on enough recent questions. */
export const MEDIAN_MIN_SAMPLES = 20;
export const MEDIAN_WINDOW_DAYS = 90;

export interface FirstResponseStats {
  samples: number;
  medianSeconds: number | null;
}

/**
 * When a first answer can be expected for a question asked at `askedAt`: the earlier of the
 * space's announced commitment and its observed median time to first reply (over the last 90
 * days, with at least 20 samples). Null when the space offers neither.
 */
export function expectedFirstResponseAt(askedAt: Date, commitmentHours: number | null, stats: FirstResponseStats | null): Date | null {
  const candidates: number[] = [];
  if (commitmentHours !== null) candidates.push(askedAt.getTime() + commitmentHours * 3_600_000);
  if (stats && stats.samples >= MEDIAN_MIN_SAMPLES && stats.medianSeconds !== null) candidates.push(askedAt.getTime() + Math.round(stats.medianSeconds * 1000));
  return candidates.length === 0 ? null : new Date(Math.min(...candidates));
}

export function medianWindowStart(now: Date): Date {
  return new Date(now.getTime() - MEDIAN_WINDOW_DAYS * 86_400_000);
}
