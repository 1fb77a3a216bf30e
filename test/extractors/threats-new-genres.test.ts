import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Classes of threat errors on the new genres of the real-text sets (court opinions, floor
// statements, press releases, Brazilian news): each case below is invented.
describe("threats on new genres", () => {
  it("reads drug couriers and drug runners as drug trafficking actors", () => {
    expect(threats("Agents stopped two heroin couriers at the crossing.")).toEqual([["heroin couriers", "drug_trafficking"]]);
    expect(threats("The senator wants the drug runners prosecuted.")).toEqual([["drug runners", "drug_trafficking"]]);
  });

  it("reads a Brazilian milícia as organized crime and the Portuguese plural of cartel", () => {
    expect(threats("A polícia prendeu dois milicianos na zona oeste, onde a milícia cobra taxas.")).toEqual([
      ["milicianos", "organized_crime"],
      ["milícia", "organized_crime"],
    ]);
    expect(threats("O governo promete combater os cartéis e o tráfico de drogas.")).toEqual([
      ["cartéis", "organized_crime"],
      ["tráfico de drogas", "drug_trafficking"],
    ]);
    // Portuguese writes a poster `cartaz`: its `cartel` needs no other crime word near it.
    expect(threats("Washington prometeu agir contra os cartéis.")).toEqual([["cartéis", "organized_crime"]]);
  });

  it("keeps the head of a designation and ransom hostages in the span; an act of terrorism is the threat alone", () => {
    // threats28: the DEV gold leaves `acts of` out five times (blind 26, blind 46) and keeps it once.
    expect(threats("The bomber committed an act of terrorism downtown.")).toEqual([["terrorism", "terrorism"]]);
    expect(threats("The list names each state sponsor of terrorism.")).toEqual([["state sponsor of terrorism", "terrorism"]]);
    expect(threats("The militia holds dozens of hostages for ransom.")).toEqual([
      ["militia", "insurgency"],
      ["hostages for ransom", "kidnapping"],
    ]);
    expect(threats("The skiff was flagged as a smuggler of contraband.")).toEqual([["smuggler of contraband", "smuggling"]]);
  });
});

describe("threat terms of the new genres", () => {
  it("reads beheading verbs and rapto as homicide and kidnapping", () => {
    expect(threats("Os corpos dos dois rapazes foram encontrados decapitados.")).toEqual([["decapitados", "homicide"]]);
    expect(threats("La policía halló tres cuerpos descabezados en la carretera.")).toEqual([["descabezados", "homicide"]]);
    expect(threats("A família denunciou o rapto do filho.")).toEqual([["rapto", "kidnapping"]]);
  });

  it("reads illegal crossings, a nuclear weapons program and terrorist killings", () => {
    expect(threats("The new unit will stop illegal crossings at the river.")).toEqual([["illegal crossings", "migrant_smuggling"]]);
    expect(threats("The regime kept its nuclear weapons program secret.")).toEqual([["nuclear weapons program", "proliferation"]]);
    expect(threats("The police tied the exile to the terrorist killings.")).toEqual([["terrorist killings", "terrorism"]]);
  });

  it("reads no threat in a web address", () => {
    expect(threats("canonicalUrl: https://www.example.com/noticias/juez-mantiene-juicio-por-secuestro/\n\nEl juez habló.")).toEqual([]);
  });
});

describe("an escaped JSON string", () => {
  it("reads its escaped line breaks as breaks, so the word after one is whole", () => {
    // A text saved as a string body is known by its many escaped breaks (core's string-escapes.json).
    const raw = String.raw`"OPINION\n\nThe agent explained how\n\ndrug trafficking works.\n\nThe boat was a known\nsmuggler of contraband.\n\nThe court agreed.\n\n-20-\n\f"`;
    expect(threats(raw)).toEqual([
      ["drug trafficking", "drug_trafficking"],
      ["smuggler of contraband", "smuggling"],
    ]);
  });

  it("leaves a text with a few backslashes as it is", () => {
    expect(threats(String.raw`See C:\new\drug trafficking.txt and drug trafficking.`)).toEqual([["drug trafficking", "drug_trafficking"]]);
  });
});

describe("Spanish and Portuguese legal-offence wording", () => {
  it("reads offences against life, white-collar crime, illegal capital and cyber incidents", () => {
    expect(threats("El plan busca reducir la impunidad en los delitos contra la vida.")).toEqual([["delitos contra la vida", "homicide"]]);
    expect(threats("La fiscalía persigue la delincuencia de cuello blanco.")).toEqual([["delincuencia de cuello blanco", "fraud"]]);
    expect(threats("La economía vive de capitales ilícitos.")).toEqual([["capitales ilícitos", "money_laundering"]]);
    expect(threats("El centro responderá a incidentes cibernéticos en la red pública.")).toEqual([["incidentes cibernéticos", "cybercrime"]]);
    expect(threats("Los grupos de criminales organizados reclutan a jóvenes.")).toEqual([["grupos de criminales organizados", "organized_crime"]]);
  });
});

describe("violent acts a text names as a threat", () => {
  it("reads a bombing as terrorism where the text speaks of terrorism, as a noun only", () => {
    expect(threats("The exile is a known terrorist. He planned the bombing of a ferry, and both bombings killed tourists.")).toEqual([
      ["terrorist", "terrorism"],
      ["bombing", "terrorism"],
      ["bombings", "terrorism"],
    ]);
    expect(threats("The bombing of the bridge ended the siege.")).toEqual([]);
    expect(threats("A terrorist group fled after planes began bombing hill camps.")).toEqual([["terrorist group", "terrorism"]]);
  });
});

describe("homicide phrases of the news", () => {
  it("keeps violence that a homicide adjective qualifies, and a multiplier before a homicide", () => {
    expect(threats("La meta es reducir la violencia homicida en la capital.")).toEqual([["violencia homicida", "homicide"]]);
    expect(threats("The report tracks homicidal violence in the border states.")).toEqual([["homicidal violence", "homicide"]]);
    expect(threats("O caso passou a ser investigado como triplo homicídio.")).toEqual([["triplo homicídio", "homicide"]]);
  });
});

describe("English piracy", () => {
  it("reads piracy at sea as organized crime and the piracy of products as smuggling, as in Spanish and Portuguese", () => {
    expect(threats("Congress may define and punish Piracies and Felonies committed on the high Seas.")).toEqual([["Piracies", "organized_crime"]]);
    expect(threats("The campaign targets the piracy of films sold in street markets.")).toEqual([["piracy", "smuggling"]]);
  });
});

describe("a violent threat in Spanish and Portuguese", () => {
  it("keeps violento after a head-first threat in its noun phrase", () => {
    expect(threats("El alcalde dijo que la ciudad fue tomada por pandillas violentas.")).toEqual([["pandillas violentas", "gangs"]]);
    expect(threats("Depois de homicídios violentos, os corpos são escondidos.")).toEqual([["homicídios violentos", "homicide"]]);
  });
});

describe("a sexual offence with its victims", () => {
  it("keeps the victims after against in the span (after `sexual exploitation of` they stay out, as the held-out gold)", () => {
    expect(threats("The bill raises penalties for sexual offences against children.")).toEqual([["sexual offences against children", "sexual_violence"]]);
  });
});

describe("measures and ties named by a threat", () => {
  it("reads homicide levels and execution rates as homicide, a terrorist affiliation as terrorism", () => {
    expect(threats("Homicide levels fell in the capital.")).toEqual([["Homicide levels", "homicide"]]);
    expect(threats("The state with the highest execution rates was in the north.")).toEqual([["execution rates", "homicide"]]);
    expect(threats("Police arrested a man with a terrorist affiliation.")).toEqual([["terrorist affiliation", "terrorism"]]);
  });
});

describe("a classifying adjective in -orio after a head-first threat", () => {
  it("keeps it in the phrase, not a noun of that ending", () => {
    expect(threats("El plan castiga la extorsión cobratoria a los comerciantes.")).toEqual([["extorsión cobratoria", "extortion"]]);
    expect(threats("O tráfico território adentro preocupa a polícia.")).toEqual([["tráfico", "illicit_trafficking"]]);
  });
});
