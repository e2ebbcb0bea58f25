import { Db, queryRows } from './transaction-runner';

/** A value that may stand several times in one statement and is sent once (the same `$n` everywhere). */
export class SqlParam {
  constructor(readonly value: unknown) {}
}

/**
 * A piece of SQL with its values, composed by the `sql` tag: fragments nest, values become numbered
 * parameters when the whole statement is compiled, so nobody counts offsets by hand.
 *
 *   const viewer = sqlParam(viewerId);
 *   const filter = sql`t.kind = ${kind} AND (t.hidden_at IS NULL OR t.author_id = ${viewer}::uuid)`;
 *   await runSql(db, sql`SELECT t.id FROM posts t WHERE t.space_id = ${spaceId} AND ${filter}`);
 */
export class SqlFragment {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** Statement text with `$1…$n` and its values, in order. */
  compile(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const numbers = new Map<SqlParam, number>();
    const place = (value: unknown): string => {
      if (value instanceof SqlParam) {
        let index = numbers.get(value);
        if (index === undefined) {
          values.push(value.value);
          index = values.length;
          numbers.set(value, index);
        }
        return `$${index}`;
      }
      values.push(value);
      return `$${values.length}`;
    };
    const write = (fragment: SqlFragment): string =>
      fragment.strings.reduce((text, part, index) => {
        if (index === 0) return part;
        const value = fragment.values[index - 1];
        return text + (value instanceof SqlFragment ? write(value) : place(value)) + part;
      }, '');
    return { text: write(this), values };
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  return new SqlFragment([...strings], values);
}

/** Text written by the code itself (a column list, an alias, an ORDER BY), never a value from outside. */
export function rawSql(text: string): SqlFragment {
  return new SqlFragment([text], []);
}

export function sqlParam(value: unknown): SqlParam {
  return new SqlParam(value);
}

export function joinSql(fragments: readonly SqlFragment[], separator: string): SqlFragment {
  if (fragments.length === 0) return rawSql('');
  return new SqlFragment(['', ...fragments.slice(1).map(() => separator), ''], fragments);
}

/** Runs a composed statement; rows either way (see queryRows). */
export function runSql<T>(db: Db, fragment: SqlFragment): Promise<T[]> {
  const { text, values } = fragment.compile();
  return queryRows<T>(db, text, values);
}
