import { describe, expect, it } from "vitest";
import { analyze, recordMachinery } from "@procmine/core";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

// Invented texts (issues #16, #18): what is not a claim on real pages and dumps.

/** An invented web page: enough tags for core's html-machinery.ts to read its tags as blank. */
const page = (body: string): string => `<!doctype html>\n<html><head><title>Report</title></head><body>\n${body}\n</body></html>`;

describe("a web page's superscript note marks (numeric-non-claims.json superscriptNoteMarks)", () => {
  it("reads a bare number that is a superscript element's whole content as a note mark where the page's tags are blank", () => {
    const body = "<p>Smugglers moved 40 boats across the bay in 1998.<sup>7</sup> The harbour saw 12 seizures.<sup class=\"ref\">8</sup></p>";
    expect(claimTexts(page(body))).toEqual(["40", "12"]);
  });

  it("keeps a power (a number right before the tag) and an ordinal's suffix read as written", () => {
    expect(claimTexts(page("<p>The fund holds 10<sup>6</sup> coins, the 21<sup>st</sup> century's largest hoard.</p>"))).toEqual(["10", "6"]);
  });
});

describe("dumps cut from their statement (data-records.json recordOpeners, csvFirstRow)", () => {
  it("reads a SQL row cut from its INSERT (a line opening a tuple with numbers, then a quoted field) as a record", () => {
    const rows = [
      "\t(41, 3, 'policia-prende-quadrilha-no-porto', 'Polícia prende quadrilha no porto da cidade', NULL, 0, 12, 'nao'),",
      "\t(42, 3, 'operacao-apreende-armas', 'Operação apreende armas', 'A operação apreendeu 14 fuzis e prendeu cinco suspeitos no bairro.', 0, 7, 3),",
    ].join("\n");
    expect(claimTexts(pt(rows))).toEqual(["14", "cinco"]);
  });

  it("reads a PHP array as var_export writes it as a record: its keys and numbers are machinery, its prose text", () => {
    const php = [
      "\t\t\t12 => ",
      "\t\t\tarray (",
      "\t\t\t\t'id' => 31,",
      "\t\t\t\t'mes_id' => 4,",
      "\t\t\t\t'municipios_id' => 205,",
      "\t\t\t\t'body' => 'La fiscalía informó que 23 agentes fueron detenidos por extorsión en la capital.',",
      "\t\t\t\t'published_state' => 1,",
      "\t\t\t),",
    ].join("\n");
    expect(claimTexts(es(php))).toEqual(["23"]);
  });

  it("reads a headless CSV row whose first fields hold an ISO date, its prose unquoted, as a record: its leading number is its id", () => {
    const row = "418,ministro,2021-05-04,2021,https://example.org/discursos/418, boa tarde a todos os presentes nesta cerimonia hoje em que entregamos 40 viaturas a policia militar do estado";
    expect(claimTexts(row)).toEqual(["40"]);
  });

  it("keeps a prose text opening with a parenthesized number (no quoted field after it) and a line opening with a number and a comma", () => {
    expect(recordMachinery(pt("(12, 14 e 16 presos) foram os números citados; 30 policiais participaram."))).toEqual([]);
    expect(recordMachinery("250,000 people fled, the agency said on 2019-05-01, and 40 villages burned.")).toEqual([]);
    expect(recordMachinery("The 3 array (of sensors) covered\n40 villages.")).toEqual([]);
  });
});

describe("a record's prose fields are paragraphs of their own (core's document.ts hardBreaks)", () => {
  it("does not read the rows' many blank lines as double spacing that joins a title to the next field", () => {
    const rows = [
      "(63, 'Policiais prendem suspeitos de roubo em Recife', 'Agentes prendem suspeitos em Recife', 'Texto longo da notícia sobre a polícia civil do estado.', '2018-08-27 23:34:36'),",
      "(64, 'Quadrilha rouba banco no centro de Recife', 'Operação prende suspeitos de roubo no centro de Recife', 'Nove pessoas foram presas durante a operação da polícia.', '2018-08-27 23:36:59'),",
    ].join("\n");
    const doc = analyze(rows, { docId: "t" });
    const blocks = doc.blocks.map((b) => doc.text.slice(b.start, b.end).trim());
    expect(blocks.some((b) => b.startsWith("Operação prende suspeitos"))).toBe(true);
  });
});

