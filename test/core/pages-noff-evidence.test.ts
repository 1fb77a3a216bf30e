import { describe, expect, it } from "vitest";
import { analyze, type AnalyzedDocument } from "@procmine/core";

/** Invented prose: `n` hard-wrapped lines about `topic`, the last one closing the sentence. */
function prose(topic: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n - 1; i++) lines.push(`${i === 0 ? "The" : "the"} committee weighed ${topic} at length and`);
  lines.push(`resolved to return to ${topic} later.`);
  return lines.join("\n");
}

const pageOf = (d: AnalyzedDocument, raw: string, s: string) => d.locate(raw.indexOf(s)).page;

describe("pages of a text without form feeds, from the evidence it prints", () => {
  it("reads page numbers as feet when the last one ends the text, though the front pages are short", () => {
    // A cover, a notice and a contents page, a few lines each, then long pages whose foot is `-3-`,
    // `-4-`...; the next page's first line follows each foot directly (no running head to tell).
    const raw =
      `Annual Survey\n\nCodebook\n\nNorthfield Institute\n\n` +
      `Terms of use\n${prose("the terms", 4)}\n\n` +
      `Contents\n${prose("the list", 5)}\n\n-3-\n\n` +
      `Alphaterm opens page four. ${prose("the sampling frame", 30)}\n\n-4-\n\n` +
      `Betaterm opens page five. ${prose("the weighting", 30)}\n\n-5-\n\n` +
      `Gammaterm opens page six. ${prose("the variables", 30)}\n\n-6-\n\n` +
      `Deltaterm opens page seven. ${prose("the appendix", 30)}\n\n-7-\n`;
    const d = analyze(raw, { docId: "feet" });
    expect(d.pageCount).toBe(7);
    expect(["Alphaterm", "Betaterm", "Gammaterm", "Deltaterm"].map((w) => pageOf(d, raw, w))).toEqual([4, 5, 6, 7]);
    expect(pageOf(d, raw, "resolved to return to the appendix")).toBe(7);
  });

  it("opens the front pages at the running head that follows the feet, a cover without it before them", () => {
    const head = "- Transit Survey Codebook -\n\n";
    const raw =
      `Northfield Institute\n\nRegional Transit Survey\n\nCodebook\n\n` +
      `${head}Notice\n${prose("the notice", 6)}\n\n` +
      `${head}Contents\n${prose("the list", 8)}\n\n` +
      `${head}Epsilonterm opens page four. ${prose("the sampling frame", 30)}\n\n-4-\n\n` +
      `${head}Zetaterm opens page five. ${prose("the weighting", 30)}\n\n-5-\n\n` +
      `${head}Etaterm opens page six. ${prose("the variables", 30)}\n\n-6-\n\n` +
      `${head}Thetaterm opens page seven. ${prose("the appendix", 30)}\n\n-7-\n`;
    const d = analyze(raw, { docId: "heads" });
    expect(d.pageCount).toBe(7);
    expect(["Regional Transit", "Notice", "Contents", "Epsilonterm", "Zetaterm", "Thetaterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it("opens a contents page at its title, the cover before it", () => {
    const raw =
      `Final Project\n\nA Study of Bus Data\n\nJane Roe\n\nSpringfield, 2031\n\n` +
      `Contents\n1 Introduction . . . . . . . .\n1.1 Goals . . . . . . . .\n2 The data . . . . . . . .\n3 Results . . . . . . . .\n\n1\n1\n3\n5\n\n2\n\n` +
      `Omicronterm opens page three. ${prose("the goals", 30)}\n\n3\n\n` +
      `Piterm opens page four. ${prose("the data", 30)}\n\n4\n\n` +
      `Rhoterm opens page five. ${prose("the results", 30)}\n\n5\n`;
    const d = analyze(raw, { docId: "contents" });
    expect(d.pageCount).toBe(5);
    expect(["A Study of Bus Data", "Contents", "1.1 Goals", "Omicronterm", "Rhoterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 2, 2, 3, 5]);
  });

  it("reads a slide deck's numbers under its running foot as page numbers, though each slide opens with a title", () => {
    // Each slide: its title, a few bullets, then the deck's running foot and the slide's number;
    // the next slide's title follows the number, as a section's title follows a section number.
    const titles = ["Overview", "Purpose", "Background", "Method", "Findings", "Next Steps"];
    const foot = "Harbour traffic review | working draft";
    const slide = (t: string, k: number) => `${t}\n• ${t}term opens slide ${k + 2}. ${prose(t.toLowerCase(), 8)}\n\n${foot}\n\n${k + 2}\n`;
    const raw = `Harbour Traffic Review\n\nA Working Draft\n\nSpring 2031\n\n1\n\n` + titles.map(slide).join("\n");
    const d = analyze(raw, { docId: "slides" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(7);
    expect(titles.map((t) => pageOf(d, raw, `${t}term opens`))).toEqual([2, 3, 4, 5, 6, 7]);
    expect(pageOf(d, raw, "A Working Draft")).toBe(1);
  });

  it("opens the first numbered page at the running head a cover lacks: the cover is a page of its own", () => {
    // A cover (the title the head repeats, an institute, a date), then pages that each open with
    // the running head and close with their number, `1` first.
    const head = "Lakeside Institute      Transit Survey Codebook\n\n";
    const raw =
      `Transit Survey\nCodebook\n\nLakeside Institute\nHarbour City, March 2031\n\n` +
      `${head}Iotaterm opens page two. ${prose("the sampling frame", 30)}\n\n1\n\n` +
      `${head}Kappaterm opens page three. ${prose("the weighting", 30)}\n\n2\n\n` +
      `${head}Lambdaterm opens page four. ${prose("the variables", 30)}\n\n3\n\n` +
      `${head}Muterm opens page five. ${prose("the appendix", 30)}\n\n4\n`;
    const d = analyze(raw, { docId: "cover" });
    expect(d.pageCount).toBe(5);
    expect(["Harbour City", "Iotaterm", "Kappaterm", "Muterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 2, 3, 5]);
  });

  it("keeps a stamp over page 1's head on page 1: the stamp stands again on later pages", () => {
    // A signature stamp over the first page's head, wrapped differently where it stands again.
    const head = "HIGH COURT OF APPEAL\n\n";
    const raw =
      `HIGH COURT OF APPEAL - Electronic\nNotification Service\nSigned by: Judge Rowan Ashdale\n\n` +
      `${head}Nuterm opens page one. ${prose("the appeal", 30)}\n\n1\n\n` +
      `${head}Xiterm opens page two. ${prose("the grounds", 14)}\nHIGH COURT OF APPEAL - Electronic Notification\nService Signed by: Judge Rowan\nAshdale\n${prose("the ruling", 14)}\n\n2\n\n` +
      `${head}Upsilonterm opens page three. ${prose("the costs", 30)}\n\n3\n\n` +
      `${head}Phiterm opens page four. ${prose("the order", 30)}\n\n4\n`;
    const d = analyze(raw, { docId: "stamp" });
    expect(d.pageCount).toBe(4);
    expect(["Signed by", "Nuterm", "Xiterm", "Phiterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 1, 2, 4]);
  });

  it("takes the page-1 foot the run's spacing points to, not a contents entry's `1` far above it", () => {
    // A cover, then contents whose entries' page numbers stand on lines of their own (`1` first),
    // then unnumbered pages until page 1's foot; every later page closes with its number.
    const raw =
      `Harbour Survey\n\nNorthfield Institute\n\n` +
      `Contents\nThe sampling frame\n\n1\n\nThe weighting\n\n2\n\n` +
      `Alphaterm opens the numbered pages. ${prose("the sampling frame", 30)}\n\n1\n\n` +
      `Betaterm opens page two. ${prose("the weighting", 30)}\n\n2\n\n` +
      `Gammaterm opens page three. ${prose("the variables", 30)}\n\n3\n\n` +
      `Deltaterm opens page four. ${prose("the appendix", 30)}\n\n4\n`;
    const d = analyze(raw, { docId: "anchor" });
    const alpha = pageOf(d, raw, "Alphaterm");
    expect(["resolved to return to the sampling frame", "Betaterm", "Gammaterm", "Deltaterm"].map((w) => pageOf(d, raw, w) - alpha)).toEqual([0, 1, 2, 3]);
  });

  it("reads `Página n de N` as feet when the first opens the text and the last closes it: page 1 is a cover of images", () => {
    const raw =
      `Página 1 de 4\n\n` +
      `Alphaterm opens page two. ${prose("la consulta", 30)}\n\nPágina 2 de 4\n\n` +
      `Betaterm opens page three. ${prose("las bases", 30)}\n\nPágina 3 de 4\n\n` +
      `Gammaterm opens page four. ${prose("las sedes", 30)}\n\nPágina 4 de 4\n`;
    const d = analyze(raw, { docId: "cover-feet" });
    expect(d.pageCount).toBe(4);
    expect(["Alphaterm", "Betaterm", "Gammaterm", "resolved to return to las sedes"].map((w) => pageOf(d, raw, w))).toEqual([2, 3, 4, 4]);
  });

  it("places as many front pages as a foot that gives the page count says precede it, however many lines they hold", () => {
    // A cover, two contents pages of many short lines and an unnumbered introduction: the text
    // before `Página 4 de 6` is far longer than three of its pages, and still three pages.
    const entries = (from: number) => Array.from({ length: 24 }, (_, k) => `${from + k}. Entry\n\n${k + 3}\n`).join("\n");
    const raw =
      `Protocolo de Consulta\n\nToluca, 2031\n\n` +
      `CONTENIDO\n\n${entries(1)}\n${entries(25)}\n` +
      `Alphaterm opens page four. ${prose("la consulta", 30)}\n\nPágina 4 de 6\n\n` +
      `Betaterm opens page five. ${prose("las bases", 30)}\n\nPágina 5 de 6\n\n` +
      `Gammaterm opens page six. ${prose("las sedes", 30)}\n\nPágina 6 de 6\n`;
    const d = analyze(raw, { docId: "counted-lead" });
    expect(d.pageCount).toBe(6);
    expect(["Alphaterm", "Betaterm", "Gammaterm"].map((w) => pageOf(d, raw, w))).toEqual([4, 5, 6]);
  });

  it("keeps a contents list on page 1 when page 1's foot stands about a page down", () => {
    const raw =
      `Street Camera Survey\n${prose("the cameras", 6)}\n\n` +
      `Contents\n1. Examples abroad\n2. Examples at home\n3. Hardware\n4. Costs\n\n` +
      `Epsilonterm opens the body on page one\n${Array.from({ length: 24 }, (_, k) => `• Camera model ${k + 1}: mast, housing and solar panel`).join("\n")}\n1\n\n` +
      `Zetaterm opens page two. ${prose("the hardware", 30)}\n\n2\n\n` +
      `Etaterm opens page three. ${prose("the costs", 30)}\n\n3\n\n` +
      `Thetaterm opens page four. ${prose("the sources", 30)}\n\n4\n`;
    const d = analyze(raw, { docId: "contents-page-one" });
    expect(d.pageCount).toBe(4);
    expect(["Street Camera", "Contents", "Epsilonterm", "Zetaterm", "Thetaterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 1, 1, 2, 4]);
  });

  it("opens a page at the short lines after a foot that stand after other feet too, not past them as a table's cells", () => {
    // Each page opens with a section mark (`1`, `a`) and the year's motto, then the gazette's
    // banner; each closes with its number.
    const banner = "NORTHERN RIVER PROVINCE, MONDAY 3 MARCH 2031 - PROVINCIAL GAZETTE - FIRST SECTION";
    const head = (n: number) => `1\n\na\n\n"2031 - Year of the River"\n\nPROVINCIAL GAZETTE Nº ${n}\n${banner}\n`;
    const raw =
      `"2031 - Year of the River"\n\nPROVINCIAL GAZETTE\n${banner}\n\nIotaterm opens page one. ${prose("the decree", 30)}\n\n1\n\n` +
      `${head(2)}Kappaterm opens page two. ${prose("the resolution", 30)}\n\n2\n\n` +
      `${head(3)}Lambdaterm opens page three. ${prose("the notice", 30)}\n\n3\n\n` +
      `${head(4)}Muterm opens page four. ${prose("the auction", 30)}\n\n4\n`;
    const d = analyze(raw, { docId: "gazette" });
    expect(d.pageCount).toBe(4);
    for (const n of [2, 3, 4]) expect(pageOf(d, raw, `PROVINCIAL GAZETTE Nº ${n}`)).toBe(n);
    expect(["Iotaterm", "Kappaterm", "Muterm"].map((w) => pageOf(d, raw, w))).toEqual([1, 2, 4]);
  });
});
