// Personal API tokens: created from a signed-in session, sent as `Authorization: Bearer`, revoked at once.
import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { Viewer } from '../common/context';
import { AppError, badInput, ErrorCode, notFound } from '../common/errors';
import { Guardian } from '../guardian/guardian';
import { ApiTokenEntity } from './api-token.entity';
import { effectiveRole } from './api-token-scopes';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-tokens.inputs';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg, type Msg } from '../i18n/translate';

/** Recognisable in logs and secret scanners; the rest is 256 random bits. */
export const TOKEN_PREFIX = 'cmty_';
const MAX_ACTIVE_TOKENS = 50;
/** Writing last-used on every request would make each API call a write; once a minute is enough to show it. */
const TOUCH_EVERY_MS = 60_000;

/** Thrown while building the request context, before any resolver: answered as HTTP 401 for HTTP clients. */
const refused = (message: Msg) => new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class ApiTokensService {
  constructor(@InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>) {}

  async create(
    guardian: Guardian,
    input: CreateApiTokenInput,
  ): Promise<{ token: ApiTokenEntity; secret: string }> {
    const scopes = [...new Set(input.scopes)];
    const account = guardian.ensure(guardian.tokens.canCreate(scopes));
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw badInput('expiresAt', msg('errors.tokens.expiryInFuture'));
    }
    const active = await this.tokens.count({ where: { accountId: account.id, revokedAt: IsNull() } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw badInput('name', msg('errors.tokens.tooMany', { count: active }));
    }
    const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const token = await this.tokens.save(
      this.tokens.create({
        accountId: account.id,
        name: input.name,
        scopes,
        secretHash: hashSecret(secret),
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { token, secret };
  }

  /** The viewer's tokens, newest first (revoked ones too, so the page can say when they were revoked). */
  list(guardian: Guardian): Promise<ApiTokenEntity[]> {
    const account = guardian.ensure(guardian.tokens.canManageOwn('see your API tokens'));
    return this.tokens.find({ where: { accountId: account.id }, order: { createdAt: 'DESC' }, take: 200 });
  }

  async revoke(guardian: Guardian, input: RevokeApiTokenInput): Promise<ApiTokenEntity> {
    const account = guardian.ensure(guardian.tokens.canManageOwn('revoke API tokens'));
    const token = await this.tokens.findOne({ where: { id: input.id, accountId: account.id } });
    if (!token) throw notFound('apiToken');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await this.tokens.update({ id: token.id }, { revokedAt: token.revokedAt });
    }
    return token;
  }

  /**
   * The viewer behind a Bearer secret. Refuses (UNAUTHENTICATED, saying why) unknown, revoked and expired
   * tokens: the check reads the row on every request, so a revocation holds from the next request on.
   */
  async resolve(secret: string): Promise<Viewer> {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) {
      throw refused(msg('errors.tokens.invalid'));
    }
    const token = await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.account', 'a')
      .where('t.secret_hash = :hash', { hash: hashSecret(secret) })
      .getOne();
    if (!token?.account) {
      throw refused(msg('errors.tokens.invalid'));
    }
    if (token.revokedAt) throw refused(msg('errors.tokens.revoked'));
    if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) {
      throw refused(msg('errors.tokens.expired'));
    }
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await this.tokens.update({ id: token.id }, { lastUsedAt: new Date() });
    }
    const account = { ...token.account, role: effectiveRole(token.account.role, token.scopes) };
    return { account, sessionId: null, apiToken: { id: token.id, scopes: token.scopes } };
  }

  /** Erasure: the person's API tokens go. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(manager, { apiTokens: 'DELETE FROM api_tokens WHERE account_id = $1' }, [person.id]);
  }
}
