// OpenID Connect sign-in with openid-client: authorization code + PKCE, state and nonce checked, ID token
// validated by the library. New people are provisioned from the claims; an existing account is linked only
// when the provider says the email is verified.
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type * as OpenIdClient from 'openid-client';
import { EntityManager, Repository } from 'typeorm';
import { badInput, notFound } from '../common/errors';
import { Guardian } from '../guardian/guardian';
import { SignInMethodsModel } from './identities.model';
import type { AccountEntity } from '../accounts/account.entity';
import { HANDLE_PATTERN } from '../accounts/accounts.inputs';
import { AccountsService } from '../accounts/accounts.service';
import { CONFIG, Config } from '../config/config';
import { AccountIdentityEntity } from './account-identity.entity';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg, translate, type Msg } from '../i18n/translate';

/** What the browser keeps (in an httpOnly cookie) between /start and /callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** A sign-in refused for a reason the person can act on; worded in their language where it is shown. */
export class SignInRefused extends Error {
  constructor(readonly wording: Msg) {
    super(translate('en', wording));
  }
}

export interface OidcClaims {
  iss: string;
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

// openid-client is ESM-only; Node 20.19+ require()s it, so the import stays synchronous.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const oidc: typeof OpenIdClient = require('openid-client');

@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private discovered: Promise<OpenIdClient.Configuration> | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly accounts: AccountsService,
    @InjectRepository(AccountIdentityEntity) private readonly identities: Repository<AccountIdentityEntity>,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  /** Discovery runs once (lazily, so the API starts even while the provider is down) and is retried after a failure. */
  private configuration(): Promise<OpenIdClient.Configuration> {
    const settings = this.config.oidc;
    if (!settings) throw new SignInRefused(msg('errors.oidc.notConfigured'));
    this.discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        // http:// issuers only exist on test and development machines; openid-client refuses them by default.
        settings.issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        this.discovered = null;
        this.logger.error(`OpenID discovery at ${settings.issuer} failed: ${String(e)}`);
        throw new SignInRefused(msg('errors.oidc.unreachable'));
      });
    return this.discovered;
  }

  async start(redirectUri: string, next: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      next,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code (checking state, nonce and the ID token) and returns the account to sign in. */
  async finish(callbackUrl: URL, pending: PendingSignIn | null): Promise<AccountEntity> {
    if (!pending) throw new SignInRefused(msg('errors.oidc.stale'));
    const configuration = await this.configuration();
    let claims: OidcClaims;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Providers put profile and email claims in the ID token or only behind userinfo; ask userinfo, which
      // openid-client checks belongs to the ID token's subject.
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      claims = { ...(info as Partial<OidcClaims>), iss: idToken.iss, sub: idToken.sub };
    } catch (e) {
      this.logger.warn(`OpenID sign-in refused: ${e instanceof Error ? e.message : String(e)}`);
      throw new SignInRefused(msg('errors.oidc.unverified'));
    }
    return this.accountFor(claims);
  }

  private async accountFor(claims: OidcClaims): Promise<AccountEntity> {
    const known = await this.identities.findOne({ where: { issuer: claims.iss, subject: claims.sub } });
    if (known) {
      await this.identities.update({ id: known.id }, { lastSignInAt: new Date() });
      const account = await this.accounts.findById(known.accountId);
      if (!account || account.erasedAt) throw new SignInRefused(msg('errors.oidc.accountGone'));
      return account;
    }
    const email = claims.email?.trim();
    if (!email) throw new SignInRefused(msg('errors.oidc.noEmail'));
    const existing = await this.accounts.findByEmail(email);
    if (existing) {
      // Linking on an unverified email would hand the account to whoever typed that address at the provider.
      if (claims.email_verified !== true) {
        throw new SignInRefused(msg('errors.oidc.unverifiedEmail'));
      }
      await this.link(existing.id, claims);
      return existing;
    }
    const account = await this.accounts.create({
      email,
      handle: await this.freeHandle(claims),
      displayName: (claims.name?.trim() || email.split('@')[0]).slice(0, 60),
      // No local password: the provider is the way in until the person sets one (by a reset).
      password: null,
    });
    await this.link(account.id, claims);
    return account;
  }

  /** The viewer's sign-in methods: whether a local password exists, and the linked identities. */
  async signInMethods(guardian: Guardian): Promise<SignInMethodsModel> {
    guardian.ensure(guardian.accounts.canManageSignIn());
    const accountId = guardian.viewer!.account.id;
    const [hasPassword, identities] = await Promise.all([
      this.accounts.hasLocalPassword(accountId),
      this.identities.find({ where: { accountId }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      hasPassword,
      identities: identities.map((i) => ({
        id: i.id,
        issuer: i.issuer,
        provider: this.providerName(i.issuer),
        createdAt: i.createdAt,
        lastSignInAt: i.lastSignInAt,
      })),
    };
  }

  /**
   * Unlinks one of the viewer's identities, unless it is their only way in (no local password, no other
   * identity). A later sign-in with that provider links again only under the usual rule (a verified email).
   */
  async unlink(guardian: Guardian, id: string): Promise<SignInMethodsModel> {
    guardian.ensure(guardian.accounts.canManageSignIn());
    const accountId = guardian.viewer!.account.id;
    await this.identities.manager.transaction(async (manager) => {
      // Locked in order, so two unlinks at once cannot each leave the other as "the other way in".
      const mine = await manager.find(AccountIdentityEntity, {
        where: { accountId },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!mine.some((i) => i.id === id)) throw notFound('linkedIdentity');
      if (mine.length === 1 && !(await this.accounts.hasLocalPassword(accountId))) {
        throw badInput('id', msg('errors.oidc.onlyWayIn'));
      }
      await manager.delete(AccountIdentityEntity, { id, accountId });
    });
    return this.signInMethods(guardian);
  }

  private providerName(issuer: string): string {
    const settings = this.config.oidc;
    if (settings && settings.issuer.replace(/\/$/, '') === issuer.replace(/\/$/, '')) {
      return settings.buttonLabel.replace(/^(sign in|log in) with /i, '');
    }
    return new URL(issuer).host;
  }

  private async link(accountId: string, claims: OidcClaims): Promise<void> {
    await this.identities.insert({
      accountId,
      issuer: claims.iss,
      subject: claims.sub,
      lastSignInAt: new Date(),
    });
  }

  /** A handle from preferred_username, else the email's local part; made unique with a number. */
  private async freeHandle(claims: OidcClaims): Promise<string> {
    const source = claims.preferred_username || claims.email?.split('@')[0] || 'member';
    let base = source
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 24);
    if (base.length < 3) base = `${base}_member`.replace(/^_/, '');
    for (let i = 0; i < 50; i++) {
      const handle = i === 0 ? base : `${base}_${i + 1}`;
      if (HANDLE_PATTERN.test(handle) && !(await this.accounts.findByHandle(handle))) return handle;
    }
    return `${base.slice(0, 20)}_${randomBytes(3).toString('hex')}`;
  }

  /** Erasure: the person's single sign-on identities go. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(manager, { identities: 'DELETE FROM account_identities WHERE account_id = $1' }, [
      person.id,
    ]);
  }
}
