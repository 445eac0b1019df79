// The context of an HTTP request: built for /graphql, and for the operations a server-rendered page runs, so
// both see the same viewer and rules.
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';
import { bearerSecret } from '../tokens/bearer';
import type { ApiTokensService } from '../tokens/api-tokens.service';
import type { Config } from '../config/config';
import type { Queryable } from '../guardian/category-access';
import { withGuardian } from '../guardian/guardian';
import type { RequestContext } from './context';
import { createLoaders } from './loaders';

export async function httpRequestContext(
  auth: {
    sessions: SessionsService;
    apiTokens: ApiTokensService;
    config: Pick<Config, 'reputation'>;
    /** Where the guardian loads the viewer's private-category access from. */
    db: Queryable;
  },
  req: Request,
  res: Response,
): Promise<RequestContext> {
  // An API token speaks for itself: the cookie is ignored, so a browser session never widens it.
  const bearer = bearerSecret(req);
  const context = withGuardian(
    {
      req,
      res,
      viewer:
        bearer !== null
          ? await auth.apiTokens.resolve(bearer)
          : await auth.sessions.resolve(req.cookies?.[SESSION_COOKIE]),
      loaders: createLoaders(),
      ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    },
    auth.config,
  );
  await context.guardian.prepare(auth.db);
  return context;
}
