import { Controller, Get, Header, Headers, NotFoundException, Param } from '@nestjs/common';
import { Clock, Public, TokenService } from '@palabre/core';
import { DataExportArchive, DataExportService } from './data-export.service';

const GONE = { statusCode: 404, code: 'NOT_FOUND', message: 'This download link does not exist, was already used or has expired; issue a new one from your data exports' };

/** Serves an export archive to whoever holds its single-use link (the link is the capability). */
@Controller('exports')
export class DataExportController {
  constructor(
    private readonly exports: DataExportService,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Disposition', 'attachment; filename="palabre-data-export.json"')
  async download(@Param('token') token: string, @Headers('authorization') authorization?: string): Promise<DataExportArchive> {
    const archive = await this.exports.download(token, this.callerOf(authorization));
    if (!archive) throw new NotFoundException(GONE);
    return archive;
  }

  /** No bearer: anonymous (a browser download). A bearer that does not prove the owner: the link is not for this caller. */
  private callerOf(authorization: string | undefined): string | null {
    const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
    if (!match) return null;
    return this.tokens.verifyAccessToken(match[1], this.clock.now())?.memberId ?? 'unknown-caller';
  }
}
