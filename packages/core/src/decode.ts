import { ProcmineInputError } from "./errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How many leading bytes are inspected for NUL bytes before decoding (binary sniffing). */
const SNIFF_BYTES = 8192;

/**
 * Decode a file's bytes into the raw text that every offset refers to.
 * The BOM is kept (as `fs.readFileSync(path, "utf8")` keeps it) so offsets match what a
 * researcher gets when reading the file in JavaScript; it is whitespace to the analysis.
 */
export function decodeText(bytes: Uint8Array, path?: string): string {
  if (bytes.length === 0) throw new ProcmineInputError("empty", "empty file", path);
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) throw new ProcmineInputError("binary", "binary file (contains NUL bytes)", path);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ProcmineInputError("encoding", `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})`, path);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new ProcmineInputError("empty", "no text (only whitespace)", path);
  }
  return text;
}

/** Bytes decoded at a time when only checking a file. */
const CHECK_CHUNK = 1 << 20;

/**
 * Check that bytes are a readable text file (not empty, not binary, valid UTF-8, not only
 * white space) without building the whole string: for long documents read window by window.
 */
export function checkText(bytes: Uint8Array, path?: string): void {
  if (bytes.length === 0) throw new ProcmineInputError("empty", "empty file", path);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new ProcmineInputError("binary", "binary file (contains NUL bytes)", path);
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let blank = true;
  try {
    for (let at = 0; at < bytes.length; at += CHECK_CHUNK) {
      const chunk = decoder.decode(bytes.subarray(at, at + CHECK_CHUNK), { stream: at + CHECK_CHUNK < bytes.length });
      if (blank && chunk.trim() !== "") blank = false;
    }
  } catch {
    throw new ProcmineInputError("encoding", `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})`, path);
  }
  if (blank) throw new ProcmineInputError("empty", "no text (only whitespace)", path);
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the shortest invalid prefix; decoding with stream:true tolerates a cut sequence.
  const probe = new TextDecoder("utf-8", { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      probe.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
