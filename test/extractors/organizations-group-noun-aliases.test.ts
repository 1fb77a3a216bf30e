import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// `the Sinaloa gang`, `the Sinaloa drug gang`: a listed group named by its place word and another group noun.
describe("a listed group named with another group noun", () => {
  it("is the listed group, a modifier between the name and its noun too", () => {
    expect(named("His uncle once ran the Sinaloa drug gang from a ranch.")).toEqual([["Sinaloa", "Sinaloa Cartel"]]);
    expect(named("The police arrested rivals of the Sinaloa gang last week.")).toEqual([["Sinaloa", "Sinaloa Cartel"]]);
    expect(named("Officers seized assets of the Tijuana crime syndicate.")).toEqual([["Tijuana", "Tijuana Cartel"]]);
  });

  it("names no group after a demonym, nor one of two listed under the name", () => {
    expect(named("The Mexican drug cartels grew richer.")).toEqual([]);
    expect(named("Members of the Gulf gang fled to the hills.").map(([, name]) => name)).not.toContain("Gulf Cartel");
  });
});
