import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SystemStateEntity } from './system-state.entity';
import { SystemStateService } from './system-state.service';

@Module({
  imports: [TypeOrmModule.forFeature([SystemStateEntity])],
  providers: [SystemStateService],
  exports: [SystemStateService],
})
export class SystemModule {}
