import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A title in a head's `of` complement names an office (`Office of Chief Counsel`), not a person.
describe("an office named for a title", () => {
  it("keeps the title in its name", () => {
    expect(named("The auditors sent the file to the FBI Office of Chief Counsel last spring.")).toEqual([["FBI Office of Chief Counsel", "FBI Office of Chief Counsel"]]);
  });
});

// In English an indefinite article after a name word opens another phrase (connectors.englishBreaks).
describe("an indefinite article inside a capitalized run", () => {
  it("starts the body's name after it", () => {
    expect(named("The memo, Creating a Border Response Unit, reached the agents in March.")).toEqual([["Border Response Unit", "Border Response Unit"]]);
  });
});
