/** Columns that identify or describe a person wherever they appear. */
export const PERSONAL_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'email',
  'handle',
  'ip_address',
  'user_agent',
  'device_label',
  'password_hash',
  'body',
  // The rendered copy of a body holds the same words.
  'body_html',
  // Ids of whatever a member follows or targets: a member among them, without a foreign key.
  'target_id',
  // Rooms an event went to: a member's personal room is named by their id.
  'rooms',
]);

/** Columns a rule above catches that can never hold a person, each with why. */
const NOT_PERSONAL: ReadonlySet<string> = new Set([
  // The idea another was merged into: always an idea.
  'idea_merges.target_id',
]);

/**
 * JSON can hold anything, a member's id or words included (notification and event payloads, event rooms): every
 * json/jsonb column is personal unless a provider declares it, the audit cannot look inside it for them.
 */
const JSON_TYPES: ReadonlySet<string> = new Set(['json', 'jsonb']);

/** Columns that point at a person even when no foreign key says so. */
const PERSON_REFERENCE = /(^|_)(member|author|actor|reporter|moderator|recipient|follower|giver|receiver|sender|supporter|voter)_id$/;

export interface TableShape {
  table: string;
  columns: readonly string[];
  /** Data types beside `columns` (information_schema's data_type), when known. */
  types?: readonly string[];
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
  for (const { table, columns, types } of tables) {
    for (const [index, column] of columns.entries()) {
      if (table === 'members' && column === 'id') continue;
      const json = JSON_TYPES.has(types?.[index] ?? '');
      if (NOT_PERSONAL.has(`${table}.${column}`)) continue;
      if (json || PERSONAL_COLUMN_NAMES.has(column) || PERSON_REFERENCE.test(column)) found.add(`${table}.${column}`);
    }
  }
  return [...found].sort();
}

/** Personal columns no provider declares: each one is a feature that forgot its privacy duties. */
export function undeclaredColumns(personal: readonly string[], declared: ReadonlySet<string>): string[] {
  return personal.filter((column) => !declared.has(column));
}
