import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind]);
}

// `Detachment` heads a military unit's name as `Squadron` and `Battalion` do, so its acronym's definition holds.
describe("a detachment is a named unit", () => {
  it("heads a unit's name and lets its acronym be defined and used", () => {
    expect(orgs("A boarding party from the Harbor Patrol Law Enforcement Detachment (HPLED) seized the boat; the HPLED crew returned.")).toEqual([
      ["Harbor Patrol Law Enforcement Detachment", "Harbor Patrol Law Enforcement Detachment", "military"],
      ["HPLED", "Harbor Patrol Law Enforcement Detachment", "military"],
      ["HPLED", "Harbor Patrol Law Enforcement Detachment", "military"],
    ]);
  });

  it("leaves a lower-case detachment alone", () => {
    expect(orgs("A small detachment of volunteers guarded the bridge.")).toEqual([]);
  });
});
