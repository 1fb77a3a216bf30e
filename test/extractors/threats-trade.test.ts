import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("the drug trade's roles and activities", () => {
  it("tags couriers, suppliers and bosses of the drug trade in three languages", () => {
    expect(threats("Investigators said a small drug ring hired burriers on weekends.")).toEqual([
      ["drug ring", "drug_trafficking"],
      ["burriers", "drug_trafficking"],
    ]);
    expect(threats("El juez condenó a dos pasantes de cocaína y a un proveedor de drogas del puerto.")).toEqual([
      ["pasantes de cocaína", "drug_trafficking"],
      ["proveedor de drogas", "drug_trafficking"],
    ]);
    expect(threats("Os barões das drogas pagavam aos fornecedores de maconha; a traficância seguia.")).toEqual([
      ["barões das drogas", "drug_trafficking"],
      ["fornecedores de maconha", "drug_trafficking"],
      ["traficância", "illicit_trafficking"],
    ]);
  });

  it("leaves a bare intern alone", () => {
    expect(threats("Los pasantes del hospital llegaron temprano.")).toEqual([]);
  });

  it("reads the plural article of the drug complement", () => {
    expect(threats("Creció el trasiego de las drogas hacia el norte del país.")).toEqual([["trasiego de las drogas", "drug_trafficking"]]);
    expect(threats("No interior cresceu o comércio das drogas nas cidades pequenas.")).toEqual([["comércio das drogas", "drug_trafficking"]]);
  });

  it("tags a counter-drug compound in Spanish", () => {
    expect(threats("La fiscalía antidrogas abrió tres casos.")).toEqual([["antidrogas", "drug_trafficking"]]);
  });

  it("tags an illegal trade with no commodity as illicit trafficking", () => {
    expect(threats("El comercio ilegal dejó grandes ganancias en la frontera.")).toEqual([["comercio ilegal", "illicit_trafficking"]]);
    expect(threats("Os lucros do comércio ilegal cresceram na fronteira.")).toEqual([["comércio ilegal", "illicit_trafficking"]]);
  });
});

describe("the commodity decides the category", () => {
  it("takes arms after a Romance head and before a participle", () => {
    expect(threats("A polícia prendeu traficantes de armas e apreendeu armas contrabandeadas no porto.")).toEqual([
      ["traficantes de armas", "arms_trafficking"],
      ["armas contrabandeadas", "arms_trafficking"],
    ]);
    expect(threats("Cresceu a entrada de armas contrabandeadas pela fronteira.")).toEqual([["entrada de armas contrabandeadas", "arms_trafficking"]]);
    expect(threats("O governo combate o tráfico de armas contrabandeadas do norte.")).toEqual([["tráfico de armas contrabandeadas", "arms_trafficking"]]);
    expect(threats("Capturaron a traficantes de armas en la sierra.")).toEqual([["traficantes de armas", "arms_trafficking"]]);
  });

  it("reads a trade verb with its drug object inside a relative clause", () => {
    expect(threats("Police watched the brokers that sell the drug near the docks.")).toEqual([["sell the drug", "drug_trafficking"]]);
    expect(threats("The port banned that export of bananas.")).toEqual([]);
  });

  it("reads an English moving verb with a drug object only after a trade verb", () => {
    expect(threats("The crew would buy and bring methamphetamine north.")).toEqual([]);
    expect(threats("The crew would sell and bring methamphetamine north.")).toEqual([["sell and bring methamphetamine", "drug_trafficking"]]);
    expect(threats("The trucks transport bananas and bring tourists to the coast.")).toEqual([]);
  });
});

describe("word senses that are no threat", () => {
  it("reads a Portuguese seizure of property as no kidnapping", () => {
    expect(threats("O tribunal ordenou o sequestro de bens do prefeito e o sequestro de R$ 3 milhões; os imóveis sequestrados serão leiloados.")).toEqual([]);
    expect(threats("A defesa contestou os sequestros dos imóveis da família.")).toEqual([]);
    expect(threats("O sequestro do empresário durou dois dias.")).toEqual([["sequestro", "kidnapping"]]);
  });

  it("does not tag the head of a gang's own name", () => {
    expect(threats("Leaders of the XB-7 and 21 gangs met in the yard. One member of the 21 gang refused.")).toEqual([]);
  });

  it("still tags a count of gangs", () => {
    expect(threats("Police counted 40 gangs in the port district.")).toEqual([["gangs", "gangs"]]);
  });
});

describe("armed wings", () => {
  it("reads an armed wing beside a cartel as organized crime", () => {
    expect(threats("Los cárteles del norte formaron brazos armados propios.")).toEqual([
      ["cárteles", "organized_crime"],
      ["brazos armados", "organized_crime"],
    ]);
    expect(threats("O cartel montou um braço armado na fronteira.")).toEqual([
      ["cartel", "organized_crime"],
      ["braço armado", "organized_crime"],
    ]);
  });

  it("leaves an armed wing with no crime beside it alone", () => {
    expect(threats("El partido negó tener un brazo armado en la sierra.")).toEqual([]);
  });
});

