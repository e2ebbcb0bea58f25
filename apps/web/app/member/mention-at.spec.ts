import { mentionAt } from './mention-at';

describe('mentionAt', () => {
  it('finds the handle being typed before the cursor', () => {
    expect(mentionAt('Thanks @cam', 11)).toEqual({ start: 7, prefix: 'cam' });
    expect(mentionAt('@an', 3)).toEqual({ start: 0, prefix: 'an' });
  });

  it('ignores email addresses, a lone @ and text after a space', () => {
    expect(mentionAt('mail me@example', 15)).toBeNull();
    expect(mentionAt('say @', 5)).toBeNull();
    expect(mentionAt('@cam done', 9)).toBeNull();
  });
});
