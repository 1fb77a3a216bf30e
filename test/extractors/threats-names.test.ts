import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { describe, expect, it } from "vitest";

const pipeline = createPipeline({ extractors: defaultExtractors });
/** Threats of a full run, with the country layer the threat extractor reads. */
const threats = (raw: string): [string, unknown][] =>
  pipeline.annotate(raw, { docId: "t" }).annotations.filter((a) => a.type === "threat").map((a) => [a.text, (a as { category?: string }).category]);

describe("an English lower-case head after a name (round 3)", () => {
  it("leaves the head of a group's name to the organization layer", () => {
    expect(threats("Agents arrested two members of the Tolosa cartel last week. The cartel moved its money through shell firms.")).toEqual([
      ["cartel", "organized_crime"],
    ]);
  });

  it("still tags the head after a country adjective (which joins the span, RULINGS.md R5) or a sentence-opening capital", () => {
    expect(threats("Officials said Mexican cartels recruit teenagers online.")).toEqual([["Mexican cartels", "organized_crime"]]);
    expect(threats("Rival cartels fought over the port.")).toEqual([["Rival cartels", "organized_crime"]]);
    expect(threats("Witnesses described the Los Tigres cartel in court.")).toEqual([["cartel", "organized_crime"]]);
    expect(threats("The Tolosa cartel is a family business.")).toEqual([]);
  });
});

describe("legal and press terms for drug and arms crimes (round 3)", () => {
  it("reads drug conspiracies, drug runs and drug capos as drug trafficking", () => {
    expect(threats("The pilot pleaded guilty to a drug conspiracy after a failed drug run, and two drug capos were charged.")).toEqual([
      ["drug conspiracy", "drug_trafficking"],
      ["drug run", "drug_trafficking"],
      ["drug capos", "drug_trafficking"],
    ]);
  });

  it("reads illicit firearms sales as arms trafficking and criminal association as organized crime", () => {
    expect(threats("Prosecutors cited illegal weapons sales and criminal association in the indictment.")).toEqual([
      ["illegal weapons sales", "arms_trafficking"],
      ["criminal association", "organized_crime"],
    ]);
    expect(threats("The ministry approved arms sales to its ally.")).toEqual([]);
  });
});

describe("drug labs (round 3)", () => {
  it("leaves a facility named by its drug untagged, while the activity at it is a threat", () => {
    expect(threats("Soldiers dismantled three cocaine labs near the river.")).toEqual([]);
    expect(threats("The army targets cocaine production near the river.")).toEqual([["cocaine production", "drug_trafficking"]]);
  });
});

describe("generic criminals (round 3)", () => {
  it("leaves criminal elements untagged, as criminals", () => {
    expect(threats("Guns reach criminal elements on both sides of the border.")).toEqual([]);
  });
});
