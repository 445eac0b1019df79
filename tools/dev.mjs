// `npm run dev`: the API rebuilt and restarted on change (port 3000), and Vite with hot reload (port 5173)
// proxying /graphql to it.
import { spawn } from 'node:child_process';
import { build } from './build.mjs';

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
      '--watch',
      '--quiet',
    ],
    { stdio: 'inherit' },
  ),
  spawn(process.execPath, ['--enable-source-maps', '--watch', 'dist/apps/api/src/main.js'], {
    stdio: 'inherit',
    env: { NODE_ENV: 'development', LOG_LEVEL: 'log', ...process.env },
  }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: process.env.PORT ?? '3000' },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
