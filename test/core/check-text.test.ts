import { describe, expect, it } from "vitest";
import { checkText } from "../../packages/core/src/decode.js";
import { prng } from "../helpers.js";

/** What checkText says of `bytes`: nothing, or its error's message. */
function verdict(bytes: Uint8Array): string {
  try {
    checkText(bytes, "t.txt");
    return "ok";
  } catch (e) {
    return (e as Error).message;
  }
}

/** The check as it was written before its byte-level fast path: decode all, then trim. */
function decodedVerdict(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.trim() === "" ? "blank" : "ok";
  } catch {
    return "invalid";
  }
}

// checkText tells valid UTF-8 with a printable ASCII character from the bytes (Buffer's isUtf8),
// without decoding: it must say what decoding the whole text and trimming it says.
describe("checkText: valid, blank or broken UTF-8 told from the bytes", () => {
  it("agrees with decoding the whole text, on invented and random byte strings", () => {
    const rnd = prng(42);
    const pieces = [[0x41], [0x20], [0x0a], [0x09], [0x0b], [0xc3, 0xa9], [0xc2, 0xa0], [0xef, 0xbb, 0xbf], [0xe2, 0x80, 0x83], [0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0x7f], [0x01], [0x2e]];
    for (let k = 0; k < 20000; k++) {
      const bytes: number[] = [0x20];
      for (let i = Math.floor(rnd() * 8); i > 0; i--) bytes.push(...pieces[Math.floor(rnd() * pieces.length)]!);
      const b = Uint8Array.from(bytes);
      const expected = decodedVerdict(b);
      const got = verdict(b);
      const label = Array.from(b, (x) => x.toString(16)).join(" ");
      if (expected === "ok") expect(got, label).toBe("ok");
      else if (expected === "blank") expect(got, label).toMatch(/only whitespace/);
      else expect(got, label).toMatch(/not valid UTF-8/);
    }
  });
});
