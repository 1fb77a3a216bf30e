import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("a pandemic named by its own name", () => {
  it("tags the Spanish flu in three languages", () => {
    expect(threats("The port closed during the Spanish flu of 1918.")).toEqual([["Spanish flu", "pandemic"]]);
    expect(threats("El hospital atendió a los enfermos de la gripe española.")).toEqual([["gripe española", "pandemic"]]);
    expect(threats("A cidade perdeu muitos moradores na gripe espanhola.")).toEqual([["gripe espanhola", "pandemic"]]);
  });

  it("leaves a seasonal flu, a disease as a modifier and a cause of death alone", () => {
    expect(threats("The flu season in Spain was mild, and the queen wore a crown.")).toEqual([]);
    expect(threats("Clinics gave COVID-19 vaccines, and fewer people died of COVID.")).toEqual([]);
    expect(threats("Nurses listed the symptoms of coronavirus, and two guards tested positive for COVID-19.")).toEqual([]);
  });

  it("tags an English disease name that heads its phrase: the pandemic met", () => {
    expect(threats("The harbour stayed shut due to COVID, and the navy sent ships to combat COVID-19.")).toEqual([
      ["COVID", "pandemic"],
      ["COVID-19", "pandemic"],
    ]);
    expect(threats("Trade slowed after the COVID-19 pandemic reached the port.")).toEqual([["COVID-19 pandemic", "pandemic"]]);
  });

  it("leaves the disease name alone in Spanish, where the head comes first", () => {
    expect(threats("El gobierno estatal cambió el semáforo COVID a rojo, y cerró las escuelas por el COVID-19.")).toEqual([]);
  });
});
