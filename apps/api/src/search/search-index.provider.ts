// Which SearchIndex adapter this process uses: Meilisearch when MEILI_HOST is set, Postgres otherwise.
import { MeilisearchIndex, PostgresSearchIndex, SearchIndex } from '@community/search';
import { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONFIG, Config } from '../config/config';

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');

export function createSearchIndex(config: Config, dataSource: DataSource): SearchIndex {
  return config.meiliHost
    ? new MeilisearchIndex({ host: config.meiliHost, apiKey: config.meiliApiKey })
    : new PostgresSearchIndex((sql, params) => dataSource.query(sql, params));
}

export const searchIndexProvider: Provider = {
  provide: SEARCH_INDEX,
  inject: [CONFIG, getDataSourceToken()],
  useFactory: createSearchIndex,
};
