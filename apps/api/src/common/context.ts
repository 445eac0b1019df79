// What every GraphQL request carries: the HTTP pair, the signed-in viewer (if any) and its DataLoaders.
import type { Request, Response } from 'express';
import type { AccountEntity } from '../accounts/account.entity';
import type { Guardian } from '../guardian/guardian';
import type { CategoryAccess } from '../guardian/category-access';
import type { Loaders } from './loaders';

export interface Viewer {
  account: AccountEntity;
  /** The browser session behind the request; null when it came with an API token instead. */
  sessionId: string | null;
  /** Set for `Authorization: Bearer` requests; `account.role` is then already capped to the token's scopes. */
  apiToken?: { id: string; scopes: readonly string[] } | null;
  /**
   * The viewer's private-category access, when it was read with the session (one statement); the request's
   * guardian takes it instead of loading it again (Guardian.prepare).
   */
  categoryAccess?: CategoryAccess;
}

/** A side effect of a guest's read that serving its kept answer again must repeat (guest-read-cache.ts). */
export type GuestReplay = { view: string } | { search: { query: string; resultCount: number } };

export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
  /** Answers every "may the viewer do this?" for this request; services ask it. */
  guardian: Guardian;
  /** Client address, honouring X-Forwarded-For only when TRUST_PROXY is set. */
  ip: string;
  /** Set for a guest's GraphQL read that may be kept: what a later hit must redo (views, search log). */
  guestReplay?: GuestReplay[];
  /** When what this answer shows stops being true (ms since the epoch): a kept copy is not served after it. */
  keepUntil?: number;
}

/**
 * Records that the answer shows something true only until `until` (a pin that ends, say), so a guest's kept
 * page or read of it (pages/page-cache.ts) expires then rather than after the cache's usual minute.
 */
export function keepNoLongerThan(context: RequestContext, until: Date | null | undefined): void {
  const at = until?.getTime();
  if (at !== undefined && (context.keepUntil === undefined || at < context.keepUntil)) context.keepUntil = at;
}
