import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A record read only in some languages (organizations.json `languages`): a seat's name names its
// government in Spanish and Portuguese news, and is a venue or a title's word in English.
describe("a government named by its seat", () => {
  it("is the government in Spanish and Portuguese", () => {
    expect(named("A través de su cuenta en la red social, la Casa Blanca publicó la lista de las ciudades con más homicidios, y el alcalde respondió que no lo vamos a permitir.")).toEqual([
      ["Casa Blanca", "White House"],
    ]);
    expect(named("Os Estados Unidos, segundo a Casa Branca, vão agir contra as facções criminosas que atuam na região da fronteira com o Brasil.")).toEqual([["Casa Branca", "White House"]]);
  });

  it("is no body in English", () => {
    expect(named("The delegation was led by White House Homeland Security Advisor Ana Ruiz, who went back to the White House to meet the President.")).toEqual([]);
  });
});
