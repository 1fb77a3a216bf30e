/**
 * CPU time of the calling thread, from Linux's /proc/thread-self/stat (user + system, in clock
 * ticks of 1/100 s): unlike wall-clock busy time, it does not grow when other processes take the
 * cores. Undefined elsewhere (Node 20 has no per-thread CPU clock).
 */
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

export function threadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // Fields after the command name (which may hold spaces), from the state on: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
