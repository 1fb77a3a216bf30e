import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): string[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), String(m.attrs.name)]);
}

// An English name defined by its own-language acronym: the letters are the name's initials reordered, or all but one.
describe("acronyms spelled by a translated name's initials", () => {
  it("reads reordered initials as a definition, whatever the head word, and the bare acronym later as the same body", () => {
    expect(orgs("In the hills the Popular Workers Bloc (BPO) held meetings, and later the BPO split.")).toEqual([
      ["Popular Workers Bloc", "Popular Workers Bloc"],
      ["BPO", "Popular Workers Bloc"],
      ["BPO", "Popular Workers Bloc"],
    ]);
  });

  it("keeps the first word Schwartz-Hearst's in-order reading would cut", () => {
    expect(orgs("He fought for the Armed Forces of Northern Liberation (FALN) in May.")[0]).toEqual(["Armed Forces of Northern Liberation", "Armed Forces of Northern Liberation"]);
    expect(orgs("He fought for the Revolutionary Organization of Farmers in Arms (OROA) in May.")[0]).toEqual(["Revolutionary Organization of Farmers in Arms", "Revolutionary Organization of Farmers in Arms"]);
  });

  it("reads a name in a table row", () => {
    expect(orgs("The groups were counted by year.\n\n    ##   gname   n\n    ## 4   Eastern Liberation Forces (FEL)   27\n    ## 5   Other   12\n")).toEqual([
      ["Eastern Liberation Forces", "Eastern Liberation Forces"],
      ["FEL", "Eastern Liberation Forces"],
    ]);
  });

  it("allows one word translated to another initial, and a date for the acronym's number", () => {
    expect(orgs("Members of the Andean Labor Party (PAT) were arrested.")[0]).toEqual(["Andean Labor Party", "Andean Labor Party"]);
    expect(orgs("Members of the 12 March Popular Front (FP-12) were arrested.")[0]).toEqual(["12 March Popular Front", "12 March Popular Front"]);
  });

  it("leaves indexes, in-order terms with no body's head, and two letters off alone", () => {
    expect(orgs("The Human Welfare Index (IWH) fell again.")).toEqual([]);
    expect(orgs("The Gross Regional Output (GRO) fell again.")).toEqual([]);
    expect(orgs("The Gross Regional Output (PZK) fell again.")).toEqual([]);
  });
});

// Surveys, indexes and data sets are no bodies, whatever article the text gives their acronym.
describe("an acronym before a document's word", () => {
  it("names the document, not a body", () => {
    expect(orgs("Analysts used the ZQVE survey design. Later the ZQVE asked households about thefts.")).toEqual([]);
    expect(orgs("Later the ZQVE asked households about thefts.")).toEqual([["ZQVE", "ZQVE"]]);
  });
});

describe("a class of bodies in the plural", () => {
  it("is no body, even capitalized in a chart's title", () => {
    expect(orgs('The chart sets labs(x="Terrorist Groups") and a title, "Victims by Armed Groups".')).toEqual([]);
  });
});

describe("initials the rule leaves to others", () => {
  it("reads only English paragraphs, and no name that runs on past the letters", () => {
    expect(orgs("O estudo usa Rádio Definido por Software (SDR) em campo.")).toEqual([]);
    expect(orgs("They cited the Treaty Against Organized Transnational Crime (ATOC) twice.").filter((o) => o[1]!.startsWith("Against"))).toEqual([]);
  });
});

// Own-language official names of listed bodies, and Brazil's federal environmental bodies.
describe("listed names in Spanish and Portuguese", () => {
  it("reads a body's official Spanish name and its acronym as the listed body", () => {
    expect(orgs("El informe del Grupo de Acción Financiera Internacional (GAFI) pidió cambios; el GAFI volverá.").map((o) => o[1])).toEqual(["Financial Action Task Force", "Financial Action Task Force", "Financial Action Task Force"]);
    expect(orgs("Fiscais do Ibama e do Censipam chegaram ao rio.").map((o) => o[1])).toEqual(["Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis", "Centro Gestor e Operacional do Sistema de Proteção da Amazônia"]);
  });
});

describe("a listed body's name short of its closing place", () => {
  it("reads the name's middle as that body where the document names its parent", () => {
    const found = orgs("The UN Verification Mission reported twice. Later the Verification Mission met the envoys.");
    expect(found.filter((o) => o[0] === "Verification Mission").map((o) => o[1])).toEqual(["United Nations Verification Mission in Colombia", "United Nations Verification Mission in Colombia"]);
  });
});
