import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Classes of threats28 (issues 18, 16), from the sets that joined DEV unread (blind 49-52).
describe("named storms", () => {
  it("tags a storm with its name as one natural disaster", () => {
    expect(threats("Hurricane Rosalind destroyed the bridges, and Tropical Storm Agatha flooded the valley.")).toEqual([
      ["Hurricane Rosalind", "natural_disaster"],
      ["Tropical Storm Agatha", "natural_disaster"],
    ]);
  });

  it("reads Spanish and Portuguese storms the same way", () => {
    expect(threats("El Huracán Rosalinda dejó miles de damnificados en la costa.")).toEqual([["Huracán Rosalinda", "natural_disaster"]]);
  });

  it("keeps the bare class noun and drops the word that closes another name", () => {
    expect(threats("Hurricanes remain a threat to the islands. The air force bought the Eurofighter Typhoon.")).toEqual([
      ["Hurricanes", "natural_disaster"],
    ]);
  });
});

describe("drug bosses and mass killings", () => {
  it("reads a drug boss or leader as a drug trafficker", () => {
    expect(threats("Police arrested a purported drug boss and a cocaine leader in the port.")).toEqual([
      ["drug boss", "drug_trafficking"],
      ["cocaine leader", "drug_trafficking"],
    ]);
  });

  it("keeps mass and fatal in a killing's span", () => {
    expect(threats("The commander ordered mass killings, and one fatal shooting followed.")).toEqual([
      ["mass killings", "homicide"],
      ["fatal shooting", "homicide"],
    ]);
  });
});

describe("laundering with its object", () => {
  it("spans the verb and what is laundered, a determiner and modifiers between", () => {
    expect(threats("The brokers helped the ring launder their illicit proceeds abroad.")).toEqual([["launder their illicit proceeds", "money_laundering"]]);
    expect(threats("Two firms support the network by laundering illicit narcotics proceeds.")).toEqual([
      ["laundering illicit narcotics proceeds", "money_laundering"],
    ]);
  });
});

describe("acts of terrorism", () => {
  it("tags the threat after `acts of`, not the acts", () => {
    expect(threats("Both agencies work to prevent further acts of terrorism against citizens.")).toEqual([["terrorism", "terrorism"]]);
  });
});

describe("an attempt on a person's life in Spanish and Portuguese", () => {
  it("leaves an atentado against a candidate or by shots untagged", () => {
    expect(threats("La fiscalía investiga un atentado contra un candidato a la alcaldía.")).toEqual([]);
    expect(threats("O vereador sofreu um atentado a tiros e a polícia apura um atentado contra candidato.")).toEqual([]);
  });

  it("still tags an atentado on a building as terrorism", () => {
    expect(threats("El atentado contra la embajada dejó decenas de muertos.")).toEqual([["atentado", "terrorism"]]);
  });
});

describe("Spanish and Portuguese actors and offences of the armed conflict and of kidnapping", () => {
  it("reads insurgents, captors and the kidnapped", () => {
    expect(threats("Los insurrectos atacaron el cuartel. Los migrantes habían sido raptados y huyeron cuando desaparecieron sus captores.")).toEqual([
      ["insurrectos", "insurgency"],
      ["raptados", "kidnapping"],
      ["captores", "kidnapping"],
    ]);
  });

  it("reads the offence of illicit groupings as organized crime", () => {
    expect(threats("El fiscal abrió un proceso por el delito de agrupaciones ilícitas.")).toEqual([["agrupaciones ilícitas", "organized_crime"]]);
  });

  it("reads an armed group's dissidents where crime is spoken of, not political dissidents", () => {
    expect(threats("La policía incautó una tonelada de cocaína a disidentes de las FARC en la selva.")).toEqual([["disidentes", "insurgency"]]);
    expect(threats("El gobierno encarceló a varios disidentes y escritores por sus opiniones en la isla.")).toEqual([]);
  });
});

describe("a member head after a group's name", () => {
  it("leaves the name's head word untagged: the group is an organization", () => {
    expect(threats("Troops detained the Gulf Cartel boss near the border.")).toEqual([]);
  });

  it("still reads a cartel's members named by the class noun", () => {
    expect(threats("Troops detained two cartel bosses near the border.")).toEqual([["cartel bosses", "organized_crime"]]);
  });
});

describe("a hedging adjective before a Spanish or Portuguese actor", () => {
  it("leaves potencial, posible and eventual out, as presunto", () => {
    expect(threats("A comunidade quer manter potenciais extremistas na linha.")).toEqual([["extremistas", "terrorism"]]);
    expect(threats("La policía vigila a posibles terroristas en la frontera.")).toEqual([["terroristas", "terrorism"]]);
  });
});
