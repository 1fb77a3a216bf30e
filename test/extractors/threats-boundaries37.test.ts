import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { beforeAll, describe, expect, it } from "vitest";

// Classes of threats37 (issues 18, 16). Every sentence is invented.
const pipeline = createPipeline({ extractors: defaultExtractors });
/** Threats of a full run, with the country layer the extractor reads. */
const full = (raw: string): [string, unknown][] =>
  pipeline.annotate(raw, { docId: "t" }).annotations.filter((a) => a.type === "threat").map((a) => [a.text, (a as { category?: string }).category]);

// The lexicons compile on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void full("."), 300_000);

describe("an English nationality adjective before a threat (RULINGS.md R5, R9)", () => {
  it("joins the threat's span, one word or two, in any case", () => {
    expect(full("Officials said Mexican cartels recruit teenagers online.")).toEqual([["Mexican cartels", "organized_crime"]]);
    expect(full("The report names a Costa Rican drug trafficker as the buyer.")).toEqual([["Costa Rican drug trafficker", "drug_trafficking"]]);
    expect(full("POLICE SAY COLOMBIAN TERRORISTS HELD THE TOWN.")).toEqual([["COLOMBIAN TERRORISTS", "terrorism"]]);
  });

  it("takes a siding word before the adjective too", () => {
    expect(full("The town feared the right-wing Honduran paramilitary groups of the north.")).toEqual([["right-wing Honduran paramilitary groups", "insurgency"]]);
  });

  it("joins after a comma that closes a clause, not after another adjective of a list", () => {
    expect(full("According to the minister, Peruvian gangs run the port.")).toEqual([["Peruvian gangs", "gangs"]]);
    expect(full("The port is run by Peruvian, Chilean and Bolivian gangs.")).toEqual([["gangs", "gangs"]]);
    expect(full("The port is run by Peruvian and Bolivian gangs.")).toEqual([["gangs", "gangs"]]);
  });

  it("leaves a plural demonym, a country name, a counter compound and a verb out", () => {
    expect(full("Several Colombians smuggled the cash.")).toEqual([["smuggled", "smuggling"]]);
    expect(full("Panama gangs controlled the docks.")).toEqual([["gangs", "gangs"]]);
    expect(full("The Canadian counterterrorism law passed in May.")).toEqual([["counterterrorism", "terrorism"]]);
    expect(full("A Brazilian smuggled the cash across.")).toEqual([["smuggled", "smuggling"]]);
  });

  it("leaves a Spanish or Portuguese paragraph to its own post-nominal rule", () => {
    expect(full("Los cárteles mexicanos controlan el puerto.")).toEqual([["cárteles mexicanos", "organized_crime"]]);
  });
});

describe("an activity word before a head noun", () => {
  it("ends the phrase on the head instead of reading a verb's object past it", () => {
    expect(full("Smuggling networks moved heroin through the harbor.")).toEqual([["Smuggling networks", "smuggling"]]);
    expect(full("The trafficking organizations shipped cocaine north.")).toEqual([["trafficking organizations", "illicit_trafficking"]]);
  });
  it("still reads a verb's drug object", () => {
    expect(full("The crew was smuggling heroin through the harbor.")).toEqual([["smuggling heroin", "drug_trafficking"]]);
  });
});
