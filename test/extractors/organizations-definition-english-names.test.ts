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

// A listed Latin American body that an English text defines with an acronym of its own keeps its
// English name there, as it does named without one; a Spanish text keeps the official name.
describe("a listed body defined with an acronym of the text's own", () => {
  it("is named in English in an English paragraph", () => {
    expect(named("The Armada de Chile (ACH) patrols the southern channels. Last year the ACH seized two boats.")).toEqual([
      ["Armada de Chile", "Chilean Navy"],
      ["ACH", "Chilean Navy"],
      ["ACH", "Chilean Navy"],
    ]);
  });

  it("keeps the official name in a Spanish paragraph", () => {
    expect(named("La Armada de Chile (ACH) patrulla los canales del sur. El año pasado la ACH incautó dos lanchas.").map((o) => o[1])).toEqual(["Armada de Chile", "Armada de Chile", "Armada de Chile"]);
  });
});
