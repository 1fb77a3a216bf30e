import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.kind]);
}

// A lone capitalized word listed beside a listed company is a company too.
describe("a lone name listed beside a listed company", () => {
  it("is a company, before or after the listed one", () => {
    expect(orgs("Viewers of CNN, Zorbly and MSNBC saw the clip.")).toEqual([
      ["CNN", "company"],
      ["Zorbly", "company"],
      ["MSNBC", "company"],
    ]);
    expect(orgs("The fees rival those of Quextra or Facebook in a year.")).toEqual([
      ["Quextra", "company"],
      ["Facebook", "company"],
    ]);
  });

  it("leaves calendar words, sentence openings and two-word names alone", () => {
    expect(orgs("They met on Monday and Google agreed.")).toEqual([["Google", "company"]]);
    expect(orgs("It rained. Zorbly and Google agreed.")).toEqual([["Google", "company"]]);
    expect(orgs("Photo: Facebook / Ana Quextra, Google maps.")).toEqual([
      ["Facebook", "company"],
      ["Google", "company"],
    ]);
  });
});
