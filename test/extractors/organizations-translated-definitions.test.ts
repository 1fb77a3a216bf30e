import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

function orgs(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// An English text translates a body listed under its own-language name in its own words order.
describe("a listed acronym defined by an English translation of its body's name (gazetteer.ts sameAsListed)", () => {
  it("is the listed body when the long form's words are its English name's, in any order", () => {
    const got = orgs("Officials blamed the Armed Revolutionary Forces of Colombia (FARC) for the attack on the pipeline. The FARC denied it on Tuesday.");
    expect(got).toContainEqual(["FARC", "Revolutionary Armed Forces of Colombia"]);
    expect(got.filter(([text]) => text === "FARC").every(([, name]) => name === "Revolutionary Armed Forces of Colombia")).toBe(true);
  });
});
