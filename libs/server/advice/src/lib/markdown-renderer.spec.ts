import { renderMarkdown } from './markdown-renderer';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<iframe src="https://evil.example"></iframe>',
  '<div onclick="alert(1)">x</div>',
  '<svg><script>alert(1)</script></svg>',
  '<style>body{display:none}</style>',
  '![x](https://tracker.example/pixel.png)',
  '<a href="//evil.example">protocol relative</a>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<form action="https://evil.example"><input name="x"></form>',
  '<object data="x.swf"></object><embed src="x.swf">',
];

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**bold** and _em_\n\n- one\n- two')).toBe('<p><strong>bold</strong> and <em>em</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('keeps http(s) and mailto links and marks them nofollow noopener', () => {
    const html = renderMarkdown('[site](https://example.com) <mailto:a@example.com>');
    expect(html).toMatch(/<a href="https:\/\/example\.com" rel="[^"]*\bnofollow\b[^"]*\bnoopener\b[^"]*">site<\/a>/);
    expect(html).toContain('href="mailto:a@example.com"');
  });

  it('overrides a rel given in raw HTML', () => {
    const html = renderMarkdown('<a href="https://example.com" rel="opener">x</a>');
    expect(html).toMatch(/rel="[^"]*\bnofollow\b[^"]*\bnoopener\b/);
    expect(html).not.toContain('rel="opener"');
  });

  it('keeps code blocks escaped', () => {
    const html = renderMarkdown('```js\nconst a = "<script>";\n```');
    expect(html).toContain('<pre><code');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
  });

  it.each(hostile)('neutralises hostile Markdown: %s', (source) => {
    const html = renderMarkdown(source).toLowerCase();
    expect(html).not.toMatch(/<script|<iframe|<img|<svg|<style|<object|<embed|<form|<input/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('href="//');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('alert(1)</');
  });
});
