import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Markdown without raw HTML pass-through: GitHub-flavoured, line breaks kept. */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

/**
 * A strict allowlist: text formatting, lists, quotes, code and links only. No scripts, no
 * iframes, no images, no inline styles, no event-handler attributes; links are http, https
 * or mailto and always open as untrusted (rel="nofollow ugc noopener noreferrer").
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener noreferrer' }),
  },
};

/** Renders member-written Markdown to HTML that is safe to insert into a page as is. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

/** Plain text of a Markdown source (for excerpts, search and notifications). */
export function markdownToText(source: string): string {
  return sanitizeHtml(markdown.parse(source) as string, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
