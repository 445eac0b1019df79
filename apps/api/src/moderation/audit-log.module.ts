// The audit log on its own, without the rest of moderation: every feature with staff actions (roles, site
// settings, categories) writes its rows through AuditLogService, and this module depends on nothing else.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogService } from './audit-log.service';
import { ModerationActionEntity } from './moderation-action.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ModerationActionEntity])],
  providers: [AuditLogService],
  exports: [AuditLogService],
})
export class AuditLogModule {}
