import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** The text of each organization mention. */
function spans(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => doc.rawText(m.start, m.end));
}

// A code book in plain text: each line defines a column, a blank line between them.
describe("a cited source at the end of a paragraph", () => {
  it("does not run on over a blank line into the next paragraph's first words", () => {
    const found = spans("Columns:\n\nTOTAL - Number of cases according to the Pemberton Registry\n\nRATE - Cases per 1,000 people\n");
    expect(found.filter((s) => /\n/.test(s))).toEqual([]);
  });
});
