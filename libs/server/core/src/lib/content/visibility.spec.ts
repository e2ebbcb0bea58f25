import { sql, sqlParam } from '../database/sql';
import { canSee, visibleSql } from './visibility';

const row = (values: Partial<{ removed_at: Date | null; hidden_at: Date | null; author_id: string | null }>) => ({ removed_at: null, hidden_at: null, author_id: 'author', ...values });
const at = new Date('2026-01-01T00:00:00Z');

describe('the content visibility rule', () => {
  it('shows visible content to everyone, anonymous viewers included', () => {
    expect(canSee(row({}), null, false)).toBe(true);
  });

  it('shows hidden content only to its author and to moderators', () => {
    const hidden = row({ hidden_at: at });
    expect(canSee(hidden, 'someone', false)).toBe(false);
    expect(canSee(hidden, null, false)).toBe(false);
    expect(canSee(hidden, 'author', false)).toBe(true);
    expect(canSee(hidden, 'someone', true)).toBe(true);
  });

  it('shows removed content to nobody, its author and moderators included', () => {
    const removed = row({ removed_at: at });
    expect(canSee(removed, 'author', true)).toBe(false);
  });

  it('writes the same three conditions in SQL over the given alias and expressions', () => {
    expect(visibleSql('t', '$6::uuid', 'k.moderator')).toBe('(t.removed_at IS NULL AND (t.hidden_at IS NULL OR t.author_id = $6::uuid OR k.moderator))');
  });

  it('is the same rule as a fragment whose parameters are numbered with its statement', () => {
    const viewer = sqlParam('v');
    expect(sql`WHERE x = ${1} AND ${visibleSql('r', sql`${viewer}::uuid`, sql`k.moderator`)}`.compile()).toEqual({
      text: 'WHERE x = $1 AND (r.removed_at IS NULL AND (r.hidden_at IS NULL OR r.author_id = $2::uuid OR k.moderator))',
      values: [1, 'v'],
    });
  });
});
