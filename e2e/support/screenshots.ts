// Where journeys save the screenshots people look at to judge the UI (dist/screenshots, beside the other artifacts).
import { join } from 'node:path';

export const screenshotPath = (name: string) =>
  join(__dirname, '..', '..', 'dist', 'screenshots', `${name}.png`);
