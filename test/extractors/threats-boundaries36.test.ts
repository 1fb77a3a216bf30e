import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats36 (issues 18, 16).
describe("a bare smuggling word reads the goods of its own paragraph only", () => {
  it("does not step back over the punctuation that opens its paragraph", () => {
    expect(threats("Heroin Seizures in the Port\n\n(Smugglers moved the cash across the river.)")).toEqual([["Smugglers", "smuggling"]]);
    expect(threats("Heroin Seizures in the Port\n\n“Smugglers moved the cash across the river,” he said.")).toEqual([["Smugglers", "smuggling"]]);
  });
  it("still reads goods before it in its own paragraph", () => {
    expect(threats("Port Report\n\n(Police found heroin the crew had smuggled.)")).toEqual([["smuggled", "drug_trafficking"]]);
  });
});

describe("a Spanish or Portuguese head before a threat's complement", () => {
  it("takes a head with one listed modifier before its link", () => {
    expect(threats("La policía desarticuló una red internacional de tráfico de opioides en el puerto.")).toEqual([["red internacional de tráfico de opioides", "drug_trafficking"]]);
    expect(threats("Las estructuras organizadas del narcotráfico controlan la frontera.")).toEqual([["estructuras organizadas del narcotráfico", "drug_trafficking"]]);
  });
  it("leaves a head and modifier that name a threat of their own apart", () => {
    expect(threats("Los grupos armados del narcotráfico avanzan.")).toEqual([
      ["grupos armados", "insurgency"],
      ["narcotráfico", "drug_trafficking"],
    ]);
  });
  it("takes no second head before a phrase that opens on its own head noun", () => {
    expect(threats("La violencia del grupo guerrillero afectó a la región.")).toEqual([["grupo guerrillero", "insurgency"]]);
    expect(threats("A polícia investiga a estrutura da organização criminosa no estado.")).toEqual([["organização criminosa", "organized_crime"]]);
  });
  it("still takes a head before a one-word threat noun", () => {
    expect(threats("Cayó la violencia de las pandillas en la capital.")).toEqual([["violencia de las pandillas", "gangs"]]);
  });
});

describe("`crime de` / `delito de` before a threat that stands alone", () => {
  it("leaves the legal head out, as for any other threat", () => {
    expect(threats("O acusado responde pelo crime de terrorismo no estado.")).toEqual([["terrorismo", "terrorism"]]);
    expect(threats("El juez lo procesó por el delito de terrorismo.")).toEqual([["terrorismo", "terrorism"]]);
  });
  it("keeps a listed phrase whose complement is no threat alone", () => {
    expect(threats("O acusado responde por crimes de terror no estado.")).toEqual([["crimes de terror", "terrorism"]]);
  });
});
