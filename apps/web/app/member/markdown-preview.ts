import { linkMentions, MARKDOWN_ALLOWED_ATTRIBUTES, MARKDOWN_ALLOWED_SCHEMES, MARKDOWN_ALLOWED_TAGS, MARKDOWN_LINK_REL, MARKDOWN_URL_ATTRIBUTES } from '@palabre/contracts';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The composer's preview: the same Markdown options and the same allow-list (from @palabre/contracts) as the
 * API's renderer, so what a member previews is what will be published. Loaded only when a preview is asked for
 * (marked and sanitize-html weigh ≈70 KB gzip).
 */
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(MARKDOWN_ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...MARKDOWN_ALLOWED_SCHEMES],
  allowedSchemesAppliedToAttributes: [...MARKDOWN_URL_ATTRIBUTES],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: MARKDOWN_LINK_REL }),
    // As on the API: only images Palabre stores are shown (their display variant); any other becomes its alt text.
    img: (_tag, attribs): sanitizeHtml.Tag => {
      const id = STORED_IMAGE_SRC.exec(attribs.src ?? '')?.[1];
      const alt = (attribs.alt ?? '').trim();
      return id ? { tagName: 'img', attribs: { src: `/media/${id}/w1280`, alt, loading: 'lazy', decoding: 'async' } } : { tagName: 'img', attribs: { alt } };
    },
  },
};

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STORED_IMAGE_SRC = new RegExp(`^/media/(${UUID})(?:/(?:full|w1280|w480))?$`, 'i');
/** A foreign image as the transform leaves it, replaced by its (already escaped) alt text once sanitised. */
const ALT_ONLY_IMAGE = /<img alt="([^"]*)" \/>/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderPreview(source: string): string {
  let html: string;
  try {
    html = markdown.parse(source) as string;
  } catch {
    // A pathological source the parser cannot take: the server keeps it as plain paragraphs, so does the preview.
    html = source
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('\n');
  }
  // Mentions become profile links as the API renders them (linkMentions). The preview cannot know which handles
  // exist, so it links every one but a former member's: the published post links only existing members.
  return linkMentions(sanitizeHtml(html, OPTIONS).replace(ALT_ONLY_IMAGE, '$1').trim(), (handle, typed) => (handle.startsWith('former-member-') ? null : typed));
}
