import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Threat heads that are part of a group's or a body's name are no threat of their own (ANNOTATION.md §2).
describe("threat heads inside names", () => {
  it("a head after a code name is that group's name", () => {
    expect(threats("The minister met envoys of the XR-21 gang in the capital.")).toEqual([]);
  });

  it("a capitalized Militia inside an English sentence is the body named short", () => {
    expect(threats("Reservists serve in the Militia for two years.")).toEqual([]);
    expect(threats("A local militia blocked the road.")).toEqual([["militia", "insurgency"]]);
  });

  it("plural Milicias before a name word opens the name", () => {
    expect(threats("El frente rural combatió a las Milicias Bolivarianas del norte durante años en la región.")).toEqual([]);
  });
});
