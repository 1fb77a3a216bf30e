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
});
