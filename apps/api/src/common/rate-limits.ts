// The one rate-limit component: named limits, shared through Redis when REDIS_URL is set, in memory otherwise.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { CONFIG, Config } from '../config/config';
import { rateLimited } from './errors';

export interface RateLimit {
  /** Attempts allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Plural noun phrase for the refusal message: "Too many <action>." */
  action: string;
}

export const RATE_LIMITS = {
  signInPerEmail: { points: 5, duration: 15 * 60, action: 'sign-in attempts for this email' },
  signInPerIp: { points: 30, duration: 15 * 60, action: 'sign-in attempts from your network' },
  signUpPerIp: { points: 20, duration: 60 * 60, action: 'sign-ups from your network' },
  postsPerAccount: { points: 30, duration: 10 * 60, action: 'posts in a short time' },
  votesPerAccount: { points: 60, duration: 60, action: 'votes in a minute' },
  searchesPerIp: { points: 300, duration: 60, action: 'searches in a minute' },
  // New accounts (members below the flag privilege, see QaPolicy.isNewAccount) get hourly limits against spam.
  newAccountThreads: { points: 3, duration: 60 * 60, action: 'new threads from a new account this hour' },
  newAccountAnswers: { points: 10, duration: 60 * 60, action: 'answers from a new account this hour' },
  newAccountLinks: { points: 2, duration: 60 * 60, action: 'posts with links from a new account this hour' },
} satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly redis: Redis | null;

  constructor(@Inject(CONFIG) config: Config) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { enableOfflineQueue: false, lazyConnect: false })
      : null;
  }

  private limiter(name: string, limit: RateLimit): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const opts = { keyPrefix: `rl:${name}`, points: limit.points, duration: limit.duration };
      limiter = this.redis
        ? new RateLimiterRedis({ ...opts, storeClient: this.redis })
        : new RateLimiterMemory(opts);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Counts one attempt against `key`; throws RATE_LIMITED (with when to retry) once the window is spent. */
  async consume(name: RateLimitName, key: string, limit: RateLimit = RATE_LIMITS[name]): Promise<void> {
    try {
      await this.limiter(name, limit).consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw rateLimited(limit.action, e.msBeforeNext / 1000);
      throw e;
    }
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name, RATE_LIMITS[name]).delete(key);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
