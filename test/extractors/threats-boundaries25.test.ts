import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Boundary classes of threats25 (issue 18): the noun phrase of coordinated activity nouns.
describe("lists of activity nouns that share a drug complement", () => {
  it("takes the drug's sale and use into a list that shares its complement", () => {
    expect(threats("The agency now fights the cultivation, smuggling, sale, and use of illegal narcotics inland.")).toEqual([
      ["cultivation, smuggling, sale, and use of illegal narcotics", "drug_trafficking"],
    ]);
    expect(threats("Port officers allowed the sale and transportation of cocaine for years.")).toEqual([["sale and transportation of cocaine", "drug_trafficking"]]);
  });

  it("leaves a joining noun alone, or with no shared complement, outside", () => {
    expect(threats("The use of narcotics rose in the capital.")).toEqual([]);
    expect(threats("The plan targets drug trafficking and the use of narcotics by teenagers.")).toEqual([["drug trafficking", "drug_trafficking"]]);
    expect(threats("We will curb drug production, trafficking, and use in the valley.")).toEqual([["drug production, trafficking", "drug_trafficking"]]);
  });

  it("reads a hyphenated activity noun whole in a list", () => {
    expect(threats("The movement took no part in drug processing, trafficking, or trans-shipment then.")).toEqual([
      ["drug processing, trafficking, or trans-shipment", "drug_trafficking"],
    ]);
  });

  it("joins a Spanish or Portuguese noun of the drug's sale or use to a drug phrase's list", () => {
    expect(threats("El plan quiere frenar la venta y el tráfico de drogas en los barrios.")).toEqual([["venta y el tráfico de drogas", "drug_trafficking"]]);
    expect(threats("É urgente reduzir o consumo e tráfico de drogas nas escolas.")).toEqual([["consumo e tráfico de drogas", "drug_trafficking"]]);
    expect(threats("El consumo de drogas creció entre los jóvenes.")).toEqual([]);
  });
});

describe("vague amounts and gerunds of the drug trade", () => {
  it("carries a drug activity's complement over a vague amount, not over a figure or to persons", () => {
    expect(threats("The navy tracked the transportation of thousands of kilos of heroin across the strait.")).toEqual([
      ["transportation of thousands of kilos of heroin", "drug_trafficking"],
    ]);
    expect(threats("Crews ran the distribution of dozens of tons of cocaine last year.")).toEqual([["distribution of dozens of tons of cocaine", "drug_trafficking"]]);
    expect(threats("Crews ran the distribution of 40 tons of cocaine last year.")).toEqual([]);
  });

  it("reads a drug noun's -ing form with a direct drug object as the verb", () => {
    expect(threats("They bought precursors abroad, manufacturing methamphetamine in rented barns.")).toEqual([["manufacturing methamphetamine", "drug_trafficking"]]);
    expect(threats("The manufacturing sector shed jobs in the spring.")).toEqual([]);
  });
});

describe("a threat noun with a threat adjective after it (es/pt)", () => {
  it("makes one phrase of the noun and the adjective, the adjective's category", () => {
    expect(threats("El ministro prometió acabar con las maras terroristas que controlan los barrios del norte.")).toEqual([["maras terroristas", "terrorism"]]);
    expect(threats("Segundo o relatório, as quadrilhas terroristas que atuam na fronteira cresceram muito.")).toEqual([["quadrilhas terroristas", "terrorism"]]);
  });

  it("leaves a capitalized name or a noun of another number apart", () => {
    expect(threats("El ministro dijo que los secuestros y los terroristas preocupan a los vecinos del norte.")).toEqual([
      ["secuestros", "kidnapping"],
      ["terroristas", "terrorism"],
    ]);
  });
});

describe("a listed activity phrase with no determiner before it", () => {
  it("still takes the raw form of its drug", () => {
    expect(threats("Farm income fell as production of opium gum doubled in the valley.")).toEqual([["production of opium gum", "drug_trafficking"]]);
  });
});

describe("a commodity before contraband", () => {
  it("is one phrase, and commodities coordinated before it are a mention each", () => {
    expect(threats("Customs teams watch tobacco, copper and heroin contraband at the port.")).toEqual([
      ["tobacco", "smuggling"],
      ["copper", "smuggling"],
      ["heroin contraband", "drug_trafficking"],
    ]);
    expect(threats("Alcohol contraband rose last year.")).toEqual([["Alcohol contraband", "smuggling"]]);
  });
});

describe("agents of migrant smuggling", () => {
  it("reads a human coyote whole, as adjudicated (T8)", () => {
    expect(threats("Ranchers said human coyotes crossed the fence at night.")).toEqual([["human coyotes", "migrant_smuggling"]]);
  });
});
