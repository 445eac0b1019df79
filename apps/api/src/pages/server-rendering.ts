// Public pages rendered on the server: the built web app's renderer (dist/web-ssr) runs the page's GraphQL
// operations in this process, for the requesting viewer, and the HTML goes out with the data the browser
// hydrates from. Pages that only make sense in the browser (forms, staff tools) get the plain shell.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloDriver } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';
import type { RequestContext } from '../common/context';
import { httpRequestContext } from '../common/http-context';
import { Guardian } from '../guardian/guardian';
import type { Config } from '../config/config';
import { ThreadsService } from '../threads/threads.service';
import { ApiTokensService } from '../tokens/api-tokens.service';
import { communityLocale, requestLocale, type Locale } from '../i18n/locales';
import { SiteService } from '../site/site.service';
import { PageCache } from './page-cache';
import { publicOrigin } from './public-origin';

/** The interface of apps/web/src/entry-server.tsx, as the API sees it. */
export interface PageRendererModule {
  renderPage(request: {
    url: string;
    origin: string;
    locale: string;
    execute(operation: {
      query: DocumentNode;
      variables: Record<string, unknown>;
      operationName?: string;
    }): Promise<FormattedExecutionResult>;
  }): Promise<{ status: number; redirect?: string; head: string; body: string; state: string }>;
}

/**
 * Pages rendered only in the browser: forms, staff tools and groups, for signed-in people, never crawled. Every
 * other path is rendered on the server (an unknown one as the not-found page, with a 404).
 */
const BROWSER_ONLY =
  /^\/(signin|signup|ask|settings|care|mod|staff|admin|groups)(\/|$)|^\/(t|a)\/[^/]+\/(edit|history)\/?$|^\/announcements\/(new|[^/]+\/edit)\/?$/;

export function isServerRendered(path: string): boolean {
  return !BROWSER_ONLY.test(path);
}

/** The thread a thread page shows: `/t/<slug>/<id>` (or `/t/<id>`, which redirects). */
const THREAD_PAGE = /^\/t\/(?:[^/]+\/)?([^/]+)\/?$/;

const logger = new Logger('ServerRendering');

/** The page's <html lang>: the browser reads its interface language from it, screen readers their voice. */
function withLang(template: string, locale: Locale): string {
  return template.replace(/<html\b[^>]*>/, `<html lang="${locale}">`);
}

