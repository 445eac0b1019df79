// Keeps the embedded Postgres alive for as long as its owner runs, and no longer: restarts it on the same port
// when it dies (the health endpoint reports it meanwhile), and leaves a small watchdog process that stops it if
// the owner is killed outright (kill -9 skips every exit handler, so nothing in this process could).
import { spawn, type ChildProcess } from 'node:child_process';

/** What /healthz reports about the embedded database: down while it is being restarted. */
export const embeddedDatabaseHealth = { down: false, restarts: 0, lastExit: null as string | null };

interface Startable {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The watchdog learns the postmaster's pid through a pipe and stops it (fast shutdown, SIGINT) when the pipe
 * closes: the kernel closes it when this process ends, however it ends.
 */
const WATCHDOG = `
let pid = 0, buffer = '';
process.stdin.on('data', (d) => {
  const lines = (buffer + d).split('\\n');
  buffer = lines.pop();
  for (const line of lines) pid = Number(line) || pid;
});
process.stdin.on('close', () => {
  const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
  if (!pid || !alive()) process.exit(0);
  process.kill(pid, 'SIGINT');
  setInterval(() => { if (!alive()) process.exit(0); }, 100);
  setTimeout(() => { try { process.kill(pid, 'SIGQUIT'); } catch {} process.exit(0); }, 15000);
});
process.stdin.resume();`;

function startWatchdog(): { watch(pid: number): void; close(): void } {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG], {
    detached: true, // its own process group: a Ctrl-C meant for us does not stop it before it is needed
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  watchdog.stdin!.on('error', () => undefined);
  return {
    watch: (pid) => void watchdog.stdin!.write(`${pid}\n`),
    close: () => watchdog.stdin!.end(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function supervise(
  server: Startable,
  log: (message: string) => void,
): { stop(): Promise<void>; postmasterPid(): number | undefined } {
  let stopping = false;
  const watchdog = startWatchdog();
  const current = () => (server as unknown as { process?: ChildProcess }).process;

  const track = () => {
    const child = current();
    if (!child?.pid) return;
    watchdog.watch(child.pid);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      void restart(signal ? `killed by ${signal}` : `exited with code ${code}`);
    });
  };

  const restart = async (why: string) => {
    embeddedDatabaseHealth.down = true;
    embeddedDatabaseHealth.lastExit = why;
    log(`The embedded Postgres stopped unexpectedly (${why}); restarting it on the same port.`);
    for (let attempt = 1; !stopping; attempt++) {
      // Backends of the dead postmaster need a moment to notice and release shared memory.
      await sleep(Math.min(250 * 2 ** attempt, 5_000));
      if (stopping) return;
      try {
        (server as unknown as { process?: ChildProcess }).process = undefined;
        await server.start();
        track();
        embeddedDatabaseHealth.down = false;
        embeddedDatabaseHealth.restarts += 1;
        log(`The embedded Postgres is running again (attempt ${attempt}).`);
        return;
      } catch (e) {
        log(`Restarting the embedded Postgres failed (attempt ${attempt}): ${String(e ?? 'exited early')}`);
      }
    }
  };

  track();
  return {
    postmasterPid: () => current()?.pid,
    async stop() {
      stopping = true;
      try {
        await server.stop();
      } finally {
        watchdog.close();
      }
    },
  };
}
