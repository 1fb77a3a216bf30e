import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { isCodeValue } from "../../packages/extractors/src/numbers/code.js";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** Text of each numeric claim. */
function texts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

const SETTINGS: ReadonlySet<string> = new Set(["zoom", "pitch", "opacity"]);
/** isCodeValue of the first occurrence of `value` in `raw`. */
const codeValue = (raw: string, value: string): boolean => {
  const at = raw.indexOf(value);
  return isCodeValue(raw, at, at + value.length, SETTINGS);
};

// speed24: isCodeValue tells from the characters before a value whether any of its shapes can
// match before it makes a string; these pin the shapes' edges (spaces of any kind, a minus, a line's start).
describe("code values told from the mark before them", () => {
  it("reads a setting's value after a colon, tabs, no-break spaces and a minus", () => {
    expect(codeValue("  zoom:\t-8.5,\n", "8.5")).toBe(true);
    expect(codeValue("  zoom:\u00a0\u2003-8.5,\n", "8.5")).toBe(true);
    expect(codeValue("  opacity = 0.75;\n", "0.75")).toBe(true);
  });

  it("reads list items and quoted labels after a bracket, a comma or a quote", () => {
    expect(codeValue("center: [-71.25, 3.75],", "71.25")).toBe(true);
    expect(codeValue("center: [-71.25, 3.75],", "3.75")).toBe(true);
    expect(codeValue('"prefix": "7.", "x": 1', "7")).toBe(true);
  });

  it("reads nothing before a line's start, after a word or after a setting two minus signs away", () => {
    expect(codeValue("zoom:\n8.5,\n", "8.5")).toBe(false);
    expect(codeValue("The zoom was 8.5, then less.", "8.5")).toBe(false);
    expect(codeValue("  zoom: --8.5,\n", "8.5")).toBe(false);
    expect(codeValue("8.5,", "8.5")).toBe(false);
  });
});

// speed24: a block is read only when a candidate number lies in it, and a block's invented example
// is looked for only once it has a claim: the claims are those read before.
describe("blocks without numbers skipped", () => {
  it("keeps the claims of paragraphs around ones without numbers, and drops an invented example's", () => {
    const raw = [
      "The river flooded the valley last spring.",
      "Officials counted 42 families displaced by the water.",
      "Nobody expected the rains to last that long.",
      "Suppose a town of 1,000 people lost half its homes.",
      "The clinic treated 17 patients that week.",
    ].join("\n\n");
    expect(texts(raw)).toEqual(["42", "17"]);
  });
});

// speed24: a run of digit groups is counted in place before any string is made; too few digits
// and it is no telephone number. These pin the count's edge (minDigits) on both sides.
describe("telephone numbers told by their digits first", () => {
  it("drops an announced number of seven digits in groups, keeps a count of three", () => {
    expect(texts("For help, call the hotline 555 0142 now. The shelter took in 120 people.")).toEqual(["120"]);
  });

  it("drops a number with a country code, keeps a count in thousands", () => {
    expect(texts("Our office: +57 601 3692000. The ministry counted 2,500,000 calls last year.")).toEqual(["2,500,000"]);
  });
});