export function loadPageRenderer(webRoot: string): PageRendererModule | null {
  const entry = join(webRoot, '..', 'web-ssr', 'entry-server.cjs');
  if (!existsSync(entry)) {
    logger.warn(`${entry} is missing (run the web build): pages are served without server rendering.`);
    return null;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build output chosen at run time
  return require(entry) as PageRendererModule;
}

export interface RenderedHtml {
  status: number;
  redirect?: string;
  html: string;
  /** The thread a rendered thread page showed: the page request itself counts the view. */
  threadId?: string;
  /** Guests' pages: a strong ETag of the HTML, and whether it came from the page cache. */
  etag?: string;
  brotli?: string;
  gzip?: string;
  cached?: boolean;
}

/**
 * The page shell for guests: the app's entry and its preloads swapped for the guests' entry (apps/web/src/guest.ts),
 * which loads no React, router or Apollo until the reader interacts. The server-rendered page is complete
 * without them. Null when the build has no guest entry (the app's entry is served to everyone).
 */
export function guestTemplate(template: string, webRoot: string): string | null {
  const manifestPath = join(webRoot, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const guest = manifest['src/guest.ts'];
  const app = /<script type="module" crossorigin src="[^"]+"><\/script>/;
  if (!guest || !app.test(template)) return null;
  const preloads = (guest.imports ?? [])
    .map((key) => manifest[key]?.file)
    .filter(Boolean)
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
  return template
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(app, () =>
      [`<script type="module" crossorigin src="/${guest.file}"></script>`, ...preloads].join('\n    '),
    );
}

export class PageRenderer {
  private readonly template: string;
  private readonly guestTemplate: string;
  private services?: { cache: PageCache; threads: ThreadsService; site: SiteService };

  constructor(
    private readonly app: NestExpressApplication,
    private readonly config: Config,
    webRoot: string,
    private readonly renderer: PageRendererModule | null,
  ) {
    this.template = readFileSync(join(webRoot, 'index.html'), 'utf8');
    this.guestTemplate = guestTemplate(this.template, webRoot) ?? this.template;
  }

  /** The page shell without content, for pages rendered in the browser: titled with the community's name. */
  shell(locale: Locale = this.communityLocale()): string {
    const name = this.app.get(SiteService).community().name;
    return withLang(this.template, locale).replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>`,
    );
  }

  /** The services pages use, looked up once (the page cache is asked on every guest's request). */
  private get the(): { cache: PageCache; threads: ThreadsService; site: SiteService } {
    return (this.services ??= {
      cache: this.app.get(PageCache),
      threads: this.app.get(ThreadsService),
      site: this.app.get(SiteService),
    });
  }

  private communityLocale(): Locale {
    return communityLocale(this.the.site);
  }

  /**
   * Where a guest's page is kept: by language (cookie or Accept-Language alone) and URL. A thread page reads no
   * query string, so its key leaves it out: `?utm_source=…` links share the kept page, and a flood of made-up
   * query strings neither renders page after page nor pushes the kept pages out of the cache.
   */
  private guestKey(req: Request): { key: string; locale: Locale } {
    const locale = requestLocale(req, null, this.communityLocale());
    const url = THREAD_PAGE.test(req.path) ? req.path : req.originalUrl;
    return { key: `${locale} ${publicOrigin(this.config, req)}${url}`, locale };
  }

  /**
   * A guest's page kept in this process, or undefined: what keptGuestPages serves before the rest of the
   * middleware runs. Everything else (a miss, a page kept only in Redis, anyone signed in) takes `render`.
   */
  keptGuestPage(req: Request): RenderedHtml | undefined {
    if (!this.renderer || !PageRenderer.isGuest(req) || !isServerRendered(req.path)) return undefined;
    const hit = this.the.cache.peek(this.guestKey(req).key);
    if (!hit) return undefined;
    if (hit.threadId && req.method === 'GET') this.recordView(req, hit.threadId, Guardian.of(null));
    return { ...hit, cached: true };
  }

  /** The request's interface language: the account's choice (a session lookup), the visitor's, the browser's. */
  private async locale(req: Request): Promise<Locale> {
    if (PageRenderer.isGuest(req) || req.headers.authorization) {
      return requestLocale(req, null, this.communityLocale());
    }
    const viewer = await this.app.get(SessionsService).resolve(req.cookies?.[SESSION_COOKIE]);
    return requestLocale(req, viewer?.account, this.communityLocale());
  }

  private async execute(
    context: RequestContext,
    operation: { query: DocumentNode; variables: Record<string, unknown>; operationName?: string },
  ): Promise<FormattedExecutionResult> {
    const graphql = this.app.get<GraphQLModule<ApolloDriver>>(GraphQLModule);
    const response = await graphql.graphQlAdapter.instance.executeOperation(
      {
        query: operation.query,
        // The page request counts the thread view itself (a cached page too), so the query must not.
        variables:
          'countView' in operation.variables
            ? { ...operation.variables, countView: false }
            : operation.variables,
        operationName: operation.operationName,
      },
      { contextValue: context },
    );
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by pages.');
    return response.body.singleResult;
  }

  /** Whether the request comes from a guest: no session cookie and no API token. */
  static isGuest(req: Request): boolean {
    return !req.cookies?.[SESSION_COOKIE] && !req.headers.authorization;
  }

  async render(req: Request, res: Response): Promise<RenderedHtml> {
    if (!this.renderer || !isServerRendered(req.path)) {
      return { status: 200, html: this.shell(await this.locale(req)) };
    }
    const guest = PageRenderer.isGuest(req);
    const origin = publicOrigin(this.config, req);
    // A guest's language comes from the cookie or Accept-Language alone, so it is part of the cache key.
    const { key, locale: guestLocale } = guest ? this.guestKey(req) : { key: '', locale: null };
    const cache = this.the.cache;
    if (guest) {
      let hit: RenderedHtml | undefined = await cache.get(key);
      if (!hit) {
        // Guests asking for the same page while it renders (a popular page whose kept copy just expired) wait
        // for that one render instead of each rendering it again. No await between the look and the set.
        const pending = this.rendering.get(key);
        if (pending) hit = await pending;
        else {
          const rendering = this.renderFresh(req, res, key, guestLocale, origin);
          this.rendering.set(key, rendering);
          try {
            return await rendering;
          } finally {
            this.rendering.delete(key);
          }
        }
      }
      if (hit.threadId && req.method === 'GET') this.recordView(req, hit.threadId, Guardian.of(null));
      return { ...hit, cached: true };
    }
    return this.renderFresh(req, res, key, guestLocale, origin);
  }

  /** Guests' pages being rendered now, by cache key. */
  private readonly rendering = new Map<string, Promise<RenderedHtml>>();

  private async renderFresh(
    req: Request,
    res: Response,
    key: string,
    guestLocale: Locale | null,
    origin: string,
  ): Promise<RenderedHtml> {
    const guest = guestLocale !== null;
    const cache = this.the.cache;
    const generation = cache.current();
    // One context for the whole page: its queries share the viewer and the DataLoaders.
    const context = await httpRequestContext(
      {
        sessions: this.app.get(SessionsService),
        apiTokens: this.app.get(ApiTokensService),
        config: this.config,
        db: this.app.get(DataSource),
      },
      req,
      res,
    );
    const locale = guestLocale ?? requestLocale(req, context.viewer?.account, this.communityLocale());
    const page = await this.renderer!.renderPage({
      url: req.originalUrl,
      origin,
      locale,
      execute: (operation) => this.execute(context, operation),
    });
    if (page.redirect) return { status: page.status, redirect: page.redirect, html: '' };
    const html = withLang(guest ? this.guestTemplate : this.template, locale)
      .replace(/<title>[^<]*<\/title>/, () => page.head)
      .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>${page.state}`);
    const threadId = page.status === 200 ? THREAD_PAGE.exec(req.path)?.[1] : undefined;
    if (threadId && req.method === 'GET') this.recordView(req, threadId, context.guardian);
    // Only what any guest would get is kept: rendered for nobody (a stale cookie may name no session).
    if (guest && context.viewer === null && (page.status === 200 || page.status === 404)) {
      return {
        ...cache.set(key, generation, { status: page.status, html, threadId }, 'pages', context.keepUntil),
        cached: false,
      };
    }
    return { status: page.status, html, threadId };
  }

  /** The page request itself counts the view: the reader never waits for it. */
  recordView(req: Request, threadId: string, guardian: RequestContext['guardian']): void {
    this.the.threads.countViewInBackground(guardian, threadId, {
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent'),
    });
  }
}

