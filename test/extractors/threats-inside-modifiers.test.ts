import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("a listed phrase that lies in the modifiers of another threat", () => {
  it("modifies that threat: one span, of the threat's category", () => {
    expect(threats("Police say the organized criminal drug trade moved north along the coast.")).toEqual([["organized criminal drug trade", "drug_trafficking"]]);
  });

  it("stays a mention where no threat follows it", () => {
    expect(threats("Police say organized criminals moved north, and organized criminal groups followed them.")).toEqual([
      ["organized criminals", "organized_crime"],
      ["organized criminal groups", "organized_crime"],
    ]);
  });
});
