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
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY: expected true or false/],
  ])('stops on %j with a message naming the variable and what is expected', (env, message) => {
    expect(problemsFor(env)).toMatch(message);
  });

  it('lists every bad variable at once', () => {
    const message = problemsFor({ PORT: 'x', MEILI_HOST: 'nope' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/MEILI_HOST/);
  });

  it('marks cookies Secure when the public URL is https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://community.example.com' }).cookieSecure).toBe(true);
  });
});
