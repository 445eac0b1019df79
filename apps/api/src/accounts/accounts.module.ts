import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimits } from '../common/rate-limits';
import { MailModule } from '../mail/mail.module';
import { AuditLogModule } from '../moderation/audit-log.module';
import { AccountEmailResolver } from './account-email.resolver';
import { AccountEmailService } from './account-email.service';
import { AccountTokenEntity } from './account-token.entity';
import { AccountEntity } from './account.entity';
import { AccountEvents } from './account-events';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AccountEntity, SessionEntity, AccountTokenEntity]),
    MailModule,
    AuditLogModule,
  ],
  providers: [
    AccountsService,
    SessionsService,
    AccountsResolver,
    AccountEmailService,
    AccountEmailResolver,
    RateLimits,
    AccountEvents,
  ],
  exports: [AccountsService, SessionsService, AccountEmailService, RateLimits, AccountEvents],
})
export class AccountsModule {}
