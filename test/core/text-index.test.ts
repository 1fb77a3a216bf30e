import { describe, expect, it } from "vitest";
import { TextIndex } from "../../packages/core/src/text-index.js";

describe("TextIndex", () => {
  it("finds every text by its span, in the order added, whether room was reserved up front or grown into", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const grown = new TextIndex();
    const reserved = new TextIndex();
    // Some texts before the reservation, the rest after it: both must stay found.
    for (const w of words.slice(0, 100)) {
      grown.add(w);
      reserved.add(w);
    }
    reserved.reserve(words.length);
    for (const w of words.slice(100)) {
      grown.add(w);
      reserved.add(w);
    }
    const line = words.join(" ");
    let at = 0;
    const misses: string[] = [];
    words.forEach((w, i) => {
      if (grown.find(line, at, at + w.length) !== i || reserved.find(line, at, at + w.length) !== i || reserved.text(i) !== w) misses.push(w);
      at += w.length + 1;
    });
    expect(misses).toEqual([]);
    expect(reserved.size).toBe(words.length);
    expect(reserved.find("wzzzzx", 0, 6)).toBe(-1);
  });
});
