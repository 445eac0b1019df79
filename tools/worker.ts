// `npm run worker`: a search indexer and a webhook dispatcher on their own (no HTTP server). Run several at once:
// they share the outboxes through FOR UPDATE SKIP LOCKED. Set SEARCH_INDEXER=off and WEBHOOK_DISPATCHER=off on
// the API processes to leave that work to workers.
import { SearchIndexer } from '../apps/api/src/search/search-indexer';
import { parseCommand } from './args.cjs';
import { WebhookDispatcher } from '../apps/api/src/webhooks/webhook-dispatcher';
import { runTool, withServices } from './cli';

parseCommand({
  command: 'npm run worker',
  summary:
    'Runs a search indexer and a webhook dispatcher until Ctrl-C. Start several to share the outboxes;\n' +
    'set SEARCH_INDEXER=off and WEBHOOK_DISPATCHER=off on the API processes to leave that work to workers.',
});

runTool(() =>
  withServices(async (app) => {
    const indexer = app.get(SearchIndexer);
    const dispatcher = app.get(WebhookDispatcher);
    await indexer.start();
    dispatcher.start();
    console.log('Search indexer and webhook dispatcher running; Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await Promise.all([indexer.onModuleDestroy(), dispatcher.onModuleDestroy()]);
  }),
);
