/** What the insights repositories share: the period type, role and status lists in SQL, and number normalisation. */

export interface Period {
  from: Date;
  to: Date;
}

export const STAFF_ROLES_SQL = `('OWNER', 'BRAND_STAFF')`;
export const OPEN_STATUSES_SQL = `('OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS')`;

/** Numbers come back from PostgreSQL as strings (bigint, numeric): every row is normalised here. */
export const int = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
