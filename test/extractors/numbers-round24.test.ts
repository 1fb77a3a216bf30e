import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

describe("a count in parentheses after a name (exclusions.ts isCountAfterName)", () => {
  it("is a count, not a list's place: `Cusco (41) y Puno (17)`, `Bahia (8), Ceará (6)`", () => {
    expect(claims(es("Los robos se concentraron en el invierno en Cusco (41) y Puno (17)."))).toEqual([
      ["41", 41, undefined, undefined],
      ["17", 17, undefined, undefined],
    ]);
    expect(claims(pt("Os casos foram registrados na Bahia (8), Ceará (6) e Piauí (2)."))).toEqual([
      ["8", 8, undefined, undefined],
      ["6", 6, undefined, undefined],
      ["2", 2, undefined, undefined],
    ]);
  });

  it("leaves list markers as they were: `(1) training, (2) equipment and (3) funding`", () => {
    expect(claims("The plan has parts: (1) training, (2) equipment and (3) funding.")).toEqual([]);
    expect(claims("The Board reviewed Items (1) and (2) of the agenda.")).toEqual([]);
  });
});

describe("Spanish and Portuguese amounts written in groups (number.ts)", () => {
  it("reads thousands grouped by a single space: `3 512 denuncias`, `1 750 000 soles`", () => {
    expect(claims(es("En el semestre se registraron 3 512 denuncias por robo en la capital."))).toEqual([["3 512", 3512, "denuncias", undefined]]);
    expect(claims(es("El fondo recibió 1 750 000 soles del gobierno regional."))).toEqual([["1 750 000 soles", 1750000, "PEN", undefined]]);
  });

  it("leaves numbers of a row set in columns apart: `14 208 3`", () => {
    expect(claims(es("La fila dice 14 208 3 casos en el cuadro."))).toEqual([
      ["14", 14, undefined, undefined],
      ["208", 208, undefined, undefined],
      ["3", 3, "casos", undefined],
    ]);
  });

  it("reads the thousands of millions in digits as one amount: `31 mil 450 millones`", () => {
    expect(claims(es("El presupuesto llegó a 31 mil 450\nmillones de pesos en el año."))).toEqual([["31 mil 450\nmillones", 31450000000, "pesos", undefined]]);
  });
});

describe("Spanish and Portuguese age brackets (hedges.json ranges upperBounds; an article after the opener)", () => {
  it("reads `entre los 13 y los 16 años` as one range", () => {
    expect(claims(es("La medida alcanza a los menores entre los 13 y los 16 años en el país."))).toEqual([["13 y los 16 años", [13, 16], "years", undefined]]);
  });

  it("reads `14 y menos de 16 años` as a bracket from 14 to 16", () => {
    expect(claims(es("Se aplica a quienes tienen 14 y menos de 16 años en el sistema."))).toEqual([["14 y menos de 16 años", [14, 16], "years", undefined]]);
    expect(claims(pt("A lei trata dos que têm 14 e menos de 16 anos no sistema."))).toEqual([["14 e menos de 16 anos", [14, 16], "years", undefined]]);
  });

  it("leaves two counts joined by `y` without an opener or a bound as two claims", () => {
    expect(claims(es("Murieron 5 y 7 personas quedaron heridas en el ataque."))).toEqual([
      ["5", 5, undefined, undefined],
      ["7", 7, "personas", undefined],
    ]);
  });
});

describe("Spanish periods that place a moment (numeric-non-claims.json hedgedLocators, anniversaries)", () => {
  it("reads `hace más de tres años` as a moment, `desde hace más de tres años` as a duration", () => {
    expect(claims(es("El ministro visitó la frontera hace más de tres años para firmar el acuerdo."))).toEqual([]);
    expect(claims(es("La guerra dura desde hace más de tres años en la frontera."))).toEqual([["más de tres años", 3, "years", "more than"]]);
  });

  it("reads `a los 15 años de su muerte` as a moment, `a 15 años de prisión` as a claim", () => {
    expect(claims(es("Le recordaron a los 15 años de su muerte en la plaza."))).toEqual([]);
    expect(claims(es("A casi cuatro años de la firma, el acuerdo sigue sin cumplirse."))).toEqual([]);
    expect(claims(es("Fue condenado a 15 años de prisión por el tribunal."))).toEqual([["15 años", 15, "years", undefined]]);
  });

  it("reads the time to an event over a limiting adverb, or before an aside's dash, as a moment (numbers47)", () => {
    expect(claims(es("Estamos a solo tres semanas de la Navidad y la ciudad sigue en alerta."))).toEqual([]);
    expect(claims(es("El ataque ocurrió -a escasos diez minutos- de la salida del ministro."))).toEqual([]);
    expect(claims(pt("Estamos a apenas duas semanas da eleição e o clima é tenso."))).toEqual([]);
    // Before a name the link says nothing of an event: the period after `a solo` is what the court gave.
    expect(claims(es("Lo condenaron a solo 3 años de Prisión Preventiva, dijo el juez."))).toEqual([["3 años", 3, "years", undefined]]);
  });
});

