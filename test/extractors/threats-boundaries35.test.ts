import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats35 (issues 18, 16).
describe("a wire service's routing slug files a story: no threat in it", () => {
  it("reads the story's threats, not the slug's keywords", () => {
    expect(threats("r f BC-DRUG-CARTELS-HNS 03-02 0697\nSenators said drug cartels moved north.")).toEqual([["drug cartels", "organized_crime"]]);
    expect(threats("u w AM-PERU-REBELS 06-02 0089\nRebels attacked a police post in the north.")).toEqual([["Rebels", "insurgency"]]);
  });
  it("keeps a hyphenated threat word that no desk code opens", () => {
    expect(threats("The anti-corruption office opened a case.")).toEqual([["anti-corruption", "corruption"]]);
  });
});

describe("cyber threats in Spanish and Portuguese", () => {
  it("reads digital and cyber threats, intrusions into systems and data leaks", () => {
    expect(threats("El centro comparte información sobre amenazas digitales y una filtración de datos del ministerio.")).toEqual([
      ["amenazas digitales", "cybercrime"],
      ["filtración de datos", "cybercrime"],
    ]);
    expect(threats("A polícia investiga uma invasão a sistemas do tribunal e o vazamento de dados de eleitores.")).toEqual([
      ["invasão a sistemas", "cybercrime"],
      ["vazamento de dados", "cybercrime"],
    ]);
  });
});

describe("a bare smuggling word is the smuggling of the goods its clause names", () => {
  it("takes the goods named before or after it in the clause", () => {
    expect(threats("Police seized heroin which the crew intended to smuggle into the port.")).toEqual([["smuggle", "drug_trafficking"]]);
    expect(threats("The pills were smuggled in from the south by drug cartels.")).toEqual([
      ["smuggled", "drug_trafficking"],
      ["drug cartels", "organized_crime"],
    ]);
  });
  it("shares a coordinated threat's goods", () => {
    expect(threats("Cases of human trafficking and smuggling rose.")).toEqual([
      ["human trafficking", "human_trafficking"],
      ["smuggling", "migrant_smuggling"],
    ]);
  });
  it("stays the smuggling of goods where its clause names none", () => {
    expect(threats("Smugglers control the routes in the desert. Cocaine prices fell.")).toEqual([["Smugglers", "smuggling"]]);
  });
});
