import { describe, expect, it } from "vitest";
import { claimTexts as texts, es, pt } from "./numbers-helpers.js";

describe("a year said with its last two digits (numeric-non-claims.json shortYears)", () => {
  it("reads two digits after a time preposition and its article, or after a month, as a year", () => {
    expect(texts(es("La obra debe quedar lista antes del 26, y en el 27 se abrirá al público con 40 trenes."))).toEqual(["40"]);
    expect(texts(es("A finales del 25 tiene que operar la planta; desde marzo de 21 se contrataron 300 técnicos."))).toEqual(["300"]);
  });

  it("keeps a rank, a share and a count said after the same article", () => {
    expect(texts(es("El estado ocupa el 14 lugar nacional y en el 35 por ciento de los municipios hubo 12 detenidos."))).toEqual([
      "14",
      "35 por ciento",
      "12",
    ]);
    expect(texts(es("Para el 2026 se esperan 18 patrullas y el 31 de mayo llegan otras 20."))).toEqual(["18", "20"]);
  });
});

describe("numbers counted off one by one", () => {
  it("reads a run of bare numbers going up by one that ends its clause as counting, not as quantities", () => {
    expect(texts(es("Bueno, vamos con las preguntas. Una, dos, tres, cuatro. Adelante, compañera."))).toEqual([]);
    expect(texts(es("En la gráfica se ven 19, 20 y 21, y en total hubo 52 casos."))).toEqual(["52"]);
  });

  it("keeps a list of quantities, a run that goes on to a unit, and numbers that do not go up by one", () => {
    expect(texts(es("Los fallecidos fueron 8, 9 y 10 por año."))).toEqual(["8", "9", "10 por año"]);
    expect(texts("The patrols found 3, 4 and 5 tons.")).toEqual(["3", "4", "5 tons"]);
    expect(texts(es("Se detuvo a dos, cuatro y seis personas en tres días."))).toEqual(["dos", "cuatro", "seis", "tres días"]);
  });
});

describe("zero on its own", () => {
  it("reads a bare zero without a unit or a counted noun as no count (a slogan or an absence)", () => {
    expect(texts("The pact aims at net zero by 2050 and a zero tolerance policy for 12 cartels.")).toEqual(["12"]);
    expect(texts(es("El gobierno promete cero impunidad y tolerancia cero ante 40 bandas."))).toEqual(["40"]);
  });

  it("keeps a zero that counts a noun or carries a unit", () => {
    expect(texts("The mission reported zero casualties and zero percent growth.")).toEqual(["zero", "zero percent"]);
    expect(texts(es("En la zona hubo cero homicidios."))).toEqual(["cero"]);
  });
});

describe("a day of the month after a day name (numeric-non-claims.json weekdays)", () => {
  
  it("reads a day number that ends its clause after a day name as a date", () => {
    expect(texts(pt("O governador falou nesta quinta-feira, 18. Foram presos 12 suspeitos."))).toEqual(["12"]);
    expect(texts(pt("A reunião de sexta feira (9) aprovou 30 projetos."))).toEqual(["30"]);
    expect(texts(es("Lo anunció el día martes 16, y se detuvo a 80 personas."))).toEqual(["80"]);
  });

  it("keeps a count after a day name", () => {
    expect(texts("On Monday, 15 officers were hurt and on Friday 22 more.")).toEqual(["15", "22"]);
    expect(texts(pt("Na sexta-feira, 45 policiais chegaram."))).toEqual(["45"]);
  });
});

describe("a unit's abbreviation that is also a verb (units.json verbHomographs)", () => {
  it("reads Spanish `ha` before a participle as the verb: the number carries no unit", () => {
    expect(texts(es("Desde 2019 ha crecido la red; de 75 sesiones, en 61 ha estado el gobernador."))).toEqual(["75", "61"]);
  });

  it("keeps hectares before anything else", () => {
    expect(texts(es("Se erradicaron 40 ha sembradas de amapola y 12 ha de coca."))).toEqual(["40 ha", "12 ha"]);
  });
});
