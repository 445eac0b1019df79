// `npm run reindex`: rebuilds the search index from Postgres, with a progress bar. Search keeps answering
// meanwhile: documents are upserted in place (never a drop-and-fill), then documents of threads that no
// longer exist or are hidden are removed. `--clear` empties the index first (faster on a fresh index).
import { SearchIndex } from '@community/search';
import { SingleBar, Presets } from 'cli-progress';
import { SEARCH_INDEX } from '../apps/api/src/search/search-index.provider';
import { loadDocumentPage } from '../apps/api/src/search/search-documents';
import { parseCommand } from './args.cjs';
import { runTool, withServices } from './cli';

const BATCH = 500;

const { values: flags } = parseCommand({
  command: 'npm run reindex',
  summary:
    'Rebuilds the search index from Postgres (the engine MEILI_HOST chooses, else Postgres full text).\n' +
    'Search keeps answering meanwhile: documents are upserted in place.',
  options: { clear: { type: 'boolean', description: 'empty the index first (faster on a fresh index)' } },
});

runTool(() =>
  withServices(async (app, db) => {
    const index = app.get<SearchIndex>(SEARCH_INDEX);
    await index.prepare();
    if (flags.clear) await index.clear();
    const started = new Date();
    const [{ n }] = await db.dataSource.query(
      'SELECT count(*)::int AS n FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL',
    );
    const bar = new SingleBar(
      {
        format: `Reindexing (${index.engine}) [{bar}] {percentage}% | {value}/{total} threads | {duration_formatted}`,
      },
      Presets.shades_classic,
    );
    bar.start(n, 0);
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const page = await loadDocumentPage(db.dataSource.manager, after, BATCH);
      if (!page.length) break;
      await index.upsert(page);
      done += page.length;
      after = page[page.length - 1].id;
      bar.update(Math.min(done, n));
    }
    bar.stop();
    if (index.engine === 'postgres') {
      // Documents indexed before this run whose thread is gone or hidden now; through the adapter, so the
      // word counts that weigh rare words stay exact.
      const stale: { id: string }[] = await db.dataSource.query(
        `SELECT d.thread_id AS id FROM search_documents d WHERE d.indexed_at < $1 AND NOT EXISTS (
           SELECT 1 FROM threads t WHERE t.id = d.thread_id AND t.deleted_at IS NULL AND t.hidden_at IS NULL)`,
        [started],
      );
      for (let i = 0; i < stale.length; i += BATCH)
        await index.delete(stale.slice(i, i + BATCH).map((r) => r.id));
      // Fresh statistics for the planner, and GIN pending lists merged.
      await db.dataSource.query('VACUUM ANALYZE search_documents, search_words');
    }
    console.log(`Reindexed ${done} threads into ${index.engine}.`);
  }),
);
