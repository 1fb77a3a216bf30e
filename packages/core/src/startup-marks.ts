import { threadId } from "node:worker_threads";

/**
 * Where a cold start spends its time: with PROCMINE_STARTUP_MARKS=1 each mark prints, on
 * standard error, the milliseconds since its thread started (a worker's marks since the
 * worker's own start). Off, a mark costs one comparison.
 */
const on = process.env.PROCMINE_STARTUP_MARKS === "1";

export function startupMark(label: string): void {
  if (on) process.stderr.write(`startup ${threadId === 0 ? "main" : `worker ${threadId}`} ${performance.now().toFixed(1)} ms: ${label}\n`);
}
