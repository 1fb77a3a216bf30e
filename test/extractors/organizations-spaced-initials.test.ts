import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// Invented memoranda in a typewriter's spelling: a state's initials each with a point and a space (`U. S.`).
describe("spaced initials before a body's name (`U. S. Navy`)", () => {
  const memo = "The U. S. Navy and the U. S. Coast Guard escorted the convoy, and the U. N. Security Council met the next day.\n";

  it("reads a listed body written with spaced initials as the listed body", () => {
    const got = orgs(memo);
    expect(got).toContainEqual(["U. S. Navy", "U.S. Navy"]);
    expect(got).toContainEqual(["U. S. Coast Guard", "U.S. Coast Guard"]);
    expect(got).toContainEqual(["U. N. Security Council", "United Nations Security Council"]);
  });

  it("names an unlisted body read off the text with its initials joined", () => {
    expect(orgs("The U. S. Rural Roads Office paid for the bridges in the valley.\n")).toContainEqual(["U. S. Rural Roads Office", "U.S. Rural Roads Office"]);
  });

  it("keeps the unspaced spelling as it was", () => {
    expect(orgs("The U.S. Navy escorted the convoy across the gulf last spring.\n")).toContainEqual(["U.S. Navy", "U.S. Navy"]);
  });
});
