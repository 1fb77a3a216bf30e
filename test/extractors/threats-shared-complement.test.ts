import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("a list of nouns that shares one complement (Spanish and Portuguese)", () => {
  it("is one mention from the first threat noun to the complement, though the nearest noun names no threat", () => {
    expect(threats("Según el ministro, la producción, tráfico y consumo de drogas sintéticas aumentaron en los puertos.")).toEqual([
      ["producción, tráfico y consumo de drogas sintéticas", "drug_trafficking"],
    ]);
    expect(threats("Preocupa el tráfico ilícito y el consumo indebido de estupefacientes entre los jóvenes del barrio.")).toEqual([
      ["tráfico ilícito y el consumo indebido de estupefacientes", "drug_trafficking"],
    ]);
  });

  it("leaves a list whose nouns make no threat with the complement, and traffic on the roads, untouched", () => {
    expect(threats("La salud, la educación y el consumo de drogas preocupan a los padres de familia.")).toEqual([]);
    expect(threats("El tráfico de la avenida y el ruido de los camiones molestan a los vecinos.")).toEqual([]);
    expect(threats("Já não se distinguem os países de trânsito e consumidores de drogas na região.")).toEqual([]);
    expect(threats("El tráfico ilícito de armas creció en la frontera norte.")).toEqual([["tráfico ilícito de armas", "arms_trafficking"]]);
  });

  it("widens over the nouns before a head whose adjectives stand between it and the complement", () => {
    expect(threats("Preocupa la producción y el tráfico ilícito de cocaína en la región andina.")).toEqual([
      ["producción y el tráfico ilícito de cocaína", "drug_trafficking"],
    ]);
    expect(threats("O cultivo e o tráfico ilícito de drogas cresceram na fronteira.")).toEqual([["cultivo e o tráfico ilícito de drogas", "drug_trafficking"]]);
  });

  it("leaves a noun before the head that makes no threat with the complement outside", () => {
    expect(threats("La pobreza y el tráfico ilícito de cocaína preocupan en la región andina.")).toEqual([["tráfico ilícito de cocaína", "drug_trafficking"]]);
  });
});
