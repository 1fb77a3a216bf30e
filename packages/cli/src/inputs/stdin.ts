/**
 * Standard input (`-`) is read into memory, so it is capped: past `--max-stdin` bytes reading
 * stops and the document fails with that reason (the other inputs are still annotated). The
 * read also stops at once when the run is interrupted, whatever stdin is (a terminal, a pipe
 * that never closes, /dev/zero).
 */
import type { Readable } from "node:stream";

/** 100 MiB: a hundred times the usual proceedings, and well within the memory a run may use. */
export const DEFAULT_MAX_STDIN = 100 * 1024 * 1024;

export type StdinRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function readStdin(limit: number, signal: AbortSignal | undefined, stream: Readable): Promise<StdinRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      signal?.removeEventListener("abort", onAbort);
    };
    const stop = () => {
      done();
      stream.pause();
      stream.destroy();
    };
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size > limit) {
        stop();
        resolve({ ok: false, reason: `larger than ${formatSize(limit)} (--max-stdin); save it to a file and name the file, or raise --max-stdin` });
        return;
      }
      chunks.push(b);
    };
    const onEnd = () => {
      done();
      resolve({ ok: true, bytes: Buffer.concat(chunks) });
    };
    const onError = (e: NodeJS.ErrnoException) => {
      stop();
      resolve({ ok: false, reason: `cannot read standard input: ${e.code === "EISDIR" ? "is a directory" : e.message}` });
    };
    const onAbort = () => {
      stop();
      reject(signal!.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `100M`, `512k`, `2G`, `1048576`: a size in bytes (K, M, G are powers of 1024); undefined if not one. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

export function formatSize(bytes: number): string {
  for (const [unit, size] of [["GiB", 1024 ** 3], ["MiB", 1024 ** 2], ["KiB", 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
