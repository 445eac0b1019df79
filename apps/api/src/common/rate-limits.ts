// The one rate-limit component: named limits, shared through Redis when REDIS_URL is set, in memory otherwise.
// When Redis is unreachable the limits fall back to this process's memory (rate-limiter-flexible's insurance
// limiter) instead of failing the operation they guard.
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { CONFIG, Config } from '../config/config';
import { msg } from '../i18n/translate';
import { rateLimited } from './errors';
import { watchRedis } from './redis';

export interface RateLimit {
  /** Attempts allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Plural noun phrase for the refusal message, "Too many <action>." (worded by `errors.rateAction.<name>`). */
  action: string;
}

export const RATE_LIMITS = {
  // Only failed sign-ins count, and per email *and* address: an attacker elsewhere cannot lock the owner out,
  // and an office behind one address is not blocked by its own successful sign-ins.
  signInFailuresPerEmailAndIp: {
    points: 5,
    duration: 15 * 60,
    action: 'failed sign-in attempts for this email',
  },
  signInFailuresPerIp: { points: 30, duration: 15 * 60, action: 'failed sign-in attempts from your network' },
  passwordResetPerEmail: { points: 3, duration: 60 * 60, action: 'password reset emails for this address' },
  passwordResetPerIp: { points: 10, duration: 60 * 60, action: 'password reset requests from your network' },
  signUpPerIp: { points: 20, duration: 60 * 60, action: 'sign-ups from your network' },
  postsPerAccount: { points: 30, duration: 10 * 60, action: 'posts in a short time' },
  votesPerAccount: { points: 60, duration: 60, action: 'votes in a minute' },
  searchesPerIp: { points: 300, duration: 60, action: 'searches in a minute' },
  previewsPerIp: { points: 60, duration: 60, action: 'previews in a minute' },
  handleLookupsPerAccount: { points: 120, duration: 60, action: 'handle lookups in a minute' },
  invitationsPerAccount: { points: 20, duration: 24 * 60 * 60, action: 'invitations to answer today' },
  recordEventsPerIp: { points: 120, duration: 60, action: 'views and clicks recorded in a minute' },
  // New accounts (members below the flag privilege, see QaPolicy.isNewAccount) get hourly limits against spam.
  newAccountThreads: { points: 3, duration: 60 * 60, action: 'new threads from a new account this hour' },
  newAccountAnswers: { points: 10, duration: 60 * 60, action: 'answers from a new account this hour' },
  newAccountLinks: { points: 2, duration: 60 * 60, action: 'posts with links from a new account this hour' },
} satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * The limits admins may change in /admin (stored in site_settings, applied without a restart), with the
 * bounds that keep a typo from opening the floodgates or locking everyone out.
 */
export const EDITABLE_RATE_LIMITS = {
  postsPerAccount: { points: [1, 500], duration: [60, 86_400] },
  votesPerAccount: { points: [1, 1_000], duration: [10, 3_600] },
  signUpPerIp: { points: [1, 1_000], duration: [60, 86_400] },
  newAccountThreads: { points: [1, 100], duration: [60, 7 * 86_400] },
  newAccountAnswers: { points: [1, 200], duration: [60, 7 * 86_400] },
  newAccountLinks: { points: [1, 100], duration: [60, 7 * 86_400] },
} satisfies Partial<Record<RateLimitName, { points: [number, number]; duration: [number, number] }>>;

export type EditableRateLimitName = keyof typeof EDITABLE_RATE_LIMITS;

export type RateLimitOverrides = Partial<Record<RateLimitName, { points: number; duration: number }>>;

@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimits.name);
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private overrides: RateLimitOverrides = {};
  private readonly redis: Redis | null;
  private readonly prefix: string;

  constructor(@Inject(CONFIG) config: Config) {
    this.prefix = config.redisPrefix;
    this.redis = config.redisUrl
      ? watchRedis(
          new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
          this.logger,
          'rate limits (falling back to per-process memory)',
        )
      : null;
  }

  /** Whether limits are currently shared through Redis (false when unconfigured or unreachable). */
  get shared(): boolean {
    return this.redis?.status === 'ready';
  }

  /** The limit in force: an admin's override of the built-in one, if any. */
  limit(name: RateLimitName): RateLimit {
    return { ...RATE_LIMITS[name], ...this.overrides[name] };
  }

  /** Applies admins' overrides at once (counts already spent in a window are kept where the store keeps them). */
  configure(overrides: RateLimitOverrides): void {
    this.overrides = { ...overrides };
    this.limiters.clear();
  }

  private limiter(name: string, limit: RateLimit): RateLimiterAbstract {
    const key = `${name}:${limit.points}:${limit.duration}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const opts = { keyPrefix: `${this.prefix}rl:${name}`, points: limit.points, duration: limit.duration };
      limiter = this.redis
        ? new RateLimiterRedis({
            ...opts,
            storeClient: this.redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(opts),
          })
        : new RateLimiterMemory(opts);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** Counts `points` attempts against `key`; throws RATE_LIMITED (with when to retry) once the window is spent. */
  async consume(
    name: RateLimitName,
    key: string,
    limit: RateLimit = this.limit(name),
    points = 1,
  ): Promise<void> {
    try {
      await this.limiter(name, limit).consume(key, points);
    } catch (e) {
      if (e instanceof RateLimiterRes)
        throw rateLimited(msg(`errors.rateAction.${name}`), e.msBeforeNext / 1000);
      throw e;
    }
  }

  /** Refuses when `key` has already spent its window, without counting this attempt. */
  async assertAllowed(name: RateLimitName, key: string): Promise<void> {
    const limit = this.limit(name);
    const state = await this.limiter(name, limit).get(key);
    if (state && state.consumedPoints >= limit.points) {
      throw rateLimited(msg(`errors.rateAction.${name}`), state.msBeforeNext / 1000);
    }
  }

  /** Counts an attempt without refusing it (the refusal comes from assertAllowed on the next attempt). */
  async record(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name, this.limit(name))
      .penalty(key, 1)
      .catch(() => undefined);
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name, this.limit(name)).delete(key);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
