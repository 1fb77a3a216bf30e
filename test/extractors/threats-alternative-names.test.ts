import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// A penal code's name of one offence by two alternative words is one mention (alternative-names.ts).
describe("two names of one offence offered as alternatives", () => {
  it("joins two one-word threats of one category across o/ou", () => {
    expect(threats("Fue condenado por plagio o secuestro en otra provincia.")).toEqual([["plagio o secuestro", "kidnapping"]]);
    expect(threats("Tenía causas por robo, secuestro o plagio y fraude.")).toEqual([["secuestro o plagio", "kidnapping"], ["fraude", "fraud"]]);
  });

  it("keeps threats of two categories and English paragraphs apart", () => {
    expect(threats("El acusado tenía causas abiertas por secuestro o extorsión en la provincia.")).toEqual([["secuestro", "kidnapping"], ["extorsión", "extortion"]]);
    expect(threats("He was charged with kidnapping or hostage-taking in the province.")).toEqual([["kidnapping", "kidnapping"], ["hostage-taking", "kidnapping"]]);
  });
});
