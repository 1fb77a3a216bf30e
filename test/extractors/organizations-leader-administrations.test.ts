import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

function named(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// org-patterns.json leaderAdministrations: a government named by its leader is that state's government.
describe("a government named by its leader", () => {
  it("is the government of the United States under its one name", () => {
    expect(named("Aid to the region grew under the Carter Administration, officials said.")).toContainEqual(["Carter Administration", "Government of the United States"]);
    expect(named("Critics of the Jimmy Carter Administration called the plan naive.")).toContainEqual(["Jimmy Carter Administration", "Government of the United States"]);
  });

  it("keeps a name of two leaders hyphened, and an unlisted surname", () => {
    const got = named("The Carter-Mondale Administration and the Smith Administration disagreed.");
    expect(got).not.toContainEqual(["Carter-Mondale Administration", "Government of the United States"]);
    expect(got).not.toContainEqual(["Smith Administration", "Government of the United States"]);
  });

  it("is read in wire copy written in capitals", () => {
    const got = named("THE SPOKESMAN SAID THAT THE CARTER ADMINISTRATION HAD CUT THE AID, AND THAT THE REAGAN\nADMINISTRATION RESTORED IT TWO YEARS LATER.\n");
    expect(got).toContainEqual(["CARTER ADMINISTRATION", "Government of the United States"]);
    expect(got).toContainEqual(["REAGAN\nADMINISTRATION", "Government of the United States"]);
  });
});