describe("note marks set apart after a sentence's stop (note-marks.ts afterStop)", () => {
  it("drops marks in sequence between sentences: `… 40%. 2 On May 3, …`", () => {
    const text = "Duties rose to 25% on imports from both countries. 1 He gave them a reprieve. Later duties reached 40%. 2 On May 3, the duties took effect.";
    expect(claims(text)).toEqual([
      ["25%", 25, "percent", undefined],
      ["40%", 40, "percent", undefined],
    ]);
  });

  it("keeps a count that opens a sentence without a mark before or after it in the same shape", () => {
    expect(claims("The convoy was ambushed near the border. 5 Marines were wounded in the attack.")).toEqual([["5", 5, "Marines", undefined]]);
  });
});

describe("multiples told by a verb in the present, gerund or infinitive (number-words.json multiples)", () => {
  it("reads `casi triplica`, `duplicando`, `duplicam` and `halved` as multiples", () => {
    expect(claims(es("La cifra casi triplica la del año anterior en la provincia."))).toEqual([["casi triplica", 3, "times", "nearly"]]);
    expect(claims(es("El Cauca suma 40 casos, duplicando los de cualquier otra región."))).toEqual([
      ["40", 40, "casos", undefined],
      ["duplicando", 2, "times", undefined],
    ]);
    expect(claims(pt("Os roubos duplicam no verão na capital do estado."))).toEqual([["duplicam", 2, "times", undefined]]);
    expect(claims("Violence in the province was halved over the decade.")).toEqual([["halved", 0.5, "times", undefined]]);
  });
});

describe("formula dollars and short-month dates", () => {
  it("reads `$12,5 \\%$` (LaTeX math) as a share, not a currency", () => {
    expect(claims(es("Los robos crecieron un $12,5 \\%$ respecto al año anterior."))).toEqual([["12,5 \\%", 12.5, "percent", undefined]]);
  });

  it("reads a day joined by a hyphen to a month's short name as a date: `12-ago-95`, `3-Mar`", () => {
    expect(claims(es("1995\tCaptura del líder del cartel\t12-ago-95\tnacional"))).toEqual([]);
    expect(claims("The raid took place on 3-Mar and 40 people were arrested.")).toEqual([["40", 40, "people", undefined]]);
  });
});

describe("a rank noun before digits with a total (number-words.json ranks rankNouns, rankOutOf)", () => {
  it("reads `el puesto 41 de 120` as rank 41, the total in its span", () => {
    expect(claims(es("El índice sitúa al país en el puesto 41 de 120 países evaluados."))).toEqual([["puesto 41 de 120", 41, "rank", undefined]]);
    expect(claims(pt("O estado ficou na posição 7 de 27 unidades da federação."))).toEqual([["posição 7 de 27", 7, "rank", undefined]]);
  });

  it("leaves a rank noun without a total as it was", () => {
    expect(claims(es("El equipo quedó en el puesto 12 del torneo regional."))).toEqual([["12", 12, undefined, undefined]]);
  });
});

describe("the key of a comma-separated row (exclusions.ts isCsvRowKey)", () => {
  it("drops an id that opens a line with a cell glued after it, keeps the counts inside", () => {
    const csv = ['4410021,"O deputado disse que 35 policiais foram feridos.",FULANO,PT,SP', '4410022,- Tem a palavra o deputado.,CICLANO,PL,RJ'].join("\n");
    expect(claimTexts(csv)).toEqual(["35"]);
  });
});

describe("the document's decimal mark is read from numbers standing alone (format.ts)", () => {
  it("takes no evidence from numbers glued to letters (`6.9MB`, `v2.1`)", () => {
    const text = pt('Baixe o relatório (<a size="6.9MB">PDF 6.9MB</a>, <a size="2.5MB">anexo 2.5MB</a>). O ministério registrou 411.586 casos em 2017.');
    // A file's size is a measure (units.json megabytes; `anexo 2.5MB` reads as an annex's number); the count keeps its thousands point.
    expect(claims(text)).toEqual([
      ["6.9MB", 6.9, "megabytes", undefined],
      ["411.586", 411586, "casos", undefined],
    ]);
  });
});

describe("a program's numbered problems (numeric-non-claims.json es/pt identifierHeads Problema)", () => {
  it("reads `Problema 4.` as a heading's number, not a count", () => {
    expect(claims(es("Problema 4. Altos niveles de extorsión en 12 regiones del país."))).toEqual([["12", 12, "regiones", undefined]]);
  });
});

describe("`aproximado de` after a noun is its adjective (hedges.json es qualifiers)", () => {
  it("leaves it out of the span; `un aproximado de` stays a hedge", () => {
    expect(claims(es("El contrabando generó un movimiento aproximado de 300 millones de dólares."))).toEqual([["300 millones", 300000000, "USD", undefined]]);
    expect(claims(es("Llegaron un aproximado de 500 personas a la plaza."))).toEqual([["un aproximado de 500", 500, "personas", "approximately"]]);
  });
});
