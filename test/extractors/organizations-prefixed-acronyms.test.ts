import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// A listed acronym hyphened after a lower-case prefix still names its body; the prefix stays outside.
describe("a listed acronym after a prefix and a hyphen", () => {
  it("names the listed body, the prefix left out", () => {
    expect(orgs("Analysts expect new post-FARC factions and some anti-ELN militias in the valley.")).toEqual([
      ["FARC", "Revolutionary Armed Forces of Colombia"],
      ["ELN", "National Liberation Army"],
    ]);
  });

  it("leaves unlisted capitals and unlisted prefixes alone", () => {
    expect(orgs("Sales rose in the pre-COVID years and the semi-FARC label faded.")).toEqual([]);
  });
});
