// Builds the HTTP server (GraphQL, health, the built web app) around an already-migrated data source.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { GraphQLErrorFilter } from './common/graphql-error.filter';
import { inputValidationPipe } from './common/validation';
import { Config } from './config/config';
import { bearerSecret } from './tokens/bearer';
import {
  keptGuestPages,
  loadPageRenderer,
  PageRenderer,
  serverRenderedPages,
} from './pages/server-rendering';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Where `vite build` puts the web app (repo-root dist/web, whether running from source or from dist/). */
export function webRoot(): string | null {
  for (const candidate of [
    join(__dirname, '../../../web'),
    join(__dirname, '../../../dist/web'),
    join(process.cwd(), 'dist/web'),
  ]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/** Responses smaller than this are sent uncompressed. */
export const COMPRESSION_THRESHOLD_BYTES = 4 * 1024;

/** Longer than a typical load balancer's idle timeout (60 s), so the balancer, not us, closes idle connections. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Security headers (helmet): a Content-Security-Policy the web app passes (its scripts and styles come from
 * this origin; React sets inline styles, so style attributes are allowed), no framing, no MIME sniffing, and
 * no full URLs in Referer to other sites.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // The web app is served over plain http on a developer's machine; HSTS belongs to the TLS terminator.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });

const API_PATHS =
  /^\/(graphql|widget|brand|healthz|readyz|exports|auth|email\/unsubscribe|\.well-known|announcements\.atom|announcements\/[^/]+\.json|robots\.txt|sitemap\.xml|sitemaps\/[^/]+)(\/|$|\?)/;

/**
 * Bearer (API token) requests never get cookies: a script must not end up holding a browser session. Dropping
 * Set-Cookie here covers every code path (sign-in, sign-out, anything added later).
 */
function noCookiesForBearer(req: Request, res: Response, next: NextFunction): void {
  if (bearerSecret(req) === null) return next();
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) =>
    name.toLowerCase() === 'set-cookie' ? res : setHeader(name, value);
  next();
}

/**
 * POST answers are never revalidated (If-None-Match is for GET and HEAD), yet Express hashes every body it sends
 * into an ETag (sha1 of a signed-in thread page's 41 KB). POST requests see the app's settings without the ETag
 * function, the way Express's mounted apps inherit settings; every other setting is the app's own.
 */
export function noEtagForPosts(express: Express): RequestHandler {
  const withoutEtag: Express = Object.create(express);
  withoutEtag.settings = Object.create(express.settings, { 'etag fn': { value: undefined } });
  return (req, res, next) => {
    if (req.method === 'POST') res.app = withoutEtag;
    next();
  };
}

export async function createServer(config: Config, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: config.env === 'test' ? ['error'] : LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  // GraphQL bodies up to 400 KB: an admin's logo upload (256 KB, base64) is the largest; query size and cost
  // are bounded separately (query-limits.ts), so the larger body costs only its JSON parse.
  app.useBodyParser('json', { limit: '400kb' });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(noEtagForPosts(app.getHttpAdapter().getInstance()));
  app.use(securityHeaders());
  app.use(cookieParser());
  const web = webRoot();
  const renderer = web ? new PageRenderer(app, config, web, loadPageRenderer(web)) : null;
  // A guest's kept page needs nothing else below: it goes out before compression and the static files.
  if (renderer) app.use(keptGuestPages(renderer, API_PATHS));
  // Brotli or gzip for HTML, JSON and assets, whichever the client accepts. Answers under 4 KB (most GraphQL
  // reads: a search page, similar questions, a vote) go as they are: compressing them costs more CPU (~10 % of
  // a search) than the few hundred bytes it saves on the wire.
  app.use(compression({ threshold: COMPRESSION_THRESHOLD_BYTES }));
  const http = app.getHttpServer();
  http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  http.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  app.use(noCookiesForBearer);
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  app.enableShutdownHooks();

  // The widget's loader is loaded by <script> tags on the brands' own sites: it must be readable cross-origin.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/widget.js') res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  });

  if (web && renderer) {
    // Source maps stay on disk for debugging; they are not published.
    app.use((req: Request, res: Response, next: NextFunction) =>
      req.path.endsWith('.map') ? res.status(404).end() : next(),
    );
    // Hashed file names change with their content: browsers and CDNs may keep them for a year.
    app.useStaticAssets(join(web, 'assets'), {
      prefix: '/assets',
      index: false,
      maxAge: '365d',
      immutable: true,
    });
    app.useStaticAssets(web, { index: false, maxAge: '1h', immutable: false });
    app.use(serverRenderedPages(renderer, API_PATHS));
  }
  return app;
}
