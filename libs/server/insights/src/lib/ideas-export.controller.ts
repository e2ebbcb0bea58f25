import { Controller, Get, Header, Headers, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Clock, linkCallerOf, Public, TokenService } from '@palabre/core';
import { IdeasExportService } from './ideas-export.service';

const GONE = { statusCode: 404, code: 'NOT_FOUND', message: 'This download link does not exist, was already used or has expired; ask for a new export' };

/** Serves a co-creation export to whoever holds its single-use link (the link is the capability). */
@Controller('insights/exports')
export class IdeasExportController {
  constructor(
    private readonly exports: IdeasExportService,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async download(@Param('token') token: string, @Res({ passthrough: true }) response: Response, @Headers('authorization') authorization?: string): Promise<string> {
    const file = await this.exports.download(token, linkCallerOf(this.tokens, authorization, this.clock.now()));
    if (!file) throw new NotFoundException(GONE);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.content;
  }
}
