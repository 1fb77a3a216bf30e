import { describe, expect, it } from "vitest";
import { SpanCover } from "@procmine/core";

describe("SpanCover", () => {
  it("answers as a scan of every span would, on random spans in any order", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: Math.floor(rnd() * 12) }, () => {
        const start = Math.floor(rnd() * 60);
        return { start, end: start + 1 + Math.floor(rnd() * 15) };
      });
      const cover = new SpanCover(spans);
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(rnd() * 70);
        const end = start + 1 + Math.floor(rnd() * 10);
        expect(cover.covers(start, end)).toBe(spans.some((s) => s.start <= start && end <= s.end));
        expect(cover.overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
      }
    }
  });

  it("covers nothing when empty", () => {
    expect(new SpanCover([]).covers(0, 1)).toBe(false);
    expect(new SpanCover([]).overlaps(0, 1)).toBe(false);
    expect(new SpanCover([]).size).toBe(0);
  });
});
