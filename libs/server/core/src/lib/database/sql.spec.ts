import { joinSql, rawSql, sql, sqlParam } from './sql';

describe('the sql tag', () => {
  it('numbers the values of nested fragments in the order they stand', () => {
    const filter = sql`t.kind = ${'QUESTION'} AND t.tags @> ARRAY[${'brakes'}]`;
    expect(sql`SELECT id FROM threads t WHERE t.space_id = ${'s1'} AND ${filter} LIMIT ${20}`.compile()).toEqual({
      text: 'SELECT id FROM threads t WHERE t.space_id = $1 AND t.kind = $2 AND t.tags @> ARRAY[$3] LIMIT $4',
      values: ['s1', 'QUESTION', 'brakes', 20],
    });
  });

  it('sends a shared parameter once, under one number, wherever it stands', () => {
    const now = sqlParam(new Date(0));
    expect(sql`a < ${now} AND b > ${now} AND c = ${1}`.compile()).toEqual({ text: 'a < $1 AND b > $1 AND c = $2', values: [new Date(0), 1] });
  });

  it('joins fragments and inlines code-written text without making it a parameter', () => {
    const parts = [sql`a = ${1}`, sql`b = ${2}`];
    expect(sql`SELECT ${rawSql('x, y')} FROM t WHERE ${joinSql(parts, ' AND ')}`.compile()).toEqual({ text: 'SELECT x, y FROM t WHERE a = $1 AND b = $2', values: [1, 2] });
  });
});