describe("Markdown's hard line break (core's normalize.ts)", () => {
  it("reads a backslash ending a line as no character: a date, an identifier and a measure go on across it", () => {
    const text = es("La ley se firmó el 4 de\\\n      noviembre de 1831 y creó la Brigada No.\\\n      7 con 12 escuadrones y placas de 10\\\n      centímetros.");
    expect(claimTexts(text)).toEqual(["12", "10\\\n      centímetros"]);
  });
});

describe("a backward locator between a number and its time unit (numeric-non-claims.json backwardLocators)", () => {
  it("reads `esses dois últimos anos`, `las tres últimas semanas` as placing the time, as `los últimos tres años`", () => {
    expect(claimTexts(pt("Nesses dois últimos anos, a polícia fez 40 operações na fronteira."))).toEqual(["40"]);
    expect(claimTexts(es("En las tres últimas semanas se decomisaron 12 armas."))).toEqual(["12"]);
  });

  it("keeps the count of the last ones of a group that is no time", () => {
    expect(claimTexts(es("Los dos últimos detenidos fueron trasladados al penal."))).toEqual(["dos"]);
  });
});

describe("a chart's axis ticks kept by PDF text (numeric-non-claims.json axisTicks)", () => {
  it("reads bare numbers that step evenly, one a line or all on one line, as tick labels", () => {
    const chart = ["Seizures of cocaine fell to 14.2 tonnes in the year.", "14.2", "9.7", "11.3", "0", "10", "20", "30", "40", "Quarter"].join("\n");
    expect(claimTexts(chart)).toEqual(["14.2 tonnes", "14.2", "9.7", "11.3"]);
    expect(claimTexts("Arrests by month\n0 25 50 75 100\nPolice made 31 arrests.")).toEqual(["31"]);
  });

  it("keeps a column of figures that do not step evenly", () => {
    expect(claimTexts("Arrests by region:\n12\n15\n19\n40")).toEqual(["12", "15", "19", "40"]);
  });
});

describe("a fraction of a period named by a noun (number-words.json periodNouns.ownUnitYears)", () => {
  it("reads `half a decade`, `over half a century`, `medio siglo` in years", () => {
    expect(claims("The navy delivered the frigates half a decade early.")).toEqual([["half a decade", 5, "years", undefined]]);
    expect(claims("The militia has fought for over half a century.")).toEqual([["over half a century", 50, "years", "over"]]);
    expect(claims(es("El conflicto armado duró medio siglo en la región.")).slice(0, 1)).toEqual([["medio siglo", 50, "years", undefined]]);
  });

  it("keeps `a decade` and `over a century` as they were", () => {
    expect(claims("The ban lasted a decade and the feud over a century.")).toEqual([["a decade", 10, "years", undefined], ["over a century", 1, "centuries", "over"]]);
  });
});

describe("a letter-spaced year alone on its line (exclusions.ts isLetterSpacedYear)", () => {
  it("reads `2 0 1 4` on a cover's line as a year, not four numbers", () => {
    expect(claimTexts("National Security Platform\n\n2 0 1 4\n\nThe party backs 3 new bases.")).toEqual(["3"]);
  });

  it("keeps digits apart that read no year", () => {
    // Their label in the same paragraph: a bare number with no word near it is no claim (wordless-runs.ts).
    expect(claimTexts("Scores\n7 3 9 5\n\nThe party backs 3 new bases.")).toHaveLength(5);
  });
});

describe("a year spelled out after its noun (numeric-non-claims.json spelledYearNouns)", () => {
  it("reads `del año dos mil diecisiete`, `do ano dois mil e dez` as years", () => {
    expect(claimTexts(es("Los hechos ocurrieron entre comienzos del año dos mil diecisiete y mayo del año dos mil diecinueve, con 14 víctimas."))).toEqual(["14"]);
    expect(claimTexts(pt("O crime ocorreu no ano dois mil e dez e deixou 3 mortos."))).toEqual(["3"]);
  });

  it("keeps a count of years and a spelled number that is no year", () => {
    expect(claimTexts(es("Cumplió una condena de dos mil días en el año de su detención."))).toEqual(["dos mil días"]);
    expect(claimTexts(es("Murieron en ese año quince personas en la frontera."))).toEqual(["quince"]);
  });
});

