// The bench's servers are child processes: stopped with SIGTERM, and waited for up to a grace period.
import type { ChildProcess } from 'node:child_process';

export async function stopChild(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
}
