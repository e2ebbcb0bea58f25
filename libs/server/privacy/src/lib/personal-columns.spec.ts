import { personalColumns, undeclaredColumns } from './personal-columns';

describe('personalColumns', () => {
  it('finds member references by foreign key and by name, and personal names, but not the subject id', () => {
    const found = personalColumns(
      [
        { table: 'members', columns: ['id', 'handle', 'email', 'created_at'] },
        { table: 'threads', columns: ['id', 'author_id', 'title', 'body', 'reply_count'] },
        { table: 'spaces', columns: ['id', 'name', 'description'] },
      ],
      [{ table: 'communities', column: 'created_by' }],
    );
    expect(found).toEqual(['communities.created_by', 'members.email', 'members.handle', 'threads.author_id', 'threads.body']);
  });

  it('treats JSON payloads, rendered bodies and target ids as personal', () => {
    const found = personalColumns(
      [
        { table: 'notifications', columns: ['id', 'kind', 'payload'], types: ['uuid', 'character varying', 'jsonb'] },
        { table: 'threads', columns: ['id', 'title', 'body_html'], types: ['uuid', 'text', 'text'] },
        { table: 'follows', columns: ['follower_id', 'target_id', 'target_type'], types: ['uuid', 'uuid', 'text'] },
      ],
      [],
    );
    expect(found).toEqual(['follows.follower_id', 'follows.target_id', 'notifications.payload', 'threads.body_html']);
  });

  it('reports what no provider declares', () => {
    expect(undeclaredColumns(['a.email', 'b.member_id'], new Set(['a.email']))).toEqual(['b.member_id']);
  });
});
