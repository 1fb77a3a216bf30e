import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Classes found reading a random sample of never-annotated new text (threats11, sample A).
describe("actors and verbs missed on new text", () => {
  it("tags drug suppliers and crime rings", () => {
    expect(threats("Local drug suppliers switched to a cheaper opioid last winter.")).toEqual([["drug suppliers", "drug_trafficking"]]);
    expect(threats("Two crime rings split the harbour between them.")).toEqual([["crime rings", "organized_crime"]]);
  });

  it("reads peddlers of influence as corruption, not as traffickers", () => {
    expect(threats("Los traficantes de influencias rondaban los ministerios.")).toEqual([["traficantes de influencias", "corruption"]]);
    expect(threats("O traficante de influência cobrava uma comissão por reunião.")).toEqual([["traficante de influência", "corruption"]]);
  });

  it("tags the inflections of hackear as cybercrime", () => {
    expect(threats("Dicen que hackearon la red de la alcaldía dos veces.")).toEqual([["hackearon", "cybercrime"]]);
    expect(threats("Um grupo hackeou o portal do tribunal ontem.")).toEqual([["hackeou", "cybercrime"]]);
  });
});

describe("attacks named by their means", () => {
  it("tags suicide attacks and car bombs as terrorism in three languages", () => {
    expect(threats("Two suicide attacks hit the checkpoint at dawn.")).toEqual([["suicide attacks", "terrorism"]]);
    expect(threats("Un coche bomba estalló frente a la estación y hubo otro ataque suicida.")).toEqual([
      ["coche bomba", "terrorism"],
      ["ataque suicida", "terrorism"],
    ]);
    expect(threats("A polícia desarmou um carro-bomba perto do quartel.")).toEqual([["carro-bomba", "terrorism"]]);
  });

  it("keeps an attack and its car bomb one noun phrase", () => {
    expect(threats("Fue un atentado con un coche bomba contra la comandancia.")).toEqual([["atentado con un coche bomba", "terrorism"]]);
    expect(threats("O atentado com carro-bomba feriu três guardas.")).toEqual([["atentado com carro-bomba", "terrorism"]]);
  });
});

describe("arms control", () => {
  it("reads non-proliferation as a mention of proliferation, in each spelling", () => {
    expect(threats("Both states backed disarmament and non-proliferation talks.")).toEqual([["non-proliferation", "proliferation"]]);
    expect(threats("The nonproliferation agenda stalled in March.")).toEqual([["nonproliferation", "proliferation"]]);
  });
});

describe("idioms that name no threat", () => {
  it("leaves character assassination alone in three languages, and keeps a real one", () => {
    expect(threats("The senator called the ad campaign a character assassination.")).toEqual([]);
    expect(threats("Denunció una campaña de asesinato de imagen en su contra.")).toEqual([]);
    expect(threats("A deputada sofreu um assassinato de reputação nas redes.")).toEqual([]);
    expect(threats("The assassination of the judge shocked the province.")).toEqual([["assassination", "homicide"]]);
  });
});

// Classes found on blind 13 and blind 14 (threats12): the whole noun phrase of a threat.
describe("financing of a threat is one span", () => {
  it("tags proliferation financing in three languages", () => {
    expect(threats("The bank screens clients for proliferation financing every quarter.")).toEqual([["proliferation financing", "proliferation"]]);
    expect(threats("La ley castiga el financiamiento de la proliferación de armas de destrucción masiva.")).toEqual([
      ["financiamiento de la proliferación de armas de destrucción masiva", "proliferation"],
    ]);
    expect(threats("O relatório trata do financiamento da proliferação com cuidado.")).toEqual([["financiamento da proliferação", "proliferation"]]);
  });

  it("keeps proliferation and its weapons one span", () => {
    expect(threats("Temen la proliferación de armas de destrucción masiva en la región.")).toEqual([["proliferación de armas de destrucción masiva", "proliferation"]]);
    expect(threats("Discutiram a proliferação de armas de destruição em massa ontem.")).toEqual([["proliferação de armas de destruição em massa", "proliferation"]]);
  });

  it("tags the financing of terrorist acts", () => {
    expect(threats("Se investigó la financiación de actos terroristas en dos bancos.")).toEqual([["financiación de actos terroristas", "terrorism"]]);
    expect(threats("A lei pune o financiamento de atos terroristas no país.")).toEqual([["financiamento de atos terroristas", "terrorism"]]);
  });
});

describe("attempts and named kinds of a crime", () => {
  it("keeps an attempt in the span", () => {
    expect(threats("Police foiled an attempted kidnapping near the school.")).toEqual([["attempted kidnapping", "kidnapping"]]);
    expect(threats("Hubo un intento de secuestro en la avenida.")).toEqual([["intento de secuestro", "kidnapping"]]);
    expect(threats("Houve uma tentativa de sequestro no bairro.")).toEqual([["tentativa de sequestro", "kidnapping"]]);
  });

  it("tags bank and consumer fraud whole", () => {
    expect(threats("Bank fraud rose while consumer fraud fell.")).toEqual([
      ["Bank fraud", "fraud"],
      ["consumer fraud", "fraud"],
    ]);
  });

  it("tags the illegal holding of people as kidnapping", () => {
    expect(threats("El informe cita la retención ilegal de personas en la zona rural.")).toEqual([["retención ilegal de personas", "kidnapping"]]);
  });
});

