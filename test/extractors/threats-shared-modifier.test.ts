import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// A modifier said once for a list carries over to the bare nouns after its phrase (shared-modifier.ts).
describe("a modifier shared by a list", () => {
  it("makes each bare item a mention of what the modifier and it name", () => {
    expect(threats("The militias moved into illegal logging, fishing, and cattle ranching.")).toEqual([
      ["militias", "insurgency"],
      ["illegal logging", "environmental_crime"],
      ["fishing", "environmental_crime"],
    ]);
  });

  it("leaves bare nouns with no modifier written, and a noun that heads another noun", () => {
    expect(threats("Legal logging, fishing and farming employ many.")).toEqual([]);
    expect(threats("They fought illegal logging and fishing companies.")).toEqual([["illegal logging", "environmental_crime"]]);
  });
});
