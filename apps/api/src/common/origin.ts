// Whether a request comes from a page of this site: its Origin names the host it was sent to, or PUBLIC_URL.
import type { IncomingMessage } from 'node:http';

export function sameOrigin(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === request.headers.host) return true;
  if (!publicUrl) return false;
  try {
    return new URL(publicUrl).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}
