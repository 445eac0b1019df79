import type { IncomingMessage } from 'node:http';

/** The secret of an `Authorization: Bearer <secret>` header; null when the request has none. */
export function bearerSecret(req: Pick<IncomingMessage, 'headers'>): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S*)\s*$/i.exec(header);
  return match ? match[1] : null;
}
