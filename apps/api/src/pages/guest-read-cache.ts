// Guests' GraphQL reads, kept: a visitor without a session asking for a thread, a category list or a search
// gets the answer every visitor gets, so the first answer is kept (beside the guest page cache, under the same
// generation: dropped by every Q&A commit and every GraphQL mutation, on every replica) and served again without
// running GraphQL at all. A kept answer is only ever served to a request that is a guest's too (no session
// cookie, no token), and only kept when the viewer really was nobody, the operation is a query of public
// reading fields only, and it answered without errors. What a read does besides reading (counting a thread
// view, logging a search for analytics) is repeated on every hit.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { OperationDefinitionNode } from 'graphql';
import { SESSION_COOKIE } from '../accounts/sessions.service';
import type { RequestContext } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { SearchService } from '../search/search.service';
import { ThreadsService } from '../threads/threads.service';
import { PageCache } from './page-cache';

/**
 * Root fields whose guest answer is the same for every guest. Anything else (staff tools, the viewer's own
 * lists, fields added later) is never kept until it is listed here.
 */
export const GUEST_CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'account',
  'announcement',
  'announcements',
  'answer',
  'categories',
  'category',
  'community',
  'featuredThreads',
  'me',
  'pinnedAnnouncements',
  'pinnedThreads',
  'search',
  'similarThreads',
  'thread',
  'threads',
  'unansweredCount',
]);

/** Mutations that change nothing a guest sees: they do not drop the kept pages and reads. */
const NO_PUBLIC_EFFECT: ReadonlySet<string> = new Set([
  'markNotificationsRead',
  'recordDeflection',
  'recordSearchClick',
  'recordView',
  'requestPasswordReset',
  'signIn',
  'signOut',
  'signOutEverywhere',
  'updateEmailPreferences',
]);

/** Where a guest's read that may be kept waits for its answer: its key and the generation it started under. */
const PENDING = Symbol('guest-read');
type PendingRequest = Request & { [PENDING]?: { key: string; generation: string } };

interface GraphqlBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** Whether the request comes from a guest: no session cookie and no API token (as the page cache decides). */
export function isGuestRequest(req: Request): boolean {
  return !req.cookies?.[SESSION_COOKIE] && !req.headers.authorization;
}

/**
 * The cache key of a guest's POST /graphql, or null when it must not be kept or served from the cache: not a
 * guest, not a JSON query document, or the client asked for a fresh answer (`Cache-Control: no-cache`).
 * Everything that could change the answer is in the key: the document, its variables, the host (absolute
 * links) and any other cookie and language the guest sends.
 */
export function guestReadKey(req: Request): string | null {
  if (req.method !== 'POST' || !isGuestRequest(req)) return null;
  if (/no-cache|no-store/i.test(req.headers['cache-control'] ?? '')) return null;
  const body = req.body as GraphqlBody | undefined;
  if (!body || typeof body.query !== 'string' || !req.is('application/json')) return null;
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        req.headers.host ?? '',
        req.headers.cookie ?? '',
        req.headers['accept-language'] ?? '',
        typeof body.operationName === 'string' ? body.operationName : null,
        body.query,
        body.variables ?? null,
      ]),
    )
    .digest('base64url');
  return `graphql:${digest}`;
}

/** Serves a kept answer to a guest's read; otherwise marks the request so the plugin may keep its answer. */
@Injectable()
export class GuestReadCacheMiddleware implements NestMiddleware {
  constructor(
    private readonly cache: PageCache,
    private readonly threads: ThreadsService,
    private readonly search: SearchService,
  ) {}

  use(req: PendingRequest, res: Response, next: NextFunction): void {
    const key = guestReadKey(req);
    if (!key) return next();
    // Taken before looking: an answer computed after a change committed is kept under the new generation only.
    const generation = this.cache.current();
    this.cache.get(key, 'reads').then(
      (hit) => {
        if (!hit) {
          req[PENDING] = { key, generation };
          res.setHeader('x-guest-cache', 'miss');
          return next();
        }
        for (const effect of hit.replay ?? []) {
          if ('view' in effect) {
            this.threads.countViewInBackground(Guardian.of(null), effect.view, {
              ip: req.ip ?? 'unknown',
              userAgent: req.get('user-agent'),
            });
          } else this.search.logQueryInBackground(effect.search.query, effect.search.resultCount);
        }
        res.setHeader('x-guest-cache', 'hit');
        res.status(200).type('application/json');
        // Compressed once, when kept (the compression middleware leaves an encoded body alone).
        const encoding = req.acceptsEncodings('br', 'gzip');
        if (encoding === 'br' || encoding === 'gzip') {
          res.setHeader('content-encoding', encoding);
          res.send(Buffer.from(encoding === 'br' ? hit.brotli : hit.gzip, 'base64'));
        } else res.send(hit.html);
      },
      () => next(),
    );
  }
}

/** Whether every root field of the operation is a public read that is the same for every guest. */
function onlyPublicReads(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === 'Field' && GUEST_CACHEABLE_FIELDS.has(s.name.value),
    )
  );
}

/** Whether a mutation may change what guests see (every mutation but a few bookkeeping ones). */
function changesPublicView(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'mutation' &&
    operation.selectionSet.selections.some((s) => s.kind !== 'Field' || !NO_PUBLIC_EFFECT.has(s.name.value))
  );
}

/**
 * Keeps a guest's answer that the middleware marked, when it may be kept; and drops every kept page and read
 * (here and on the other replicas) after a mutation, before its answer goes out: what it changed (a renamed
 * category, a permission, a display name) is never served stale from the cache afterwards.
 */
export function guestReadCachePlugin(cache: PageCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const pending = (contextValue.req as PendingRequest | undefined)?.[PENDING];
      if (pending) contextValue.guestReplay = [];
      return {
        async willSendResponse({ operation, response }) {
          if (operation && changesPublicView(operation)) cache.invalidate();
          if (!pending || !operation || contextValue.viewer !== null || !onlyPublicReads(operation)) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          cache.set(
            pending.key,
            pending.generation,
            {
              status: 200,
              html: JSON.stringify(response.body.singleResult),
              replay: contextValue.guestReplay,
            },
            'reads',
            contextValue.keepUntil,
          );
        },
      };
    },
  };
}
