/**
 * Pure time rules of notifications: local time in a member's timezone, quiet hours, digest
 * periods. Everything takes the instant from the injectable clock, never reads the time itself.
 */
export type Cadence = 'IMMEDIATE' | 'DAILY' | 'WEEKLY' | 'OFF';

export interface ScheduleSettings {
  cadence: Cadence;
  /** ISO weekday of weekly digests: 1 = Monday … 7 = Sunday. */
  digestDay: number;
  /** Local hour (0–23) at which digests are built. */
  digestHour: number;
  timezone: string;
  /** Quiet hours as minutes after local midnight; both null when there are none. */
  quietFrom: number | null;
  quietTo: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timezone, format);
  }
  return format;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function localParts(instant: Date, timezone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatter(timezone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    weekday: WEEKDAYS[parts['weekday']] ?? 1,
  };
}

/** Offset of `timezone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timezone: string): number {
  const local = localParts(new Date(instant), timezone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** The instant when the local clock of `timezone` shows that date at `hour`:00. */
export function zonedTime(year: number, month: number, day: number, hour: number, timezone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  let instant = guess - offsetAt(guess, timezone);
  instant = guess - offsetAt(instant, timezone);
  return new Date(instant);
}

/** Minutes after local midnight. */
export function localMinutes(instant: Date, timezone: string): number {
  const local = localParts(instant, timezone);
  return local.hour * 60 + local.minute;
}

export function inQuietHours(instant: Date, settings: Pick<ScheduleSettings, 'timezone' | 'quietFrom' | 'quietTo'>): boolean {
  const { quietFrom: from, quietTo: to } = settings;
  if (from === null || to === null || from === to) return false;
  const minutes = localMinutes(instant, settings.timezone);
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/** Length of a digest period: a week for WEEKLY, a day otherwise (IMMEDIATE digests gather deferred items daily). */
export function periodLength(cadence: Cadence): number {
  return cadence === 'WEEKLY' ? 7 * DAY : DAY;
}

/** The latest digest boundary at or before `instant` (the end of the period just finished). */
export function latestBoundary(instant: Date, settings: ScheduleSettings): Date {
  const local = localParts(instant, settings.timezone);
  // Walk back day by day from today (at most 8 days) to the last matching local day and hour.
  for (let back = 0; back <= 8; back += 1) {
    const day = new Date(Date.UTC(local.year, local.month - 1, local.day) - back * DAY);
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    if (settings.cadence === 'WEEKLY' && weekday !== settings.digestDay) continue;
    const candidate = zonedTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), settings.digestHour, settings.timezone);
    if (candidate.getTime() <= instant.getTime()) return candidate;
  }
  return new Date(instant.getTime() - periodLength(settings.cadence));
}

/** The first digest boundary strictly after `instant`: when deferred items are delivered. */
export function nextBoundary(instant: Date, settings: ScheduleSettings): Date {
  const step = periodLength(settings.cadence);
  // A boundary exactly one period after the latest one, corrected for DST changes.
  const latest = latestBoundary(instant, settings);
  let probe = new Date(latest.getTime() + step + 2 * HOUR);
  let next = latestBoundary(probe, settings);
  if (next.getTime() <= instant.getTime()) {
    probe = new Date(probe.getTime() + step);
    next = latestBoundary(probe, settings);
  }
  return next;
}

/** "HH:MM" → minutes after midnight, or null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
