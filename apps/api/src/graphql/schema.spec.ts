import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp } from '@community/testing';
import { buildSchemaSdl, printSortedSchema } from './schema';

const committed = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');

describe('the committed GraphQL schema (apps/api/schema.gql)', () => {
  it('matches the resolvers; run `npm run schema` after changing the API', async () => {
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('is exactly what the running API publishes', async () => {
    const t = await createTestApp();
    try {
      expect(printSortedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
    } finally {
      await t.close();
    }
  });
});
