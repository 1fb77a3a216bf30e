import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Spanish and Portuguese drug activities read by word lists: the activity noun, its link, a few
// words and the drug are one drug_trafficking span (romance-activities.ts).
describe("Spanish and Portuguese drug activities whose drug comes after a few words", () => {
  it("reaches the drug across a quantity noun and its link", () => {
    expect(threats("La marina quiere frenar el tránsito de pequeños cargamentos de cocaína por el litoral.")).toEqual([["tránsito de pequeños cargamentos de cocaína", "drug_trafficking"]]);
    expect(threats("A polícia estancou o ingresso de grandes cargas de cocaína pelo porto.")).toEqual([["ingresso de grandes cargas de cocaína", "drug_trafficking"]]);
    expect(threats("El valle vive de la producción de hoja de coca desde hace décadas.")).toEqual([["producción de hoja de coca", "drug_trafficking"]]);
  });

  it("reads activity nouns and drug names that no lexicon phrase spells out", () => {
    expect(threats("El plan busca impedir el ingreso de droga por los aeropuertos.")).toEqual([["ingreso de droga", "drug_trafficking"]]);
    expect(threats("Lo acusan de tráfico de pseudoefedrina desde otro continente.")).toEqual([["tráfico de pseudoefedrina", "drug_trafficking"]]);
    expect(threats("Los soldados arrancaron cultivos de mariguana en la sierra.")).toEqual([["cultivos de mariguana", "drug_trafficking"]]);
  });

  it("leaves other complements, numbers and English paragraphs alone", () => {
    expect(threats("El ingreso de turistas creció en la costa.")).toEqual([]);
    expect(threats("Se evitó la producción de 40 toneladas de metanfetaminas.")).toEqual([]);
    expect(threats("The entrada de droga is a Spanish phrase quoted here.")).toEqual([]);
  });
});
