import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** The text of each organization mention. */
function spans(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => doc.rawText(m.start, m.end));
}

// A media type noun names the outlet after it also behind modifiers or a place.
describe("a type noun with modifiers or a place before it", () => {
  it("types the name after lower-case modifiers that an opener begins", () => {
    expect(spans("The claim was first reported by online media outlet La Brújula last week.")).toEqual(["La Brújula"]);
  });

  it("types the name after a place right before the noun", () => {
    expect(spans("Officials told Melbourne newspaper The Harbour that the shipment was seized.")).toEqual(["The Harbour"]);
  });

  it("types a company after modifiers joined by `and` and a hyphened compound, and its later uses", () => {
    expect(spans("Files from the Panama-registered shipping and logistics consortium Larkmoor were leaked. Larkmoor denied it.")).toEqual(["Larkmoor", "Larkmoor"]);
    expect(spans("The contract went to the state-owned defense contractor Velbright in May.")).toEqual(["Velbright"]);
  });

  it("leaves a name more than three modifiers after the opener", () => {
    expect(spans("It was the first large quiet rural mining consortium Larkmoor had seen.")).toEqual([]);
  });

  it("leaves a capitalized word after a noun with no opener or place before it", () => {
    expect(spans("She said that printing daily News briefings helps.")).toEqual([]);
  });
});

// An outlet noun written after the outlet's name, as an English compound, names it.
describe("an outlet noun after its name", () => {
  it("types the name before a two-word outlet noun", () => {
    expect(spans("A reporter for the Harbour Press news agency said the port was closed.")).toEqual(["Harbour Press"]);
  });

  it("types a one-word name before a medium noun", () => {
    expect(spans("The minister spoke in a statement broadcast on Channel9Norte television on Friday.")).toEqual(["Channel9Norte"]);
  });

  it("leaves a place after an indefinite article, a demonym and a calendar word", () => {
    expect(spans("A Lakeside newspaper, a Peruvian newspaper and the Sunday newspaper ran it.")).toEqual([]);
  });

  it("types the name after an affiliate noun that follows a listed company", () => {
    expect(spans("The officer told CNN affiliate KZTV that the tunnel was found.")).toEqual(["CNN", "KZTV"]);
  });
});

// A type noun also types a name set off after it by commas, and a plural one each name of its list.
describe("a type noun's apposition and a plural type noun", () => {
  it("types the name between commas after the noun", () => {
    expect(spans("The rifles were bought from a Leeds-based company, Harrowgate Brothers, which makes them.")).toContain("Harrowgate Brothers");
  });

  it("types no name that runs on after the comma", () => {
    expect(spans("He said the company, Harrowgate said in a letter, had no stake.")).not.toContain("Harrowgate");
  });

  it("types the first name after a plural noun", () => {
    expect(spans("Files from the consortium and its subsidiaries Velmora and Quintex were leaked.")).toContain("Velmora");
  });
});
