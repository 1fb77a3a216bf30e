import { isUtf8 } from "node:buffer";
import { ProcmineInputError } from "./errors.js";
import { partitionPoint } from "./search.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How many leading bytes are inspected for NUL bytes before decoding (binary sniffing). */
const SNIFF_BYTES = 8192;

/**
 * The encodings procmine reads: UTF-8 (with or without a byte-order mark), and UTF-16 in either
 * byte order when the file starts with its byte-order mark (without one, UTF-16 cannot be told
 * from binary data reliably, so it is refused with a message that names it).
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

const LABEL: Record<TextEncoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE" };

/** The encoding a file's byte-order mark names (UTF-8 when it has none). */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** UTF-32 byte-order marks (checked before UTF-16's: FF FE 00 00 starts with FF FE). */
function utf32(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return "UTF-32LE";
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return "UTF-32BE";
  return undefined;
}

/**
 * A file's bytes as UTF-8, the form the pipeline reads. UTF-16 with a byte-order mark is
 * transcoded: its BOM becomes the UTF-8 BOM, so the decoded text (and every offset into it, in
 * UTF-16 code units as for any JavaScript string) is the same whichever encoding the file used.
 * UTF-8 bytes are returned as they are (checked later by `checkText`).
 */
export function toUtf8(bytes: Uint8Array, path?: string): { encoding: TextEncoding; bytes: Uint8Array } {
  const wide = utf32(bytes);
  if (wide) throw new ProcmineInputError("encoding", `${wide} text is not supported (convert it to UTF-8)`, path);
  const encoding = detectEncoding(bytes);
  if (encoding === "utf-8") return { encoding, bytes };
  const text = decodeUtf16(bytes, encoding, path);
  return { encoding, bytes: new TextEncoder().encode(text) };
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", path?: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ProcmineInputError("encoding", `not valid ${LABEL[encoding]} (byte ${firstInvalidUtf16(bytes, encoding === "utf-16le")})`, path);
  }
}

/** Offset of the first byte that breaks UTF-16: a lone surrogate, or an odd last byte. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return i;
}

/**
 * The reason NUL bytes were found. Text in UTF-16 without a byte-order mark has a NUL in every
 * other byte (for Latin script): say so, so the user knows what to convert.
 */
function binaryReason(sniff: Uint8Array): string {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sniff.length; i++) {
    if (sniff[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = sniff.length >> 1;
  // Mostly on one side (a surrogate pair or a CJK character may put a NUL on the other).
  if (pairs >= 2) {
    if (odd >= pairs * 0.3 && even * 20 <= odd) return "UTF-16LE text without a byte-order mark (convert it to UTF-8, or save it with a BOM)";
    if (even >= pairs * 0.3 && odd * 20 <= even) return "UTF-16BE text without a byte-order mark (convert it to UTF-8, or save it with a BOM)";
  }
  return "binary file (contains NUL bytes)";
}

function checkBinary(bytes: Uint8Array, path?: string): void {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (!sniff.includes(0)) return;
  const reason = binaryReason(sniff);
  throw new ProcmineInputError(reason.startsWith("binary") ? "binary" : "encoding", reason, path);
}

/**
 * Decode a file's bytes into the raw text that every offset refers to.
 * The BOM is kept (as `fs.readFileSync(path, "utf8")` keeps it) so offsets match what a
 * researcher gets when reading the file in JavaScript; it is whitespace to the analysis.
 * UTF-16 with a BOM is decoded too (BOM kept likewise: `readFileSync(path, "utf16le")`).
 */
export function decodeText(bytes: Uint8Array, path?: string): string {
  if (bytes.length === 0) throw new ProcmineInputError("empty", "empty file", path);
  const wide = utf32(bytes);
  if (wide) throw new ProcmineInputError("encoding", `${wide} text is not supported (convert it to UTF-8)`, path);
  const encoding = detectEncoding(bytes);
  let text: string;
  if (encoding === "utf-8") {
    checkBinary(bytes, path);
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new ProcmineInputError("encoding", `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})`, path);
    }
  } else {
    text = decodeUtf16(bytes, encoding, path);
    if (text.slice(0, SNIFF_BYTES).includes("\0")) throw new ProcmineInputError("binary", "binary file (contains NUL characters)", path);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new ProcmineInputError("empty", "no text (only whitespace)", path);
  }
  return text;
}

/** Bytes decoded at a time when only checking a file. */
const CHECK_CHUNK = 1 << 20;

/**
 * Check that bytes are a readable text file (not empty, not binary, valid UTF-8 or UTF-16 with
 * a BOM, not only white space) without building the whole string: for long documents read
 * window by window. Give UTF-16 to `toUtf8` first to annotate it.
 */
export function checkText(bytes: Uint8Array, path?: string): void {
  if (bytes.length === 0) throw new ProcmineInputError("empty", "empty file", path);
  if (detectEncoding(bytes) !== "utf-8" || utf32(bytes)) {
    decodeText(bytes, path);
    return;
  }
  checkBinary(bytes, path);
  // Valid UTF-8 with a printable ASCII character (nearly every file): told from the bytes, with
  // no string made (the text is decoded again, window by window, to be annotated).
  if (isUtf8(bytes) && hasAsciiInk(bytes)) return;
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

/**
 * Whether some byte is an ASCII character that `trim` keeps (not white space): then the text is
 * not blank. Bytes past ASCII (a no-break space, a BOM) are left to the decoding check.
 */
function hasAsciiInk(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 && b !== 32 && !(b >= 9 && b <= 13)) return true;
  }
  return false;
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the shortest invalid prefix; decoding with stream:true tolerates a cut sequence.
  const probe = new TextDecoder("utf-8", { fatal: true });
  return partitionPoint(bytes.length, (i) => {
    try {
      probe.decode(bytes.subarray(0, i + 1), { stream: true });
      return true;
    } catch {
      return false;
    }
  });
}
