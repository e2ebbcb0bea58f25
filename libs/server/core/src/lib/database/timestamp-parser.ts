import { types } from 'pg';

/** PostgreSQL's type oid of `timestamptz` (pg_type). */
export const TIMESTAMPTZ_OID = 1184;

const postgresDate = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number | null;

const DIGIT_0 = 48;

/** The number written by `count` ASCII digits from `at`, or -1 if one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index += 1) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) return -1; // also NaN, past the end
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days from 1970-01-01 to that date of the proleptic Gregorian calendar (the one of Date), for years from 0 on:
 * H. Hinnant's days_from_civil, plain arithmetic (Date.UTC is a call into the runtime, about a third of a parse).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * A `timestamptz` as PostgreSQL writes it with DateStyle ISO (`2026-12-03 16:40:10.768123+00`, offsets `+05`,
 * `-03:30`, `+05:53:28`), read without regular expressions: node-postgres's default (postgres-date) runs three
 * of them per value, ~2% of the api's CPU on a signed-in thread list (~80 timestamps a page). The same Date for
 * every text (unit spec against postgres-date); undefined for what it does not read (years before 100 or after
 * 9999, BC, infinity, any other layout), which parseTimestamptz leaves to postgres-date.
 */
export function readIsoTimestamptz(text: string): Date | undefined {
  const length = text.length;
  // yyyy-mm-dd hh:mm:ss, then optional .f to .ffffff, then ±hh[:mm[:ss]]
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  // Years 0-99 (which Date.UTC reads as 19xx, postgres-date corrects it) and what PostgreSQL never writes: postgres-date.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;

  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === 46) {
    // Fractions are truncated to milliseconds, as postgres-date's 1000 * parseFloat does for 1 to 6 digits.
    let digits = 0;
    at += 1;
    while (at < length) {
      const digit = text.charCodeAt(at) - DIGIT_0;
      if (!(digit >= 0 && digit <= 9)) break;
      if (digits < 3) milliseconds = milliseconds * 10 + digit;
      digits += 1;
      at += 1;
    }
    if (digits === 0 || digits > 6) return undefined;
    for (let missing = digits; missing < 3; missing += 1) milliseconds *= 10;
  }

  const sign = text.charCodeAt(at);
  if ((sign !== 43 && sign !== 45) || length < at + 3) return undefined;
  const hours = digitsAt(text, at + 1, 2);
  if (hours < 0) return undefined;
  let offsetSeconds = hours * 3600;
  at += 3;
  if (at < length) {
    const minutes = text.charCodeAt(at) === 58 ? digitsAt(text, at + 1, 2) : -1;
    if (minutes < 0) return undefined;
    offsetSeconds += minutes * 60;
    at += 3;
  }
  if (at < length) {
    const seconds = text.charCodeAt(at) === 58 ? digitsAt(text, at + 1, 2) : -1;
    if (seconds < 0) return undefined;
    offsetSeconds += seconds;
    at += 3;
  }
  if (at !== length) return undefined;

  const utcSeconds = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second - (sign === 45 ? -offsetSeconds : offsetSeconds);
  return new Date(utcSeconds * 1000 + milliseconds);
}

/** node-postgres's parser of `timestamptz` text: readIsoTimestamptz, else postgres-date (its default). */
export function parseTimestamptz(text: string): Date | number | null {
  return readIsoTimestamptz(text) ?? postgresDate(text);
}

/**
 * node-postgres's type parsers with parseTimestamptz for `timestamptz`: given to the pool (`types`), so only the
 * api's own connections use it, whatever other libraries register globally.
 */
export const databaseTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    if (oid === TIMESTAMPTZ_OID && (format ?? 'text') === 'text') return parseTimestamptz;
    return types.getTypeParser(oid, format ?? 'text');
  },
};
