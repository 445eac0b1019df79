export * from './port';
export * from './text';
export * from './postgres-index';
export * from './meilisearch-index';
