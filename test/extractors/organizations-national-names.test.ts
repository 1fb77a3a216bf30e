import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// organizations.json names Brazil's armed forces as the region's others are named: core and country.
describe("Brazil's armed forces", () => {
  it("are named with the country, as Chile's or Peru's are", () => {
    expect(named("No Brasil, as Forças Armadas participaram da operação na fronteira.")).toEqual([["Forças Armadas", "Forças Armadas do Brasil"]]);
    expect(named("Segundo o ministro, as Forças Armadas Brasileiras participaram da operação na fronteira.")).toEqual([
      ["Forças Armadas Brasileiras", "Forças Armadas do Brasil"],
    ]);
  });
});
