import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// ANNOTATION.md: a compound that counters a one-word threat is a mention whole; before a
// multi-word threat the prefix is left out. Spanish and Portuguese write the prefix joined.
describe("Spanish and Portuguese counter compounds", () => {
  it("tags a compound of a one-word threat whole, in its own language", () => {
    expect(threats("El senado votó una reforma antiterrorista y creó una brigada antisecuestro en la capital.")).toEqual([
      ["antiterrorista", "terrorism"],
      ["antisecuestro", "kidnapping"],
    ]);
    expect(threats("A prefeitura lançou um plano anti-homicídios e uma ouvidoria anticorrupção no bairro.")).toEqual([
      ["anti-homicídios", "homicide"],
      ["anticorrupção", "corruption"],
    ]);
  });

  it("leaves a joined prefix out of a multi-word threat", () => {
    expect(threats("La oficina antitrata de personas abrió dos sedes nuevas.")).toEqual([["trata de personas", "human_trafficking"]]);
    expect(threats("O banco reforçou o setor antilavagem de dinheiro neste ano.")).toEqual([["lavagem de dinheiro", "money_laundering"]]);
  });

  it("gives the adjectives after a compound to the noun it qualifies", () => {
    expect(threats("La cooperación antiterrorista regional avanzó poco.")).toEqual([["antiterrorista", "terrorism"]]);
    expect(threats("Una fiscalía anticorrupción especializada revisó los contratos.")).toEqual([["anticorrupción", "corruption"]]);
  });

  it("leaves words that only begin like the prefix alone", () => {
    expect(threats("Los antiguos vecinos del barrio recuerdan una postura antidemocrática y antisocial del alcalde.")).toEqual([]);
    expect(threats("As antigas casas da praça receberam um festival antirracista no domingo.")).toEqual([]);
  });

  it("tags a compound joined to `contra` whole, and one whose r or s the prefix doubles", () => {
    expect(threats("El ejército creó una unidad de contrainsurgencia y un grupo contraterrorista en la frontera.")).toEqual([
      ["contrainsurgencia", "insurgency"],
      ["contraterrorista", "terrorism"],
    ]);
    expect(threats("A polícia criou uma divisão antissequestro e um núcleo de contraterrorismo no estado.")).toEqual([
      ["antissequestro", "kidnapping"],
      ["contraterrorismo", "terrorism"],
    ]);
  });

  it("tags the counter-laundering compound that names no money", () => {
    expect(threats("El congreso aprobó la ley antilavado y el banco cumplió las normas antilavagem.")).toEqual([
      ["antilavado", "money_laundering"],
      ["antilavagem", "money_laundering"],
    ]);
  });

  it("leaves the preposition `contra` and words that begin with it alone", () => {
    expect(threats("La policía firmó un contrato para vigilar la costa contra el contrabando y contra el terrorismo.")).toEqual([
      ["contrabando", "smuggling"],
      ["terrorismo", "terrorism"],
    ]);
    expect(threats("O lavado das roupas e a lavagem do carro ficaram para depois.")).toEqual([]);
  });
});
