import { createHmac } from 'node:crypto';
import { publicUrlOf } from '../http/web-origins';
import type { AppConfig } from '../config/config';

/** PUBLIC_URL without its trailing slash, to put paths after (links in emails). */
export const publicBaseUrlOf = (config: AppConfig): string => publicUrlOf(config).href.replace(/\/+$/, '');

export type MailLocale = 'FR' | 'EN';

/** Stands for the secret link token in a queued message; the worker puts the token back at send time. */
export const LINK_TOKEN_PLACEHOLDER = '%LINK_TOKEN%';

/**
 * The token of a link, derived from its stored id with the server secret: the queue then holds only the
 * id and the database only the token's hash, so neither a job row nor a link row is a working link.
 */
export const deriveLinkToken = (secret: string, linkId: string): string => createHmac('sha256', secret).update(`link:${linkId}`).digest('base64url');

export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A block of an email: a paragraph, a list, a call to action (a link) or the small print at the bottom. */
export type MailBlock = { p: string } | { list: string[] } | { link: string; label: string } | { small: string };

/**
 * One message as plain text and as simple HTML (inline styles only: no remote images, no trackers, no
 * scripts), from the same blocks so both say the same. Every value is escaped in the HTML.
 */
export function renderMail(locale: MailLocale, subject: string, blocks: MailBlock[]): { subject: string; text: string; html: string } {
  const text = blocks
    .map((block) => ('p' in block ? block.p : 'list' in block ? block.list.map((item) => `- ${item}`).join('\n') : 'link' in block ? `${block.label}:\n${block.link}` : `-- \n${block.small}`))
    .join('\n\n');
  const body = blocks
    .map((block) =>
      'p' in block
        ? `<p>${escapeHtml(block.p)}</p>`
        : 'list' in block
          ? `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
          : 'link' in block
            ? `<p><a href="${escapeHtml(block.link)}" style="display:inline-block;padding:8px 14px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a></p><p style="font-size:12px;color:#555555">${escapeHtml(block.link)}</p>`
            : `<hr style="border:none;border-top:1px solid #dddddd"><p style="font-size:12px;color:#555555">${escapeHtml(block.small)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>\n<html lang="${locale.toLowerCase()}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body style="font-family:sans-serif;line-height:1.5;color:#222222;max-width:600px">\n${body}\n</body></html>\n`;
  return { subject, text: `${text}\n`, html };
}
