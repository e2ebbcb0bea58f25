import { MAX_MENTIONS_PER_POST, mentionedHandles, mentionsKnown } from './markdown';

describe('mentionedHandles', () => {
  it('finds @handles as whole words, once each, lower-cased, outside code and email addresses', () => {
    expect(mentionedHandles('Hi @Alice_1, ask @bob-2 or @alice_1 (mail carol@example.com); `@dave` and\n```\n@erin\n```\n@frank.')).toEqual(['alice_1', 'bob-2', 'frank']);
    expect(mentionedHandles('@ab is too short, @@gil doubled, email@host')).toEqual([]);
  });

  it('tells at most a few members per post', () => {
    const many = Array.from({ length: 30 }, (_, index) => `@member${index}`).join(' ');
    expect(mentionedHandles(many)).toHaveLength(MAX_MENTIONS_PER_POST);
  });

  it('carries the handles in an event’s known values only when there are some', () => {
    expect(mentionsKnown('no one')).toEqual({});
    expect(mentionsKnown('@lea and @hugo')).toEqual({ mentionedHandles: 'lea hugo' });
  });
});
