import { inQuietHours, latestBoundary, nextBoundary, parseClockTime, zonedTime, type ScheduleSettings } from './schedule';

const settings = (over: Partial<ScheduleSettings> = {}): ScheduleSettings => ({
  cadence: 'DAILY',
  digestDay: 1,
  digestHour: 8,
  timezone: 'Europe/Paris',
  quietFrom: null,
  quietTo: null,
  ...over,
});

describe('notification schedule', () => {
  it('converts local times of a timezone, across DST', () => {
    expect(zonedTime(2026, 3, 2, 8, 'Europe/Paris').toISOString()).toBe('2026-03-02T07:00:00.000Z');
    expect(zonedTime(2026, 7, 1, 8, 'Europe/Paris').toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(zonedTime(2026, 3, 2, 8, 'UTC').toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('finds daily boundaries at the local digest hour', () => {
    const now = new Date('2026-03-02T09:00:00Z'); // 10:00 in Paris
    expect(latestBoundary(now, settings()).toISOString()).toBe('2026-03-02T07:00:00.000Z');
    expect(nextBoundary(now, settings()).toISOString()).toBe('2026-03-03T07:00:00.000Z');
    const early = new Date('2026-03-02T06:00:00Z'); // 07:00 in Paris
    expect(latestBoundary(early, settings()).toISOString()).toBe('2026-03-01T07:00:00.000Z');
    expect(nextBoundary(early, settings()).toISOString()).toBe('2026-03-02T07:00:00.000Z');
  });

  it('finds weekly boundaries on the digest day', () => {
    const weekly = settings({ cadence: 'WEEKLY', digestDay: 5, digestHour: 18, timezone: 'UTC' });
    const monday = new Date('2026-03-02T09:00:00Z');
    expect(latestBoundary(monday, weekly).toISOString()).toBe('2026-02-27T18:00:00.000Z');
    expect(nextBoundary(monday, weekly).toISOString()).toBe('2026-03-06T18:00:00.000Z');
  });

  it('tells quiet hours, including ranges over midnight', () => {
    const quiet = settings({ timezone: 'UTC', quietFrom: parseClockTime('22:00'), quietTo: parseClockTime('07:00') });
    expect(inQuietHours(new Date('2026-03-02T23:30:00Z'), quiet)).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T06:59:00Z'), quiet)).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T07:00:00Z'), quiet)).toBe(false);
    expect(inQuietHours(new Date('2026-03-02T12:00:00Z'), settings({ timezone: 'UTC', quietFrom: 720, quietTo: 780 }))).toBe(true);
    expect(inQuietHours(new Date('2026-03-02T12:00:00Z'), settings())).toBe(false);
  });

  it('parses clock times strictly', () => {
    expect(parseClockTime('07:30')).toBe(450);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('7:30')).toBeNull();
  });
});
