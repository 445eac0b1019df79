// The environment schema: read once at start; a missing or malformed value stops the process with a message naming it.
import { resolve } from 'node:path';
import { DEFAULT_REPUTATION_RULES, ReputationRules } from '@community/domain';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
  MEILI_HOST: urlWithProtocols(['http:', 'https:'], 'http://127.0.0.1:7700').optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  SEARCH_INDEXER: z.enum(['inline', 'off'], { message: 'expected inline or off' }).default('inline'),
  SIGNING_KEY: z.string().min(1).optional(),
  COMMUNITY_NAME: z.string().min(1).max(80).default('Acme Community'),
  COMMUNITY_TAGLINE: z.string().max(200).default('Ask questions, share answers, hear from the team.'),
  BRAND_PRIMARY_COLOR: hexColour.default('#3451b2'),
  BRAND_ACCENT_COLOR: hexColour.default('#e8590c'),
  SESSION_TTL_DAYS: z.coerce
    .number({ message: 'expected a number of days' })
    .int()
    .min(1)
    .max(365)
    .default(30),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
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
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('warn'),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  redisUrl: string | undefined;
  meiliHost: string | undefined;
  meiliApiKey: string | undefined;
  /** inline: this process drains the search outbox; off: `npm run worker` processes do. */
  searchIndexer: 'inline' | 'off';
  signingKey: string | undefined;
  community: { name: string; tagline: string; primaryColor: string; accentColor: string };
  sessionTtlDays: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
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
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    meiliHost: e.MEILI_HOST,
    meiliApiKey: e.MEILI_API_KEY,
    searchIndexer: e.SEARCH_INDEXER,
    signingKey: e.SIGNING_KEY,
    community: {
      name: e.COMMUNITY_NAME,
      tagline: e.COMMUNITY_TAGLINE,
      primaryColor: e.BRAND_PRIMARY_COLOR,
      accentColor: e.BRAND_ACCENT_COLOR,
    },
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL?.startsWith('https:') ?? false,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    reputation: {
      points: { ...DEFAULT_REPUTATION_RULES.points, ...e.REPUTATION_RULES?.points },
      dailyVoteCap: e.REPUTATION_RULES?.dailyVoteCap ?? DEFAULT_REPUTATION_RULES.dailyVoteCap,
      floor: e.REPUTATION_RULES?.floor ?? DEFAULT_REPUTATION_RULES.floor,
      privileges: { ...DEFAULT_REPUTATION_RULES.privileges, ...e.REPUTATION_RULES?.privileges },
    },
  };
}

export const CONFIG = Symbol('CONFIG');
