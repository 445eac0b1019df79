// Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, migrations applied).
import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('healthz')
  @HttpCode(200)
  health() {
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
    return { status: 'ready' };
  }
}
