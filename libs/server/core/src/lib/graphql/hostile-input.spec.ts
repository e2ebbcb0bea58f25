import { GraphQLError } from 'graphql';
import { ErrorCode } from '@palabre/contracts';
import { createErrorFormatter, databaseRefusalOf } from './errors';
import { refuseHostileJson } from './input-guard';
import { decodeCursor, encodeCursor, TIME_ID_CURSOR } from './pagination';

const ID = '6f1c4b1e-6a3e-4c57-9a55-1d2b3c4d5e6f';
const pgError = (code: string) => Object.assign(new Error('duplicate key value violates unique constraint "x_key"'), { code, severity: 'ERROR' });

describe('hostile input, at the class roots', () => {
  it('decodes real cursor timestamps and refuses impossible ones that JavaScript would roll over', () => {
    for (const at of ['2026-03-02T09:00:00.000Z', '2024-02-29T23:59:59.999999Z', '0001-01-01T00:00:00Z']) {
      expect(decodeCursor(encodeCursor([at, ID]), TIME_ID_CURSOR)).toEqual([at, ID]);
    }
    for (const at of ['2026-02-30T00:00:00.000Z', '2025-02-29T00:00:00Z', '0000-01-01T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '2026-04-31T00:00:00Z', '2026-01-01T23:60:00Z']) {
      expect(() => decodeCursor(encodeCursor([at, ID]), TIME_ID_CURSOR)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }) }));
    }
  });

  it('refuses lone surrogates like NUL, and keeps paired ones (emoji)', () => {
    expect(refuseHostileJson({ a: 'bike \uD83D\uDEB2', b: ['\u202E'] }, 'The variables')).toBeNull();
    expect(refuseHostileJson({ a: 'x\uD800' }, 'The variables')).toMatch(/surrogate/);
    expect(refuseHostileJson({ a: ['\uDC00x'] }, 'The variables')).toMatch(/surrogate/);
    expect(refuseHostileJson({ ['k\uD83D']: 1 }, 'The variables')).toMatch(/surrogate/);
    expect(refuseHostileJson({ a: 'x\u0000' }, 'The variables')).toMatch(/NUL/);
  });

  it('answers a unique-constraint race as CONFLICT and an unstorable value as BAD_USER_INPUT, other failures as INTERNAL', () => {
    expect(databaseRefusalOf({ driverError: pgError('23505') })).toEqual({ code: ErrorCode.CONFLICT, sqlState: '23505' });
    expect(databaseRefusalOf(pgError('22008'))).toEqual({ code: ErrorCode.BAD_USER_INPUT, sqlState: '22008' });
    expect(databaseRefusalOf(pgError('42P01'))).toBeNull();
    expect(databaseRefusalOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeNull();
    const logged: string[] = [];
    const format = createErrorFormatter(() => logged.push('error'), { logRefused: () => logged.push('refused') });
    const race = format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: pgError('23505') }));
    expect(race.extensions?.['code']).toBe(ErrorCode.CONFLICT);
    expect(race.message).not.toMatch(/constraint|x_key/);
    const bug = format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: pgError('42P01') }));
    expect(bug.extensions?.['code']).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(logged).toEqual(['refused', 'error']);
  });
});
