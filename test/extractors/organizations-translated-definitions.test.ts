import { describe, expect, it } from "vitest";
import { named as orgs } from "./organization-names.js";

// An English text translates a body listed under its own-language name in its own words order.
describe("a listed acronym defined by an English translation of its body's name (gazetteer.ts sameAsListed)", () => {
  it("is the listed body when the long form's words are its English name's, in any order", () => {
    const got = orgs("Officials blamed the Armed Revolutionary Forces of Colombia (FARC) for the attack on the pipeline. The FARC denied it on Tuesday.");
    expect(got).toContainEqual(["FARC", "Revolutionary Armed Forces of Colombia"]);
    expect(got.filter(([text]) => text === "FARC").every(([, name]) => name === "Revolutionary Armed Forces of Colombia")).toBe(true);
  });
});
