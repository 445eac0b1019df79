// The loop every outbox consumer runs: drain after a commit (nudge), poll for work left by other processes or
// by a back-off, never two drains at once in one process, and a clean stop that waits for the running batch.
import { Logger } from '@nestjs/common';

export interface DrainLoopOptions {
  /** Processes one batch (claimed with FOR UPDATE SKIP LOCKED): rows taken, and rows done when that differs. */
  batch: () => Promise<{ taken: number; done?: number }>;
  batchSize: number;
  /** How often an idle loop looks for work. */
  pollMs: number;
  logger: Logger;
  /** Names the work in log lines, e.g. "Search indexing". */
  what: string;
}

export class DrainLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: DrainLoopOptions) {}

  get started(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.options.pollMs);
    this.timer.unref();
    this.nudge();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a drain soon (after a commit); coalesces while one runs. */
  nudge(): void {
    if (this.stopped || !this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((e: unknown) => this.options.logger.error(`${this.options.what} failed: ${String(e)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Processes batches until one comes back short; returns how many rows were done. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { taken, done } = await this.options.batch();
      total += done ?? taken;
      if (taken < this.options.batchSize || this.stopped) return total;
    }
  }
}
