import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { freeTcpPort, startOidcProvider } from '../../libs/testing/src/oidc';
import { startMailCatcher, type MailCatcher } from '../../tools/mail-catcher';
import { createAdmin, newPerson } from './people';
import { repoRoot, startProduct } from './product';

export const mailDir = join(repoRoot, 'dist', 'e2e-mail', String(Date.now()));

/** Returns the OpenID provider's stop; Playwright calls it after the run (globalTeardown stops the rest). */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // A real SMTP server catches the product's email; journeys read it from E2E_MAIL_DIR.
  const catcher = await startMailCatcher({ dir: mailDir });
  (globalThis as { mailCatcher?: MailCatcher }).mailCatcher = catcher;
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  process.env.MAIL_FROM = 'Acme Community <community@example.com>';
  process.env.NOTIFICATION_EMAIL_DELAY_SECONDS = '0';
  process.env.E2E_MAIL_DIR = catcher.dir;
  // A real OpenID provider for the single sign-on journey: its address goes into the product's environment
  // (discovery is lazy, so the provider may start after the product), and its client points back at it.
  const oidcPort = await freeTcpPort();
  process.env.OIDC_ISSUER = `http://127.0.0.1:${oidcPort}`;
  process.env.OIDC_CLIENT_ID = 'community-test';
  process.env.OIDC_CLIENT_SECRET = 'community-test-secret-that-is-long-enough';
  process.env.OIDC_BUTTON_LABEL = 'Sign in with Acme ID';
  // The widget journey serves a brand's page from this loopback port: the product lets it embed the widget.
  const widgetHostPort = await freeTcpPort();
  process.env.E2E_WIDGET_HOST_PORT = String(widgetHostPort);
  process.env.WIDGET_ORIGINS = `http://127.0.0.1:${widgetHostPort}`;
  const baseUrl = await startProduct();
  // Workers are started after global setup and inherit this; playwright.config.ts reads it as baseURL.
  process.env.E2E_BASE_URL = baseUrl;
  await allowManySignUps(baseUrl);
  const provider = await startOidcProvider(`${baseUrl}/auth/oidc/callback`, oidcPort);
  console.log(`[e2e] product is ready at ${baseUrl}; OpenID provider at ${provider.issuer}`);
  return () => provider.close();
}

/**
 * Every journey signs up its own people from one loopback address, more than the 20 an hour a network gets by
 * default: an admin raises that limit in the running product, the way a brand's admin would in /admin.
 */
async function allowManySignUps(baseUrl: string): Promise<void> {
  const admin = newPerson('Operator');
  createAdmin(admin);
  const call = async (query: string, variables: Record<string, unknown>, cookie = '') => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        origin: baseUrl,
        cookie,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`e2e setup: ${body.errors[0].message}`);
    return res;
  };
  const signIn = await call(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
    i: { email: admin.email, password: admin.password },
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  await call(
    `mutation($i: UpdateRateLimitsInput!) { updateRateLimits(input: $i) { name points } }`,
    { i: { limits: [{ name: 'signUpPerIp', points: 1000, duration: 3600 }] } },
    cookie,
  );
}
