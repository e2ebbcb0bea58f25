import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { linkMentions, MARKDOWN_ALLOWED_ATTRIBUTES, MARKDOWN_ALLOWED_SCHEMES, MARKDOWN_ALLOWED_TAGS, MARKDOWN_LINK_REL, MARKDOWN_URL_ATTRIBUTES } from '@palabre/contracts';
import { boundMarkdown } from './markdown-bounds';
import type { Db } from '../database/transaction-runner';

/** Markdown without raw HTML pass-through: GitHub-flavoured, line breaks kept. */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

/**
 * A strict allowlist: text formatting, lists, quotes, code, links and images Palabre stores. No scripts,
 * no iframes, no inline styles, no event-handler attributes; links are http, https or mailto and always
 * open as untrusted. Images are rebuilt by `renderMarkdown`. The allow-list lives in @palabre/contracts:
 * the web composer's preview applies the very same one.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(MARKDOWN_ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...MARKDOWN_ALLOWED_SCHEMES],
  allowedSchemesAppliedToAttributes: [...MARKDOWN_URL_ATTRIBUTES],
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

/** An image Palabre stores, as the post shows it (its display variant's size). */
export interface StoredImage {
  width: number;
  height: number;
}

export interface RenderOptions {
  /** Images the post may show, by id: the author's own uploads. Every other image becomes its alt text. */
  images?: ReadonlyMap<string, StoredImage>;
  /**
   * Members a post may link to by `@handle`: lower-cased handle → handle as spelled. Each mention of one of them
   * becomes a link to their profile (linkMentions); any other `@word` stays text.
   */
  mentions?: ReadonlyMap<string, string>;
}

/** The display variant a post shows; the other variants are `full` and `w480`. */
export const DISPLAY_VARIANT = 'w1280';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A Palabre-stored image as Markdown references it: `/media/<id>` or `/media/<id>/<variant>`, same origin. */
const STORED_IMAGE_SRC = new RegExp(`^/media/(${UUID})(?:/(?:full|w1280|w480))?$`, 'i');

/** Ids of the Palabre images a Markdown source references (the post they will belong to). */
export function referencedImageIds(source: string): string[] {
  const ids = [...source.matchAll(new RegExp(`/media/(${UUID})`, 'gi'))].map((match) => match[1].toLowerCase());
  return [...new Set(ids)];
}

/**
 * A foreign image, as the transform below leaves it: no src, only its alt text, already escaped for an
 * attribute, which is as safe in text. (sanitize-html's own text replacement would swallow the text after
 * a void element, so the swap happens on its output.)
 */
const ALT_ONLY_IMAGE = /<img alt="([^"]*)" \/>/g;

function imageTransform(images: ReadonlyMap<string, StoredImage>): sanitizeHtml.Transformer {
  return (_tagName, attribs): sanitizeHtml.Tag => {
    const id = STORED_IMAGE_SRC.exec(attribs.src ?? '')?.[1]?.toLowerCase();
    const image = id ? images.get(id) : undefined;
    const alt = (attribs.alt ?? '').trim();
    // Marked for replacement by its alt text once sanitised (see ALT_ONLY_IMAGE).
    if (!id || !image) return { tagName: 'img', attribs: { alt } };
    return {
      tagName: 'img',
      attribs: { src: `/media/${id}/${DISPLAY_VARIANT}`, alt, width: String(image.width), height: String(image.height), loading: 'lazy', decoding: 'async' },
    };
  };
}

/** Renders member-written Markdown to HTML that is safe to insert into a page as is. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const transformTags = { ...SANITIZE_OPTIONS.transformTags, img: imageTransform(options.images ?? new Map()) };
  const html = sanitizeHtml(parse(source), { ...SANITIZE_OPTIONS, transformTags })
    .replace(ALT_ONLY_IMAGE, '$1')
    .trim();
  const mentions = options.mentions;
  return mentions && mentions.size > 0 ? linkMentions(html, (handle) => mentions.get(handle) ?? null) : html;
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

/**
 * Members provides it: which of these lower-cased handles belong to members who still have an account (not an
 * erased account's tombstone), as lower-cased handle → handle as spelled. Posts link their mentions to them.
 */
export abstract class MentionDirectory {
  abstract existing(db: Db, handles: readonly string[]): Promise<Map<string, string>>;
}

/**
 * The handles `@mentioned` in `next` that `previous` did not mention (an edit's new mentions, told like a new post's);
 * the same limits as mentionedHandles.
 */
export function addedMentions(previous: string, next: string): string[] {
  const before = new Set(mentionedHandles(previous));
  return mentionedHandles(next).filter((handle) => !before.has(handle));
}

/** What an edit's event knows of the mentions it added, for notifications (DomainEvent.known: never stored). */
export function addedMentionsKnown(previous: string, next: string): Record<string, string> {
  const handles = addedMentions(previous, next);
  return handles.length > 0 ? { mentionedHandles: handles.join(' ') } : {};
}
