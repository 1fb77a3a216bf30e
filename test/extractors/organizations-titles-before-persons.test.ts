import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A listed name ending in a title word right before a person's name is the person's office.
describe("a listed name used as a person's title", () => {
  it("is no body before a person's name, and is one elsewhere", () => {
    expect(named("The senator met Mexico Attorney General Carlos Ruiz on Monday, and the Attorney General of Mexico answered later.")).toEqual([
      ["Attorney General of Mexico", "Attorney General of Mexico"],
    ]);
  });
});
