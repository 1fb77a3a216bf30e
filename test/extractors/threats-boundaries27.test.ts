import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Classes of threats27 (issues 18, 16), from the sets that joined DEV unread.
describe("hostages", () => {
  it("leaves a bare hostage untagged: the victim, not the act", () => {
    expect(threats("The envoy asked about the hostages and the hostage talks.")).toEqual([]);
  });

  it("still reads the taking of hostages", () => {
    expect(threats("Unknown men took hostage two engineers and held hostages for ransom.")).toEqual([
      ["took hostage", "kidnapping"],
      ["hostages for ransom", "kidnapping"],
    ]);
  });
});

describe("Spanish and Portuguese drug activities, producers and growers", () => {
  it("reads synthetic drugs and opioids as the drug of an activity", () => {
    expect(threats("La red controla el mercado de opioides y el tráfico de metanfetaminas.")).toEqual([
      ["mercado de opioides", "drug_trafficking"],
      ["tráfico de metanfetaminas", "drug_trafficking"],
    ]);
    expect(threats("O grupo dominava o comércio de crack na periferia.")).toEqual([["comércio de crack", "drug_trafficking"]]);
  });

  it("reads the bringing in of drugs as an activity", () => {
    expect(threats("El fiscal investiga la internación de droga por el norte.")).toEqual([["internación de droga", "drug_trafficking"]]);
  });

  it("reads a producer with a qualifier and a grower of a drug crop", () => {
    expect(threats("El país sigue siendo el mayor productor mundial de cocaína.")).toEqual([["productor mundial de cocaína", "drug_trafficking"]]);
    expect(threats("La provincia es el primer cultivador de hoja de coca.")).toEqual([["cultivador de hoja de coca", "drug_trafficking"]]);
    expect(threats("Los cocaleros bloquearon la carretera.")).toEqual([["cocaleros", "drug_trafficking"]]);
  });
});

describe("Spanish and Portuguese killings", () => {
  it("reads a rate of killings as one phrase", () => {
    expect(threats("La tasa de asesinatos bajó en el puerto.")).toEqual([["tasa de asesinatos", "homicide"]]);
    expect(threats("Os índices de assassinatos cresceram no interior.")).toEqual([["índices de assassinatos", "homicide"]]);
  });

  it("reads Brazil's class of intentional violent deaths, by name and by acronym", () => {
    expect(threats("A taxa de CVLI caiu, e os crimes violentos letais intencionais também.")).toEqual([
      ["taxa de CVLI", "homicide"],
      ["crimes violentos letais intencionais", "homicide"],
    ]);
  });
});

describe("names and time words around a threat word", () => {
  it("reads a one-word threat capitalized after a capitalized Spanish article inside a sentence as a name", () => {
    expect(threats("Los vecinos de la toma La Mula pidieron agua.")).toEqual([]);
    expect(threats("La extorsión creció en el barrio.")).toEqual([["extorsión", "extortion"]]);
  });

  it("does not take a weekday as the noun of a postposed attributive", () => {
    expect(threats("El presidente declaró este jueves terroristas a varios grupos de la zona.")).toEqual([["terroristas", "terrorism"]]);
  });
});

describe("terms a reader of the field expects", () => {
  it("reads nuclear weapons and a nuclear-free zone", () => {
    expect(threats("The summit declared a nuclear-free zone and condemned nuclear weapons.")).toEqual([
      ["nuclear-free", "proliferation"],
      ["nuclear weapons", "proliferation"],
    ]);
  });

  it("reads the refining of a drug, a windstorm and a legal qualifier of homicide", () => {
    expect(threats("Agents raided a heroin refining site.")).toEqual([["heroin refining", "drug_trafficking"]]);
    expect(threats("Un vendaval dejó sin techo a cuarenta casas.")).toEqual([["vendaval", "natural_disaster"]]);
    expect(threats("El juez lo condenó por homicidio criminis causa.")).toEqual([["homicidio criminis causa", "homicide"]]);
  });
});
