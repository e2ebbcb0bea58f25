import { types } from 'pg';
import { databaseTypes, parseTimestamptz, readIsoTimestamptz, TIMESTAMPTZ_OID } from './timestamp-parser';

/** node-postgres's default parser of timestamptz (postgres-date): the reference. */
const postgresDate = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number | null;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An instant as PostgreSQL writes it with DateStyle ISO in a zone `offsetSeconds` east of UTC (microseconds `micros`). */
function pgText(instant: number, micros: number, offsetSeconds: number, fractionDigits: number): string {
  const local = new Date(instant + offsetSeconds * 1000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const fraction = fractionDigits === 0 ? '' : `.${pad(local.getUTCMilliseconds() * 1000 + micros, 6).slice(0, fractionDigits)}`;
  const size = Math.abs(offsetSeconds);
  const [h, m, s] = [Math.floor(size / 3600), Math.floor((size % 3600) / 60), size % 60];
  const zone = `${offsetSeconds < 0 ? '-' : '+'}${pad(h)}${m || s ? `:${pad(m)}` : ''}${s ? `:${pad(s)}` : ''}`;
  return `${date} ${time}${fraction}${zone}`;
}

/** A deterministic stream of numbers in [0, 1) (the spec's cases are the same on every run). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Offsets PostgreSQL writes: whole hours, half and quarter hours, and local mean times of old dates (seconds).
const OFFSETS = [0, 3600, -3600, 5 * 3600 + 1800, -(3 * 3600 + 1800), 5 * 3600 + 45 * 60, 14 * 3600, -12 * 3600, 5 * 3600 + 53 * 60 + 28, -(25 * 60 + 21), 561];

/** The text if parseTimestamptz and postgres-date disagree on it (value or kind), else null. */
function disagreement(text: string): string | null {
  const ours = parseTimestamptz(text);
  const reference = postgresDate(text);
  const same = ours instanceof Date && reference instanceof Date ? Object.is(ours.getTime(), reference.getTime()) : Object.is(ours, reference);
  return same ? null : `${text}: ${String(ours)} vs ${String(reference)}`;
}

function expectSameAsPostgresDate(texts: readonly string[]): void {
  expect(texts.map(disagreement).filter((found) => found !== null)).toEqual([]);
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes (every fraction width, offsets of hours, minutes and seconds) as postgres-date does', () => {
    const random = numbers(21);
    const low = Date.UTC(100, 0, 2);
    const high = Date.UTC(9999, 11, 30);
    const texts: string[] = [];
    for (let index = 0; index < 20_000; index += 1) {
      const instant = Math.floor(low + random() * (high - low));
      texts.push(pgText(instant, Math.floor(random() * 1000), OFFSETS[index % OFFSETS.length], index % 7));
    }
    expectSameAsPostgresDate(texts);
    const read = texts.filter((text) => readIsoTimestamptz(text) !== undefined).length;
    // Only the first days of year 100 west of UTC and the last ones of 9999 east of it are left to postgres-date.
    expect(read).toBeGreaterThan(19_990);
  });

  it('reads the usual and the edge instants without postgres-date', () => {
    const texts = [
      '2026-12-03 16:40:10.768123+00',
      '2026-12-03 16:40:10.768+00',
      '2026-12-03 16:40:10.7+00',
      '2026-12-03 16:40:10+00',
      '2026-12-03 16:40:10.000001+00',
      '2026-12-03 16:40:10.999999+00',
      '2026-12-03 16:40:10.29+00',
      '2026-12-03 16:40:10.57+00',
      '1970-01-01 00:00:00+00',
      '1969-12-31 23:59:59.999999+00',
      '2024-02-29 12:00:00+01',
      '2026-03-29 01:30:00-03:30',
      '1900-01-01 00:00:00+00:09:21',
      '1847-12-01 00:00:00-00:01:15',
      '0100-01-01 00:00:00+00',
      '9999-12-31 23:59:59.999999+00',
      '2026-12-03 16:40:10+14',
      '2026-12-03 16:40:10-12',
    ];
    expect(texts.filter((text) => readIsoTimestamptz(text) === undefined)).toEqual([]);
    expectSameAsPostgresDate(texts);
    expect(parseTimestamptz('2026-12-03 16:40:10.768123+00')).toEqual(new Date('2026-12-03T16:40:10.768Z'));
    expect(parseTimestamptz('2026-03-29 01:30:00-03:30')).toEqual(new Date('2026-03-29T05:00:00Z'));
    expect(parseTimestamptz('1900-01-01 00:00:00+00:09:21')).toEqual(new Date('1899-12-31T23:50:39Z'));
  });

  it('leaves every other text to postgres-date (BC, infinity, years before 100 or after 9999, no offset, dates, anything else)', () => {
    const texts = [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '2026-12-03 16:40:10.5+00 BC',
      '0001-01-01 00:00:00+00',
      '0099-12-31 23:59:59.999+00',
      '12026-12-03 16:40:10+00',
      '275760-09-13 00:00:00+00',
      '2026-12-03 16:40:10',
      '2026-12-03 16:40:10.768',
      '2026-12-03',
      '2026-12-03T16:40:10Z',
      '2026-12-03 16:40:10Z',
      '2026-12-03 16:40:10.1234567+00',
      '2026-12-03 16:40:10.+00',
      '2026-12-03 16:40:10+0',
      '2026-12-03 16:40:10+00:3',
      '2026-12-03 16:40:10+00:30:',
      '2026-12-03 16:40:10+00:30:00:00',
      '2026-12-03 16:40:10 +00',
      '2026-12-03 16:40:1a+00',
      '2026-1x-03 16:40:10+00',
      '',
    ];
    expect(texts.filter((text) => readIsoTimestamptz(text) !== undefined)).toEqual([]);
    expectSameAsPostgresDate(texts);
  });

  it('is what the pool parses timestamptz text with; every other type and format keeps its node-postgres parser', () => {
    expect(databaseTypes.getTypeParser(TIMESTAMPTZ_OID, 'text')).toBe(parseTimestamptz);
    expect(databaseTypes.getTypeParser(TIMESTAMPTZ_OID)).toBe(parseTimestamptz);
    expect(databaseTypes.getTypeParser(TIMESTAMPTZ_OID, 'binary')).toBe(types.getTypeParser(TIMESTAMPTZ_OID, 'binary'));
    for (const oid of [16, 20, 23, 25, 114, 1082, 1114, 1185, 2950, 3802]) {
      expect(databaseTypes.getTypeParser(oid, 'text')).toBe(types.getTypeParser(oid, 'text'));
    }
  });
});
