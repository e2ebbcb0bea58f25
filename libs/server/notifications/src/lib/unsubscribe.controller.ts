import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { escapeHtml, Public } from '@palabre/core';
import { UnsubscribeService } from './unsubscribe.service';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>` +
  `<body style="font-family:sans-serif;max-width:560px;margin:2em auto;line-height:1.5">${body}</body></html>\n`;

const UNKNOWN = page(
  'Palabre',
  '<p lang="fr">Ce lien de désabonnement n’existe pas.</p><p lang="en">This unsubscribe link does not exist.</p>',
);

/**
 * One-click unsubscribe, served under /unsubscribe (the web client proxies it): POST revokes (RFC 8058, what
 * mail clients send), GET only shows what a POST would stop, since mail scanners follow links on their own.
 * The token in the path is the authority; no sign-in.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Public()
  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
  async confirm(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const preview = await this.unsubscribes.preview(token);
    if (!preview) {
      response.status(404).type('html').send(UNKNOWN);
      return;
    }
    const names = escapeHtml(preview.communities.join(', '));
    const action = `/unsubscribe/${encodeURIComponent(token)}`;
    response
      .type('html')
      .send(
        page(
          'Palabre',
          `<p lang="fr">Ne plus recevoir les résumés par email de : ${names} ?</p><p lang="en">Stop the email digests from: ${names}?</p>` +
            `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Me désabonner / Unsubscribe</button></form>`,
        ),
      );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  async unsubscribe(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const outcome = await this.unsubscribes.unsubscribe(token);
    if (outcome.kind === 'unknown') {
      response.status(404).type('html').send(UNKNOWN);
      return;
    }
    const names = escapeHtml(outcome.communities.join(', '));
    response
      .type('html')
      .send(page('Palabre', `<p lang="fr">C’est fait : plus de résumés par email de ${names}.</p><p lang="en">Done: no more email digests from ${names}.</p>`));
  }
}
