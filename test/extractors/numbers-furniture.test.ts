import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";
import { es, pt } from "./numbers-helpers.js";

/** Text of each numeric claim. */
function texts(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

/** Value of each numeric claim. */
function values(raw: string): unknown[] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc)].map((m) => m.attrs.value);
}

describe("numbers in code and configuration (code.ts)", () => {
  it("reads the value of a key on a line of code as a setting, and keeps the prose between", () => {
    const raw = [
      "var config = {",
      "    title: 'The port of Esmeraldas saw 310 seizures in 2023.',",
      "    location: {",
      "        center: [-71.25, 3.75],",
      "        zoom: 8.5,",
      "        pitch: 40,",
      "        bearing: -12",
      "    },",
      "    onChapterEnter: [{ layer: 'routes', duration: 1500, opacity: 1 }],",
      "};",
    ].join("\n");
    expect(texts(raw)).toEqual(["310"]);
  });

  it("keeps the value of a key that names something of the world, not a setting", () => {
    const raw = ["export const ecuador = {", '  capital: "Quito",', "  population: 17483326,", "  seizures: 221, // tonnes", "  zoom: 6,", "};"].join("\n");
    expect(texts(raw)).toEqual(["17483326", "221"]);
  });

  it("reads a JSON field's value, and a quoted label that is only a number and its year, as a record's parts", () => {
    const raw = '[{"text": "The panel counted 64 armed groups.", "heading_level": 2, "prefix": "7.", "links": [["2711 (2023)", "https://example.org/x"]]}]';
    expect(texts(raw)).toEqual(["64"]);
  });

  it("keeps a count after a capitalized label in a table of counts", () => {
    expect(texts("Casualties in the district\n\nDeaths: 45\nInjured: 112\n")).toEqual(["45", "112"]);
  });

  it("reads nothing from a heading line indented as an indented code block (a `code` block), as from a fence", () => {
    const raw = (indent: string) => `The survey counted the attacks by group.\n\n${indent}## Group 4 of 12 in 2019\n\nThere were 2,114 attacks in all.\n`;
    expect(texts(raw("    "))).toEqual(["2,114"]);
    expect(texts(raw("\t"))).toEqual(["2,114"]);
    // Right under a line of prose too (a program's comment there, not the sentence's end).
    expect(texts("The scanner printed its log as follows:\n    # listening on eth0, 262144 bytes\n\nThere were 2,114 attacks in all.\n")).toEqual(["2,114"]);
  });

  it("reads nothing inside a Markdown code fence", () => {
    const raw = "We count the attacks by group.\n\n``` r\ndf %>% mutate(share = n / 100) %>% head(20)\nbreaks = c(10, 11, 13)\n```\n\nThere were 2,114 attacks in all.\n";
    expect(texts(raw)).toEqual(["2,114"]);
  });

  it("reads a lower-case resolution's number as its name", () => {
    expect(texts("The Council recalled its resolution 2699 (2023) and sent 40 observers.")).toEqual(["40"]);
  });
});

describe("site furniture (numeric-non-claims.json phones, serviceNumbers, identifierHeads)", () => {
  it("reads a mobile number after the word that announces it as a telephone number, and the next one of its list", () => {
    expect(texts("Atención al ciudadano: Cel. 312-4417730  318-2204561. La Armada incautó 3 lanchas.")).toEqual(["3"]);
    expect(texts("Escríbanos o llame al Celular No 3159914422 para denunciar a los 12 sospechosos.")).toEqual(["12"]);
    expect(texts("Conmutador(604) 512 30 00. La brigada tiene 900 soldados.")).toEqual(["900"]);
  });

  it("keeps a number written in thousands after such a word", () => {
    expect(values("Según la línea de atención, 1.234.567 personas pidieron ayuda.")).toEqual([1234567]);
  });

  it("reads an emergency number after the word that names its service, an article perhaps between", () => {
    expect(texts("Denuncie pelo disque 181 ou clique para acionar o 190 agora; 14 presos.")).toEqual(["14"]);
    // A telephone named before the number (numbers47).
    expect(texts(pt("O dono seguiu o carro e através do telefone 190\n conseguiu informar a polícia; 4 presos."))).toEqual(["4"]);
    expect(texts(es("La agresión al Sistema de Emergencias 911 fue reportada; llegaron 6 patrullas."))).toEqual(["6"]);
  });

  it("reads the number after a post code's or a street's name as an address", () => {
    expect(texts("Sede central, Carrera 45 y Código Postal 110231. Hubo 8 heridos.")).toEqual(["8"]);
  });

  it("reads a copyright year and an escaped Markdown note mark as no claims", () => {
    expect(texts("Fueron 6 los detenidos.[\\[4\\]](#_ftn4)\n\n©2024 Todos los derechos reservados.")).toEqual(["6"]);
  });
});

describe("values", () => {
  it("does not add a date's day to an amount in thousands", () => {
    expect(values("Drogas avaliadas em R$ 80 mil 3 de março de 2025, segundo a polícia.")).toEqual([80000]);
  });

  it("reads a number word in a headline set in capitals as a count", () => {
    expect(texts("Noticias: DECOMISAN DROGAS Y ARRESTAN CINCO HOMBRES EN EL PUERTO según la fiscalía.")).toEqual(["CINCO"]);
  });
});

describe("printed tables of counts (table-rows.ts)", () => {
  const rows = ["                 group    n", "1       Northern Front   41", "2          Death Squad    7", "3   Other Armed Groups 1288"];
  const printedRows = ["                     group    n", "9           Death Squad    7", "10 Other Armed Groups Bloc 1288"];

  it("reads each row's count cell as a claim and its row number as none", () => {
    expect(texts(`Attacks by group:\n\n${rows.join("\n")}\n\nThat is all.\n`)).toEqual(["41", "7", "1288"]);
  });

  it("reads the rows R prints after `##` in a Markdown report, indented as code or not", () => {
    const printed = rows.map((r) => `    ## ${r}`).join("\n");
    expect(texts(`Attacks by group:\n\n${printed}\n\nThat is all.\n`)).toEqual(["41", "7", "1288"]);
    // The widest row number fills its column: one space before the label.
    const wide = printedRows.map((r) => `    ## ${r}`).join("\n");
    expect(texts(`Attacks by group:\n\n${wide}\n\nThat is all.\n`)).toEqual(["7", "1288"]);
    // Unindented, the same rows are Markdown headings: their counts are read all the same.
    const unindented = rows.map((r) => `## ${r}`).join("\n");
    expect(texts(`Attacks by group:\n\n${unindented}\n\nThat is all.\n`)).toEqual(["41", "7", "1288"]);
  });

  it("keeps a number opening a line of prose", () => {
    expect(texts("The toll rose in the north, and\n12  soldiers were wounded on the road to 3 towns\nthat week.\n")).toEqual(["12", "3"]);
  });
});
