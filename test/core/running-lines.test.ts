import { describe, expect, it } from "vitest";
import { analyze, createPipeline } from "@procmine/core";
import { countryExtractor } from "@procmine/extractors";

/** Invented prose: `n` hard-wrapped lines, each a piece of a sentence, the last one closing it. */
function prose(topic: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n - 1; i++) lines.push(`${i === 0 ? "The" : "the"} observers of the valley weighed ${topic} with care and`);
  lines.push(`agreed to weigh ${topic} again.`);
  return lines.join("\n");
}

const pageOf = (raw: string, s: string) => analyze(raw, { docId: "r" }).locate(raw.indexOf(s)).page;
const countries = ["Peru", "Chile", "Brazil", "Uruguay", "Paraguay"];

describe("pages from a running head or foot without a page number", () => {
  it("opens a page at each running head when the text prints no page number", () => {
    const raw = countries.map((c, k) => `Institute for the Study of Valley Violence\n\n${c} opens this page. ${prose(`the ledger of part ${k + 1}`, 25)}\n\n`).join("");
    const d = analyze(raw, { docId: "head" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(countries.map((c) => pageOf(raw, c))).toEqual([1, 2, 3, 4, 5]);
  });

  it("closes a page at each running foot", () => {
    const raw = countries.map((c) => `${c} opens this page. ${prose(`the ledger of ${c}`, 25)}\n\nOrganizing Committee of the Ninth Moot Court Competition - Prof. Ana Souza\n\n`).join("");
    const d = analyze(raw, { docId: "foot" });
    expect(d.pageCount).toBe(5);
    expect(countries.map((c) => pageOf(raw, c))).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads a line that repeats inside the text, not at its edges, as no page mark", () => {
    const raw = countries.map((c, k) => `${c} opens this part. ${prose(`the ledger of part ${k + 1}`, 12)}\n\nThe valley council agreed as follows\n\n${prose(`the record of part ${k + 1}`, 12)}\n\n`).join("");
    const d = analyze(raw, { docId: "prose" });
    expect(d.pageCount).toBe(1);
  });

  it("reads a field that every record of a data listing repeats as no page mark", () => {
    const raw = countries
      .map((c, k) => `{\n  "Country": "${c}",\n  "Summary": "${prose(`the ledger of part ${k + 1}`, 1)}",\n${Array.from({ length: 12 }, (_, j) => `  "Note ${j}": "none",`).join("\n")}\n  "Term": "Medium"\n}`)
      .join("\n");
    expect(analyze(raw, { docId: "records" }).pageCount).toBe(1);
  });

  it("reads a passage that the text repeats whole as no running head", () => {
    const passage = "Article One of the valley charter\nholds that every council keeps\nits ledger open to all members\nand publishes it each season\nwithout delay or exception\nas the founders asked";
    const raw = countries.map((c) => `${passage}\n\n${c} opens this part. ${prose(`the record of ${c}`, 20)}\n\n`).join("");
    expect(analyze(raw, { docId: "quoted" }).pageCount).toBe(1);
  });

  it("prefers the running head to a run of chart figures under it", () => {
    // A chart's bare figures climb (9, 10, 11) on the first pages; the head stands on all five.
    const figures = ["9", "10", "11", "", ""];
    const raw = countries
      .map((c, k) => `Institute for the Study of Valley Violence\n\n${c} opens this page. ${prose(`the ledger of part ${k + 1}`, 25)}\n\n${figures[k] ? `${figures[k]}\n\n` : ""}`)
      .join("");
    const d = analyze(raw, { docId: "chart" });
    expect(d.pageCount).toBe(5);
    expect(countries.map((c) => pageOf(raw, c))).toEqual([1, 2, 3, 4, 5]);
  });

  it("prefers the running head to figures that climb several to a page and stand on few pages", () => {
    // Bare figures (a table's items, 1 to 8) climb down the text: one on the first page, none on
    // the middle ones, several on each of the next two, none on the last; the head stands on all eight.
    const eightCountries = [...countries, "Bolivia", "Ecuador", "Colombia"];
    const figures: string[][] = [["1"], [], [], [], [], ["2", "3", "4", "5"], ["6", "7", "8"], []];
    const raw = eightCountries
      .map((c, k) => {
        const parts = figures[k]!.map((f) => `${f}\n\n${prose(`item ${f} of part ${k + 1}`, 6)}\n\n`).join("");
        return `Part C, Chapter One, Section Two\n\n${c} opens this page. ${prose(`the ledger of part ${k + 1}`, 20)}\n\n${parts}`;
      })
      .join("");
    const d = analyze(raw, { docId: "items" });
    expect(d.pageCount).toBe(8);
    expect(eightCountries.map((c) => pageOf(raw, c))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("closes a page at a running foot that the page number stands before or after", () => {
    // A journal's page numbers set mid-page on every other page (a margin read with the column),
    // its foot at the page's end; on the others the foot mid-page and the number at the end.
    const eight = [...countries, "Bolivia", "Ecuador", "Colombia"];
    const foot = "www.valleyjournal.org Volume Twelve, June 2011";
    const raw = eight
      .map((c, k) => {
        const top = `${c} opens this page. ${prose(`the ledger of part ${k + 1}`, 12)}`;
        const rest = prose(`the record of part ${k + 1}`, 12);
        return k % 2 === 0 ? `${top}\n\n${1401 + k}\n\n${rest}\n\n${foot}\n\n` : `${top}\n\n${foot}\n\n${rest}\n\n${1401 + k}\n\n`;
      })
      .join("");
    const d = analyze(raw, { docId: "journal" });
    expect(d.pageCount).toBe(8);
    expect(eight.map((c) => pageOf(raw, c))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pageOf(raw, "the record of part 1 with")).toBe(1);
  });

  it("counts the same pages when a long document is read window by window", () => {
    const pipeline = createPipeline({ extractors: [countryExtractor] });
    const raw = countries.map((c, k) => `Institute for the Study of Valley Violence\n\n${c} took the floor. ${prose(`agenda item ${k + 1}`, 30)}\n\n`).join("");
    const whole = pipeline.annotate(raw, { docId: "w" }).annotations.map((a) => [a.text, a.page]);
    const windows = [...pipeline.annotateStream(raw, { docId: "w", windowSize: 2500 })];
    expect(windows.length).toBeGreaterThan(2);
    expect(windows.flatMap((w) => w.annotations).map((a) => [a.text, a.page])).toEqual(whole);
    expect(whole).toEqual(countries.map((c, k) => [c, k + 1]));
  });
});
