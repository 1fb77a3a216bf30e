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

// A document word (`Policy`, `Strategy`) closing a head's `on`/`for` complement is the body's topic.
describe("a document word closing a head's on/for complement", () => {
  it("stays in the body's name", () => {
    expect(spans("Last year the Regional Council on Water Policy met twice.")).toEqual(["Regional Council on Water Policy"]);
    expect(spans("In March the Center for Maritime Strategy said so.")).toEqual(["Center for Maritime Strategy"]);
  });

  it("still ends a name it follows with no such link", () => {
    expect(spans("In March the Ministry of Justice Report came out.")).toEqual(["Ministry of Justice"]);
  });
});
