import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('turns the escaped snippet into text parts with the matches marked', () => {
    expect(snippetParts('a &lt;b&gt; <mark>vélo</mark> &amp; <mark>pneu</mark>!')).toEqual([
      { text: 'a <b> ', match: false },
      { text: 'vélo', match: true },
      { text: ' & ', match: false },
      { text: 'pneu', match: true },
      { text: '!', match: false },
    ]);
  });

  it('never lets markup other than the marks through', () => {
    expect(snippetParts('<script>x</script><mark>y</mark>')).toEqual([
      { text: 'x', match: false },
      { text: 'y', match: true },
    ]);
  });
});
