// `npm run search-eval`: the relevance figures of `search` and `similarThreads` on the labelled set, for the
// Postgres adapter and, when MEILI_HOST is set, for Meilisearch. Each run uses a fresh database (on
// DATABASE_URL's server, or an embedded Postgres started for the run) that is dropped afterwards.
//   --misses   also list the queries whose thread was not in the top 3
import { createTestApp, dropDatabase, prepareTemplate } from '@community/testing';
import { startScratchServer } from '../../apps/api/src/database/scratch-server';
import { parseCommand } from '../args.cjs';
import { runTool } from '../cli';
import { evaluate, formatReport, loadCorpus } from './eval';

const { values: flags } = parseCommand({
  command: 'npm run search-eval',
  summary:
    'Relevance figures of search and similarThreads on the labelled set, for Postgres and (with MEILI_HOST)\n' +
    'Meilisearch, each on a fresh database dropped afterwards.',
  options: {
    misses: { type: 'boolean', description: 'also list the queries whose thread was not in the top 3' },
  },
});

runTool(async () => {
  const server = await startScratchServer();
  const template = await prepareTemplate(server.url);
  try {
    const engines: { name: string; meiliHost?: string }[] = [{ name: 'postgres' }];
    if (process.env.MEILI_HOST) engines.push({ name: 'meilisearch', meiliHost: process.env.MEILI_HOST });
    for (const engine of engines) {
      const t = await createTestApp({ searchIndexer: 'off', meiliHost: engine.meiliHost });
      try {
        const keyById = await loadCorpus(t);
        const report = await evaluate(t, keyById, engine.name);
        console.log(formatReport(report));
        if (flags.misses) {
          for (const m of report.misses)
            console.log(`  miss ${m.api} [${m.lang}] ${m.q} → ${m.got.join(', ') || '(none)'}`);
        }
        console.log('');
      } finally {
        await t.close();
      }
    }
  } finally {
    await dropDatabase(server.url, template);
    await server.stop();
  }
});
