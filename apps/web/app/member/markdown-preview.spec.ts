import { renderPreview } from './markdown-preview';

// The preview applies the API's allow-list (libs/contracts): what it shows is what the server will publish.
describe('renderPreview', () => {
  it('keeps formatting, lists, quotes, code and links, marked untrusted', () => {
    const html = renderPreview('**bold** and *it*\n\n- one\n- two\n\n> quoted\n\n`code` [site](https://example.com)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener noreferrer">site</a>');
  });

  it('drops scripts, images, event handlers, styles and javascript: links', () => {
    const html = renderPreview('<script>alert(1)</script><img src=x onerror=alert(1)><p style="color:red" onclick="x()">hi</p>\n\n[x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|style=|javascript:/i);
    expect(html).toContain('hi');
  });
});