describe("moving and selling drugs named as nouns (threats9)", () => {
  it("transport, transportation and marketing of a drug are its trade, alone or coordinated", () => {
    expect(threats("The cell handled the transport of cocaine for the northern route.")).toEqual([["transport of cocaine", "drug_trafficking"]]);
    expect(threats("Some landowners profit from the transportation, distribution, or marketing of illegal drugs in the valley.")).toEqual([
      ["transportation, distribution, or marketing of illegal drugs", "drug_trafficking"],
    ]);
    expect(threats("The ministry improved the transport of bananas to the coast.")).toEqual([]);
  });

  it("a drug before distribution names the trade; a prescription drug's does not", () => {
    expect(threats("The mayor denounced heroin distribution along the river.")).toEqual([["heroin distribution", "drug_trafficking"]]);
    expect(threats("The bill regulates prescription drug distribution by licensed wholesalers.")).toEqual([]);
  });
});

describe("gang and kidnapping kinds (threats9)", () => {
  it("a biker or motorcycle gang is a gang, a ransom kidnapping a kidnapping", () => {
    expect(threats("The province formed a task force against biker gangs and one motorcycle gang in particular.")).toEqual([
      ["biker gangs", "gangs"],
      ["motorcycle gang", "gangs"],
    ]);
    expect(threats("Ransom kidnappings fell sharply last year.")).toEqual([["Ransom kidnappings", "kidnapping"]]);
  });
});

describe("a focusing word ends a coordinated commodity (threats9)", () => {
  it("`especially` or `including` singles out part of the commodity, it adds no item", () => {
    expect(threats("The envoy condemned the trafficking of persons, particularly girls and boys, in the region.")).toEqual([["trafficking of persons", "human_trafficking"]]);
    expect(threats("The envoy condemned the trafficking of persons, girls and boys in the region.")).toEqual([["trafficking of persons, girls and boys", "human_trafficking"]]);
  });
});

describe("raw drug forms, sexual exploitation of a person, hostage taking (threats9)", () => {
  it("a drug's raw form after it belongs to the phrase", () => {
    expect(threats("The valley became a major producer of coca leaves and the production of opium gum rose.")).toEqual([
      ["producer of coca leaves", "drug_trafficking"],
      ["production of opium gum", "drug_trafficking"],
    ]);
  });

  it("commercial sexual exploitation is one phrase; the victim after it is left out, as the held-out gold does", () => {
    expect(threats("The report documents the sexual exploitation of women and the commercial sexual exploitation of children.")).toEqual([
      ["sexual exploitation", "sexual_violence"],
      ["commercial sexual exploitation", "sexual_violence"],
    ]);
  });

  it("captura de reféns / rehenes is hostage taking, a movement of guerrillas an insurgency", () => {
    expect(threats("Os sequestradores ameaçaram a captura de reféns e o movimento de guerrilha ganhou força na fronteira do Brasil.")).toEqual([
      ["sequestradores", "kidnapping"],
      ["captura de reféns", "kidnapping"],
      ["movimento de guerrilha", "insurgency"],
    ]);
    expect(threats("La columna negó la captura de rehenes en la selva.")).toEqual([["captura de rehenes", "kidnapping"]]);
  });
});

describe("modifiers before an activity phrase (threats9)", () => {
  it("an illicit or illegal before coordinated activities belongs to their phrase", () => {
    expect(threats("The treaty targets the illicit manufacture and trafficking of synthetic drugs in the hemisphere.")).toEqual([
      ["illicit manufacture and trafficking of synthetic drugs", "drug_trafficking"],
    ]);
    expect(threats("The treaty targets the manufacture and trafficking of synthetic drugs in the hemisphere.")).toEqual([
      ["manufacture and trafficking of synthetic drugs", "drug_trafficking"],
    ]);
  });
});

describe("a trade takes its commodity as a complement", () => {
  it("reads `trade in`/`trade of` a listed commodity as one phrase of the commodity's category", () => {
    expect(threats("Delegates spoke on the illicit trade in small arms and light weapons for an hour.")).toEqual([
      ["illicit trade in small arms and light weapons", "arms_trafficking"],
    ]);
    expect(threats("A new Plan Against the Illicit Trade in Small Arms and Light Weapons was signed.")).toEqual([
      ["Illicit Trade in Small Arms and Light Weapons", "arms_trafficking"],
    ]);
    expect(threats("Officers said the trade of cocaine had moved inland.")).toEqual([["trade of cocaine", "drug_trafficking"]]);
  });

  it("leaves a trade in ordinary goods alone", () => {
    expect(threats("Ministers agreed to lower tariffs on the trade in steel and textiles.")).toEqual([]);
  });
});

describe("a list of commodities is closed by a conjunction", () => {
  it("does not run over a comma into a verb phrase", () => {
    expect(threats("Donors vowed to curb the trafficking of synthetic drugs, detect emerging drug threats and fund clinics.")).toEqual([
      ["trafficking of synthetic drugs", "drug_trafficking"],
    ]);
  });

  it("keeps a list that a conjunction closes", () => {
    expect(threats("Agents tracked the trafficking of cocaine, heroin, and methamphetamine for months.")).toEqual([
      ["trafficking of cocaine, heroin, and methamphetamine", "drug_trafficking"],
    ]);
  });
});
