/** Columns that identify or describe a person wherever they appear. */
export const PERSONAL_COLUMN_NAMES: ReadonlySet<string> = new Set(['email', 'handle', 'ip_address', 'user_agent', 'device_label', 'password_hash', 'body']);

/** Columns that point at a person even when no foreign key says so. */
const PERSON_REFERENCE = /(^|_)(member|author|actor|reporter|moderator|recipient|follower|giver|receiver|sender|supporter|voter)_id$/;

export interface TableShape {
  table: string;
  columns: readonly string[];
}

/** `table.column` pairs with a foreign key to members(id). */
export interface MemberReference {
  table: string;
  column: string;
}

/**
 * Every `table.column` that holds personal data: a reference to a member (by foreign key or by
 * name), or a column whose name says it is personal. The members' own id is the subject, not data.
 */
export function personalColumns(tables: readonly TableShape[], references: readonly MemberReference[]): string[] {
  const found = new Set<string>();
  for (const reference of references) found.add(`${reference.table}.${reference.column}`);
  for (const { table, columns } of tables) {
    for (const column of columns) {
      if (table === 'members' && column === 'id') continue;
      if (PERSONAL_COLUMN_NAMES.has(column) || PERSON_REFERENCE.test(column)) found.add(`${table}.${column}`);
    }
  }
  return [...found].sort();
}

/** Personal columns no provider declares: each one is a feature that forgot its privacy duties. */
export function undeclaredColumns(personal: readonly string[], declared: ReadonlySet<string>): string[] {
  return personal.filter((column) => !declared.has(column));
}
