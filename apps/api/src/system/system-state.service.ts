// The installation's own small facts (system_state): the one writer of that table.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SystemStateEntity } from './system-state.entity';

@Injectable()
export class SystemStateService {
  constructor(@InjectRepository(SystemStateEntity) private readonly state: Repository<SystemStateEntity>) {}

  async get<T>(key: string): Promise<T | null> {
    const row = await this.state.findOne({ where: { key } });
    return row ? (row.value as T) : null;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.state.save({ key, value });
  }

  /** Stores `value` unless the key already has one (racing replicas agree on the first), and returns what is stored. */
  async ensure<T>(key: string, value: T): Promise<T> {
    // jsonb takes any JSON value; TypeORM's insert typing cannot express that for `unknown`.
    await this.state
      .createQueryBuilder()
      .insert()
      .values({ key, value: value as never })
      .orIgnore()
      .execute();
    return (await this.get<T>(key))!;
  }
}
