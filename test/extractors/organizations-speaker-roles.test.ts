import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** The text of each organization mention. */
function found(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => doc.rawText(m.start, m.end));
}

// A transcript's speaker role in capitals after `The` is no acronym of a body
// (org-patterns.json articleAcronyms.nonBodies).
describe("a transcript's speaker roles", () => {
  it("are not bodies", () => {
    expect(found("The SPEAKER pro tempore. Without objection, the motion is agreed to.\nMr. LOPEZ. I thank the Chair.")).toEqual([]);
    expect(found("The RECORDER. The following bills were referred to committee on Tuesday.")).toEqual([]);
  });
});
