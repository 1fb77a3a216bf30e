import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

// English head nouns of parties, networks, clubs, churches, leagues, endowments, laboratories and
// magazines: bodies of these kinds that no list knows are named by their head, as a Police or a Bureau is.

function orgs(text: string): [string, unknown][] {
  const doc = analyze(text, { docId: "test" });
  return [...organizationExtractor.extract(doc, { country: [...countryExtractor.extract(doc, {})] })].map((m) => [doc.text.slice(m.start, m.end), m.attrs.kind]);
}

describe("English heads of parties, networks and civic bodies", () => {
  it("names a party, a network, a club and a church by their head word", () => {
    expect(orgs("Leaders of the Andean Freedom Party met the Coastal Victims Network, the Riverside Rowing Club and the Green Valley Church on Friday.")).toEqual([
      ["Andean Freedom Party", undefined],
      ["Coastal Victims Network", undefined],
      ["Riverside Rowing Club", undefined],
      ["Green Valley Church", undefined],
    ]);
  });

  it("names an endowment, a laboratory and a magazine, with the kind their head implies", () => {
    expect(orgs("The Marlowe Endowment for Peace, the Northfield Forensic Laboratory and Island Voices Magazine signed the letter.")).toEqual([
      ["Marlowe Endowment for Peace", "ngo"],
      ["Northfield Forensic Laboratory", "academic"],
      ["Island Voices Magazine", "company"],
    ]);
  });

  it("names a newspaper by its `Post` and a monitoring group by its `Watch`, with the kind they imply", () => {
    expect(orgs("The Harlow Post reported that Andean Rights Watch had counted the victims.")).toEqual([
      ["Harlow Post", "company"],
      ["Andean Rights Watch", "ngo"],
    ]);
  });

  it("names an institution, a consortium, a collective and a brotherhood by their head word", () => {
    expect(orgs("Grants from the Calloway Institution reached the Delta Water Consortium, the Southside Artists Collective and the International Brotherhood of Dock Workers.").map(([text]) => text)).toEqual([
      "Calloway Institution",
      "Delta Water Consortium",
      "Southside Artists Collective",
      "International Brotherhood of Dock Workers",
    ]);
  });

  it("reads a network's acronym defined after it as the same body", () => {
    expect(orgs("The Border Shelter Network (BSN) counted arrivals; the BSN later revised the count.").map(([text]) => text)).toEqual(["Border Shelter Network", "BSN", "BSN"]);
  });

  it("leaves a treaty's parties, a place and a sports grade out", () => {
    expect(orgs("Each State Party shall report, and no Third Party may object. She grew up in Falls Church and played Ivy League football.")).toEqual([]);
  });

  it("leaves the same words in lower case and ordinary sentences alone", () => {
    expect(orgs("A network of friends joined the party at the church club, and the league of neighbors read a magazine in the lab.")).toEqual([]);
  });
});

describe("English common nouns that type a name as a body", () => {
  it("reads a name in apposition to a think tank, a non-profit, a bank or a militia as that body", () => {
    expect(orgs("The figures came from Harbor Light, a conservative think tank, and from Open Doors Relief, a non-profit that feeds migrants.")).toEqual([
      ["Harbor Light", "ngo"],
      ["Open Doors Relief", "ngo"],
    ]);
    expect(orgs("Loans came through Banco Ribeira, a regional lender, while Los Halcones del Monte, a militia, held the road.").map(([text]) => text)).toContain("Banco Ribeira");
  });

  it("reads a name after a type noun as that body", () => {
    expect(orgs("Volunteers of the charity Bread Bridge and the website Border Ledger counted the crossings.")).toEqual([
      ["Bread Bridge", "ngo"],
      ["Border Ledger", "company"],
    ]);
  });

  it("leaves a person described by a job and ordinary apposition alone", () => {
    expect(orgs("Ana Ruiz, a bank clerk, met Tomas Vidal, a project manager, in Valparaiso, a port city.")).toEqual([]);
  });
});