/**
 * Guests' pages may be kept by a CDN for a few seconds (and by browsers only with revalidation: ETag, 304);
 * a signed-in person's page is theirs alone. `Vary: Cookie` keeps a shared cache from mixing the two.
 */
const GUEST_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=30';
const PRIVATE_CACHE_CONTROL = 'private, no-cache';

/** Whether a request may be a page: GET or HEAD for HTML, not an API path. */
const pageRequest = (req: Request, skip: RegExp) =>
  (req.method === 'GET' || req.method === 'HEAD') && !skip.test(req.path) && !!req.accepts('html');

function sendPage(req: Request, res: Response, page: RenderedHtml): void {
  res.vary('Cookie');
  res.vary('Accept-Language');
  const guest = PageRenderer.isGuest(req);
  if (page.redirect) {
    res.setHeader('cache-control', guest ? 'public, max-age=300' : PRIVATE_CACHE_CONTROL);
    return res.redirect(page.status, page.redirect);
  }
  res.setHeader('cache-control', guest ? GUEST_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
  if (page.cached !== undefined) res.setHeader('x-page-cache', page.cached ? 'hit' : 'miss');
  // Express answers 304 itself when If-None-Match names this ETag.
  if (page.etag) res.setHeader('etag', page.etag);
  res.status(page.status).type('html');
  // A kept page goes out precompressed (the compression middleware leaves an encoded body alone).
  const encoding = page.brotli && page.gzip ? req.acceptsEncodings('br', 'gzip') : false;
  if (encoding === 'br' || encoding === 'gzip') {
    res.setHeader('content-encoding', encoding);
    return void res.send(Buffer.from(encoding === 'br' ? page.brotli! : page.gzip!, 'base64'));
  }
  res.send(page.html);
}

/** Answers GET and HEAD requests for HTML that no API route took. */
export function serverRenderedPages(renderer: PageRenderer, skip: RegExp): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!pageRequest(req, skip)) return next();
    renderer.render(req, res).then((page) => sendPage(req, res, page), next);
  };
}

/**
 * Guests' kept pages, served as early as the security headers and cookies allow: before compression (they
 * are compressed already), the static files (a page path is never a file, and looking costs a stat) and the
 * rest of the middleware. Whatever this does not find in memory goes on to serverRenderedPages.
 */
export function keptGuestPages(renderer: PageRenderer, skip: RegExp): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const page = pageRequest(req, skip) ? renderer.keptGuestPage(req) : undefined;
    if (!page) return next();
    // What the compression middleware would have said had it seen the page.
    res.vary('Accept-Encoding');
    sendPage(req, res, page);
  };
}
