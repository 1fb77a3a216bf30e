import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("a region's or a city's adjective after a Spanish or Portuguese threat", () => {
  it("belongs to the threat's noun phrase, as a country adjective does", () => {
    expect(threats("O relatório da polícia descreve as facções criminosas cariocas e o modo como elas agem nos bairros.")).toEqual([["facções criminosas cariocas", "organized_crime"]]);
    expect(threats("El informe de la policía describe a los cárteles sinaloenses y su manera de operar en la sierra.")).toEqual([["cárteles sinaloenses", "organized_crime"]]);
  });

  it("takes a coordinated place adjective along: one mention", () => {
    expect(threats("A cocaína chegava às facções criminosas paulistas e cariocas pelo porto, segundo a investigação da polícia.")).toEqual([["facções criminosas paulistas e cariocas", "organized_crime"]]);
    expect(threats("A droga seguia para as facções criminosas paulista e mineira, segundo a investigação da polícia federal.")).toEqual([["facções criminosas paulista e mineira", "organized_crime"]]);
  });

  it("takes a list of place adjectives closed by a conjunction along: one mention", () => {
    expect(threats("A droga seguia para as facções criminosas paulistas, cariocas e mineiras pelas rodovias federais.")).toEqual([
      ["facções criminosas paulistas, cariocas e mineiras", "organized_crime"],
    ]);
  });

  it("leaves a comma after a place adjective that opens another threat, or closes nothing, outside", () => {
    expect(threats("As facções criminosas paulistas, os roubos e os assaltos assustam a cidade.")).toEqual([["facções criminosas paulistas", "organized_crime"]]);
    expect(threats("Viu as facções criminosas cariocas, mineiras, nada mais.")).toEqual([["facções criminosas cariocas", "organized_crime"]]);
  });

  it("leaves a place adjective that follows no threat alone", () => {
    expect(threats("As praias cariocas e os museus paulistas receberam muitos turistas durante o verão, segundo a prefeitura.")).toEqual([]);
  });
});
