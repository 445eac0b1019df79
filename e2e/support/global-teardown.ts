import { stopProduct } from './product';

export default async function globalTeardown(): Promise<void> {
  await stopProduct();
}
