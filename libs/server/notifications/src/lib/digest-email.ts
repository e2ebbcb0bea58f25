import { LINK_TOKEN_PLACEHOLDER, MailLocale, renderMail } from '@palabre/core';

/** The one-click unsubscribe URL of an email (RFC 8058), served by the api behind the web client's origin. */
export const unsubscribeUrl = (publicUrl: string) => `${publicUrl}/unsubscribe/${LINK_TOKEN_PLACEHOLDER}`;

const stamp = (instant: Date) => `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A digest email in the member's language; its last lines say why it comes and how to stop it. */
export function digestMail(locale: MailLocale, values: { publicUrl: string; handle: string; since: Date; summaries: string[]; communities: string[] }) {
  const { publicUrl, handle, since, summaries, communities } = values;
  const count = summaries.length;
  const names = communities.join(', ');
  const stop = unsubscribeUrl(publicUrl);
  return locale === 'FR'
    ? renderMail(locale, `Votre résumé Palabre : ${count} nouveauté${count === 1 ? '' : 's'}`, [
        { p: `Bonjour ${handle}, voici ce qui s'est passé depuis le ${stamp(since)} :` },
        { list: summaries },
        { small: `Vous recevez cet email parce que vous avez accepté de recevoir les résumés par email de : ${names}.` },
        { link: stop, label: 'Ne plus recevoir ces résumés par email' },
      ])
    : renderMail(locale, `Your Palabre digest: ${count} update${count === 1 ? '' : 's'}`, [
        { p: `Hello ${handle}, here is what happened since ${stamp(since)}:` },
        { list: summaries },
        { small: `You receive this email because you consented to email digests from: ${names}.` },
        { link: stop, label: 'Stop these email digests' },
      ]);
}
