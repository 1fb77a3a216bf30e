import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AtomicFile } from "../../packages/cli/src/outputs/atomic.js";
import { tempDir } from "../temp-dirs.js";

// An output file gathers text and bytes before writing them: whatever the mix of small and long
// pieces, the file holds exactly their concatenation, and its size and hash say so.

const KB = 1024;

/** Text of `n` characters mixing one-, two-, three- and four-byte UTF-8 characters. */
function mixedText(n: number, seed: number): string {
  const alphabet = ["a", "é", "ñ", "€", "语", "😀", "\n", ",", '"'];
  let out = "";
  let x = seed;
  while (out.length < n) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out.slice(0, n);
}

describe("AtomicFile", () => {
  it("writes any mix of short and long text and bytes in order, with the right size and sha256", async () => {
    const dir = tempDir();
    const spool = join(dir, "spooled.bin");
    const spoolBytes = Buffer.from(mixedText(90 * KB, 7), "utf8");
    writeFileSync(spool, spoolBytes);
    const pieces: (string | Uint8Array | { file: string; keep: boolean })[] = [];
    // Lengths around the 256 KiB gathering (and its thirds, where text is encoded alone).
    const lengths = [1, 17, 5 * KB, 85 * KB, 86 * KB, 87 * KB, 120 * KB, 130 * KB, 255 * KB, 256 * KB, 300 * KB, 3, 0, 64 * KB];
    lengths.forEach((n, i) => {
      const text = mixedText(n, i + 1);
      pieces.push(i % 3 === 1 ? Buffer.from(text, "utf8") : text);
      if (i === 6) pieces.push({ file: spool, keep: true });
    });
    const file = await AtomicFile.create(dir, "out.txt");
    for (let i = 0; i < pieces.length; i += 3) await file.writePieces(pieces.slice(i, i + 3));
    const done = await file.close();

    const expected = Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p instanceof Uint8Array ? p : spoolBytes)));
    const written = readFileSync(join(dir, "out.txt"));
    expect(written.equals(expected)).toBe(true);
    expect(done.bytes).toBe(expected.length);
    expect(done.sha256).toBe(createHash("sha256").update(expected).digest("hex"));
  });

  it("encodes a lone surrogate as Buffer.from does (U+FFFD), whether gathered or written alone", async () => {
    const dir = tempDir();
    const texts = ["ab\ud800cd", "\udc00", "x".repeat(90 * KB) + "\ud83d"];
    const file = await AtomicFile.create(dir, "lone.txt");
    for (const t of texts) await file.write(t);
    await file.close();
    expect(readFileSync(join(dir, "lone.txt")).equals(Buffer.concat(texts.map((t) => Buffer.from(t, "utf8"))))).toBe(true);
  });
});
