import { Controller, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, Public } from '@palabre/core';
import { MediaHttpError, mediaUnauthenticated } from './media-http-errors';
import { MediaService, UploadedImage } from './media.service';
import { MediaSessions } from './media-session';
import { readUploadedFile } from './read-upload';

/**
 * `POST /uploads`: one image (multipart field `file`) from a signed-in member; answers its id and URL.
 * Plain HTTP rather than GraphQL multipart (which invites CSRF and needs its own body parser). Marked
 * public for the global guard, which only knows GraphQL: the bearer token is checked here, first, so an
 * anonymous body is never read.
 */
@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly media: MediaService,
    private readonly sessions: MediaSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async upload(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<UploadedImage> {
    const actor = await this.sessions.bearerActor(request.headers.authorization);
    if (!actor) throw mediaUnauthenticated();
    try {
      await this.media.consumeUploadBudget(actor.memberId);
    } catch (error) {
      if (error instanceof MediaHttpError && error.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    const bytes = await readUploadedFile(request, response, this.config.MEDIA_MAX_BYTES);
    return this.media.upload(actor.memberId, bytes);
  }
}
