// Prints the GraphQL schema from the resolvers alone (no database), for the committed apps/api/schema.gql.
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AccountEmailResolver } from '../accounts/account-email.resolver';
import { AccountsResolver } from '../accounts/accounts.resolver';
import { ANALYTICS_RESOLVERS } from '../analytics/analytics.module';
import { ANNOUNCEMENTS_RESOLVERS } from '../announcements/announcements.module';
import { ANSWERS_RESOLVERS } from '../answers/answers.module';
import { CARE_RESOLVERS } from '../care/care.module';
import { CATEGORIES_RESOLVERS } from '../categories/categories.module';
import { GROUPS_RESOLVERS } from '../groups/groups.module';
import { COMMENTS_RESOLVERS } from '../comments/comments.module';
import { MODERATION_RESOLVERS } from '../moderation/moderation.module';
import { REPUTATION_RESOLVERS } from '../reputation/reputation.module';
import { MAIL_RESOLVERS } from '../mail/mail.module';
import { NOTIFICATIONS_RESOLVERS } from '../notifications/notifications.module';
import { SEARCH_RESOLVERS } from '../search/search.module';
import { THREADS_RESOLVERS } from '../threads/threads.module';
import { VOTES_RESOLVERS } from '../votes/votes.module';
import { ApiTokensResolver } from '../tokens/api-tokens.resolver';
import { WEBHOOKS_RESOLVERS } from '../webhooks/webhooks.module';
import { PRIVACY_RESOLVERS } from '../privacy/privacy.module';
import { OIDC_RESOLVERS } from '../oidc/oidc.module';
import { IDEAS_RESOLVERS } from '../ideas/ideas.module';
import { SITE_RESOLVERS } from '../site/site.module';
import { ADMIN_RESOLVERS } from '../admin/admin.module';
import { I18N_RESOLVERS } from '../i18n/i18n.module';

/** Every resolver class; a test checks that the running app publishes exactly this schema. */
export const RESOLVERS = [
  AccountsResolver,
  AccountEmailResolver,
  ...SITE_RESOLVERS,
  ...ADMIN_RESOLVERS,
  ...CATEGORIES_RESOLVERS,
  ...GROUPS_RESOLVERS,
  ...THREADS_RESOLVERS,
  ...REPUTATION_RESOLVERS,
  ...ANSWERS_RESOLVERS,
  ...COMMENTS_RESOLVERS,
  ...VOTES_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...ANNOUNCEMENTS_RESOLVERS,
  ...MODERATION_RESOLVERS,
  ...CARE_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
  ApiTokensResolver,
  ...NOTIFICATIONS_RESOLVERS,
  ...WEBHOOKS_RESOLVERS,
  ...MAIL_RESOLVERS,
  ...PRIVACY_RESOLVERS,
  ...OIDC_RESOLVERS,
  ...IDEAS_RESOLVERS,
  ...I18N_RESOLVERS,
];

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
