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

describe("a panel or group of experts", () => {
  it("is a body, with the matter it studies, though `Panel` alone names an event", () => {
    expect(orgs("The Panel of Experts on Mali met in May, and later the Group of Experts on Burundi replied.")).toEqual([
      ["Panel of Experts on Mali", "Panel of Experts on Mali", "intergovernmental"],
      ["Group of Experts on Burundi", "Group of Experts on Burundi", "intergovernmental"],
    ]);
    expect(orgs("A Panel on Trade opened the day.")).toEqual([]);
  });

  it("written bare, is the one such body the text names in full", () => {
    expect(orgs("The Panel of Experts on Mali met in May. In June the Panel of Experts wrote again.")).toEqual([
      ["Panel of Experts on Mali", "Panel of Experts on Mali", "intergovernmental"],
      ["Panel of Experts", "Panel of Experts on Mali", "intergovernmental"],
    ]);
    // Two such bodies named: the bare head says neither.
    const two = orgs("The Panel of Experts on Mali and the Panel of Experts on Libya met. The Panel of Experts then adjourned.");
    expect(two).toContainEqual(["Panel of Experts", "Panel of Experts", "intergovernmental"]);
  });
});

describe("a committee a resolution established", () => {
  it("is named in full with the clause, its resolutions and the matter it concerns", () => {
    const text = "The Board wrote to the Sanctions Committee established pursuant to resolution 1234 (2019) concerning Libya and the Panel.";
    expect(orgs(text)).toContainEqual([
      "Sanctions Committee established pursuant to resolution 1234 (2019) concerning Libya",
      "Sanctions Committee established pursuant to resolution 1234 (2019) concerning Libya",
      "intergovernmental",
    ]);
    const several = "It briefed the Sanctions Committee established pursuant to resolutions 751 (1992) and 1907 (2009) concerning the Democratic Republic of the Congo.";
    expect(orgs(several).map((o) => o[1])).toContain(
      "Sanctions Committee established pursuant to resolutions 751 (1992) and 1907 (2009) concerning the Democratic Republic of the Congo",
    );
  });
});
