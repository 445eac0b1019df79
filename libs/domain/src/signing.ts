// Signed announcements: the canonical form an announcement version is signed over, and Ed25519 sign/verify
// with node:crypto alone, so a verifier needs nothing but the published public key.
import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

export const SIGNING_ALGORITHM = 'Ed25519';
/** Names what is signed, so a signature over an announcement cannot be replayed as something else. */
export const ANNOUNCEMENT_CONTEXT = 'community-announcement/v1';

/** What one announcement version's signature covers. */
export interface AnnouncementPayload {
  id: string;
  version: number;
  title: string;
  body: string;
  authorId: string;
  authorName: string;
  authorTitle: string;
  /** ISO-8601 with milliseconds, UTC. */
  signedAt: string;
}

const FIELDS = [
  'id',
  'version',
  'title',
  'body',
  'authorId',
  'authorName',
  'authorTitle',
  'signedAt',
] as const satisfies readonly (keyof AnnouncementPayload)[];

/**
 * Deterministic JSON: the context tag, then the fields in a fixed order, no whitespace. Strings are written
 * as JSON.stringify writes them (the same on every platform), so the bytes depend on the values alone.
 */
export function canonicalAnnouncement(payload: AnnouncementPayload): string {
  if (!Number.isInteger(payload.version) || payload.version < 1) throw new Error('version must be ≥ 1');
  const parts = [`"context":${JSON.stringify(ANNOUNCEMENT_CONTEXT)}`];
  for (const field of FIELDS) {
    const value = payload[field];
    if (field === 'version' ? typeof value !== 'number' : typeof value !== 'string')
      throw new Error(`${field} has the wrong type`);
    parts.push(`${JSON.stringify(field)}:${JSON.stringify(value)}`);
  }
  return `{${parts.join(',')}}`;
}

type PrivateKeyInput = KeyObject | string;
type PublicKeyInput = KeyObject | string;

const asPrivate = (key: PrivateKeyInput) => (typeof key === 'string' ? createPrivateKey(key) : key);
const asPublic = (key: PublicKeyInput) => (typeof key === 'string' ? createPublicKey(key) : key);

/** Base64 Ed25519 signature over the canonical form. */
export function signAnnouncement(payload: AnnouncementPayload, privateKey: PrivateKeyInput): string {
  return sign(null, Buffer.from(canonicalAnnouncement(payload), 'utf8'), asPrivate(privateKey)).toString(
    'base64',
  );
}

/** True when `signature` (base64) is the key's signature over this exact payload; false on any mismatch. */
export function verifyAnnouncement(
  payload: AnnouncementPayload,
  signature: string,
  publicKey: PublicKeyInput,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalAnnouncement(payload), 'utf8'),
      asPublic(publicKey),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** Key id: the first 16 hex digits of the SHA-256 of the SPKI (DER) public key. */
export function keyIdOf(key: KeyObject | string): string {
  const object = typeof key === 'string' ? createPublicKey(key) : key;
  const publicKey = object.type === 'private' ? createPublicKey(object) : object;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** Reads an Ed25519 private key given as PKCS#8 PEM or as base64 of the PKCS#8 DER. */
export function parseEd25519PrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPrivateKey(trimmed)
    : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('expected an Ed25519 private key');
  return key;
}

export const publicKeyPemOf = (privateKey: KeyObject): string =>
  createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
