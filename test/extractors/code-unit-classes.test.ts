import { describe, expect, it } from "vitest";
import { codeUnitClasses } from "../../packages/extractors/src/numbers/code-unit-classes.js";

describe("codeUnitClasses (one table of character classes per set of tests)", () => {
  const classOf = codeUnitClasses([/\p{L}/u, /\s/]);
  const code = (ch: string) => ch.charCodeAt(0);

  it("sets bit 0 for every code unit asked, and bit i + 1 where test i holds", () => {
    expect(classOf(code("a"))).toBe(1 | 2);
    expect(classOf(code("é"))).toBe(1 | 2);
    expect(classOf(code(" "))).toBe(1 | 4);
    expect(classOf(code("\u00a0"))).toBe(1 | 4);
    expect(classOf(code("7"))).toBe(1);
  });

  it("answers the same when asked again (read from the table)", () => {
    expect(classOf(code("ñ"))).toBe(classOf(code("ñ")));
  });

  it("keeps separate tables for separate classifiers", () => {
    const marks = codeUnitClasses([/\p{M}/u]);
    expect(marks(0x0301)).toBe(1 | 2);
    expect(classOf(0x0301)).toBe(1);
  });

  it("refuses more tests than a byte holds", () => {
    expect(() => codeUnitClasses(Array.from({ length: 8 }, () => /x/))).toThrow(/at most 7/);
  });
});
