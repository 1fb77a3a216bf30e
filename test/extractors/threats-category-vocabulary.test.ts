import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Each category's vocabulary in English, Spanish and Portuguese: acts, agents, set noun phrases and
// the penal codes' names of the offences (threats.json). Invented sentences.
describe("category vocabulary in three languages", () => {
  it("reads penal-code names of corruption offences", () => {
    expect(threats("O juiz responde por concussão e advocacia administrativa no tribunal.")).toEqual([
      ["concussão", "corruption"],
      ["advocacia administrativa", "corruption"],
    ]);
    expect(threats("La fiscalía lo acusa de concusión y prevaricato.")).toEqual([
      ["concusión", "corruption"],
      ["prevaricato", "corruption"],
    ]);
    expect(threats("A investigação apura a venda de sentenças e o desvio de recursos da prefeitura.")).toEqual([
      ["venda de sentenças", "corruption"],
      ["desvio de recursos", "corruption"],
    ]);
  });

  it("reads the agents and acts of drug trafficking", () => {
    expect(threats("The kingpin paid the coca farmers in cash.")).toEqual([
      ["kingpin", "drug_trafficking"],
      ["coca farmers", "drug_trafficking"],
    ]);
    expect(threats("La policía halló un laboratorio de cocaína en la sierra.")).toEqual([["laboratorio de cocaína", "drug_trafficking"]]);
  });

  it("reads armed factions and armed struggle as insurgency", () => {
    expect(threats("La facción disidente controla el río desde el año pasado.")).toEqual([["facción disidente", "insurgency"]]);
    expect(threats("Los grupos armados organizados reclutan jóvenes en la frontera.")).toEqual([["grupos armados organizados", "insurgency"]]);
    expect(threats("O movimento optou pela luta armada nos anos sessenta.")).toEqual([["luta armada", "insurgency"]]);
  });

  it("reads environmental crime named by its act", () => {
    expect(threats("La caza furtiva y la tala amenazan la reserva.")).toEqual([
      ["caza furtiva", "environmental_crime"],
      ["tala", "environmental_crime"],
    ]);
  });

  it("reads proliferation in Spanish and Portuguese", () => {
    expect(threats("El tratado prohíbe el uso de un arma biológica en la región.")).toEqual([["arma biológica", "proliferation"]]);
    expect(threats("A proposta busca evitar a nuclearização da região e as ogivas nucleares.")).toEqual([
      ["nuclearização", "proliferation"],
      ["ogivas nucleares", "proliferation"],
    ]);
  });

  it("reads illicit flows, with the goods' category where named", () => {
    expect(threats("The two agencies work to cut illicit flows across the river.")).toEqual([["illicit flows", "illicit_trafficking"]]);
    expect(threats("They also target illegal weapons flows to the south.")).toEqual([["illegal weapons flows", "arms_trafficking"]]);
  });

  it("reads terrorist acts named by their means", () => {
    expect(threats("The bomb attack killed two guards, and the bomb maker fled.")).toEqual([
      ["bomb attack", "terrorism"],
      ["bomb maker", "terrorism"],
    ]);
  });

  it("reads natural catastrophes and emergencies", () => {
    expect(threats("Las catástrofes naturales golpean la costa cada año.")).toEqual([["catástrofes naturales", "natural_disaster"]]);
    expect(threats("The island faced several natural emergencies last year.")).toEqual([["natural emergencies", "natural_disaster"]]);
  });

  it("reads laundering under its Andean legal name", () => {
    expect(threats("La ley castiga la legitimación de ganancias ilícitas con prisión.")).toEqual([["legitimación de ganancias ilícitas", "money_laundering"]]);
  });

  it("leaves words that are often no threat alone (deforestation, a Spanish verb spelled as an English storm)", () => {
    expect(threats("La deforestación del valle avanzó por la ganadería.")).toEqual([]);
    expect(threats("Las protestas se han tornado violentas en la capital.")).toEqual([]);
  });
});

// threats.json `gatedWords` and `grammar.nounMarkers`: words that name a threat only in some contexts.
describe("gated threat words", () => {
  it("reads terror coordinated with another threat or after war on, not as an emotion", () => {
    expect(threats("The regime spread violence, terror and subversion for years.").map((x) => x[0])).toContain("terror");
    expect(threats("The senator defended the war on terror in a long speech.")).toEqual([["terror", "terrorism"]]);
    expect(threats("A onda de crimes trouxe o fim da corrupção e do terror.")).toEqual([
      ["corrupção", "corruption"],
      ["terror", "terrorism"],
    ]);
    expect(threats("Los vecinos vivían en un clima de terror por el ruido.")).toEqual([]);
    expect(threats("The film is a classic of terror in the old house.")).toEqual([]);
  });

  it("reads killing as a noun after a possessive, numeral or ordinal", () => {
    expect(threats("The reporter’s killing shocked the town; in one killing the gunmen fled, and the third killing followed.").filter((x) => x[0] === "killing")).toHaveLength(3);
    expect(threats("Floods are killing livestock, and leaders asked to stop the killing.")).toEqual([]);
  });
});
