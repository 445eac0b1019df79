import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startMailCatcher, type MailCatcher } from '../../tools/mail-catcher';
import { repoRoot, startProduct } from './product';

export const mailDir = join(repoRoot, 'dist', 'e2e-mail', String(Date.now()));

export default async function globalSetup(_config: FullConfig): Promise<void> {
  // A real SMTP server catches the product's email; journeys read it from E2E_MAIL_DIR.
  const catcher = await startMailCatcher({ dir: mailDir });
  (globalThis as { mailCatcher?: MailCatcher }).mailCatcher = catcher;
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  process.env.MAIL_FROM = 'Acme Community <community@example.com>';
  process.env.NOTIFICATION_EMAIL_DELAY_SECONDS = '0';
  process.env.E2E_MAIL_DIR = catcher.dir;
  const baseUrl = await startProduct();
  // Workers are started after global setup and inherit this; playwright.config.ts reads it as baseURL.
  process.env.E2E_BASE_URL = baseUrl;
  console.log(`[e2e] product is ready at ${baseUrl}`);
}
