import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A news page's photo credit (org-patterns.json photoCredits): the photographer, then the agencies that licensed the picture.
describe("a photo credit's sources", () => {
  it("are bodies after the photographer's name, listed or not, the credit's roles left out", () => {
    expect(named("Protesters gather outside the court in Denver.\nJane Marlow/KXP/Pool/Norvale Images\nThe hearing began at noon.")).toEqual([
      ["KXP", "KXP"],
      ["Norvale Images", "Norvale Images"],
    ]);
    expect(named("A ship docked at the harbor.\nTom Reyes/Brightline Stock Photo\nThe cargo was seized.")).toEqual([["Brightline Stock Photo", "Brightline Stock Photo"]]);
  });

  it("reads a listed outlet by its record and an agency after `via`", () => {
    expect(named("A ship docked at the harbor.\nTom Reyes/AFP via Norvale Images\nThe cargo was seized.").map(([text]) => text)).toEqual(["AFP", "Norvale Images"]);
  });

  it("leaves a slashed line with no picture credit alone", () => {
    expect(named("Topics covered:\nOrganized Crime/Drug Trafficking\nThe report follows.")).toEqual([]);
  });
});
