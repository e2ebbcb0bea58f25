import { addedMentions, markdownToText, referencedImageIds, renderMarkdown } from './markdown';

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

describe('images in Markdown', () => {
  const own = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
  const images = new Map([[own, { width: 1280, height: 960 }]]);

  it('keeps a Palabre-stored image of the post with its size and lazy loading', () => {
    const html = renderMarkdown(`Broken part: ![the cracked hinge](/media/${own})`, { images });
    expect(html).toBe(`<p>Broken part: <img src="/media/${own}/w1280" alt="the cracked hinge" width="1280" height="960" loading="lazy" decoding="async" /></p>`);
  });

  it('turns any other image into its alt text', () => {
    const stranger = '00000000-0000-4000-8000-000000000000';
    const html = renderMarkdown(`![tracker](https://evil.test/pixel.gif) ![not mine](/media/${stranger}) <img src="/media/${own}" onerror="alert(1)" alt="raw">`, { images: new Map() });
    expect(html).toBe('<p>tracker not mine raw</p>');
  });

  it('keeps hostile alt text inert, on kept and dropped images alike', () => {
    const hostile = `x" onerror="alert(1)<script>alert(2)</script>`;
    const kept = renderMarkdown(`<img src="/media/${own}" alt='${hostile}'>`, { images });
    const dropped = renderMarkdown(`<img src="https://evil.test/a.png" alt='${hostile}'>`);
    // A raw HTML block is not wrapped in a paragraph.
    expect(kept).toBe(`<img src="/media/${own}/w1280" alt="x&quot; onerror=&quot;alert(1)&lt;script&gt;alert(2)&lt;/script&gt;" width="1280" height="960" loading="lazy" decoding="async" />`);
    expect(dropped).toBe('x&quot; onerror=&quot;alert(1)&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('lists the stored images a source references, once each', () => {
    expect(referencedImageIds(`![a](/media/${own}) ![b](/media/${own.toUpperCase()}/w480) ![c](https://x.test/media/nope)`)).toEqual([own]);
  });
});

describe('mentions in Markdown', () => {
  const mentions = new Map([['bob', 'Bob']]);

  it('links a mention of a known member to their profile, as spelled, and leaves the rest as text', () => {
    const html = renderMarkdown('Hi @BOB and @nobody; `@bob` and [@bob](https://example.org) stay; bob@example.org too.', { mentions });
    expect(html).toContain('Hi <a href="/members/Bob" class="mention">@Bob</a> and @nobody;');
    expect(html.match(/class="mention"/g)).toHaveLength(1);
  });

  it('does not let a member write the mention class themselves', () => {
    expect(renderMarkdown('<a href="https://evil.example" class="mention">@bob</a>')).not.toContain('class=');
  });

  it('lists only the handles an edit adds', () => {
    expect(addedMentions('Thanks @ann and @Bob', 'Thanks @ann, @bob and @cyd, @CYD')).toEqual(['cyd']);
  });
});
