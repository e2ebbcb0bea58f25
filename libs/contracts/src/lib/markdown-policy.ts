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

/** The class of a rendered @mention link (styled by the web client). */
export const MENTION_CLASS = 'mention';

/** A member's public profile page: where a rendered @mention leads. */
export const memberProfilePath = (handle: string): string => `/members/${encodeURIComponent(handle)}`;

/** `@handle` as a whole word (not inside an email address or a longer handle); group 1 is the handle. */
const MENTION_IN_TEXT = /(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_-]{3,30})(?![A-Za-z0-9_-])/g;
/** Elements whose text is never linked: existing links, code. */
const NO_MENTION_INSIDE = new Set(['a', 'code', 'pre']);

/**
 * Turns each `@handle` in the text of sanitised HTML into `<a href="/members/<handle>" class="mention">@handle</a>`,
 * outside links and code. `resolve` receives the handle lower-cased (and as typed) and answers the member's handle as spelled,
 * or null to leave the text as it is (no such member). Applied after sanitising (the allow-list does not let
 * members write this class themselves), by the API's renderer and the composer's preview alike.
 */
export function linkMentions(html: string, resolve: (lowerHandle: string, typed: string) => string | null): string {
  if (!html.includes('@')) return html;
  let closedDepth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)([a-zA-Z0-9]+)/.exec(part);
      if (tag) {
        if (NO_MENTION_INSIDE.has(tag[2]!.toLowerCase()) && !part.endsWith('/>')) closedDepth = Math.max(0, closedDepth + (tag[1] ? -1 : 1));
        return part;
      }
      if (closedDepth > 0 || !part.includes('@')) return part;
      return part.replace(MENTION_IN_TEXT, (whole, handle: string) => {
        const spelled = resolve(handle.toLowerCase(), handle);
        return spelled ? `<a href="${memberProfilePath(spelled)}" class="${MENTION_CLASS}">@${spelled}</a>` : whole;
      });
    })
    .join('');
}
