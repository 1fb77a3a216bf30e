import { describe, expect, it } from "vitest";
import { analyze } from "@procmine/core";

/** Invented prose lines for page `p`: `n` hard-wrapped lines of a paper's body. */
function bodyLines(p: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${i === 0 ? `Topic${p} opens here and` : "the"} survey of the river towns measured the ferry traffic and its`);
  return out;
}

/**
 * A preprint as pdftotext writes it without form feeds: every line of text carries its margin
 * line number on a line of its own (numbered on across pages), and each page opens with its own
 * number; page 1's `1` stands under the title block.
 */
function preprint(pages: number, perPage: number): string {
  const parts: string[] = ["Ferry Traffic in River Towns", "", "A. Author and B. Author", ""];
  let lineNo = 1;
  for (let p = 1; p <= pages; p++) {
    parts.push(String(p), "");
    for (const line of bodyLines(p, perPage)) parts.push(String(lineNo++), "", line, "");
  }
  return parts.join("\n");
}

describe("margin line numbers on lines of their own", () => {
  it("reads the page numbers among them, not the line numbers, as the pages", () => {
    const raw = preprint(6, 24);
    const d = analyze(raw, { docId: "preprint" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((p) => d.locate(raw.indexOf(`Topic${p} `)).page)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("a running title with a version number and the word page", () => {
  it("reads `Interface Guide v 2.3b | Page N` feet, and `| Page ii` front matter, as page numbers", () => {
    const foot = (n: string) => `\nInterface Guide v 2.3b | Page ${n}\n\n`;
    const page = (p: number, n: string) => `${bodyLines(p, 30).join("\n")}\n${foot(n)}`;
    const raw = [page(1, "i"), page(2, "ii"), page(3, "1"), page(4, "2"), page(5, "3"), page(6, "4")].join("");
    const d = analyze(raw, { docId: "guide" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((p) => d.locate(raw.indexOf(`Topic${p} `)).page)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
