import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("compounds of narco- and para-", () => {
  it("tags drug trafficking organizations and their members, joined or hyphened", () => {
    expect(threats("El fiscal pidió desmantelar cada narco-organización de la región y embargar los bienes de los narcocriminales detenidos.")).toEqual([
      ["narco-organización", "drug_trafficking"],
      ["narcocriminales", "drug_trafficking"],
    ]);
    expect(threats("La patrulla halló tres narcolaboratorios ocultos en la selva del sur del país.")).toEqual([["narcolaboratorios", "drug_trafficking"]]);
  });

  it("tags the capture of politics by traffickers or paramilitaries as corruption, and a narco-guerrilla as insurgency", () => {
    expect(threats("El senador habló de la narcopolítica y de la parapolítica que dañaron al Congreso durante años.")).toEqual([
      ["narcopolítica", "corruption"],
      ["parapolítica", "corruption"],
    ]);
    expect(threats("The report called the group a narco-guerrilla that taxed the farmers of the valley.")).toEqual([["narco-guerrilla", "insurgency"]]);
  });

  it("leaves politics, organizations and laboratories alone", () => {
    expect(threats("La política del Congreso, la organización del censo y los laboratorios de la universidad mejoraron este año.")).toEqual([]);
  });
});
