// `npm run dev`: the API rebuilt and restarted on change (port 3000), and Vite with hot reload (port 5173)
// proxying /graphql to it.
import { spawn } from 'node:child_process';
import { parseCommand } from './args.cjs';
import { build } from './build.mjs';

parseCommand({
  command: 'npm run dev',
  summary:
    'The API on PORT (3000), rebuilt and restarted on change, and Vite with hot reload on VITE_PORT (5173),\n' +
    'proxying the API. Open the Vite address.',
});
const apiPort = process.env.PORT ?? '3000';
const vitePort = process.env.VITE_PORT ?? '5173';
const viteUrl = `http://localhost:${vitePort}`;

build(['api']);
const children = [
  spawn(
    'npx',
    [
      'swc',
      'apps/api/src',
      'libs',
      'migrations',
      'tools',
      '--extensions',
      '.ts',
      '--ignore',
      '**/*.spec.ts',
      '-d',
      'dist',
      '--copy-files',
      '--watch',
      '--quiet',
    ],
    { stdio: 'inherit' },
  ),
  spawn(process.execPath, ['--enable-source-maps', '--watch', 'dist/apps/api/src/main.js'], {
    stdio: 'inherit',
    // People use the Vite address in dev, so that is the public one (links, cookies, the "open" line).
    env: { NODE_ENV: 'development', LOG_LEVEL: 'log', PUBLIC_URL: viteUrl, ...process.env },
  }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.mts', '--port', vitePort, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
