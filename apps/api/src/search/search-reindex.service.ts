// Reindexing from the admin console: the same rebuild as `npm run reindex` (documents upserted in place, so
// search keeps answering), run in the background of the server that was asked, with its progress kept in
// system_state so any server can show it to the admin who started it.
import { SearchIndex } from '@community/search';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput } from '../common/errors';
import { Guardian } from '../guardian/guardian';
import { SystemStateService } from '../system/system-state.service';
import { loadDocumentPage } from './search-documents';
import { SEARCH_INDEX } from './search-index.provider';
import { SearchReindex, SearchReindexState } from './search.model';
import { msg } from '../i18n/translate';

const KEY = 'search.reindex';
const BATCH = 200;
/** A run that has not reported for this long is taken as dead (its server stopped): a new one may start. */
const STALE_MS = 2 * 60_000;

interface Progress {
  state: SearchReindexState;
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
  heartbeatAt: string;
  startedBy: string;
  error: string | null;
}

@Injectable()
export class SearchReindexService {
  private readonly logger = new Logger(SearchReindexService.name);
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    private readonly state: SystemStateService,
  ) {}

  private view(p: Progress | null): SearchReindex {
    if (!p)
      return {
        state: SearchReindexState.IDLE,
        total: 0,
        done: 0,
        startedAt: null,
        finishedAt: null,
        error: null,
      };
    const stale = p.state === SearchReindexState.RUNNING && Date.now() - Date.parse(p.heartbeatAt) > STALE_MS;
    return {
      state: stale ? SearchReindexState.FAILED : p.state,
      total: p.total,
      done: p.done,
      startedAt: new Date(p.startedAt),
      finishedAt: p.finishedAt ? new Date(p.finishedAt) : null,
      error: stale ? 'The server running it stopped; start it again.' : p.error,
    };
  }

  async progress(guardian: Guardian): Promise<SearchReindex> {
    guardian.ensure(guardian.search.canManageIndex());
    return this.view(await this.state.get<Progress>(KEY));
  }

  async start(guardian: Guardian): Promise<SearchReindex> {
    const admin = guardian.ensure(guardian.search.canManageIndex());
    const current = this.view(await this.state.get<Progress>(KEY));
    if (current.state === SearchReindexState.RUNNING) {
      throw badInput(
        'reindex',
        msg('errors.search.reindexRunning', { done: current.done, total: current.total }),
      );
    }
    const [{ n }] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL',
    );
    const now = new Date().toISOString();
    const progress: Progress = {
      state: SearchReindexState.RUNNING,
      total: n,
      done: 0,
      startedAt: now,
      finishedAt: null,
      heartbeatAt: now,
      startedBy: admin.id,
      error: null,
    };
    await this.state.set(KEY, progress);
    this.running = this.run(progress).finally(() => (this.running = null));
    return this.view(progress);
  }

  /** For tests and shutdown: the run this server started, if any. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async run(progress: Progress): Promise<void> {
    const save = (changes: Partial<Progress>) => {
      Object.assign(progress, changes, { heartbeatAt: new Date().toISOString() });
      return this.state.set(KEY, progress);
    };
    try {
      await this.index.prepare();
      let after: string | null = null;
      for (;;) {
        const page = await loadDocumentPage(this.dataSource.manager, after, BATCH);
        if (!page.length) break;
        await this.index.upsert(page);
        after = page[page.length - 1].id;
        await save({
          done: Math.min(progress.done + page.length, Math.max(progress.total, progress.done + page.length)),
        });
      }
      await save({
        state: SearchReindexState.DONE,
        finishedAt: new Date().toISOString(),
        total: Math.max(progress.total, progress.done),
      });
    } catch (e) {
      this.logger.error(`Reindex failed: ${String(e)}`);
      await save({
        state: SearchReindexState.FAILED,
        finishedAt: new Date().toISOString(),
        error: (e as Error).message,
      }).catch(() => undefined);
    }
  }
}
