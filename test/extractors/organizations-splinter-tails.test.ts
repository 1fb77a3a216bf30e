import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

function orgs(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

describe("an armed group's breakaway factions", () => {
  it("are another body, named as written", () => {
    expect(orgs("Clashes between the ELN and FARC dissidents displaced hundreds of families in the valley.")).toContainEqual(["FARC dissidents", "FARC dissidents"]);
    expect(orgs("The report profiles the FARC Dissidents, who control several river routes.")).toContainEqual(["FARC Dissidents", "FARC Dissidents"]);
  });

  it("leave the group itself under its own name", () => {
    expect(orgs("The FARC signed the agreement in 2016; the ELN did not.")).toContainEqual(["FARC", "Revolutionary Armed Forces of Colombia"]);
  });
});
