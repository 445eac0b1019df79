// `npm run worker`: a search indexer on its own (no HTTP server). Run several at once: they share the outbox
// through FOR UPDATE SKIP LOCKED. Set SEARCH_INDEXER=off on the API processes to leave indexing to workers.
import { SearchIndexer } from '../apps/api/src/search/search-indexer';
import { parseCommand } from './args.cjs';
import { runTool, withServices } from './cli';

parseCommand({
  command: 'npm run worker',
  summary:
    'Runs a search indexer on its own until Ctrl-C. Start several to share the outbox; set\n' +
    'SEARCH_INDEXER=off on the API processes to leave indexing to workers.',
});

runTool(() =>
  withServices(async (app) => {
    const indexer = app.get(SearchIndexer);
    await indexer.start();
    console.log('Search indexer running; Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await indexer.onModuleDestroy();
  }),
);
