import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

/** [text, category] of each threat mention. */
function threats(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...threatExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.category]);
}

// Classes found reading a random sample of never-annotated new text (threats11, sample A).
describe("actors and verbs missed on new text", () => {
  it("tags drug suppliers and crime rings", () => {
    expect(threats("Local drug suppliers switched to a cheaper opioid last winter.")).toEqual([["drug suppliers", "drug_trafficking"]]);
    expect(threats("Two crime rings split the harbour between them.")).toEqual([["crime rings", "organized_crime"]]);
  });

  it("reads peddlers of influence as corruption, not as traffickers", () => {
    expect(threats("Los traficantes de influencias rondaban los ministerios.")).toEqual([["traficantes de influencias", "corruption"]]);
    expect(threats("O traficante de influência cobrava uma comissão por reunião.")).toEqual([["traficante de influência", "corruption"]]);
  });

  it("tags the inflections of hackear as cybercrime", () => {
    expect(threats("Dicen que hackearon la red de la alcaldía dos veces.")).toEqual([["hackearon", "cybercrime"]]);
    expect(threats("Um grupo hackeou o portal do tribunal ontem.")).toEqual([["hackeou", "cybercrime"]]);
  });
});

describe("attacks named by their means", () => {
  it("tags suicide attacks and car bombs as terrorism in three languages", () => {
    expect(threats("Two suicide attacks hit the checkpoint at dawn.")).toEqual([["suicide attacks", "terrorism"]]);
    expect(threats("Un coche bomba estalló frente a la estación y hubo otro ataque suicida.")).toEqual([
      ["coche bomba", "terrorism"],
      ["ataque suicida", "terrorism"],
    ]);
    expect(threats("A polícia desarmou um carro-bomba perto do quartel.")).toEqual([["carro-bomba", "terrorism"]]);
  });

  it("keeps an attack and its car bomb one noun phrase", () => {
    expect(threats("Fue un atentado con un coche bomba contra la comandancia.")).toEqual([["atentado con un coche bomba", "terrorism"]]);
    expect(threats("O atentado com carro-bomba feriu três guardas.")).toEqual([["atentado com carro-bomba", "terrorism"]]);
  });
});

describe("arms control", () => {
  it("reads non-proliferation as a mention of proliferation, in each spelling", () => {
    expect(threats("Both states backed disarmament and non-proliferation talks.")).toEqual([["non-proliferation", "proliferation"]]);
    expect(threats("The nonproliferation agenda stalled in March.")).toEqual([["nonproliferation", "proliferation"]]);
  });
});

describe("idioms that name no threat", () => {
  it("leaves character assassination alone in three languages, and keeps a real one", () => {
    expect(threats("The senator called the ad campaign a character assassination.")).toEqual([]);
    expect(threats("Denunció una campaña de asesinato de imagen en su contra.")).toEqual([]);
    expect(threats("A deputada sofreu um assassinato de reputação nas redes.")).toEqual([]);
    expect(threats("The assassination of the judge shocked the province.")).toEqual([["assassination", "homicide"]]);
  });
});
