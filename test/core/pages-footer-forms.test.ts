import { describe, expect, it } from "vitest";
import { analyze } from "@procmine/core";

/** Invented prose: `n` hard-wrapped lines, the last one closing the sentence. */
function prose(topic: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n - 1; i++) lines.push(`${i === 0 ? "The" : "the"} council of the town reviewed ${topic} with care and`);
  lines.push(`agreed to report on ${topic} again.`);
  return lines.join("\n");
}

/**
 * A city gazette as pdftotext writes it without form feeds: page 1 opens with `Page 1 of 5` under
 * the edition and closes with a certification and no number; every later page opens with the
 * city hall's running head and closes with a foot that ends in `2/5`, `3/5`; page 2 also prints
 * the first act's own page (`Pg. 1`) under its head.
 */
function gazette(): { raw: string; opens: string[] } {
  const head = "City Hall of Alphaville\nalphaville.example | Main Square, 12 | Tel. 555-0100\n\n";
  const foot = (p: number) => `\n\n28/07/2031 Year V | Edition 2378 | City Hall of Alphaville\nGazette signed digitally, valid and whole.\n${p}/5\n\n`;
  const opens = ["Harbour", "Quarry", "Ferry", "Orchard", "Granary"];
  const pages = [
    `http://alphaville.example/\nMonday, 28 July 2031\n\nYear V | Edition 2378\n\nPage 1 of 5\n\nContents\n${opens[0]} acts opened the edition.\n${prose("the harbour fees", 22)}\n\nGazette signed digitally under the law of 2017.\nCertified by the City of Alphaville\n\n`,
    `${head}Acts of the Mayor\n\nOFFICIAL PRESS\n\nPg. 1\n\n${opens[1]} decree follows. ${prose("the quarry permits", 24)}${foot(2)}`,
    `${head}${opens[2]} notices follow. ${prose("the ferry timetable", 26)}${foot(3)}`,
    `${head}${opens[3]} tenders follow. ${prose("the orchard leases", 23)}${foot(4)}`,
    `${head}${opens[4]} notices close it. ${prose("the granary stock", 25)}${foot(5)}`,
  ];
  return { raw: pages.join(""), opens };
}

describe("two page counters of one page count", () => {
  it("reads page 1's `Page 1 of 5` as its head and the later pages' `2/5` as feet, the running head opening each page", () => {
    const { raw, opens } = gazette();
    const d = analyze(raw, { docId: "gazette" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(opens.map((w) => d.locate(raw.indexOf(w)).page)).toEqual([1, 2, 3, 4, 5]);
    // The running head after each foot is the next page's first line, the one before page 2 too
    // (not the act's own `Pg. 1`, which is no page of the gazette's).
    const heads = [...raw.matchAll(/(?<=\n)City Hall of Alphaville\n/g)].map((m) => d.locate(m.index!).page);
    expect(heads).toEqual([2, 3, 4, 5]);
    expect(d.locate(raw.indexOf("Pg. 1")).page).toBe(2);
    expect(d.locate(raw.indexOf("2/5")).page).toBe(2);
  });

  it("keeps a run whose first number has the others' form: `1/5` at page 1's head opens the pages as heads", () => {
    const pages = ["Harbour", "Quarry", "Ferry", "Orchard", "Granary"].map((w, k) => `${k + 1}/5\n\nCity Hall of Alphaville\n\n${w} acts follow. ${prose(`the ${w.toLowerCase()} fees`, 24)}\n\n`);
    const raw = pages.join("");
    const d = analyze(raw, { docId: "heads" });
    expect(d.pageCount).toBe(5);
    expect(["Harbour", "Quarry", "Ferry", "Orchard", "Granary"].map((w) => d.locate(raw.indexOf(w)).page)).toEqual([1, 2, 3, 4, 5]);
    expect(d.locate(raw.indexOf("3/5")).page).toBe(3);
  });
});

describe("a page number before a bar and the word page", () => {
  it("reads `7|Page` and the letter-spaced `12 | P a g e` as one run of feet", () => {
    const words = ["Harbour", "Quarry", "Ferry", "Orchard", "Granary", "Mill", "Bridge", "Tannery", "Wharf", "Forge", "Market", "Chapel"];
    const foot = (p: number) => (p < 10 ? `${p}|Page` : `${p} | P a g e`);
    const raw =
      "Program Manual\nA Guide for Users\nReleased in 2031\nby the Alphaland Housing Office\n\n" +
      words.map((w, k) => `${w} projects follow. ${prose(`the ${w.toLowerCase()} projects`, 20 + (k % 3))}\n\n${foot(k + 1)}\n\n`).join("");
    const d = analyze(raw, { docId: "manual" });
    expect(d.pageCount).toBe(12);
    expect(words.map((w) => d.locate(raw.indexOf(w)).page)).toEqual(words.map((_, k) => k + 1));
    expect(d.locate(raw.indexOf("10 | P a g e")).page).toBe(10);
  });

  it("reads a Geneva job number (`GE.31-04417`) beside the page number in a layout-preserving foot", () => {
    // Even pages set the number left of the job number, odd pages right of it; page 1 prints the
    // job number with its dates and no page number.
    const words = ["Alphaterm", "Betaterm", "Gammaterm", "Deltaterm", "Epsilonterm"];
    const foot = (p: number) => (p === 1 ? `GE.31-04417 (E)       010231 020231` : p % 2 === 0 ? `${p}                                   GE.31-04417` : `GE.31-04417                                   ${p}`);
    const raw = words.map((w, k) => `${w} opens this page. ${prose(`item ${k + 1}`, 30)}\n\n\n${foot(k + 1)}\n\n\n`).join("");
    const d = analyze(raw, { docId: "geneva" });
    expect(d.pageCount).toBe(5);
    expect(words.map((w) => d.locate(raw.indexOf(w)).page)).toEqual([1, 2, 3, 4, 5]);
  });
});
