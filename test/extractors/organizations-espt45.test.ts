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

// Brazil's MDB (the opposition of 1966–1979, and the PMDB's name again since 2017) and the PMDB
// of 1980–2017 are two names: each acronym keeps its own.
describe("MDB and PMDB", () => {
  it("name the Movimento and the Partido", () => {
    expect(named("O deputado do MDB criticou o governo. O líder do PMDB respondeu.")).toEqual([
      ["MDB", "Movimento Democrático Brasileiro"],
      ["PMDB", "Partido do Movimento Democrático Brasileiro"],
    ]);
  });
});
