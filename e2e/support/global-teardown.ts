import type { MailCatcher } from '../../tools/mail-catcher';
import { stopProduct } from './product';

export default async function globalTeardown(): Promise<void> {
  await stopProduct();
  await (globalThis as { mailCatcher?: MailCatcher }).mailCatcher?.close();
}
