import { beforeAll, describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// The lexicon compiles on first use: slow on a busy machine, so once, outside the tests' time limit.
beforeAll(() => void threats("."), 300_000);

// Classes of threats30 (issues 18, 16), from the sets that joined DEV unread (blind 57-60).
describe("killings and their legal qualifiers", () => {
  it("keeps a killing's qualifier in its span, and a coordinated one alone", () => {
    expect(threats("The monitors listed arbitrary or unlawful killings and other politically motivated killings in the province.")).toEqual([
      ["arbitrary", "homicide"],
      ["unlawful killings", "homicide"],
      ["politically motivated killings", "homicide"],
    ]);
    expect(threats("Prosecutors opened cases on false positive killings and on other false positives, counting intentional deaths too.")).toEqual([
      ["false positive killings", "homicide"],
      ["false positives", "homicide"],
      ["intentional deaths", "homicide"],
    ]);
  });

  it("reads a rate of a singular killing noun", () => {
    expect(threats("A taxa de homicídio caiu e as taxas de feminicídio subiram no estado.")).toEqual([
      ["taxa de homicídio", "homicide"],
      ["taxas de feminicídio", "homicide"],
    ]);
  });
});

describe("armed revolts and their troops", () => {
  it("reads a revolt and mutineers as insurgency", () => {
    expect(threats("The troops ended the strike a week after the revolt, and the mutineers surrendered.")).toEqual([
      ["revolt", "insurgency"],
      ["mutineers", "insurgency"],
    ]);
  });

  it("keeps soldiers and combatants with an armed group's modifier", () => {
    expect(threats("Rebel soldiers met guerrilla combatants near the river.")).toEqual([
      ["Rebel soldiers", "insurgency"],
      ["guerrilla combatants", "insurgency"],
    ]);
  });
});

describe("gender violence and femicide in Spanish and Portuguese", () => {
  it("reads intrafamily violence's acronym and the femicide's author, not the spelled-out phrase (threats34: DEV gold 0 of 6)", () => {
    expect(threats("El hombre tenía denuncias por VIF y por violencia intrafamiliar; el femicida se entregó.")).toEqual([
      ["VIF", "sexual_violence"],
      ["femicida", "homicide"],
    ]);
  });

  it("reads lethal violence and violence against women without an article", () => {
    expect(threats("O estudo mede a violência letal e a violência contra mulher nos municípios.")).toEqual([
      ["violência letal", "homicide"],
      ["violência contra mulher", "sexual_violence"],
    ]);
  });
});

describe("bare narco after a noun", () => {
  it("reads narco before punctuation as the noun, not the first half of a compound", () => {
    expect(threats("Los ministros se reunieron por la amenaza narco. Crece la actividad de agrupaciones “narco” en el puerto.")).toEqual([
      ["narco", "drug_trafficking"],
      ["narco", "drug_trafficking"],
    ]);
    expect(threats("Es la llamada narco cultura del barrio.")).toEqual([]);
  });
});

describe("seizures of goods in Argentine and Bolivian Spanish", () => {
  it("reads secuestro of substances or a vehicle as a seizure, not a kidnapping", () => {
    expect(threats("La fuerza anunció el secuestro de sustancias ilícitas y se ha secuestrado un vehículo en la ruta.")).toEqual([]);
    expect(threats("Hubo cien paquetes de droga y un vehículo secuestrados en el operativo.")).toEqual([]);
    expect(threats("El secuestro de un empresario conmocionó a la ciudad.")).toEqual([["secuestro", "kidnapping"]]);
  });
});

describe("other terms", () => {
  it("reads weapons merchants, hacktivists, and a drug retail trade", () => {
    expect(threats("Money went to weapons merchants, while hacktivists leaked the files.")).toEqual([
      ["weapons merchants", "arms_trafficking"],
      ["hacktivists", "cybercrime"],
    ]);
    expect(threats("Os moradores temem o varejo de drogas e as narcomilícias crescem.")).toEqual([
      ["varejo de drogas", "drug_trafficking"],
      ["narcomilícias", "organized_crime"],
    ]);
  });
});
