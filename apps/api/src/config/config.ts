// The environment schema: read once at start; a missing or malformed value stops the process with a message naming it.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_REPUTATION_RULES, ReputationRules } from '@community/domain';
import { z } from 'zod';
import { defaultRedisPrefix } from '../common/redis';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Express `trust proxy` names for address ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isProxyAddress = (entry: string): boolean => {
  if (PROXY_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
};

/**
 * TRUST_PROXY: how many proxies stand in front (a hop count), or which addresses are proxies (a comma-separated
 * list of addresses, CIDR ranges or loopback/linklocal/uniquelocal), as Express's `trust proxy` takes them.
 * `true` is refused: it trusts every hop, so any client could pick its own address with X-Forwarded-For.
 */
const trustProxy = z.string().transform((raw, ctx): false | number | string[] => {
  const v = raw.trim().toLowerCase();
  if (['false', 'no', 'off'].includes(v)) return false;
  if (/^\d+$/.test(v)) return Number(v) === 0 ? false : Math.min(Number(v), 10);
  if (['true', 'yes', 'on'].includes(v)) {
    ctx.addIssue({
      code: 'custom',
      message:
        'true would trust every hop, so clients could choose their own address; give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.0/8,loopback)',
    });
    return z.NEVER;
  }
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (!entries.length || bad.length) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a number of proxies (e.g. 1) or proxy addresses (e.g. 10.0.0.0/8,loopback)${bad.length ? `; not an address: ${bad.join(', ')}` : ''}`,
    });
    return z.NEVER;
  }
  return entries;
});

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f6feb');

const urlWithProtocols = (protocols: string[], example: string) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `expected a URL like ${example}` },
  );

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:'], 'https://community.example.com').optional(),
  DATABASE_URL: urlWithProtocols(
    ['postgres:', 'postgresql:'],
    'postgres://user:password@host:5432/db',
  ).optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ message: 'expected a number' }).int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379').optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,100}$/, 'expected letters, digits and : . _ - (at most 100), like acme-prod:')
    .optional(),
  MEILI_HOST: urlWithProtocols(['http:', 'https:'], 'http://127.0.0.1:7700').optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  SEARCH_INDEXER: z.enum(['inline', 'off'], { message: 'expected inline or off' }).default('inline'),
  DIGEST_SCHEDULER: z.enum(['inline', 'off'], { message: 'expected inline or off' }).default('inline'),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:password@smtp.example.com:587').optional(),
  MAIL_FROM: z.string().min(3).max(200).optional(),
  NOTIFICATION_EMAIL_DELAY_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(300),
  REQUIRE_EMAIL_VERIFICATION: bool.default(false),
  SIGNING_KEY: z.string().min(1).optional(),
  COMMUNITY_NAME: z.string().min(1).max(80).default('Acme Community'),
  COMMUNITY_TAGLINE: z.string().max(200).default('Ask questions, share answers, hear from the team.'),
  BRAND_PRIMARY_COLOR: hexColour.default('#3451b2'),
  BRAND_ACCENT_COLOR: hexColour.default('#e8590c'),
  COMMUNITY_LOCALE: z.enum(['en', 'ru', 'sl', 'zh-CN']).default('en'),
  SESSION_TTL_DAYS: z.coerce
    .number({ message: 'expected a number of days' })
    .int()
    .min(1)
    .max(365)
    .default(30),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: trustProxy.optional(),
  SEED_DEMO: bool.default(true),
  REPUTATION_RULES: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected JSON like {"privileges":{"upvote":15}}' });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .object({
          points: z.record(z.string(), z.number().int()).optional(),
          dailyVoteCap: z.number().int().min(0).optional(),
          floor: z.number().int().optional(),
          privileges: z.record(z.string(), z.number().int().min(0)).optional(),
        })
        .strict(),
    )
    .optional(),
  OIDC_ISSUER: urlWithProtocols(['http:', 'https:'], 'https://login.example.com').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_BUTTON_LABEL: z.string().min(1).max(60).default('Sign in with single sign-on'),
  OIDC_ONLY: bool.default(false),
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce
    .number({ message: 'expected milliseconds' })
    .int()
    .min(100)
    .max(60_000)
    .default(10_000),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce
    .number({ message: 'expected seconds' })
    .min(0.01)
    .max(3600)
    .default(30),
  WEBHOOK_DISPATCHER: z.enum(['inline', 'off'], { message: 'expected inline or off' }).default('inline'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('warn'),
  WIDGET_ORIGINS: z
    .string()
    .default('')
    .transform((raw, ctx): string[] => {
      const origins: string[] = [];
      for (const item of raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)) {
        let url: URL | null = null;
        try {
          url = new URL(item);
        } catch {
          url = null;
        }
        if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
          ctx.addIssue({
            code: 'custom',
            message: `expected comma-separated origins like https://www.example.com (scheme, host and port only), got "${item}"`,
          });
          return z.NEVER;
        }
        origins.push(url.origin);
      }
      return origins;
    }),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  /** Sites allowed to embed /widget.js (CORS on /widget/config, frame-ancestors of the widget's panel). */
  widgetOrigins: string[];
  port: number;
  host: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel, so deployments sharing one Redis server never hear each other. */
  redisPrefix: string;
  meiliHost: string | undefined;
  meiliApiKey: string | undefined;
  /** inline: this process drains the search outbox; off: `npm run worker` processes do. */
  searchIndexer: 'inline' | 'off';
  /** `off`: this process never starts a digest pass (another replica does, or digests are not sent). */
  digestScheduler: 'inline' | 'off';
  /** Unset: every email is recorded (and rendered) in the admin mail log, none is sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** How long a notification email waits (it is dropped if the notification is read meanwhile). */
  notificationEmailDelaySeconds: number;
  /** Members must confirm their email before posting links. */
  requireEmailVerification: boolean;
  signingKey: string | undefined;
  /** Defaults for a fresh install: admins change them live in /admin (site_settings). */
  community: { name: string; tagline: string; primaryColor: string; accentColor: string; locale: string };
  sessionTtlDays: number;
  cookieSecure: boolean;
  /** Express `trust proxy`: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string[];
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
  /** OpenID Connect sign-in; null when OIDC_ISSUER is unset. */
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined; buttonLabel: string } | null;
  /** Members sign in only through OIDC; admins keep their local password (break-glass). */
  oidcOnly: boolean;
  webhooks: {
    /** Lets webhooks target private and loopback addresses (SSRF guard off): only for tests and closed networks. */
    allowPrivate: boolean;
    timeoutMs: number;
    /** The first retry waits this long, each next one twice as long. */
    retryBaseSeconds: number;
    /** inline: this process delivers webhooks; off: `npm run worker` processes do. */
    dispatcher: 'inline' | 'off';
  };
  /** Points, daily cap and privilege thresholds (REPUTATION_RULES overrides any part). */
  reputation: ReputationRules;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; empty strings count as unset. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(raw[String(i.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) {
    throw new ConfigError([
      'OIDC_CLIENT_ID: required when OIDC_ISSUER is set (the client id registered at the provider)',
    ]);
  }
  if (e.OIDC_ONLY && !e.OIDC_ISSUER) {
    throw new ConfigError(['OIDC_ONLY: needs OIDC_ISSUER (members would have no way to sign in)']);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX ?? defaultRedisPrefix(e.DATABASE_URL, resolve(e.DATA_DIR)),
    meiliHost: e.MEILI_HOST,
    meiliApiKey: e.MEILI_API_KEY,
    searchIndexer: e.SEARCH_INDEXER,
    digestScheduler: e.DIGEST_SCHEDULER,
    smtpUrl: e.SMTP_URL,
    // Without a name, emails go out under the community's live name (site settings; see MailService.sender).
    mailFrom: e.MAIL_FROM ?? 'community@localhost',
    notificationEmailDelaySeconds: e.NOTIFICATION_EMAIL_DELAY_SECONDS,
    requireEmailVerification: e.REQUIRE_EMAIL_VERIFICATION,
    signingKey: e.SIGNING_KEY,
    community: {
      name: e.COMMUNITY_NAME,
      tagline: e.COMMUNITY_TAGLINE,
      primaryColor: e.BRAND_PRIMARY_COLOR,
      accentColor: e.BRAND_ACCENT_COLOR,
      locale: e.COMMUNITY_LOCALE,
    },
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL?.startsWith('https:') ?? false,
    trustProxy: e.TRUST_PROXY ?? false,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET,
          buttonLabel: e.OIDC_BUTTON_LABEL,
        }
      : null,
    oidcOnly: e.OIDC_ONLY,
    widgetOrigins: e.WIDGET_ORIGINS,
    webhooks: {
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS,
      dispatcher: e.WEBHOOK_DISPATCHER,
    },
    reputation: {
      points: { ...DEFAULT_REPUTATION_RULES.points, ...e.REPUTATION_RULES?.points },
      dailyVoteCap: e.REPUTATION_RULES?.dailyVoteCap ?? DEFAULT_REPUTATION_RULES.dailyVoteCap,
      floor: e.REPUTATION_RULES?.floor ?? DEFAULT_REPUTATION_RULES.floor,
      privileges: { ...DEFAULT_REPUTATION_RULES.privileges, ...e.REPUTATION_RULES?.privileges },
    },
  };
}

export const CONFIG = Symbol('CONFIG');
