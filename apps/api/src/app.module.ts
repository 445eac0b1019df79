import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { SESSION_COOKIE, SessionsService } from './accounts/sessions.service';
import { AnswersModule } from './answers/answers.module';
import { CategoriesModule } from './categories/categories.module';
import { GroupsModule } from './groups/groups.module';
import { CommentsModule } from './comments/comments.module';
import { RequestContext } from './common/context';
import { formatError } from './common/format-error';
import { I18nModule } from './i18n/i18n.module';
import { i18nPlugin } from './i18n/i18n.plugin';
import { communityLocale } from './i18n/locales';
import { SiteService } from './site/site.service';
import { idempotencyPlugin } from './common/idempotency';
import { httpRequestContext } from './common/http-context';
import { MAX_TOKENS, queryLimitsPlugin, refuseHostileSource } from './common/query-limits';
import { noStorePlugin } from './common/no-store';
import { CompiledExecution } from './common/compiled-execution';
import { RateLimits } from './common/rate-limits';
import { sameOrigin } from './common/origin';
import { createLoaders } from './common/loaders';
import { withGuardian } from './guardian/guardian';
import { CONFIG, Config } from './config/config';
import { QaEventsModule } from './qa/qa-events.module';
import { ReputationModule } from './reputation/reputation.module';
import { ThreadsModule } from './threads/threads.module';
import { VotesModule } from './votes/votes.module';
import { HealthController } from './health/health.controller';
import { AnalyticsModule } from './analytics/analytics.module';
import { AnnouncementsModule } from './announcements/announcements.module';
import { CareModule } from './care/care.module';
import { ModerationModule } from './moderation/moderation.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PubSub } from './common/pubsub';
import { SearchModule } from './search/search.module';
import { apiTokenScopePlugin } from './tokens/api-token-scope.plugin';
import { ApiTokensModule } from './tokens/api-tokens.module';
import { ApiTokensService } from './tokens/api-tokens.service';
import { guestReadCachePlugin } from './pages/guest-read-cache';
import { PageCache } from './pages/page-cache';
import { PagesModule } from './pages/pages.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SystemModule } from './system/system.module';
import { OidcModule } from './oidc/oidc.module';
import { IdeasModule } from './ideas/ideas.module';
import { WidgetModule } from './widget/widget.module';
import { SiteModule } from './site/site.module';
import { AdminModule } from './admin/admin.module';

@Module({})
export class AppModule implements NestModule {
  /** Runs after the body parser and before Apollo (which starts later, in the GraphQL module's init hook). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseHostileSource).forRoutes('graphql');
  }

  static forRoot(config: Config, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        AccountsModule,
        CategoriesModule,
        GroupsModule,
        QaEventsModule,
        SystemModule,
        ThreadsModule,
        ReputationModule,
        AnswersModule,
        CommentsModule,
        VotesModule,
        SearchModule,
        AnnouncementsModule,
        ModerationModule,
        CareModule,
        AnalyticsModule,
        ApiTokensModule,
        MailModule,
        NotificationsModule,
        PagesModule,
        WebhooksModule,
        PrivacyModule,
        OidcModule,
        IdeasModule,
        WidgetModule,
        SiteModule,
        AdminModule,
        I18nModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule, ApiTokensModule, PagesModule, SiteModule],
          inject: [SessionsService, ApiTokensService, RateLimits, PageCache, SiteService, CompiledExecution],
          useFactory: (
            sessions: SessionsService,
            apiTokens: ApiTokensService,
            rateLimits: RateLimits,
            pageCache: PageCache,
            site: SiteService,
            compiled: CompiledExecution,
          ) => ({
            autoSchemaFile: true,
            // Operations the web app repeats run compiled (graphql-jit) through Apollo's executor seam.
            gateway: compiled.gateway(),
            // Plain JSON: Apollo's default indents every answer, which costs as much as the JSON itself.
            stringifyResult: (result: unknown) => JSON.stringify(result),
            sortSchema: true,
            path: '/graphql',
            // Production publishes the schema as a file (apps/api/schema.gql), not to every visitor.
            introspection: config.env !== 'production',
            playground: false,
            csrfPrevention: true,
            plugins: [
              // Apollo's cache-control plugin hooks every resolved field (willResolveField, ~1 500 on a thread
              // page) to compute hints nobody sets; its one visible effect, `no-store`, is kept by noStorePlugin.
              ApolloServerPluginCacheControlDisabled(),
              noStorePlugin(),
              queryLimitsPlugin({ rateLimits }),
              apiTokenScopePlugin(),
              idempotencyPlugin(dataSource),
              guestReadCachePlugin(pageCache),
              i18nPlugin(() => communityLocale(site)),
            ],
            parseOptions: { maxTokens: MAX_TOKENS },
            includeStacktraceInErrorResponses: config.env === 'development',
            formatError: formatError(config.env === 'development'),
            // Subscriptions (graphql-ws, e.g. the care queue) authenticate with the session cookie sent on
            // the websocket upgrade request; each operation gets a context like an HTTP request's.
            // A browser on another site must not open a socket with our visitor's cookie (cross-site WebSocket
            // hijacking): the Origin must be this server's. Clients that send no Origin are not browsers.
            subscriptions: {
              'graphql-ws': {
                onConnect: (ctx: { extra: unknown }) =>
                  sameOrigin((ctx.extra as { request: IncomingMessage }).request, config.publicUrl),
              },
            },
            context: async (
              http: { req: Request; res: Response } | { extra: { request: IncomingMessage } },
            ): Promise<RequestContext> => {
              if ('extra' in http) {
                const request = http.extra.request;
                const token = (request.headers.cookie ?? '')
                  .split(';')
                  .map((pair) => pair.trim().split('='))
                  .find(([name]) => name === SESSION_COOKIE)?.[1];
                const context = withGuardian(
                  {
                    req: request as Request,
                    res: undefined as unknown as Response,
                    viewer: await sessions.resolve(token && decodeURIComponent(token)),
                    loaders: createLoaders(),
                    ip: request.socket.remoteAddress ?? 'unknown',
                  },
                  config,
                );
                await context.guardian.prepare(dataSource);
                return context;
              }
              return httpRequestContext({ sessions, apiTokens, config, db: dataSource }, http.req, http.res);
            },
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: CONFIG, useValue: config }, PubSub, CompiledExecution],
      exports: [CONFIG, PubSub, CompiledExecution],
    };
  }
}
