// `npm start`: builds the API and the web app if they changed, then serves both on one port (PORT, default 3000).
import { spawn } from 'node:child_process';
import { API_NODE_FLAGS } from './api-node.cjs';
import { parseCommand } from './args.cjs';
import { build } from './build.mjs';

parseCommand({
  command: 'npm start',
  summary:
    'Builds what changed, starts Postgres (embedded under DATA_DIR unless DATABASE_URL is set), migrates,\n' +
    'seeds the demo community once (unless SEED_DEMO=false) and serves the API and web app on PORT (3000).\n' +
    'Configuration comes from environment variables; the README lists them.',
});

console.log('Building (cached when nothing changed)…');
build(['api', 'web']);
const child = spawn(
  process.execPath,
  [...API_NODE_FLAGS, '--enable-source-maps', 'dist/apps/api/src/main.js'],
  {
    stdio: 'inherit',
    env: { NODE_ENV: 'production', ...process.env },
  },
);
// The API stops the embedded Postgres cleanly on these signals; pass them on and wait for it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// `npm start` runs us through a shell and does not pass SIGTERM on: when that shell dies, we are re-parented.
// Then stop the API (which stops its Postgres) as if we had been sent the signal ourselves.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 500).unref();
