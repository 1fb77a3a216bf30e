import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A group named in full and then by its first words (group-short-forms.ts).
describe("a group's short form after its full name", () => {
  it("names the short form with a type noun by the full name", () => {
    expect(named("The Dorrington cartel moved cocaine through the port. Police said the Dorrington Organised Crime Group paid the dockers.")).toEqual([
      ["Dorrington cartel", "Dorrington Organised Crime Group"],
      ["Dorrington Organised Crime Group", "Dorrington Organised Crime Group"],
    ]);
  });

  it("leaves a sanctioning state's hyphened modifier out of the name", () => {
    expect(named("Investigators traced the money to the US-sanctioned Dorrington Organised Crime Group last year.")).toEqual([["Dorrington Organised Crime Group", "Dorrington Organised Crime Group"]]);
  });
});
