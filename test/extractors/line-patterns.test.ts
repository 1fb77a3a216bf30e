import { describe, expect, it } from "vitest";
import { inLinePattern } from "../../packages/extractors/src/numbers/tag-lists.js";

/** How far along its line a number's surroundings are read (numeric-non-claims.json lineReach.tagLine). */
const REACH = 300;

/** A pattern that counts how many times a line is read with it: a read starts at the line's start. */
class CountingRegExp extends RegExp {
  reads = 0;
  override exec(text: string): RegExpExecArray | null {
    if (this.lastIndex === 0) this.reads++;
    return super.exec(text);
  }
}

describe("inLinePattern", () => {
  it("finds a number inside a line's match and not outside it", () => {
    const raw = "The mayor spoke of 12 new schools… [+2048 chars]\nNext line has 7 items.";
    const re = [new RegExp("\\[\\+\\d+\\s*chars\\]", "gu")];
    expect(inLinePattern(raw, raw.indexOf("2048"), re, REACH)).toBe(true);
    expect(inLinePattern(raw, raw.indexOf("12"), re, REACH)).toBe(false);
    expect(inLinePattern(raw, raw.indexOf("7"), re, REACH)).toBe(false);
  });

  it("reads a whole line once for all its numbers (a line's numbers ask about the same line)", () => {
    const raw = "Line one: 1, 2, 3, 4, 5 and 6 boats.\nLine two: 8 and 9 ports.";
    const re = new CountingRegExp("\\bports\\b", "gu");
    const patterns = [re]; // one list, as a lexicon holds it
    const hits = [..."123456"].map((d) => inLinePattern(raw, raw.indexOf(d), patterns, REACH));
    expect(hits.every((h) => !h)).toBe(true);
    expect(re.reads).toBe(1);
    expect(inLinePattern(raw, raw.indexOf("8"), patterns, REACH)).toBe(false);
    expect(re.reads).toBe(2);
  });

  it("reads a line too long to see its end from each number, as before", () => {
    const pad = "word ".repeat(100);
    const raw = `[+55 chars] ${pad}`;
    const re = [new RegExp("\\[\\+\\d+\\s*chars\\]", "gu")];
    expect(inLinePattern(raw, 2, re, REACH)).toBe(true);
    // More than the line window after the line's start: not read.
    expect(inLinePattern(raw, raw.length - 3, re, REACH)).toBe(false);
  });
});
