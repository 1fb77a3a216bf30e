import { describe, expect, it } from "vitest";
import { analyze, createPipeline, recordMachinery } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";

// An invented page saved as served: a head with scripts, JSON-LD, a style, long tags, an SVG, a comment.
const PAGE = [
  "<!DOCTYPE html>",
  '<html lang="en"><head><meta charset="utf-8"><title>Port raid</title>',
  '<meta name="description" content="Police in Colombia seized 35 rifles">',
  '<script>var slot = { id: 4812, width: 300, height: 250, site: "Interpol" }; window.ads = [7, 12, 2019];</script>',
  '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-04-03", "wordCount": 412, "articleBody": "Customs officers in Panama found 80 kilograms of cocaine in a container."}</script>',
  "<style>.story{margin:12px 0 40px;width:960px} .Mexico{color:#333}</style>",
  "</head><body>",
  '<div class="story" data-id="55123" data-region="Venezuela"><svg viewBox="0 0 24 24"><path d="M12 2L2 22h20z"/></svg>',
  "<!-- ad slot 728x90 Brazil -->",
  "<p>Police said 14 people were arrested in Peru after the raid.</p><p>The Navy of Chile</p>",
  "<ul>",
  "  <li><a href=\"/a\">Latin America</a></li>",
  "  <li><a href=\"/b\">World Bank</a></li>",
  "</ul>",
  "</div></body></html>",
].join("\n");

describe("a web page's machinery (data/html-machinery.json)", () => {
  const pipeline = createPipeline({ extractors: defaultExtractors });
  const records = pipeline.annotate(PAGE, { docId: "page" }).annotations;
  const texts = (type: string) => records.filter((r) => r.type === type).map((r) => r.text);

  it("reads no claim, country or organization in tags, scripts, styles, SVG paths or comments", () => {
    expect(texts("numeric_claim")).toEqual(["80 kilograms", "14"]);
    expect(texts("country")).toEqual(["Panama", "Peru", "Chile"]);
    expect(texts("organization")).not.toContain("Interpol");
  });

  it("keeps raw offsets", () => {
    for (const r of records) expect(PAGE.slice(r.start, r.end)).toBe(r.text);
  });

  it("ends a paragraph at a block tag, so no name runs from one list item into the next", () => {
    const doc = analyze(PAGE, { docId: "page" });
    const blocks = doc.blocks.map((b) => doc.text.slice(b.start, b.end).trim());
    expect(blocks).toContain("Latin America");
    expect(blocks).toContain("World Bank");
  });

  it("reads a name beside a tag without the tag, and `<br><br>` as a paragraph's end", () => {
    const page = [
      "<!DOCTYPE html><html><body>",
      "<p>Last week the <i>Daily Courier</i> reported the arrests.</p>",
      "<p>the Coast Guard<br><br>Ministry of Ports and Harbours: the Harbour Police</p>",
      "</body></html>",
    ].join("\n");
    const found = pipeline.annotate(page, { docId: "p2" }).annotations;
    for (const r of found) expect(r.text).not.toMatch(/[<>]/);
    const doc = analyze(page, { docId: "p2" });
    const blocks = doc.blocks.map((b) => doc.text.slice(b.start, b.end).trim());
    expect(blocks).toContain("the Coast Guard");
  });

  it("finds a script's end in the raw text, whatever letters before it change length when lower-cased (İ)", () => {
    const page = [
      "<!DOCTYPE html><html><head>",
      `<title>${"İSTANBUL ".repeat(30)}</title>`,
      "<SCRIPT>var slot = 7;</SCRIPT><p>Police seized 45 kilos in Peru.</p>",
      "</head></html>",
    ].join("\n");
    const found = pipeline.annotate(page, { docId: "p3" }).annotations;
    expect(found.filter((r) => r.type === "numeric_claim").map((r) => r.text)).toEqual(["45 kilos"]);
    for (const r of found) expect(page.slice(r.start, r.end)).toBe(r.text);
  });

  it("marks machinery only in a document that shows HTML evidence", () => {
    expect(recordMachinery("The ratio was 3 < 4 and <b>5</b> people came.")).toEqual([]);
    // A component's tags (`<Paragraph>`, MDX) are not HTML's.
    expect(recordMachinery(Array.from({ length: 30 }, (_, k) => `<Paragraph>Item ${k} was seized.</Paragraph>`).join("\n"))).toEqual([]);
    expect(recordMachinery(PAGE).length).toBeGreaterThan(0);
  });

  it("reads a table's rows saved without a page around them, each cell's title attribute machinery", () => {
    // An invented listing: rows of cells, the summary both in a link's `title` and in its own cell.
    const row = (k: number) =>
      [
        '<tr class="odd">',
        `  <td>1${k}/09/2001</td>`,
        `  <td><a class="icon" title="Sumário: Apoio à Polícia Federal na fronteira com o Paraguai ${k}." href="#">&nbsp;</a></td>`,
        "  <td>DEPUTADO, PTB-SP</td>",
        "</tr>",
        '<tr id="s" style="display: none">',
        `  <td colspan="8">Apoio à Polícia Federal na fronteira com o Paraguai ${k}.</td>`,
        "</tr>",
      ].join("\n");
    const page = Array.from({ length: 4 }, (_, k) => row(k)).join("\n");
    const found = pipeline.annotate(page, { docId: "rows" }).annotations;
    const countries = found.filter((r) => r.type === "country");
    expect(countries.map((r) => r.text)).toEqual(["Paraguai", "Paraguai", "Paraguai", "Paraguai"]);
    for (const r of countries) expect(page.slice(r.start - 60, r.start)).not.toContain("title=");
  });
});
