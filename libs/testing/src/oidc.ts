// Starts the test OpenID provider (oidc-provider.mjs) in a child process and tells it who signs in next.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The person the next interactive sign-in at the provider becomes. */
  nextLogin(person: {
    sub: string;
    email?: string;
    email_verified?: boolean;
    name?: string;
    preferred_username?: string;
  }): Promise<void>;
  close(): Promise<void>;
}

export async function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startOidcProvider(redirectUri: string, port?: number): Promise<TestOidcProvider> {
  const chosen = port ?? (await freeTcpPort());
  const clientId = 'community-test';
  const clientSecret = 'community-test-secret-that-is-long-enough';
  const child = spawn(
    process.execPath,
    [join(__dirname, 'oidc-provider.mjs'), String(chosen), clientId, clientSecret, redirectUri],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The OpenID provider did not start:\n${output}`)),
      15_000,
    );
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => reject(new Error(`The OpenID provider exited (${code}):\n${output}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    async nextLogin(person) {
      await fetch(`${issuer}/__test/next-login`, { method: 'POST', body: JSON.stringify(person) });
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
