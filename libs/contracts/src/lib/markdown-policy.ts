/**
 * What member-written Markdown may become once rendered: the one allow-list shared by the API's renderer
 * (libs/server/core, marked + sanitize-html) and the web composer's preview, so a preview never shows more
 * (or less) than the published post. Plain data, so both sides feed it to sanitize-html.
 */
export const MARKDOWN_ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
];
export const MARKDOWN_ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'], img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'] };
export const MARKDOWN_ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];
/** Attributes whose URL scheme is checked. The API then keeps only images Palabre stores (others become their alt text). */
export const MARKDOWN_URL_ATTRIBUTES: readonly string[] = ['href', 'src'];
/** Links always open as untrusted. */
export const MARKDOWN_LINK_REL = 'nofollow ugc noopener noreferrer';
