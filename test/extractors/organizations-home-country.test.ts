import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

describe("a bare national body of the country a text is plainly about", () => {
  it("is that country's body, named from the country, not another country's listed body", () => {
    const text =
      "La Dirección Nacional de Control de Drogas informó que agentes de República Dominicana interceptaron una lancha en Barahona. " +
      "En el operativo participaron la Fuerza Aérea y el Ejército.\n\n" +
      "Según los agentes, la carga venía de una ruta que termina en México.\n\n" +
      "Las autoridades de República Dominicana siguen la investigación.";
    const out = named(text);
    expect(out).toContainEqual(["Fuerza Aérea", "Fuerza Aérea de República Dominicana"]);
    expect(out).toContainEqual(["Ejército", "Ejército de República Dominicana"]);
  });

  it("counts the country a text names by name, not the nationality of the people it speaks of", () => {
    const text =
      "The Central Bank said on Monday that Venezuelan migrants had sent more money home this year. " +
      "Venezuelan nationals now number in the thousands, a Venezuelan consul said.\n\n" +
      "Officials in Trinidad and Tobago disputed the figure, and the Trinidad and Tobago Government asked for a review. " +
      "Banks in Trinidad and Tobago were asked for their own data.";
    const out = named(text);
    expect(out).toContainEqual(["Central Bank", "Central Bank of Trinidad and Tobago"]);
  });

  it("is what an acronym of the name it was given spells", () => {
    const text =
      "The Central Bank said on Monday that Venezuelan migrants keep arriving. " +
      "Officials in Trinidad and Tobago met in Port of Spain, and a minister of Trinidad and Tobago said " +
      "Trinidad and Tobago would help.\n\nThe CBTT later published its own estimate.";
    expect(named(text)).toContainEqual(["CBTT", "Central Bank of Trinidad and Tobago"]);
  });

  it("still takes the body of the country its own sentence names", () => {
    const text =
      "Officials in Trinidad and Tobago met twice this week. Trinidad and Tobago officials then flew to Caracas.\n\n" +
      "In Venezuela, the Central Bank published new figures.";
    expect(named(text)).toContainEqual(["Central Bank", "Central Bank of Venezuela"]);
  });
});

describe("an organization name that begins with a country name with `and` in it", () => {
  it("begins where the country name does", () => {
    expect(named("Fishermen asked the Trinidad and Tobago Government for help after the storm.")).toEqual([
      ["Trinidad and Tobago Government", "Government of Trinidad and Tobago"],
    ]);
  });
});
