// Prints the GraphQL schema from the resolvers alone (no database), for the committed apps/api/schema.gql.
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AccountsResolver } from '../accounts/accounts.resolver';
import { CommunityResolver } from '../community/community.resolver';
import { QA_RESOLVERS } from '../qa/qa.module';

/** Every resolver class; a test checks that the running app publishes exactly this schema. */
export const RESOLVERS = [AccountsResolver, CommunityResolver, ...QA_RESOLVERS];

export const SCHEMA_HEADER =
  '# Generated from the API resolvers by `npm run schema`. Do not edit by hand.\n\n';

export function printSortedSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return printSortedSchema(schema);
  } finally {
    await app.close();
  }
}
