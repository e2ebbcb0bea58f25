import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { boundMarkdown } from './markdown-bounds';

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

/** At most this many members are told of one post's mentions (a post naming everyone is not a broadcast channel). */
export const MAX_MENTIONS_PER_POST = 10;

/**
 * The handles `@mentioned` in a Markdown source, lower-cased, once each, in order of appearance: `@handle` as a
 * whole word (not inside an email address, see mentionPattern), outside code spans and blocks.
 */
export function mentionedHandles(source: string): string[] {
  const prose = source.replace(/```[\s\S]*?(```|$)|`[^`\n]*`/g, ' ');
  const handles = [...prose.matchAll(/(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_-]{3,30})(?![A-Za-z0-9_-])/g)].map((match) => match[1].toLowerCase());
  return [...new Set(handles)].slice(0, MAX_MENTIONS_PER_POST);
}

/** What a post's `*.created` event knows of its mentions, for notifications (DomainEvent.known: never stored). */
export function mentionsKnown(source: string): Record<string, string> {
  const handles = mentionedHandles(source);
  return handles.length > 0 ? { mentionedHandles: handles.join(' ') } : {};
}
