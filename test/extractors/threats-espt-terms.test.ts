import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

describe("Spanish and Portuguese terms of the law", () => {
  it("tags sexual offences against children by their legal names", () => {
    expect(threats("La fiscal acusó al profesor de pedofilia y de abusos deshonestos ante el juez.")).toEqual([
      ["pedofilia", "sexual_violence"],
      ["abusos deshonestos", "sexual_violence"],
    ]);
    expect(threats("O delegado investiga uma rede de pedofilia na internet.")).toEqual([["rede de pedofilia", "sexual_violence"]]);
  });

  it("tags intentional crimes against life as homicide", () => {
    expect(threats("O tribunal do júri julga os crimes dolosos contra a vida no estado.")).toEqual([["crimes dolosos contra a vida", "homicide"]]);
  });

  it("tags counterfeit money as smuggling, as counterfeit goods", () => {
    expect(threats("Detuvieron a un hombre con billetes falsos y dólares falsos en la frontera.")).toEqual([
      ["billetes falsos", "smuggling"],
      ["dólares falsos", "smuggling"],
    ]);
    expect(threats("A feira tinha barracas onde circulava moeda falsa.")).toEqual([["moeda falsa", "smuggling"]]);
  });

  it("tags the verb of sexual abuse with its adverb, and complex crime as organized crime", () => {
    expect(threats("Según la denuncia, el vecino abusó sexualmente de la niña.")).toEqual([["abusó sexualmente", "sexual_violence"]]);
    expect(threats("A vítima foi abusada sexualmente pelo tio.")).toEqual([["abusada sexualmente", "sexual_violence"]]);
    expect(threats("La nueva unidad investiga delitos complejos en la provincia.")).toEqual([["delitos complejos", "organized_crime"]]);
  });

  it("leaves money and abuse in ordinary sentences alone", () => {
    expect(threats("El cajero contó los billetes y dijo que el rumor era falso.")).toEqual([]);
    expect(threats("O abuso de poder e a moeda forte dominaram o debate sobre a vida na cidade.")).toEqual([]);
    expect(threats("El trámite fue complejo y el jefe abusó de su paciencia.")).toEqual([]);
  });
});

// The Spanish and Portuguese drug lists name the drugs and precursors the English one does.
describe("Spanish and Portuguese drug names after a trade noun", () => {
  it("tags the trade in synthetic drugs, their precursors and regional spellings", () => {
    expect(threats("La fiscalía investiga la producción de metanfetaminas en el norte y el tráfico de pseudoefedrina por el puerto.")).toEqual([
      ["producción de metanfetaminas", "drug_trafficking"],
      ["tráfico de pseudoefedrina", "drug_trafficking"],
    ]);
    expect(threats("El informe describe el cultivo de mariguana en la sierra.")).toEqual([["cultivo de mariguana", "drug_trafficking"]]);
    expect(threats("A polícia investiga o tráfico de haxixe no litoral e o comércio de fentanil.")).toEqual([
      ["tráfico de haxixe", "drug_trafficking"],
      ["comércio de fentanil", "drug_trafficking"],
    ]);
  });

  it("leaves a drug named on its own alone", () => {
    expect(threats("La metanfetamina y la pseudoefedrina son sustancias que el laboratorio analizó.")).toEqual([]);
    expect(threats("O médico explicou os efeitos da cannabis e do ópio na saúde.")).toEqual([]);
  });
});
