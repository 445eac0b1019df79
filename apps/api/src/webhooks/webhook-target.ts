// Where a webhook may point (SSRF guard): http(s) URLs whose every resolved address is public, unless
// WEBHOOK_ALLOW_PRIVATE=true. Delivery connects through the same check (a lookup that refuses private
// addresses), so a name that resolved to a public address when saved cannot be re-pointed inward later.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { msg, translate, type Msg } from '../i18n/translate';

/** Public unicast only: loopback, private, link-local, unique-local, CGNAT, reserved and the rest are refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Why a webhook's address is refused, as a catalog message (`message` is its English). */
export class TargetRefused extends Error {
  constructor(readonly wording: Msg) {
    super(translate('en', wording));
  }
}

/** Resolves the host and refuses it when any of its addresses is not public. */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses: LookupAddress[] = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await new Promise((resolve, reject) =>
        dnsLookup(host, { all: true }, (error, found) =>
          error
            ? reject(
                new TargetRefused(
                  msg('errors.webhooks.doesNotResolve', { host, detail: error.code ?? error.message }),
                ),
              )
            : resolve(found),
        ),
      );
  const inward = addresses.find((a) => !isPublicAddress(a.address));
  if (inward) {
    throw new TargetRefused(msg('errors.webhooks.privateAddress', { host, address: inward.address }));
  }
}

/** A DNS lookup for http.request that refuses private addresses at connect time. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const inward = addresses.find((a) => !isPublicAddress(a.address));
    if (inward) {
      return callback(
        Object.assign(
          new TargetRefused(
            msg('errors.webhooks.privateAtConnect', { host: hostname, address: inward.address }),
          ),
          {
            code: 'EPRIVATE',
          },
        ),
        '',
        0,
      );
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

export interface PostResult {
  status: number;
  durationMs: number;
}

/**
 * POSTs the body once: no redirects followed (Node's http never follows them), the whole exchange bounded by
 * `timeoutMs`, the response body read and dropped (at most 64 KB kept in flight).
 */
export async function postOnce(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const target = new URL(url);
  if (!options.allowPrivate && isIP(target.hostname.replace(/^\[|\]$/g, ''))) {
    // Connecting to an address literal skips the lookup, so the literal is checked here.
    await assertPublicHost(target.hostname);
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const started = Date.now();
  return new Promise<PostResult>((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: options.allowPrivate ? undefined : guardedLookup,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res: IncomingMessage) => {
        res.on('data', () => undefined);
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, durationMs: Date.now() - started }));
      },
    );
    req.on('error', (error: Error) =>
      reject(
        error.name === 'AbortError' || error.name === 'TimeoutError'
          ? new Error(`No response within ${options.timeoutMs} ms.`)
          : error,
      ),
    );
    req.end(body);
  });
}
