import { describe, expect, it } from "vitest";
import { claimTexts, es, pt } from "./numbers-helpers.js";

describe("a number word counting off a speaker's points (exclusions: list marker)", () => {
  it("is a list marker when it opens a clause with a comma right after it, as `(2)` is", () => {
    expect(claimTexts("The new rules are simple: one, every guard must register; two, a breach will be a felony; three, the fines double.")).toEqual([]);
    expect(claimTexts(es("Primero, revisamos las rutas del puerto. Dos, se habló con los países vecinos. Tres, México propuso un plan."))).toEqual([]);
  });

  it("leaves a count that opens a sentence, and an estimate with a second number after the comma, as they were", () => {
    expect(claimTexts("Two officers were wounded near the border crossing.")).toEqual(["Two"]);
    expect(claimTexts("Three, perhaps four, suspects fled across the river.")).toEqual(["Three", "perhaps four"]);
    expect(claimTexts(es("Dos agentes resultaron heridos en el cruce fronterizo."))).toEqual(["Dos"]);
  });
});

describe("a period that only places a time (numeric-non-claims.json sequenceLocators, pastMarkers)", () => {
  it("after `after` / `después de` / `após` with no link naming what lasted, as `three months later` does", () => {
    expect(claimTexts("The truce held, but after three months the fighting in the valley grew worse.")).toEqual([]);
    expect(claimTexts(es("El diagnóstico se confirma después de 14 días, con la segunda prueba."))).toEqual([]);
    expect(claimTexts(pt("A operação recomeçou após duas semanas, com novos agentes."))).toEqual([]);
  });

  it("after `ago` following any counted noun, as `5 days ago` does", () => {
    expect(claimTexts("The clash at the palace two weekends ago ended the crisis.")).toEqual([]);
  });

  it("leaves a period that names what lasted, and a count before other words, as they were", () => {
    expect(claimTexts("The rebels signed the accord after 52 years of fighting in the hills.")).toEqual(["52 years"]);
    expect(claimTexts(es("Se rindió tras más de 20 años de guerra en la sierra."))).toEqual(["más de 20 años"]);
    expect(claimTexts("Two weekends of raids led to 40 arrests before the summit.")).toEqual(["Two", "40"]);
  });
});

describe("a bill, a resolution, an order or a channel named by number (numeric-non-claims.json identifierHeads)", () => {
  it("names it: `S. 1315`, `H. Con. Res. 263`, `order number 17`, `Channel 4`, `Canal 14`", () => {
    expect(claimTexts("The Senate passed S. 1315 and the House H. Con. Res. 263 in the same week.")).toEqual([]);
    expect(claimTexts("The authority issued order number 17, and Channel 4 aired the hearing.")).toEqual([]);
    expect(claimTexts(es("El reportero del Canal 14 preguntó por el operativo."))).toEqual([]);
  });

  it("leaves a count after `U.S.`, whose last letter is no Senate head, as it was", () => {
    expect(claimTexts("After the raid the U.S. 15 people were flown home.")).toEqual(["15"]);
    expect(claimTexts(es("La policía detuvo a 14 personas cerca del canal."))).toEqual(["14"]);
  });
});

describe("a number naming an anniversary (numeric-non-claims.json occasionNouns)", () => {
  it("stands for its ordinal and counts nothing, as `the 112th anniversary` does", () => {
    expect(claimTexts("The president spoke on the 112 anniversary of the revolution.")).toEqual([]);
    expect(claimTexts(es("El presidente habló en el 112 aniversario de la Revolución."))).toEqual([]);
    expect(claimTexts(pt("O governo celebrou o 35 aniversário da Constituição."))).toEqual([]);
  });

  it("leaves a count before other nouns, near an anniversary or not, as it was", () => {
    expect(claimTexts("The president met 112 veterans on the anniversary of the revolution.")).toEqual(["112"]);
    expect(claimTexts(es("En el aniversario del golpe marcharon 50 organizaciones por la ciudad."))).toEqual(["50"]);
  });
});

describe("a check digit hyphened to a number (exclusions: identifier)", () => {
  it("makes an account or a code of it: no range runs down from hundreds to one digit", () => {
    expect(claimTexts(pt("O tribunal bloqueou as contas correntes 10.492-2 e 11.251-8 da empresa."))).toEqual([]);
    expect(claimTexts(pt("A firma, de código 213-5, recebeu 40 contratos."))).toEqual(["40"]);
  });

  it("leaves a range and a number before a longer one as they were", () => {
    expect(claimTexts(pt("Entre 100-150 pessoas foram detidas na operação."))).toEqual(["Entre 100-150"]);
    expect(claimTexts("Police seized 300 rifles and 20-30 pistols.")).toEqual(["300", "20-30"]);
  });
});

describe("a numbered subsection opening its line (exclusions: list marker)", () => {
  it("is a section marker: `12.1.` with its full stop, after a finished line, before a capital", () => {
    expect(claimTexts(pt("Os moradores relatam o seguinte:\n12.1. Agentes entraram na casa sem mandado.\n12.2. Que poucos dias depois voltaram."))).toEqual([]);
  });

  it("leaves a decimal that opens a wrapped line, and one inside a sentence, as they were", () => {
    expect(claimTexts("The capital had a homicide rate of\n42.5 homicides per 100,000 residents. The rate fell to 12.1. Police said so.")).toEqual([
      "42.5",
      "12.1",
    ]);
  });
});
