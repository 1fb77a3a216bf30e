import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("Spanish and Portuguese threat words of presidential speech", () => {
  it("tags an attempt on a head of state, paedophiles, tax evasion and irregular forces", () => {
    expect(threats("El ministro confirmó que hubo un intento de magnicidio durante la visita del presidente a la ciudad.")).toEqual([["intento de magnicidio", "homicide"]]);
    expect(threats("El gobierno creó un registro de pedófilos y endureció las penas contra la evasión impositiva en todo el país.")).toEqual([
      ["pedófilos", "sexual_violence"],
      ["evasión impositiva", "fraud"],
    ]);
    expect(threats("El ejército vigila la frontera ante la entrada de fuerzas irregulares desde el país vecino.")).toEqual([["fuerzas irregulares", "insurgency"]]);
  });

  it("tags the concealment of assets of Brazil's laundering law and tax evasion", () => {
    expect(threats("O empresário foi denunciado por ocultação de bens e por evasão fiscal, segundo o Ministério Público.")).toEqual([
      ["ocultação de bens", "money_laundering"],
      ["evasão fiscal", "fraud"],
    ]);
  });

  it("leaves ordinary sentences alone", () => {
    expect(threats("El presidente visitó la ciudad y habló de las fuerzas del mercado y de la evasión del tráfico en la autopista.")).toEqual([]);
    expect(threats("A família fez a partilha de bens depois da morte do avô, segundo o advogado do inventário.")).toEqual([]);
  });
});

describe("a drug mule", () => {
  it("is a drug courier where the text speaks of crime", () => {
    expect(threats("Los traficantes reclutan jóvenes que cruzan la frontera como mulas con cocaína en el estómago.")).toEqual([
      ["traficantes", "illicit_trafficking"],
      ["mulas", "drug_trafficking"],
    ]);
  });

  it("is an animal elsewhere", () => {
    expect(threats("La mula cargaba leña por el camino de la montaña hasta el pueblo, y el campesino la seguía de cerca.")).toEqual([]);
    expect(threats("As mulas subiam a serra carregadas de café, e os tropeiros cantavam pelo caminho até a vila.")).toEqual([]);
  });
});
