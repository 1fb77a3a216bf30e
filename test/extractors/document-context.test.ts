import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { documentContext } from "../../packages/extractors/src/context/document-context.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** The country layer the pipeline hands the organization extractor. */
const countryLayer = (doc: ReturnType<typeof analyze>) => [...countryExtractor.extract(doc, {})];
const contextOf = (raw: string) => {
  const doc = analyze(raw, { docId: "t" });
  return documentContext(doc, countryLayer(doc).map((m) => ({ iso3: String(m.attrs.iso3) })));
};
const bodies = (raw: string) => {
  const doc = analyze(raw, { docId: "t" });
  return [...organizationExtractor.extract(doc, { country: countryLayer(doc) })].map((m) => [doc.text.slice(m.start, m.end), m.attrs.name, m.attrs.country]);
};

describe("document context: whose voice a document is in", () => {
  it("reads a legislator's mark and keeps the one country it allows that the text names", () => {
    const raw = "Mr. Speaker, Mexico faces cartels. Mexico and its towns suffer.\n\nThe United States must help.\n\nNow the Army patrols the line.";
    const context = contextOf(raw);
    expect(context.authorCountry).toBe("USA");
    expect(context.evidence.map((e) => e.phrase)).toEqual(["Mr. Speaker"]);
    expect(bodies(raw)).toContainEqual(["Army", "U.S. Army", "USA"]);
  });

  it("without a mark, a bare body takes the country the text names most", () => {
    const raw = "Mexico faces cartels. Mexico and its towns suffer.\n\nThe United States must help.\n\nNow the Army patrols the line.";
    expect(contextOf(raw).authorCountry).toBeUndefined();
    expect(bodies(raw)).toContainEqual(["Army", "Mexican Army", "MEX"]);
  });

  it("lets a country named in the body's own sentence win over the author's", () => {
    const raw = "Mr. Speaker, the United States must help. In Mexico the Army patrols the line.";
    expect(bodies(raw)).toContainEqual(["Army", "Mexican Army", "MEX"]);
  });

  it("counts a letterhead only at the head of the document", () => {
    expect(contextOf("THE WHITE HOUSE\n\nStatement on border cooperation with Canada.").authorCountry).toBe("USA");
    const late = `${"Delegates met to discuss regional ports. ".repeat(20)}A note came from the White House.`;
    expect(contextOf(late).authorCountry).toBeUndefined();
  });
});
