import { renderMarkdown, markdownToText } from './markdown';
import { boundMarkdown, MAX_BLOCK_NESTING } from './markdown-bounds';

const LIMIT = 20_000;
const depthOf = (html: string, tag: string) => {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(new RegExp(`<(/?)${tag}>`, 'g'))) {
    depth += match[1] ? -1 : 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
};

/** Inputs within the length limit that overflowed marked's stack or made it slow before the bounds. */
const PATHOLOGICAL: Record<string, string> = {
  quotes: `${'>'.repeat(LIMIT - 3)} hi`,
  spacedQuotes: `${'> '.repeat(LIMIT / 2 - 2)}hi`,
  inlineLists: `${'- '.repeat(LIMIT / 2 - 1)}x`,
  quotesAndLists: `${'> - '.repeat(LIMIT / 4 - 1)}x`,
  emphasis: `${'*'.repeat(LIMIT / 2 - 1)}x${'*'.repeat(LIMIT / 2 - 1)}`,
  underscores: '_a'.repeat(LIMIT / 2),
  indentedLists: Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level * 2)}- x`).join('\n').slice(0, LIMIT),
};

describe('Markdown within the length limit', () => {
  for (const [name, source] of Object.entries(PATHOLOGICAL)) {
    it(`renders ${name} without failing, nesting bounded, text kept`, () => {
      const html = renderMarkdown(source);
      // Indentation and markers are bounded separately: together at most twice the limit.
      expect(depthOf(html, 'blockquote') + depthOf(html, 'ul')).toBeLessThanOrEqual(2 * MAX_BLOCK_NESTING);
      expect(markdownToText(source).length).toBeGreaterThan(0);
    });
  }

  it('keeps ordinary nesting exactly as written', () => {
    expect(renderMarkdown('> quoted\n>> twice\n\n- a\n  - b\n\n***both*** and **bold**')).toBe(
      '<blockquote>\n<p>quoted</p>\n<blockquote>\n<p>twice</p>\n</blockquote>\n</blockquote>\n<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n<p><em><strong>both</strong></em> and <strong>bold</strong></p>',
    );
  });

  it('turns markers past the limit into literal text', () => {
    const bounded = boundMarkdown(`${'>'.repeat(MAX_BLOCK_NESTING + 3)} deep`);
    expect(bounded).toBe(`${'>'.repeat(MAX_BLOCK_NESTING)}${'\\>'.repeat(3)} deep`);
    expect(renderMarkdown(`${'>'.repeat(MAX_BLOCK_NESTING + 3)} deep`)).toContain('<p>&gt;&gt;&gt; deep</p>');
  });

  it('leaves fenced code untouched', () => {
    const code = '```\n>>>>>>>>>>>>>>>>>>>> ****kwargs****\n```';
    expect(boundMarkdown(code)).toBe(code);
  });
});
