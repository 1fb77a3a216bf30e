import { describe, expect, it } from "vitest";
import { romanceValue } from "../../packages/extractors/src/numbers/tokenize.js";
import { claimTexts, es, pt } from "./numbers-helpers.js";

describe("periods that place a time (numeric-non-claims.json relativeTimeWords, anniversaries)", () => {
  it("reads a period before a phrase of two words that places it (`más tarde`, `mais tarde`) as no claim", () => {
    expect(claimTexts(es("Cinco semanas más tarde, la patrulla detuvo a 12 contrabandistas."))).toEqual(["12"]);
    expect(claimTexts(pt("Duas semanas mais tarde, a polícia prendeu 9 suspeitos."))).toEqual(["9"]);
  });

  it("reads `a N días de que …` (the time since an event) as no claim", () => {
    expect(claimTexts(es("A 4 días de que empezó la feria, la policía detuvo a 20 carteristas."))).toEqual(["20"]);
  });

  it("keeps a period that measures how long something lasted", () => {
    expect(claimTexts(es("La feria duró 4 días y la policía detuvo a 20 carteristas."))).toEqual(["4 días", "20"]);
  });
});

describe("page furniture: telephone labels, numbered street addresses (numeric-non-claims.json phones; exclusions.ts)", () => {
  it("reads numbers after a switchboard label or a two-word label before a colon as a telephone number", () => {
    expect(claimTexts(es("Oficina Central\nPBX: (44) (2) 5551234 Línea Gratuita: 02 7000 123456\n\nEn la zona hubo 31 desplazados este mes."))).toEqual(["31"]);
  });

  it("reads the house number after `#` in a numbered street's address as no claim", () => {
    expect(claimTexts(es("La sede queda en la Calle 45 # 12-30, Ciudad Norte, y atiende a 300 personas."))).toEqual(["300"]);
  });

  it("keeps a range that is no house number", () => {
    expect(claimTexts(es("Hubo 12-30 heridos en la Calle 45 del centro."))).toEqual(["12-30"]);
  });
});

describe("comma-separated records with short keys (exclusions.ts isCsvRowKey)", () => {
  it("reads a short key opening a row before a quoted or capitalized cell as the record's id", () => {
    const csv = pt(["id,titulo,corpo", '0,Prefeito é denunciado,"A operação prendeu 14 pessoas."', '1,"Sanções novas",A nota não cita nomes.'].join("\n"));
    expect(claimTexts(csv)).toEqual(["14"]);
  });

  it("keeps a short number opening a line before a lower-case word", () => {
    expect(claimTexts(pt("Foram registrados:\n12,mortos na cidade segundo a polícia."))).toContain("12");
  });
});

describe("a day of the month after a day's name (exclusions.ts isDate)", () => {
  it("reads the day after a weekday with a word after it that is no counted noun as a date", () => {
    expect(claimTexts(pt("O jornal publicou nesta quarta-feira 11 pela manhã que 40 agentes foram afastados."))).toEqual(["40"]);
  });

  it("keeps a count after a weekday", () => {
    expect(claimTexts("On Tuesday 15 officers were hurt in the riot.")).toEqual(["15"]);
  });
});

describe("a note's text run into the page (note-marks.ts)", () => {
  it("reads numbers in sequence before the capitalized first word of a note's text as note marks", () => {
    const text = es(
      "La banda cobra peajes a los camioneros 3 Cifras de la fiscalía regional. Otros grupos controlan los ríos 4 Informe del observatorio de 2021 y reclutan a 25 menores.",
    );
    expect(claimTexts(text)).toEqual(["25"]);
  });

  it("keeps a lone count before a capitalized word", () => {
    expect(claimTexts(es("La operación detuvo a 3 Policías de la región."))).toEqual(["3"]);
  });
});

describe("a printed page's running head (running-heads.ts)", () => {
  it("reads a number opening a line before a title in capitals that recurs with another number as a page number", () => {
    const text = es("la patrulla llegó al puer-\n88 INFORME ANUAL DE SEGURIDAD\nto con 14 agentes y siguió.\nLa ruta siguió abierta.\n90 INFORME ANUAL DE SEGURIDAD\n");
    expect(claimTexts(text)).toEqual(["14"]);
  });
});

describe("the span a record stands over (numeric-non-claims.json superlativeFrames)", () => {
  it("reads a period after a superlative and `in`/`en`/`em` as no claim", () => {
    expect(claimTexts("Seizures reached the highest level in 12 years, with 40 boats held.")).toEqual(["40"]);
    expect(claimTexts(es("La cifra fue la más baja en siete años, con 18 denuncias."))).toEqual(["18"]);
    expect(claimTexts(pt("O número foi o mais alto em cinco anos, com 60 prisões."))).toEqual(["60"]);
  });

  it("keeps a period that measures how long something took", () => {
    expect(claimTexts("The wall was built in 12 years by 400 workers.")).toEqual(["12 years", "400"]);
  });
});

describe("three zero decimals are thousands (tokenize.ts romanceValue)", () => {
  it("reads `N,000` or `N.000` as thousands even where the document writes that sign as its decimal mark", () => {
    expect(romanceValue("300,000", ",")).toBe(300000);
    expect(romanceValue("30.000", ".")).toBe(30000);
    expect(romanceValue("30,500", ",")).toBe(30.5);
    expect(romanceValue("0,000", ",")).toBe(0);
  });
});

describe("a caliber names a kind of weapon (numeric-non-claims.json calibers)", () => {
  it("reads a number after `caliber`/`calibre` or before `mm` beside a weapon as no claim", () => {
    expect(claimTexts("Agents seized 6 rifles and a box of 9 mm rounds.")).toEqual(["6"]);
    expect(claimTexts(es("Se aseguraron 4 fusiles calibre 7.62 y una pistola 9 mm."))).toEqual(["4"]);
    expect(claimTexts(pt("Foram apreendidos 8 fuzis calibre 5,56 na ação."))).toEqual(["8"]);
  });

  it("keeps a length in millimetres that names no weapon", () => {
    expect(claimTexts("Rainfall reached 90 mm in a day.")).toEqual(["90"]);
  });
});

describe("`No` before digits in Spanish (numeric-non-claims.json es identifierHeads)", () => {
  it("reads digits after a capitalized `No` (número) as an identifier", () => {
    expect(claimTexts(es("Los llevaron a la Comisaría de la zona (No 12), donde había 30 detenidos."))).toEqual(["30"]);
  });

  it("keeps a count after the lower-case negation", () => {
    expect(claimTexts(es("Dijo que no 30 sino 40 agentes llegaron."))).toContain("40");
  });
});

describe("a number with a slash and a capital-letter code (exclusions.ts)", () => {
  it("reads a case's or a document's number written against `/SP`, `/GAB-2` as an identifier", () => {
    expect(claimTexts(pt("A decisão no recurso 412.118/RJ e a mensagem 7/GAB-2 citam 15 presos."))).toEqual(["15"]);
  });

  it("keeps a rate written with a slash before a lower-case unit", () => {
    expect(claimTexts("Cocaine sold at 1500/kilo in 12 labs.")).toContain("12");
  });
});

describe("a day after a weekday before a link word (numeric-non-claims.json weekdayLinks)", () => {
  it("keeps a count after a weekday before a word that is no link", () => {
    expect(claimTexts("On Friday 22 more were hurt.")).toEqual(["22"]);
  });
});
