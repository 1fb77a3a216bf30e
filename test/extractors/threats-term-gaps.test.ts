import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Terms of threats.json's lists that real texts use and the lists lacked.
describe("threat terms the lists lacked", () => {
  it("reads crime qualified as international in Spanish and Portuguese as organized crime", () => {
    expect(threats("El tratado ayuda a combatir el crimen internacional en la región.")).toEqual([["crimen internacional", "organized_crime"]]);
    expect(threats("O acordo ajuda a combater o crime internacional na região.")).toEqual([["crime internacional", "organized_crime"]]);
  });

  it("reads nepotism, pimping and dollar laundering", () => {
    expect(threats("El informe señala el nepotismo en el municipio.")).toEqual([["nepotismo", "corruption"]]);
    expect(threats("La ley castiga el proxenetismo con cárcel.")).toEqual([["proxenetismo", "sexual_violence"]]);
    expect(threats("Lo investigan por el lavado de dólares en dos países.")).toEqual([["lavado de dólares", "money_laundering"]]);
  });

  it("reads an anti- compound of a drug name as a mention of drug trafficking", () => {
    expect(threats("The province launched anti-fentanyl measures last spring.")).toEqual([["anti-fentanyl", "drug_trafficking"]]);
  });
});
