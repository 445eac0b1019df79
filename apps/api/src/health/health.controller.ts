// Liveness (/healthz: the process answers, and its embedded database is not being restarted) and readiness (/readyz: database reachable, migrations applied,
// Redis reachable when configured — while it is not, limits and live events degrade to this process).
import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PubSub } from '../common/pubsub';
import { RateLimits } from '../common/rate-limits';
import { CONFIG, Config } from '../config/config';
import { embeddedDatabaseHealth } from '../database/supervisor';

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly pubsub: PubSub,
    private readonly rateLimits: RateLimits,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health() {
    if (embeddedDatabaseHealth.down) {
      throw new HttpException(
        {
          status: 'unavailable',
          reason: `embedded database restarting (${embeddedDatabaseHealth.lastExit ?? 'stopped'})`,
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new HttpException(
        { status: 'unavailable', reason: 'database unreachable' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    if (await this.dataSource.showMigrations()) {
      throw new HttpException(
        { status: 'unavailable', reason: 'migrations pending' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    if (this.config.redisUrl && !(this.pubsub.connected && this.rateLimits.shared)) {
      throw new HttpException(
        {
          status: 'unavailable',
          reason: 'redis unreachable: rate limits are per process and live events reach other replicas late',
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
    return { status: 'ready', redis: this.config.redisUrl ? 'connected' : 'not configured' };
  }
}
