// What every GraphQL request carries: the HTTP pair, the signed-in viewer (if any) and its DataLoaders.
import type { Request, Response } from 'express';
import type { AccountEntity } from '../accounts/account.entity';
import type { Loaders } from './loaders';

export interface Viewer {
  account: AccountEntity;
  sessionId: string;
}

export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
  /** Client address, honouring X-Forwarded-For only when TRUST_PROXY is set. */
  ip: string;
}
