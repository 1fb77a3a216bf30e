import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// An office-holder's possessive names the holder's office (org-patterns.json possessiveNameWords).
describe("an office named by its holder's possessive", () => {
  it("is one body, its apostrophe written straight in the name", () => {
    expect(named("Deputies from the Marin County Sheriff’s Department searched the warehouse.")).toEqual([["Marin County Sheriff’s Department", "Marin County Sheriff's Department"]]);
    expect(named("The case was referred to the Kern County District Attorney's Office last week.")).toEqual([["Kern County District Attorney's Office", "Kern County District Attorney's Office"]]);
    expect(named("A spokesman for the Attorney General’s Office declined to comment.")).toEqual([["Attorney General’s Office", "Attorney General's Office"]]);
  });

  it("keeps a place's own article (`Los`, `Las`) at the name's start", () => {
    expect(named("Officers of the Las Vegas Police Department arrived later.")).toEqual([["Las Vegas Police Department", "Las Vegas Police Department"]]);
  });

  it("leaves a country's possessive outside the name", () => {
    expect(named("Chile's National Congress approved the bill.").map((r) => r[0])).not.toContain("Chile's National Congress");
  });
});
