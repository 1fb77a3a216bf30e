/**
 * CPU time of the calling thread, from Linux's /proc/thread-self/stat (user + system, in clock
 * ticks of 1/100 s): unlike wall-clock busy time, it does not grow when other processes take the
 * cores. Undefined elsewhere (Node 20 has no per-thread CPU clock).
 */
import { openSync, readSync } from "node:fs";

const TICKS_PER_SECOND = 100;

// The file stays open and is read again from its start (the kernel writes it anew at each read
// from offset 0): opening it twice per document was a percent of a many-file run. Each thread
// loads its own copy of this module, so the descriptor is the calling thread's.
let fd: number | undefined;
const buffer = Buffer.alloc(1024);

export function threadCpuSeconds(): number | undefined {
  try {
    fd ??= openSync("/proc/thread-self/stat", "r");
    const stat = buffer.toString("latin1", 0, readSync(fd, buffer, 0, buffer.length, 0));
    // Fields after the command name (which may hold spaces), from the state on: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
