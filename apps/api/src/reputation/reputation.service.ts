// Writes and undoes reputation ledger rows, and keeps each account's cached total equal to its ledger.
import {
  applyDailyCap,
  CAPPED_REASONS,
  LedgerEntry,
  reputationFromLedger,
  ReputationRules,
} from '@community/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { Loaders, loaderFor } from '../common/loaders';
import { Guardian } from '../guardian/guardian';
import { Connection, decodeCursor, encodeCursor, PageArgs, toConnection } from '../common/connection';
import { CONFIG, Config } from '../config/config';
import { inTransaction } from '../database/transaction';
import { ReputationEventEntity } from './reputation-event.entity';

export interface LedgerSource {
  /** `vote:<voter>:<target>` or `accept:<answer>`: what undo() deletes by. */
  key: string;
  threadId: string;
  answerId?: string | null;
}

const CAPPED = [...CAPPED_REASONS];

@Injectable()
export class ReputationService {
  readonly rules: ReputationRules;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    @Inject(CONFIG) config: Config,
  ) {
    this.rules = config.reputation;
  }

  /** Records the entries (gains from votes capped per UTC day) and refreshes the totals. Call inside a transaction. */
  async record(manager: EntityManager, entries: LedgerEntry[], source: LedgerSource): Promise<void> {
    if (!entries.length) return;
    const accountIds = [...new Set(entries.map((e) => e.accountId))].sort();
    // Serialise concurrent gains for the same account so the daily cap holds.
    await manager.query('SELECT id FROM accounts WHERE id = ANY($1) ORDER BY id FOR UPDATE', [accountIds]);
    const rows: Partial<ReputationEventEntity>[] = [];
    for (const entry of entries) {
      let delta = entry.delta;
      if (CAPPED_REASONS.has(entry.reason) && delta > 0) {
        const [{ gained }] = await manager.query(
          `SELECT COALESCE(SUM(delta), 0)::int AS gained FROM reputation_events
           WHERE account_id = $1 AND reason = ANY($2) AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`,
          [entry.accountId, CAPPED],
        );
        delta = applyDailyCap(this.rules, entry.reason, delta, gained);
      }
      rows.push({
        accountId: entry.accountId,
        reason: entry.reason,
        delta,
        sourceKey: source.key,
        threadId: source.threadId,
        answerId: source.answerId ?? null,
      });
    }
    await manager.insert(ReputationEventEntity, rows);
    await this.refreshTotals(manager, accountIds);
  }

  /** Deletes the rows an event wrote (a vote taken back, an accept undone) and refreshes the totals. */
  async undo(manager: EntityManager, sourceKey: string): Promise<void> {
    // TypeORM answers DELETE … RETURNING with [rows, count].
    const [deleted]: [{ account_id: string }[], number] = await manager.query(
      'DELETE FROM reputation_events WHERE source_key = $1 RETURNING account_id',
      [sourceKey],
    );
    await this.refreshTotals(manager, [...new Set(deleted.map((r) => r.account_id))]);
  }

  /** The accounts feature stores the totals; the ledger is ours. */
  private refreshTotals(manager: EntityManager, accountIds: string[]): Promise<void> {
    return this.accounts.refreshReputation(manager, accountIds, this.rules.floor);
  }

  /**
   * Rebuilds every account's total from the ledger. Returns how many accounts there are and how many stored
   * totals disagreed (and were corrected).
   */
  async recomputeAll(): Promise<{
    accounts: number;
    corrected: { id: string; stored: number; ledger: number }[];
  }> {
    return inTransaction(this.dataSource, async (manager) => {
      const rows: { id: string; stored: number; ledger_sum: number }[] = await manager.query(
        `SELECT a.id, a.reputation AS stored, COALESCE(SUM(e.delta), 0)::int AS ledger_sum
         FROM accounts a LEFT JOIN reputation_events e ON e.account_id = a.id
         GROUP BY a.id ORDER BY a.id`,
      );
      const corrected = rows
        .map((r) => ({ id: r.id, stored: r.stored, ledger: reputationFromLedger(this.rules, r.ledger_sum) }))
        .filter((r) => r.stored !== r.ledger);
      for (const fix of corrected) {
        await this.accounts.setReputation(manager, fix.id, fix.ledger);
      }
      return { accounts: rows.length, corrected };
    });
  }

  /**
   * The reputation a viewer is shown: the total less what was earned in threads they may not read (private
   * categories), so a public profile never hints at private activity. Batched per request.
   */
  shownReputation(guardian: Guardian, loaders: Loaders, account: AccountEntity): Promise<number> {
    const hidden = guardian.posts.hiddenCategoryIds;
    if (!hidden.length || guardian.is(account.id)) return Promise.resolve(account.reputation);
    const readable = guardian.posts.readableSql('t.category_id');
    return loaderFor<string, { accountId: string; hidden: number }>(
      loaders,
      'hiddenReputation',
      (ids) =>
        this.dataSource.query(
          `SELECT e.account_id AS "accountId", sum(e.delta)::int AS hidden
             FROM reputation_events e JOIN threads t ON t.id = e.thread_id
            WHERE e.account_id = ANY($1) AND NOT ${readable}
            GROUP BY e.account_id`,
          [[...ids]],
        ),
      (r) => r.accountId,
    )
      .load(account.id)
      .then((r) => Math.max(1, account.reputation - (r?.hidden ?? 0)));
  }

  /** An account's ledger, newest first; events from threads the viewer may not read are left out. */
  async history(
    guardian: Guardian,
    accountId: string,
    page: PageArgs,
  ): Promise<Connection<ReputationEventEntity>> {
    const after = decodeCursor(page.after, (v): v is string => typeof v === 'string' && /^\d+$/.test(v));
    const qb = this.dataSource
      .getRepository(ReputationEventEntity)
      .createQueryBuilder('e')
      .where('e.account_id = :id', { id: accountId });
    const readable = guardian.posts.readableSql('t.category_id');
    if (readable !== 'TRUE')
      qb.andWhere(
        `(e.thread_id IS NULL OR EXISTS (SELECT 1 FROM threads t WHERE t.id = e.thread_id AND ${readable}))`,
      );
    if (after) qb.andWhere('e.id < :after', { after });
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, (e) => encodeCursor(e.id));
  }
}
