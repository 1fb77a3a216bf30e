import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A workers' confederation is a `Central` (org-patterns.json romanceHeads): the word alone is no head,
// the power plant and the region keep it as a plain word.
describe("labour confederations named `Central …`", () => {
  it("are bodies, with the acronym they define", () => {
    expect(named("La Central Obrera Nacional (CON) convocó a un paro. La CON exigió respuestas.")).toEqual([
      ["Central Obrera Nacional", "Central Obrera Nacional"],
      ["CON", "Central Obrera Nacional"],
      ["CON", "Central Obrera Nacional"],
    ]);
    expect(named("La Central de Trabajadores del Valle marchó hasta la plaza.")).toEqual([["Central de Trabajadores del Valle", "Central de Trabajadores del Valle"]]);
  });
  it("leave a power plant and a region alone", () => {
    expect(named("La central eléctrica y la Central Hidroeléctrica del Norte quedaron sin vigilancia en América Central.")).toEqual([]);
  });
});
