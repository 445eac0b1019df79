// Account lifecycle announced to other features (webhooks, data erasure) inside the writing transaction.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountEntity } from './account.entity';

export interface AccountListener {
  onAccountCreated?(manager: EntityManager, account: AccountEntity): Promise<void>;
}

@Injectable()
export class AccountEvents {
  private readonly listeners: AccountListener[] = [];

  register(listener: AccountListener): void {
    this.listeners.push(listener);
  }

  async created(manager: EntityManager, account: AccountEntity): Promise<void> {
    for (const listener of this.listeners) await listener.onAccountCreated?.(manager, account);
  }
}
