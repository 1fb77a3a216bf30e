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

// org-patterns.json nationalContext.englishDefaults: English writes bare `Congress` for the United States Congress.
describe("bare Congress in English", () => {
  it("is the United States Congress in a text on another country", () => {
    expect(named("Smugglers move rifles into Mexico every week. The senator said that Congress has a duty to act.")).toEqual([["Congress", "United States Congress"]]);
  });

  it("is another state's where its own sentence names that state first", () => {
    expect(named("Guatemala's Congress voted on the budget.")).toEqual([["Congress", "Congress of Guatemala"]]);
  });
});
