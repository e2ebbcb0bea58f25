import { Controller, Get, Header, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../auth/decorators';

export const CHECK_MIGRATIONS = Symbol('CHECK_MIGRATIONS');

let defaultMetricsStarted = false;

@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
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

  /** Ready when the database answers and (for the api) no migration is pending. */
  @Public()
  @Get('health/ready')
  async ready(): Promise<{ status: string; database: string; migrations: string }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    if (this.checkMigrations && (await this.dataSource.showMigrations())) {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'ok', migrations: 'pending' });
    }
    return { status: 'ok', database: 'ok', migrations: this.checkMigrations ? 'applied' : 'not checked' };
  }

  @Public()
  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
