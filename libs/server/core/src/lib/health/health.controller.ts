import { Controller, Get, Header, Headers, Inject, NotFoundException, Optional, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../auth/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { RateLimitService } from '../graphql/rate-limit.service';

export const CHECK_MIGRATIONS = Symbol('CHECK_MIGRATIONS');

let defaultMetricsStarted = false;

@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rateLimits: RateLimitService,
    @Optional() @Inject(CHECK_MIGRATIONS) private readonly checkMigrations: boolean = false,
  ) {
    if (!defaultMetricsStarted) {
      defaultMetricsStarted = true;
      collectDefaultMetrics({ prefix: 'palabre_' });
    }
  }

  @Public()
  @Get('health/live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  /**
   * Ready when the database answers and (for the api) no migration is pending. With REDIS_URL set and
   * Redis unreachable the process still serves everything from PostgreSQL (limits per process, live
   * fan-out by polling): it stays ready and says `degraded`.
   */
  @Public()
  @Get('health/ready')
  async ready(): Promise<{ status: string; database: string; migrations: string; redis: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    if (this.checkMigrations && (await this.dataSource.showMigrations())) {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'ok', migrations: 'pending' });
    }
    const redis = this.rateLimits.sharedStoreReady;
    return {
      status: redis === false ? 'degraded' : 'ok',
      database: 'ok',
      migrations: this.checkMigrations ? 'applied' : 'not checked',
      redis: redis === null ? 'not configured' : redis ? 'ok' : 'unreachable',
    };
  }

  /** Not public: served only when METRICS_TOKEN is set, to scrapers that send it as a bearer token. */
  @Public()
  @Get('metrics')
  @Header('Content-Type', register.contentType)
  @Header('Cache-Control', 'no-store')
  metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const expected = this.config.METRICS_TOKEN;
    if (!expected) throw new NotFoundException();
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    // Hashes have equal lengths, so the comparison takes the same time whatever was sent.
    const digest = (value: string) => createHash('sha256').update(value).digest();
    if (!timingSafeEqual(digest(given), digest(expected))) throw new UnauthorizedException('Send METRICS_TOKEN as a bearer token');
    return register.metrics();
  }
}
