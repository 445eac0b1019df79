import type { Request } from 'express';
import type { Config } from '../config/config';

/** The address people use: PUBLIC_URL when set, otherwise the host the request came to. */
export function publicOrigin(config: Config, req: Request): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `${req.protocol}://${req.get('host') ?? `localhost:${config.port}`}`;
}
