// `node tools/run.mjs <tool> [args]`: builds if needed, then runs dist/tools/<tool>.js (used by the npm scripts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from './build.mjs';

const [tool, ...args] = process.argv.slice(2);
const entry = `dist/tools/${tool}.js`;
// Asking for the usage need not wait for a build (seconds on a busy machine) when the tool is already built.
const wantsHelp = args.some((a) => a === '--help' || a === '-h');
if (!(wantsHelp && existsSync(entry))) build(['api']);
if (!existsSync(entry)) {
  console.error(`No such tool: ${tool}`);
  process.exit(2);
}
const child = spawn(process.execPath, ['--enable-source-maps', entry, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
