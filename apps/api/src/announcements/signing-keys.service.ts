// The community's Ed25519 signing key: read from SIGNING_KEY, else from DATA_DIR/signing-key.pem (generated
// once, mode 0600). Every key that has signed is kept in signing_keys and published; a new key (rotation)
// signs new versions while old keys still verify; a revoked key no longer counts.
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf, parseEd25519PrivateKey, publicKeyPemOf, SIGNING_ALGORITHM } from '@community/domain';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CONFIG, Config } from '../config/config';
import { AppError, ErrorCode } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { SigningKeyEntity } from './signing-key.entity';
import { msg } from '../i18n/translate';

export const KEY_FILE = 'signing-key.pem';

/** Reads the configured private key, or the key file under dataDir, generating that file on first use. */
export function loadSigningKey(config: Pick<Config, 'signingKey' | 'dataDir'>): KeyObject {
  if (config.signingKey) {
    try {
      return parseEd25519PrivateKey(config.signingKey);
    } catch (e) {
      throw new Error(
        `SIGNING_KEY: expected an Ed25519 private key as PKCS#8 PEM or base64 DER (${(e as Error).message})`,
      );
    }
  }
  const file = join(config.dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    // 'wx' fails if another process created the file meanwhile; then we read theirs.
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  try {
    return parseEd25519PrivateKey(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not an Ed25519 private key (${(e as Error).message})`);
  }
}

export interface SignedVersion {
  threadId: string;
  version: number;
  title: string;
  signedAt: Date;
}

export interface ActiveKey {
  keyId: string;
  privateKey: KeyObject;
}

@Injectable()
export class SigningKeysService implements OnModuleInit {
  private readonly logger = new Logger(SigningKeysService.name);
  private active: ActiveKey | null = null;

  constructor(
    @InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onModuleInit(): Promise<void> {
    const key = await this.activate(loadSigningKey(this.config));
    this.logger.log(`Signing announcements with key ${key.keyId}`);
  }

  /** Makes `privateKey` the one that signs from now on, registering its public key (kept if known). */
  async activate(privateKey: KeyObject): Promise<ActiveKey> {
    const keyId = keyIdOf(privateKey);
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({ keyId, algorithm: SIGNING_ALGORITHM, publicKeyPem: publicKeyPemOf(privateKey) })
      .orIgnore()
      .execute();
    this.active = { keyId, privateKey };
    return this.active;
  }

  /** The key that signs new versions; refuses to sign with a revoked key. */
  async current(): Promise<ActiveKey> {
    if (!this.active) await this.onModuleInit();
    const row = await this.keys.findOne({ where: { keyId: this.active!.keyId } });
    if (row?.revokedAt) {
      throw new AppError(
        ErrorCode.INTERNAL_SERVER_ERROR,
        msg('errors.announcements.signingKeyRevoked', { keyId: row.keyId }),
      );
    }
    return this.active!;
  }

  /** Every key that ever signed, oldest first, as published at /.well-known/community-keys.json. */
  all(): Promise<SigningKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'ASC', keyId: 'ASC' } });
  }

  find(keyId: string): Promise<SigningKeyEntity | null> {
    return this.keys.findOne({ where: { keyId } });
  }

  load(loaders: Loaders, keyId: string): Promise<SigningKeyEntity | null> {
    return loaderFor<string, SigningKeyEntity>(
      loaders,
      'signingKeyById',
      (ids) => this.keys.find({ where: { keyId: In([...ids]) } }),
      (k) => k.keyId,
    ).load(keyId);
  }

  /** The key id that signs new versions on this server. */
  activeKeyId(): string | null {
    return this.active?.keyId ?? null;
  }

  /** The announcement versions each key signed, newest first (admins' key page). */
  signedBy(loaders: Loaders, keyId: string): Promise<SignedVersion[]> {
    return listLoaderFor<string, SignedVersion & { keyId: string }>(
      loaders,
      'versionsBySigningKey',
      (ids) =>
        this.keys.manager.query(
          `SELECT v.key_id AS "keyId", v.thread_id AS "threadId", v.version, v.title, v.signed_at AS "signedAt"
             FROM announcement_versions v WHERE v.key_id = ANY($1) ORDER BY v.signed_at DESC`,
          [[...ids]],
        ),
      (v) => v.keyId,
    ).load(keyId);
  }

  async revoke(keyId: string, reason: string): Promise<SigningKeyEntity | null> {
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revocationReason: reason })
      .where('key_id = :keyId AND revoked_at IS NULL', { keyId })
      .execute();
    return this.find(keyId);
  }
}
