import { generateKeyPairSync } from 'node:crypto';
import {
  AnnouncementPayload,
  canonicalAnnouncement,
  keyIdOf,
  parseEd25519PrivateKey,
  publicKeyPemOf,
  signAnnouncement,
  verifyAnnouncement,
} from './signing';

const payload: AnnouncementPayload = {
  id: '6f1c1d2e-0000-4000-8000-000000000001',
  version: 1,
  title: 'Service window on Sunday',
  body: 'We upgrade from 02:00 to 04:00 UTC. "Quotes", ünïcödé and\nnew lines.',
  authorId: '6f1c1d2e-0000-4000-8000-000000000002',
  authorName: 'Dana Lee',
  authorTitle: 'Head of Support',
  signedAt: '2026-11-01T12:00:00.000Z',
};

describe('canonicalAnnouncement', () => {
  it('writes the fields in a fixed order whatever order the object has', () => {
    const shuffled = Object.fromEntries(Object.entries(payload).reverse()) as unknown as AnnouncementPayload;
    expect(canonicalAnnouncement(shuffled)).toBe(canonicalAnnouncement(payload));
    expect(canonicalAnnouncement(payload)).toBe(
      '{"context":"community-announcement/v1","id":"6f1c1d2e-0000-4000-8000-000000000001","version":1,' +
        '"title":"Service window on Sunday","body":"We upgrade from 02:00 to 04:00 UTC. \\"Quotes\\", ünïcödé and\\nnew lines.",' +
        '"authorId":"6f1c1d2e-0000-4000-8000-000000000002","authorName":"Dana Lee","authorTitle":"Head of Support",' +
        '"signedAt":"2026-11-01T12:00:00.000Z"}',
    );
  });

  it('ignores extra properties and refuses wrong types', () => {
    expect(canonicalAnnouncement({ ...payload, extra: 1 } as AnnouncementPayload)).toBe(
      canonicalAnnouncement(payload),
    );
    expect(() => canonicalAnnouncement({ ...payload, version: 0 })).toThrow();
    expect(() => canonicalAnnouncement({ ...payload, title: 5 as unknown as string })).toThrow();
  });
});

describe('sign and verify', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  it('verifies its own signature and nothing that differs in any field', () => {
    const signature = signAnnouncement(payload, privateKey);
    expect(verifyAnnouncement(payload, signature, publicKey)).toBe(true);
    expect(verifyAnnouncement(payload, signature, publicKeyPemOf(privateKey))).toBe(true);
    for (const change of [
      { body: payload.body + ' ' },
      { title: 'Service window on Saturday' },
      { version: 2 },
      { authorTitle: 'CEO' },
      { signedAt: '2026-11-01T12:00:00.001Z' },
    ]) {
      expect(verifyAnnouncement({ ...payload, ...change }, signature, publicKey)).toBe(false);
    }
  });

  it('refuses another key and garbage signatures', () => {
    const other = generateKeyPairSync('ed25519');
    const signature = signAnnouncement(payload, privateKey);
    expect(verifyAnnouncement(payload, signature, other.publicKey)).toBe(false);
    expect(verifyAnnouncement(payload, 'not base64!', publicKey)).toBe(false);
  });

  it('derives a stable short key id from the public key, the same from either half', () => {
    expect(keyIdOf(publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(privateKey)).toBe(keyIdOf(publicKey));
    expect(keyIdOf(publicKeyPemOf(privateKey))).toBe(keyIdOf(publicKey));
  });

  it('reads PKCS#8 keys as PEM or base64 DER and refuses other key types', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const b64 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(keyIdOf(parseEd25519PrivateKey(pem))).toBe(keyIdOf(publicKey));
    expect(keyIdOf(parseEd25519PrivateKey(b64))).toBe(keyIdOf(publicKey));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => parseEd25519PrivateKey(rsa.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(
      /Ed25519/,
    );
  });
});
