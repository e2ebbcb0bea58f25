import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { MARKDOWN_ALLOWED_ATTRIBUTES, MARKDOWN_ALLOWED_SCHEMES, MARKDOWN_ALLOWED_TAGS, MARKDOWN_LINK_REL } from '@palabre/contracts';
import { boundMarkdown } from './markdown-bounds';

/** Markdown without raw HTML pass-through: GitHub-flavoured, line breaks kept. */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

/**
 * A strict allowlist: text formatting, lists, quotes, code and links only. No scripts, no
 * iframes, no images, no inline styles, no event-handler attributes; links are http, https
 * or mailto and always open as untrusted. The allow-list lives in @palabre/contracts: the web composer's
 * preview applies the very same one.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(MARKDOWN_ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...MARKDOWN_ALLOWED_SCHEMES],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: MARKDOWN_LINK_REL }),
  },
};

/**
 * Parses a bounded source. Should a pathological input still exhaust the parser's stack, the text is
 * kept as plain paragraphs rather than failing the request that carries it.
 */
function parse(source: string): string {
  try {
    return markdown.parse(boundMarkdown(source)) as string;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return source
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('\n');
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders member-written Markdown to HTML that is safe to insert into a page as is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(parse(source), SANITIZE_OPTIONS).trim();
}

/** Plain text of a Markdown source (for excerpts, search and notifications). */
export function markdownToText(source: string): string {
  return sanitizeHtml(parse(source), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
