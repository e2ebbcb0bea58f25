import { markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders basic formatting and lists', () => {
    expect(renderMarkdown('**bold** and _it_\n\n- one\n- two')).toBe('<p><strong>bold</strong> and <em>it</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('drops scripts, iframes, images and event handlers', () => {
    const html = renderMarkdown('<script>alert(1)</script><iframe src="https://x.test"></iframe><img src=x onerror="alert(1)"><b onclick="x()">hi</b>');
    expect(html).not.toMatch(/script|iframe|img|onerror|onclick|alert/i);
  });

  it('keeps http, https and mailto links only, marked as untrusted', () => {
    expect(renderMarkdown('[a](https://example.com)')).toBe('<p><a href="https://example.com" rel="nofollow ugc noopener noreferrer">a</a></p>');
    expect(renderMarkdown('[a](javascript:alert(1))')).not.toContain('javascript');
    expect(renderMarkdown('<a href="data:text/html,x">a</a>')).not.toContain('data:');
    expect(renderMarkdown('[m](mailto:a@b.test)')).toContain('href="mailto:a@b.test"');
  });

  it('extracts plain text', () => {
    expect(markdownToText('# Title\n\nSome *text*')).toBe('Title Some text');
  });
});
