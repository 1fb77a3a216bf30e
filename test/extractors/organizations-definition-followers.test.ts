import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind]);
}

// A defined long form with no organization head is a body when the words after its acronym show one.
describe("a headless acronym definition followed by a body's act or a program noun", () => {
  it("is a body after a reporting verb, with or without an auxiliary, and its acronym's later uses too", () => {
    expect(orgs("The Citizens Toward Renewal (CTR) has released its platform. Later the CTR met voters.")).toEqual([
      ["Citizens Toward Renewal", "Citizens Toward Renewal", undefined],
      ["CTR", "Citizens Toward Renewal", undefined],
      ["CTR", "Citizens Toward Renewal", undefined],
    ]);
    expect(orgs("Last week the Open Harbor Lookout (OHL) warned of delays.")).toEqual([
      ["Open Harbor Lookout", "Open Harbor Lookout", undefined],
      ["OHL", "Open Harbor Lookout", undefined],
    ]);
  });

  it("is a program before a program noun", () => {
    expect(orgs("The Bright Futures in Lakeland (BFL) program trained teachers; BFL closed in May.")).toEqual([
      ["Bright Futures in Lakeland", "Bright Futures in Lakeland", "program"],
      ["BFL", "Bright Futures in Lakeland", "program"],
      ["BFL", "Bright Futures in Lakeland", "program"],
    ]);
  });

  it("leaves terms and definitions followed by other words alone", () => {
    expect(orgs("The Gross Regional Output (GRO) grew by two points.")).toEqual([]);
    expect(orgs("The Citizens Toward Renewal (CTR) platform was long.")).toEqual([]);
    expect(orgs("Its Annual Harvest Outlook (AHO) has grown shorter.")).toEqual([]);
  });
});
