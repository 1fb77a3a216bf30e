import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";

/** Threat spans, with the organization layer the pipeline gives them. */
function threats(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const country = [...countryExtractor.extract(doc, {})];
  const organization = [...organizationExtractor.extract(doc, { country })];
  return [...threatExtractor.extract(doc, { country, organization })].map((m) => doc.rawText(m.start, m.end));
}

function claims(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

// Texts stored without capitals: the rules that read a name's or a month's capital follow the writing profile.
describe("threats and dates in text written without capitals", () => {
  it("keeps the head of a group's name found in lower case out of the threats", () => {
    const found = threats("officials said the gulf cartel moved the shipments across the border, and drug trafficking rose again. the talks went on for two days.");
    expect(found).not.toContain("cartel");
    expect(found).toContain("drug trafficking");
  });

  it("reads an English date written in lower case as a date, not a claim", () => {
    expect(claims("the ministers met on july 30 to review the plan. about 250 officers joined the patrols. the talks went on for two days.")).toEqual(["about 250", "two days"]);
  });

  it("leaves normally written text as it was", () => {
    expect(claims("The ministers met on July 30 to review the plan. About 250 officers joined.")).toEqual(["About 250"]);
  });
});
