import type { FullConfig } from '@playwright/test';
import { startProduct } from './product';

export default async function globalSetup(_config: FullConfig): Promise<void> {
  const baseUrl = await startProduct();
  // Workers are started after global setup and inherit this; playwright.config.ts reads it as baseURL.
  process.env.E2E_BASE_URL = baseUrl;
  console.log(`[e2e] product is ready at ${baseUrl}`);
}