describe("a range from digits to a number in words with its scale", () => {
  it("reads `between 2.5 and three million` as one range, the scale shared", () => {
    expect(claims("Between 2.5 and three million people fled the valley.")).toEqual([["Between 2.5 and three million", [2500000, 3000000], "people", undefined]]);
  });

  it("keeps apart digits and a number in words with no opener or no scale", () => {
    expect(claims("They counted 2.5 and three million more.").length).toBe(2);
  });
});

describe("a rank after `en`/`em` closing its sentence (numeric-non-claims.json discourseOrdinals)", () => {
  it("reads `coloca a segurança em primeiro lugar.` as putting first, no rank", () => {
    expect(claimTexts(pt("O governo coloca a segurança das famílias em primeiro lugar. A polícia fez 40 prisões."))).toEqual(["40"]);
  });

  it("keeps a rank a placing verb gives and a rank followed by what it ranks", () => {
    expect(claimTexts(es("En homicidios, Sonora quedó en primer lugar."))).toEqual(["primer lugar"]);
    expect(claimTexts(pt("A região está em primeiro lugar em furtos."))).toEqual(["primeiro lugar"]);
  });
});

describe("a span of cited articles (numeric-non-claims.json citations.listWords)", () => {
  it("reads both ends of `artículos 148 al 150 Bis`, `artigos 5º ao 9º` as article numbers", () => {
    expect(claimTexts(es("Terrorismo, previsto en los artículos 148 al 150 Bis, financiamiento y extorsión; hubo 30 detenidos."))).toEqual(["30"]);
    expect(claimTexts(pt("Crimes previstos nos artigos 5 ao 9, e roubo; foram presos 12 suspeitos."))).toEqual(["12"]);
  });
});

describe("a page number left between the halves of a sentence (exclusions.ts isListMarker)", () => {
  it("reads a number alone on its line after a blank line, a word before it and lower case after it, as a page's number", () => {
    expect(claimTexts("The patrols crossed 40 rivers this year and they remain essential\n\n17\nmeasures for the border towns.")).toEqual(["40"]);
  });

  it("keeps a count that ends a heading-like line or a sentence's stop", () => {
    expect(claimTexts("Patrols this week\n\n17\nboats were stopped at sea.")).toEqual(["17"]);
    expect(claimTexts("The border is long.\n\n17\nboats were stopped at sea.")).toEqual(["17"]);
  });
});

describe("a section's number before its title, with no stop (exclusions.ts isSubsectionNumber)", () => {
  it("reads `4.2 Guarding the Northern Ports` opening its line as a section's number", () => {
    expect(claimTexts("The plan is set out below.\n3.4 Guarding the Northern Ports\nThe navy will add 12 patrol boats.")).toEqual(["12"]);
  });

  it("keeps a decimal count opening a wrapped line and a title-cased headline's figure with its scale", () => {
    expect(claimTexts("the city's homicide rate for 2018 of\n42.5 homicides per 100,000 residents stayed high.")).toEqual(["42.5"]);
    expect(claimTexts("Report\n4.5 Million Venezuelans Have Left")).toEqual(["4.5 Million"]);
  });
});

describe("a day of the month spelled out after its day's name (exclusions.ts isDate)", () => {
  it("reads `el jueves nueve,` as a date", () => {
    expect(claimTexts(es("El jueves nueve, la policía detuvo a 14 sospechosos."))).toEqual(["14"]);
  });

  it("keeps a count after a day's name and its comma, or one that goes on", () => {
    expect(claimTexts(es("El jueves, nueve agentes fueron heridos."))).toEqual(["nueve"]);
    expect(claimTexts(es("El jueves nueve agentes fueron heridos."))).toEqual(["nueve"]);
  });
});
