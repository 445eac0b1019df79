// Builds the HTTP server (GraphQL, health, the built web app) around an already-migrated data source.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { GraphQLErrorFilter } from './common/graphql-error.filter';
import { inputValidationPipe } from './common/validation';
import { Config } from './config/config';
import { bearerSecret } from './tokens/bearer';

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

const API_PATHS =
  /^\/(graphql|healthz|readyz|\.well-known|announcements\.atom|announcements\/[^/]+\.json)(\/|$|\?)/;

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

export async function createServer(config: Config, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: config.env === 'test' ? ['error'] : LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.use(noCookiesForBearer);
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  app.enableShutdownHooks();

  const web = webRoot();
  if (web) {
    app.useStaticAssets(web, { index: false, maxAge: '1h', immutable: false });
    const indexHtml = join(web, 'index.html');
    // Client-side routes: any other GET that wants HTML gets the single page app.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
  return app;
}
