import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

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
