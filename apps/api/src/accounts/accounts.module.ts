import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimits } from '../common/rate-limits';
import { AccountEntity } from './account.entity';
import { AccountEvents } from './account-events';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity, SessionEntity])],
  providers: [AccountsService, SessionsService, AccountsResolver, RateLimits, AccountEvents],
  exports: [AccountsService, SessionsService, RateLimits, AccountEvents],
})
export class AccountsModule {}
