// `npm run verify-announcement -- --url http://host/announcements/<id>.json [--keys URL|file]` (or a file path):
// checks a signed announcement from its public JSON and the community's published keys, with node:crypto
// alone — no database, no server code. Exit code 0 when the signature verifies, 1 when it does not.
import { readFile } from 'node:fs/promises';
import { parseCommand } from './args.cjs';
import {
  canonicalAnnouncement,
  verifyAnnouncement,
  type AnnouncementPayload,
} from '../libs/domain/src/signing';

export interface PublishedAnnouncement {
  payload: AnnouncementPayload;
  canonical?: string;
  signature: { keyId: string; algorithm: string; value: string };
  keys?: string;
}

export interface PublishedKeys {
  keys: { keyId: string; algorithm: string; publicKeyPem: string; revokedAt: string | null }[];
}

export interface Verdict {
  verified: boolean;
  reason: string;
}

/** Verifies the announcement's signature over its payload with the published key it names. */
export function verifyPublished(announcement: PublishedAnnouncement, published: PublishedKeys): Verdict {
  const { payload, signature } = announcement;
  if (signature.algorithm !== 'Ed25519')
    return { verified: false, reason: `unsupported algorithm ${signature.algorithm}` };
  const key = published.keys.find((k) => k.keyId === signature.keyId);
  if (!key) return { verified: false, reason: `key ${signature.keyId} is not among the published keys` };
  if (announcement.canonical !== undefined && announcement.canonical !== canonicalAnnouncement(payload))
    return { verified: false, reason: 'the canonical form does not match the payload' };
  if (!verifyAnnouncement(payload, signature.value, key.publicKeyPem))
    return { verified: false, reason: 'the signature does not match the text: it was changed after signing' };
  if (key.revokedAt) return { verified: false, reason: `key ${key.keyId} was revoked on ${key.revokedAt}` };
  return {
    verified: true,
    reason: `signed by ${payload.authorName}${payload.authorTitle ? `, ${payload.authorTitle}` : ''} with key ${key.keyId} on ${payload.signedAt}`,
  };
}

async function load<T>(source: string): Promise<T> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
  return JSON.parse(await readFile(source, 'utf8')) as T;
}

const VERIFY_ANNOUNCEMENT = {
  command: 'npm run verify-announcement',
  summary:
    'Checks a signed announcement from its public JSON and the published keys, with node:crypto alone.\n' +
    'Exit code 0 when the signature verifies, 1 when it does not, 2 for a usage error.',
  options: {
    url: {
      type: 'string',
      valueName: 'URL',
      description: 'the announcement, e.g. http://host/announcements/<id>.json',
    },
    file: { type: 'string', valueName: 'FILE', description: 'the announcement’s JSON saved to a file' },
    keys: {
      type: 'string',
      valueName: 'URL|FILE',
      description: 'the published keys (default: /.well-known/community-keys.json beside --url)',
    },
  },
  positionals: [{ name: 'source', description: 'the same as --url or --file' }],
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(VERIFY_ANNOUNCEMENT, argv);
  const source = values.url ?? values.file ?? positionals[0];
  if (!source) {
    console.error('Give the announcement with --url URL or --file FILE. See --help.');
    return 2;
  }
  const announcement = await load<PublishedAnnouncement>(source);
  const keysSource =
    values.keys ??
    (/^https?:\/\//.test(source)
      ? new URL(announcement.keys ?? '/.well-known/community-keys.json', source).href
      : null);
  if (!keysSource) {
    console.error('Give the published keys with --keys URL|file when the announcement is a file.');
    return 2;
  }
  const verdict = verifyPublished(announcement, await load<PublishedKeys>(keysSource));
  console.log(
    `${verdict.verified ? 'VERIFIED' : 'NOT VERIFIED'}: “${announcement.payload.title}” — ${verdict.reason}`,
  );
  return verdict.verified ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
