import { Controller, Delete, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@palabre/core';
import { VariantName } from './image-processing';
import { mediaNotFound, mediaUnauthenticated } from './media-http-errors';
import { isImageId, isVariantName, MediaService } from './media.service';
import { MediaSessions } from './media-session';

const YEAR_SECONDS = 365 * 24 * 3600;

/** Serves stored images to whoever may see them, and opens the cookie session `<img>` tags read them with. */
@Controller('media')
export class MediaController {
  constructor(
    private readonly media: MediaService,
    private readonly sessions: MediaSessions,
  ) {}

  /** From the access token (bearer): sets the HttpOnly media cookie. The web client calls it after signing in. */
  @Public()
  @Post('session')
  @HttpCode(204)
  @Header('Cache-Control', 'no-store')
  async open(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const actor = await this.sessions.bearerActor(request.headers.authorization);
    if (!actor) throw mediaUnauthenticated();
    this.sessions.open(response, actor);
  }

  @Public()
  @Delete('session')
  @HttpCode(204)
  @Header('Cache-Control', 'no-store')
  close(@Res({ passthrough: true }) response: Response): void {
    this.sessions.close(response);
  }

  @Public()
  @Get(':id')
  original(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.serve(id, 'full', request, response);
  }

  @Public()
  @Get(':id/:variant')
  variant(@Param('id') id: string, @Param('variant') variant: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!isVariantName(variant)) throw mediaNotFound();
    return this.serve(id, variant, request, response);
  }

  private async serve(id: string, variant: VariantName, request: Request, response: Response): Promise<void> {
    if (!isImageId(id)) throw mediaNotFound();
    const image = await this.media.read(await this.sessions.viewerOf(request), id, variant);
    // The bytes behind an id never change: a long lifetime, and the id itself is the validator.
    const etag = `"${id}-${variant}"`;
    response.setHeader('Cache-Control', image.publicCache ? `public, max-age=${YEAR_SECONDS}, immutable` : 'private, max-age=300');
    response.setHeader('ETag', etag);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Disposition', 'inline');
    if (request.headers['if-none-match'] === etag) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', image.contentType);
    response.status(200).end(image.bytes);
  }
}
