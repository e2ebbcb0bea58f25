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

describe('renderPreview images', () => {
  const id = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
  it('shows an image Palabre stores, in its display size, with its alt text', () => {
    expect(renderPreview(`![a broken chain](/media/${id})`)).toContain(`<img src="/media/${id}/w1280" alt="a broken chain" loading="lazy" decoding="async" />`);
  });

  it('turns any other image into its alt text', () => {
    const html = renderPreview('![tracking pixel](https://example.com/x.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('tracking pixel');
  });
});

describe('renderPreview mentions', () => {
  it('links @handles to profiles as the API does, outside code and links, never an email nor a former member', () => {
    const html = renderPreview('Ask @Bob_1, not `@carol`, [@dan](https://example.org), eve@example.org nor @former-member-3.');
    expect(html).toContain('Ask <a href="/members/Bob_1" class="mention">@Bob_1</a>, not <code>@carol</code>');
    expect(html.match(/class="mention"/g)).toHaveLength(1);
    expect(html).toContain('@former-member-3.');
  });
});
