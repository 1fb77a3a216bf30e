import { describe, expect, it } from "vitest";
import { spanCover } from "../../packages/extractors/src/organizations/span-cover.js";

describe("spanCover", () => {
  const spans = [{ start: 2, end: 5 }, { start: 4, end: 8 }, { start: 12, end: 14 }, { start: 9, end: 9 }];
  const covered = spanCover(20, spans);
  const bySpans = (start: number, end: number) => spans.some((o) => o.end > o.start && o.start < end && o.end > start);

  it("answers as a scan of every span would, for every non-empty range of the text", () => {
    for (let start = 0; start <= 20; start++) for (let end = start + 1; end <= 20; end++) expect(covered(start, end)).toBe(bySpans(start, end));
  });

  it("finds a name inside, across and at either edge of a range", () => {
    expect(covered(8, 12)).toBe(false);
    expect(covered(7, 8)).toBe(true);
    expect(covered(13, 30)).toBe(true);
    expect(covered(0, 2)).toBe(false);
  });
});
