import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Span boundaries of the noun phrase (ANNOTATION.md §3: the head and its modifiers, no more).
// Every sentence is invented.
describe("threat noun phrase boundaries (threats24)", () => {
  it("takes `force` as the head of an irregular armed force, not of a state's paramilitary force", () => {
    expect(threats("The valley was held by rebel forces for a decade.")).toEqual([["rebel forces", "insurgency"]]);
    expect(threats("A small guerrilla force crossed the river.")).toEqual([["guerrilla force", "insurgency"]]);
    expect(threats("The governor created a paramilitary force to guard the mines.")).toEqual([]);
  });

  it("takes a charge or a plan of any threat into its phrase", () => {
    expect(threats("The indictment lists a money laundering conspiracy.")).toEqual([["money laundering conspiracy", "money_laundering"]]);
    expect(threats("Police foiled two kidnapping plots last year.")).toEqual([["kidnapping plots", "kidnapping"]]);
  });

  it("does not read a quantifier with an adjective's ending as a post-modifier", () => {
    expect(threats("En la vereda fueron asesinados varios campesinos.")).toEqual([["asesinados", "homicide"]]);
  });

  it("reads a counter prefix hyphened to a listed acronym and CVE as mentions", () => {
    expect(threats("The ministry drafted anti-TIP legislation with donor help.")).toEqual([["anti-TIP", "human_trafficking"]]);
    expect(threats("Donors now fund CVE programs in the border towns.")).toEqual([["CVE", "terrorism"]]);
    expect(threats("Fit the anti-tip bracket to the shelf.")).toEqual([]);
  });

  it("takes a corrupt government and a noun before a corrupted participle into the phrase", () => {
    expect(threats("Farmers fled the corrupt local governments of the valley.")).toEqual([["corrupt local governments", "corruption"]]);
    expect(threats("La fiscalía investiga a varios alcaldes corrompidos por la mafia.")).toEqual([
      ["alcaldes corrompidos", "corruption"],
      ["mafia", "organized_crime"],
    ]);
  });

  it("makes Spanish and Portuguese nouns that share a head-first phrase's adjective one phrase", () => {
    expect(threats("El plan desarticula las células y organizaciones delictivas de la frontera.")).toEqual([["células y organizaciones delictivas", "organized_crime"]]);
    expect(threats("As vítimas relatam abuso e exploração sexual nas estradas.")).toEqual([["abuso e exploração sexual", "sexual_violence"]]);
  });

  it("makes a second head after and/or share an English attributive", () => {
    expect(threats("The bill targets criminal organizations and networks abroad.")).toEqual([["criminal organizations and networks", "organized_crime"]]);
    // A head of another kind is another noun; one that names a threat of its own, a mention of its own.
    expect(threats("They fund organized criminal activity and organizations abroad.")).toEqual([["organized criminal activity", "organized_crime"]]);
    expect(threats("The bill targets criminal groups and gangs abroad.")).toEqual([
      ["criminal groups", "organized_crime"],
      ["gangs", "gangs"],
    ]);
  });

  it("reads `that` before a plural after an activity as a relative clause, not its object", () => {
    expect(threats("Police track the weapons trafficking that fuels the violence.")).toEqual([["weapons trafficking", "arms_trafficking"]]);
  });

  it("reads the British plural attributive `drugs` as the drug slot", () => {
    expect(threats("Ministers discussed terrorism and drugs trafficking at the summit.")).toEqual([
      ["terrorism", "terrorism"],
      ["drugs trafficking", "drug_trafficking"],
    ]);
  });
});
