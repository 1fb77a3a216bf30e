import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function named(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// A listed name ending in a title word right before a person's name is the person's office.
describe("a listed name used as a person's title", () => {
  it("is no body before a person's name, and is one elsewhere", () => {
    expect(named("The senator met Mexico Attorney General Carlos Ruiz on Monday, and the Attorney General of Mexico answered later.")).toEqual([
      ["Attorney General of Mexico", "Attorney General of Mexico"],
    ]);
  });
});
