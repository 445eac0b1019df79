// Builds what `npm start` and the tools run (through Nx, so an unchanged tree is a cache hit and takes a second).
import { spawnSync } from 'node:child_process';

export function build(projects = ['api']) {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`Build failed (nx run-many -t build -p ${projects.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
}
