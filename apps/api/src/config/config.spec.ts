import { ConfigError, loadConfig } from './config';

const problemsFor = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('starts with no configuration at all, on the embedded database', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.cookieSecure).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: expected a port number/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL: expected a URL like postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL: expected a URL like redis:\/\//],
    [{ NODE_ENV: 'staging' }, /NODE_ENV: expected development, production or test/],
    [{ BRAND_PRIMARY_COLOR: 'blue' }, /BRAND_PRIMARY_COLOR: expected a colour like #/],
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY: expected a number of proxies .*not an address: maybe/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY: true would trust every hop/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY: .*not an address: 10.0.0.0\/33/],
    [{ REDIS_PREFIX: 'has spaces' }, /REDIS_PREFIX: expected letters/],
  ])('stops on %j with a message naming the variable and what is expected', (env, message) => {
    expect(problemsFor(env)).toMatch(message);
  });

  it('lists every bad variable at once', () => {
    const message = problemsFor({ PORT: 'x', MEILI_HOST: 'nope' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/MEILI_HOST/);
  });

  it('takes TRUST_PROXY as a hop count or a list of proxy addresses (Express trust proxy)', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback,2001:db8::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
      '2001:db8::1',
    ]);
  });

  it('namespaces Redis per deployment: REDIS_PREFIX, else the database', () => {
    expect(loadConfig({ REDIS_PREFIX: 'acme-prod:' }).redisPrefix).toBe('acme-prod:');
    const a = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/community_a' }).redisPrefix;
    const b = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/community_b' }).redisPrefix;
    expect(a).toContain('community_a');
    expect(a).not.toBe(b);
  });

  it('marks cookies Secure when the public URL is https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://community.example.com' }).cookieSecure).toBe(true);
  });
});