describe("head nouns with a drug-trafficking adjective", () => {
  it("tags drug-trafficking organizations as one span in Spanish and Portuguese", () => {
    expect(threats("La marina golpeó a las organizaciones narcotraficantes del Caribe.")).toEqual([["organizaciones narcotraficantes", "drug_trafficking"]]);
    expect(threats("A polícia desarticulou duas organizações narcotraficantes na fronteira.")).toEqual([["organizações narcotraficantes", "drug_trafficking"]]);
  });
});

describe("environmental crimes named in Spanish and Portuguese", () => {
  it("tags environmental offences and predatory fishing", () => {
    expect(threats("Os agentes combatem ilícitos ambientais na reserva.")).toEqual([["ilícitos ambientais", "environmental_crime"]]);
    expect(threats("La pesca predatoria agota el lago.")).toEqual([["pesca predatoria", "environmental_crime"]]);
    expect(threats("A pesca predatória ameaça o rio.")).toEqual([["pesca predatória", "environmental_crime"]]);
  });

  it("tags launderers of capital as money laundering", () => {
    expect(threats("Los blanqueadores de capitales usan empresas fantasma.")).toEqual([["blanqueadores de capitales", "money_laundering"]]);
  });
});

describe("the end of a head-first phrase", () => {
  it("stops before a verb that has an adjective's ending and takes an object", () => {
    expect(threats("Além disso, a pesca ilegal prejudica os ribeirinhos da região.")).toEqual([["pesca ilegal", "environmental_crime"]]);
    expect(threats("La minería ilegal perjudica los ríos del sur.")).toEqual([["minería ilegal", "environmental_crime"]]);
    // An adjective of the same ending still belongs when no article follows it.
    expect(threats("La extorsión telefónica creció este año.")).toEqual([["extorsión telefónica", "extortion"]]);
  });
});

describe("threat words that open a group's name", () => {
  it("leaves Guerrilla and Rebel alone before a capitalized name word, and keeps them otherwise", () => {
    expect(threats("The Guerrilla Army of the Poor signed the accord.")).toEqual([]);
    expect(threats("Members of the Rebel Armed Forces laid down arms.")).toEqual([]);
    expect(threats("Guerrillas attacked the outpost at night.")).toEqual([["Guerrillas", "insurgency"]]);
  });
});

describe("coordinated activities that share a commodity", () => {
  it("reads the diversion of arms as arms trafficking, and joins it to a trafficking before it", () => {
    expect(threats("Inspectors traced the diversion of weapons from a depot.")).toEqual([["diversion of weapons", "arms_trafficking"]]);
    expect(threats("The mission tracks illicit trafficking and diversion of arms at the ports.")).toEqual([["illicit trafficking and diversion of arms", "arms_trafficking"]]);
    expect(threats("The auditors found a diversion of funds.")).toEqual([]);
  });

  it("tags drug processing and transportation as drug trafficking", () => {
    expect(threats("Cocaine processing moved closer to the border.")).toEqual([["Cocaine processing", "drug_trafficking"]]);
    expect(threats("The map shows coca processing and transportation routes.")).toEqual([["coca processing and transportation", "drug_trafficking"]]);
  });
});

describe("more named threats from blind 13", () => {
  it("tags criminal corporations as organized crime, not any corporation", () => {
    expect(threats("Criminal corporations bought the port terminals.")).toEqual([["Criminal corporations", "organized_crime"]]);
    expect(threats("A transnational corporation bought the port terminals.")).toEqual([]);
  });

  it("tags the transport of illicit substances as drug trafficking", () => {
    expect(threats("La patrulla frenó el transporte de sustancias ilícitas por mar.")).toEqual([["transporte de sustancias ilícitas", "drug_trafficking"]]);
    expect(threats("O tráfico de substâncias ilícitas cresceu no porto.")).toEqual([["tráfico de substâncias ilícitas", "drug_trafficking"]]);
  });

  it("tags gender-based violence in Spanish and Portuguese", () => {
    expect(threats("Se abrió un caso por violencia basada en género.")).toEqual([["violencia basada en género", "sexual_violence"]]);
    expect(threats("O juiz tratou da violência baseada em gênero.")).toEqual([["violência baseada em gênero", "sexual_violence"]]);
  });
});

describe("drug activities that share a head", () => {
  it("keeps drug activities and the head after the last one one span", () => {
    expect(threats("Police broke up drug processing and trafficking organizations in the valley.")).toEqual([["drug processing and trafficking organizations", "drug_trafficking"]]);
    expect(threats("They named drug production and trafficking networks.")).toEqual([["drug production and trafficking networks", "drug_trafficking"]]);
  });
});

describe("names opened by a Spanish article in English", () => {
  it("leaves a threat word alone after El or La in an English paragraph, and keeps it otherwise", () => {
    expect(threats("The reviewers asked what El Narco would add to the shelf.")).toEqual([]);
    expect(threats("Narco violence rose along the border this year.")).toEqual([["Narco", "drug_trafficking"]]);
  });
});
