import { randomBytes } from 'node:crypto';
import { searchIndexContract } from './contract';
import { MeilisearchIndex } from './meilisearch-index';

const host = process.env.MEILI_HOST;

if (host) {
  searchIndexContract('meilisearch', async () => ({
    // A throwaway index per run, so a shared server's real index is never touched.
    index: new MeilisearchIndex({
      host,
      apiKey: process.env.MEILI_API_KEY,
      indexName: `contract_${randomBytes(4).toString('hex')}`,
    }),
    close: async () => undefined,
  }));
} else {
  describe('SearchIndex contract (meilisearch)', () => {
    it('did NOT run: MEILI_HOST is unset', () => {
      console.warn(
        '\n*** MEILISEARCH CONTRACT NOT RUN: set MEILI_HOST (and MEILI_API_KEY) to run the SearchIndex contract against Meilisearch. ***\n',
      );
    });
  });
}
