import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

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
