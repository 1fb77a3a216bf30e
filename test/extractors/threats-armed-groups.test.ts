import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Armed-group phenomena (issue #18): their forces and thugs, uprisings, dissident groups.
describe("armed groups", () => {
  // Not `force`: a state's own unit is described as `a paramilitary force` (the seeds' gold leaves it untagged).
  it("an armed group's thugs are the group", () => {
    expect(threats("Paramilitary thugs and rebel thugs burned the village.")).toEqual([
      ["Paramilitary thugs", "insurgency"],
      ["rebel thugs", "insurgency"],
    ]);
    expect(threats("The armed forces patrolled the coast.")).toEqual([]);
  });

  it("an armed uprising and dissident groups are insurgency", () => {
    expect(threats("Observers feared an armed uprising in the north.")).toEqual([["armed uprising", "insurgency"]]);
    expect(threats("El ejército enfrenta a varios grupos disidentes en la selva del sur del país.")).toEqual([["grupos disidentes", "insurgency"]]);
  });
});

describe("internal as a post-modifier of a Spanish or Portuguese threat", () => {
  it("belongs to the phrase", () => {
    expect(threats("La reforma busca sancionar la corrupción interna en la policía del país.")).toEqual([["corrupción interna", "corruption"]]);
    expect(threats("A investigação mostrou redes criminosas internas no presídio da cidade.")).toEqual([["redes criminosas internas", "organized_crime"]]);
  });
});
