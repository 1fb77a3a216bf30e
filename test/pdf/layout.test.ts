import { describe, expect, it } from "vitest";
import { AnnotationSchema, createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { annotatePdf, readPdf, NO_TEXT_LAYER } from "@procmine/pdf";
import { block, makePdf, textWidth, withEncryption, wrap, type Made, type Text } from "./make-pdf.js";

const pipeline = createPipeline({ extractors: defaultExtractors });

const LEFT = "The delegation of Guatemala described joint patrols along the river border and the training of customs officers in the western highlands during the last two years.";
const RIGHT = "Brazilian officials presented a regional plan against illegal mining that links satellite imagery with river inspections in the Amazon basin and its tributaries.";

/** The page (1-based) of a raw offset: 1 + the form feeds before it. */
const pageOf = (text: string, at: number) => 1 + (text.slice(0, at).match(/\f/g)?.length ?? 0);

/** Every word of `words` (as drawn) sits inside one of the record's boxes. */
function boxesHold(a: Annotation, made: Made, height = 792): void {
  expect(a.boxes?.length).toBeGreaterThan(0);
  const drawn = a.text.split(/[\s-]+/).filter(Boolean);
  for (const w of drawn) {
    const hit = made.words.find(
      (d) =>
        d.word.includes(w) &&
        a.boxes!.some((b) => b.page === d.page && b.x0 <= d.x0 + d.size && b.x1 >= d.x0 + 1 && b.y0 <= d.base && b.y1 >= d.base - 0.5 * d.size && b.y1 <= height),
    );
    expect(hit, `${w} of ${JSON.stringify(a.text)} in ${JSON.stringify(a.boxes)}`).toBeDefined();
  }
}

describe("PDF text: reading order", () => {
  it("reads one column line by line, with a blank line between paragraphs", async () => {
    const one = await wrap(LEFT, 300);
    const two = await wrap(RIGHT, 300);
    const made = await makePdf([{ texts: [...block(one, 72, 100), ...block(two, 72, 100 + one.length * 12 + 14)] }]);
    const pdf = await readPdf(made.bytes);
    expect(pdf.text).toBe(`${one.join("\n")}\n\n${two.join("\n")}\n`);
    expect(pdf.pages).toBe(1);
  });

  it("reads a small two-line label beside a column of larger text as two lines, not one", async () => {
    const right = await wrap(RIGHT, 220);
    // The label's lines are 7 points apart, both within the body line's baseline tolerance.
    const made = await makePdf([
      { texts: [{ text: "Patrol the", x: 110, y: 97, size: 7 }, { text: "river border", x: 100, y: 104, size: 7 }, ...block(right, 320, 100)] },
    ]);
    const { text } = await readPdf(made.bytes);
    expect(text).not.toMatch(/borderPatrol/);
    expect(text).toMatch(/Patrol the\s+river border/);
    expect(text.replace(/\s+/g, " ")).toContain(RIGHT);
  });

  it("reads two columns one after the other, not across", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    const made = await makePdf([{ texts: [...block(left, 72, 100), ...block(right, 320, 100)] }]);
    const { text } = await readPdf(made.bytes);
    const flat = text.replace(/\s+/g, " ").trim();
    expect(flat).toBe(`${LEFT} ${RIGHT}`);
    expect(text.indexOf("Brazilian")).toBeGreaterThan(text.indexOf("last two years."));
  });

  it("reads two columns set close (a gutter narrower than the gap between a line's pieces) one after the other", async () => {
    const leftText = `${LEFT} The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists. Each post keeps a copy.`;
    const rightText = `${RIGHT} A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital. Training starts next spring.`;
    const left = await wrap(leftText, 180);
    const right = await wrap(rightText, 180);
    // The right column starts 11 points (1.1 em) after the left column's longest line ends.
    const measure = Math.max(...(await Promise.all(left.map((l) => textWidth(l)))));
    const made = await makePdf([{ texts: [...block(left, 72, 100), ...block(right, 72 + measure + 11, 100)] }]);
    expect(Math.min(left.length, right.length)).toBeGreaterThanOrEqual(8);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`${leftText} ${rightText}`);
  });

  it("reads two columns set close below a full-width block one after the other (the gutter holds only below it)", async () => {
    const wide = await wrap(
      "The committee heard six delegations on the border programme this year, and the summary below sets out what each asked of the ministry, what it was promised in the session and what the inspectors found on their visits to the posts along the river in the dry season, when the crossings are busiest and the trucks wait longest at the two bridges.",
      440,
    );
    const leftText = [
      "The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists.",
      "Each post keeps a copy of the registry, and a clerk in the capital merges the copies into one list that the ministry publishes every quarter.",
      "A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital.",
    ].join(" ");
    const rightText = [
      "Training for the night patrols starts next spring, and the first boats arrive from the coast in the summer, after the rainy season ends.",
      "The inspectors also asked for scanners at the two bridges, where trucks wait for hours while their loads are checked by hand in the sun.",
      "Farmers on both banks told the delegation that the new posts slowed their crossings, and the ministry promised a lane for local traffic.",
    ].join(" ");
    const left = await wrap(leftText, 180);
    const right = await wrap(rightText, 180);
    // The right column starts 11 points (1.1 em) after the left column's longest line ends; the
    // block above runs across both, on more lines than a gutter of the whole page allows to cross it.
    const measure = Math.max(...(await Promise.all(left.map((l) => textWidth(l)))));
    const top = 100 + 12 * wide.length + 12;
    const made = await makePdf([{ texts: [...block(wide, 72, 100), ...block(left, 72, top), ...block(right, 72 + measure + 11, top)] }]);
    expect(Math.min(left.length, right.length)).toBeGreaterThanOrEqual(10);
    expect(wide.length).toBeGreaterThan(0.1 * (wide.length + left.length));
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`${wide.join(" ")} ${leftText} ${rightText}`);
  });

  // Three columns set close (a newsletter's): each 130 points wide, 11 apart.
  const NEWS_A = [
    "Fishermen on both banks asked for a permit that lets them land their catch on either side of the river without paying the crossing fee twice in one day.",
    "The traders who buy from them at the landing stages asked for the same permit, and for a shed at each stage where the fish can be kept cool until the trucks come.",
  ].join(" ");
  const NEWS_B = [
    "The delegations agreed to print the permit in both languages, to sell it at every post and to let it run for one year from the day it is first stamped by an officer.",
    "A lower price applies to the traders who buy from the fishermen, and the sheds will be built by the two river towns with a loan from the regional development bank.",
  ].join(" ");
  const NEWS_C = [
    "The customs school will train forty new officers this year, half of them for the night shift at the bridges and half for the boats that patrol the river between the two towns.",
    "Each class spends a month at the posts before the final test, and the best of them are sent to the regional command to learn the radio network and the registry of seized vehicles.",
    "The delegation from the coast proposed a shared school for the boat crews, with courses on the river's channels, on the sandbanks that move every rainy season and on the charts.",
    "The school would open next spring in a port town halfway along the river, and each country would send ten crews a year for a course of six weeks on the water.",
  ].join(" ");
  const widthOf = async (lines: string[]) => Math.max(...(await Promise.all(lines.map((l) => textWidth(l)))));

  it("reads three columns set close: two under a block across them beside a third that runs the whole page", async () => {
    // The gutter between the second and third columns holds over the whole page; the one between
    // the first and second only below the block over them.
    const wide = await wrap(
      "The river commission met in the old customs house for three days, and its report below sets out what the delegations asked of each other, what they agreed on the patrols and the scanners, and what is left for the next meeting in the autumn.",
      270,
    );
    const [a, b, c] = await Promise.all([wrap(NEWS_A, 130), wrap(NEWS_B, 130), wrap(NEWS_C, 130)]);
    const xB = 72 + (await widthOf(a)) + 11;
    const xC = Math.max(xB + (await widthOf(b)), 72 + (await widthOf(wide))) + 11;
    const below = 100 + 12 * wide.length;
    const made = await makePdf([{ texts: [...block(wide, 72, 100), ...block(a, 72, below), ...block(b, xB, below), ...block(c, xC, 100)] }]);
    expect(Math.min(a.length, b.length)).toBeGreaterThanOrEqual(10);
    expect(c.length).toBeGreaterThanOrEqual(wide.length + a.length);
    expect(wide.length).toBeGreaterThan(0.1 * c.length);
    const flat = (await readPdf(made.bytes)).text.replace(/\s+/g, " ");
    expect(flat).toContain(NEWS_A);
    expect(flat).toContain(NEWS_B);
  });

  it("reads a short column set close beside the top of a long one (a chapter's last lines) after it, not across", async () => {
    const leftText = [
      "The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists.",
      "Each post keeps a copy of the registry, and a clerk in the capital merges the copies into one list that the ministry publishes every quarter.",
      "A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital.",
      "Training for the night patrols starts next spring, and the first boats arrive from the coast in the summer, after the rainy season ends.",
      "The inspectors also asked for scanners at the two bridges, where trucks wait for hours while their loads are checked by hand in the sun.",
      "Farmers on both banks told the delegation that the new posts slowed their crossings, and the ministry promised a lane for local traffic.",
    ].join(" ");
    const rightText = [
      "The committee closed the chapter with a call to fund the radio network before the next dry season, when smuggling along the river peaks again.",
      "Its members will visit the western posts in the autumn and report on the patrols to the assembly before the budget debate in the winter.",
      "A short annex lists the posts by province.",
    ].join(" ");
    const left = await wrap(leftText, 180);
    const right = await wrap(rightText, 180);
    // The right column starts 11 points (1.1 em) after the left's longest line and stops after a
    // few lines: text on its side on fewer than half of the page's lines.
    const measure = Math.max(...(await Promise.all(left.map((l) => textWidth(l)))));
    const made = await makePdf([{ texts: [...block(left, 72, 100), ...block(right, 72 + measure + 11, 100)] }]);
    expect(right.length).toBeGreaterThanOrEqual(9);
    expect(2 * right.length).toBeLessThan(left.length);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`${leftText} ${rightText}`);
  });

  it("keeps the document's column gutters on a page with too few lines to show them (a page that is mostly a figure)", async () => {
    const fill = [
      "The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists.",
      "Each post keeps a copy of the registry, and a clerk in the capital merges the copies into one list that the ministry publishes every quarter.",
      "A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital.",
    ].join(" ");
    const short = [
      "Inspectors asked for scanners at the two bridges where trucks wait.",
      "Farmers on both banks said the new posts slowed their crossings.",
      "The ministry promised a lane for local traffic at every post.",
    ];
    const width = 150;
    const full = await wrap(fill, width);
    const cols = await Promise.all(short.map((t) => wrap(t, width)));
    // Three columns 11 points (1.1 em) apart: closer than the gap that sets a line's pieces apart.
    const xs = [72, 72 + width + 11, 72 + 2 * (width + 11)];
    const head = (y: number) => ({ text: "Border Cooperation Gazette / Volume 12 / Number 4 / Proposed Rules and Notices", x: 72, y });
    const made = await makePdf([
      { texts: [head(60), ...xs.flatMap((x) => block(full, x, 100))] },
      { texts: [head(60), ...xs.flatMap((x, k) => block(cols[k]!, x, 100)), { text: "Figure 3: The posts along the river.", x: 72, y: 600 }] },
    ]);
    expect(full.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...cols.map((c) => c.length))).toBeLessThan(4);
    const { text } = await readPdf(made.bytes);
    const page2 = text.split("\f")[1]!.replace(/\s+/g, " ");
    for (const t of short) expect(page2).toContain(t);
  });

  it("reads two columns one after the other when a lone number stands in the margin beside them", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    // A line number in the left margin, level with the columns' first line: a side of one piece.
    const made = await makePdf([{ texts: [{ text: "12", x: 30, y: 100 }, ...block(left, 72, 100), ...block(right, 320, 100)] }]);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`12 ${LEFT} ${RIGHT}`);
  });

  it("still reads a table of short cells row by row when a lone number stands in the margin beside it", async () => {
    const rows = [["Country", "Patrols", "Seizures"], ["Guatemala", "41", "7"], ["Honduras", "28", "12"], ["Panama", "19", "3"]];
    const texts: Text[] = [{ text: "12", x: 30, y: 100 }];
    rows.forEach((row, i) => row.forEach((cell, j) => texts.push({ text: cell, x: 72 + 150 * j, y: 100 + 14 * i })));
    const { text } = await readPdf((await makePdf([{ texts }])).bytes);
    for (const row of rows) expect(text).toContain(row.join("\t"));
  });

  it("reads a long single column line by line: its word spaces make no gutter", async () => {
    const lines = await wrap(`${LEFT} ${RIGHT} ${LEFT} ${RIGHT}`, 300);
    const made = await makePdf([{ texts: block(lines, 72, 100) }]);
    const { text } = await readPdf(made.bytes);
    expect(lines.length).toBeGreaterThanOrEqual(8);
    expect(text).toBe(`${lines.join("\n")}\n`);
  });

  it("reads a full-width title block, then the left column, then the right", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    const title = "Hemispheric Security Conference: Final Report";
    const made = await makePdf([
      { texts: [{ text: title, x: 72, y: 80, size: 18, bold: true }, { text: "Prepared by the conference secretariat for member delegations", x: 72, y: 104, size: 11 }, ...block(left, 72, 140), ...block(right, 320, 140)] },
    ]);
    const { text } = await readPdf(made.bytes);
    const at = (s: string) => text.indexOf(s);
    expect(at(title)).toBe(0);
    expect(at("Prepared by")).toBeGreaterThan(at(title));
    expect(at("The delegation")).toBeGreaterThan(at("member delegations"));
    expect(at("Brazilian")).toBeGreaterThan(at("last two years."));
    expect(text.replace(/\s+/g, " ")).toContain(`${LEFT} ${RIGHT}`);
  });

  it("reads a drop cap as its paragraph's first letter, not as a row that gathers the lines beside it", async () => {
    // A newsletter's article opening: the first letter set large, sunk beside three lines, its
    // baseline the third's; the next column's lines are set half a line lower.
    const cap = 45;
    const inset = 72 + (await textWidth("T", cap));
    const left = await wrap(LEFT.slice(1), 190);
    const right = await wrap(RIGHT, 220);
    const texts = [
      { text: "T", x: 72, y: 124, size: cap },
      ...block(left.slice(0, 3), inset, 100), ...block(left.slice(3), 72, 136),
      ...block(right, 320, 106),
    ];
    const made = await makePdf([{ texts }]);
    const { text } = await readPdf(made.bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(LEFT);
    expect(flat).toContain(RIGHT);
  });

  it("keeps a sidebar apart instead of cutting the paragraph beside it", async () => {
    const main = await wrap(`${LEFT} ${RIGHT}`, 330);
    const side = await wrap("Sidebar: the customs school opened a second campus with courses for inspectors from five countries.", 120, 9);
    const made = await makePdf([{ texts: [...block(main, 72, 100), ...block(side, 430, 112, 9, 11)] }]);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ")).toContain(`${LEFT} ${RIGHT}`);
    expect(text.replace(/\s+/g, " ")).toContain("Sidebar: the customs school opened a second campus");
  });

  it("reads a pull quote across the gutter after the columns, not between their halves", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    const quote = "“Borders are shared, and so is their security.”";
    const half = Math.ceil(left.length / 2);
    // Both columns break around the quote, which sits across the gutter in larger type.
    const texts = [
      ...block(left.slice(0, half), 72, 100), ...block(left.slice(half), 72, 100 + half * 12 + 40),
      ...block(right.slice(0, half), 320, 100), ...block(right.slice(half), 320, 100 + half * 12 + 40),
      { text: quote, x: 150, y: 100 + half * 12 + 14, size: 16 },
    ];
    const made = await makePdf([{ texts }]);
    const { text } = await readPdf(made.bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`${LEFT} ${RIGHT}`);
    expect(text.indexOf(quote)).toBeGreaterThan(text.indexOf("tributaries."));
  });

  it("reads a title in large type under a one-line page head before the columns, not as a pull quote after them", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    const title = "Joint patrols on the southern river border";
    // The head: a bulletin's name at the left and its issue at the right, the gutter's band
    // between them; the title crosses that band in larger type, and the columns follow.
    const texts = [
      { text: "Border Bulletin of the Customs Union", x: 72, y: 60, size: 9 },
      { text: "Issue 4 of 2026", x: 430, y: 60, size: 9 },
      { text: title, x: 72, y: 90, size: 20 },
      ...block(left, 72, 130), ...block(right, 320, 130),
    ];
    const made = await makePdf([{ texts }]);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ")).toContain(`${LEFT} ${RIGHT}`);
    expect(text.indexOf(title)).toBeGreaterThan(-1);
    expect(text.indexOf(title)).toBeLessThan(text.indexOf("The delegation"));
  });

  it("reads a column's lines in place beside a figure in the other column, not as a pull quote after the page", async () => {
    const leftText = `${LEFT} The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists. Each post keeps a copy of the registry, and the two ministries review it together twice a year.`;
    const rightText = `${RIGHT} A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital.`;
    const left = await wrap(leftText, 220);
    const right = await wrap(rightText, 220);
    // The right column: four lines of text, a figure whose small labels stand level with the
    // left column's 6th and 8th lines (nothing beside its 7th), then the text again.
    const labels = [5, 7].flatMap((k) => [
      { text: `Relay post ${k}`, x: 340, y: 100 + k * 12, size: 7 },
      { text: `Radar ${k}`, x: 470, y: 100 + k * 12, size: 7 },
    ]);
    const made = await makePdf([{ texts: [...block(left, 72, 100), ...block(right.slice(0, 4), 320, 100), ...labels, ...block(right.slice(4), 320, 100 + 9 * 12)] }]);
    expect(left.length).toBeGreaterThanOrEqual(9);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ")).toContain(leftText);
    expect(text.indexOf("Brazilian")).toBeGreaterThan(text.indexOf("twice a year."));
  });

  it("reads columns that hold tables above their text as columns, not as one table across the page", async () => {
    const leftText = [
      "The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists.",
      "Each post keeps a copy of the registry, and a clerk in the capital merges the copies into one list that the ministry publishes every quarter.",
      "Training for the night patrols starts next spring, and the first boats arrive from the coast in the summer, after the rainy season ends.",
    ].join(" ");
    const rightText = [
      "Brazilian officials presented a regional plan against illegal mining that links satellite imagery with river inspections in the Amazon basin.",
      "The plan adds night patrols on the main tributaries, a shared radio network between the posts and a register of licensed dredges.",
      "Each country names one office to answer requests within two days, and the offices meet twice a year to review the seizures and the cases.",
    ].join(" ");
    const years = ["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"];
    // A table of short cells at the top of each column, their rows level across the gutter.
    const cells = years.flatMap((year, i) => [
      ...[year, String(100 + 7 * i), String(40 + 3 * i), String(12 + i)].map((cell, j) => ({ text: cell, x: 72 + j * 50, y: 100 + i * 12 })),
      ...[`Post ${i + 1}`, String(300 + i)].map((cell, j) => ({ text: cell, x: 320 + j * 120, y: 100 + i * 12 })),
    ]);
    const left = await wrap(leftText, 220);
    const right = await wrap(rightText, 220);
    // Below the tables, the right column's baselines sit half a line off the left's.
    const below = 100 + years.length * 12 + 20;
    const made = await makePdf([{ texts: [...cells, ...block(left, 72, below), ...block(right, 320, below + 6)] }]);
    expect(Math.min(left.length, right.length)).toBeGreaterThanOrEqual(9);
    const { text } = await readPdf(made.bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(rightText);
    expect(flat).toContain(leftText);
    expect(text).toContain("2016\t100\t40\t12");
    expect(text).toContain("Post 1\t300");
  });

  it("reads a pull quote of short lines beside a column after the column, not line by line across it", async () => {
    const columnText = [
      "The customs officers of both countries now share a registry of seized vehicles and meet every month in a border town to compare their lists.",
      "Each post keeps a copy of the registry, and a clerk in the capital merges the copies into one list that the ministry publishes every quarter.",
      "A second phase adds river patrols at night and a radio network that links the inspection posts with the regional command in the capital.",
      "Training for the night patrols starts next spring, and the first boats arrive from the coast in the summer, after the rainy season ends.",
      "The inspectors also asked for scanners at the two bridges, where trucks wait for hours while their loads are checked by hand in the sun.",
    ].join(" ");
    const quote = ["THE RIVER IS", "THE BORDER", "AND THE ROAD", "THE POSTS", "MUST CLOSE"];
    const column = await wrap(columnText, 260);
    // The quote's lines stand level with the column's first lines, one after the other.
    const made = await makePdf([{ texts: [...block(column, 72, 100), ...block(quote, 372, 100)] }]);
    expect(column.length).toBeGreaterThan(2 * quote.length);
    const { text } = await readPdf(made.bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`${columnText} ${quote.join(" ")}`);
  });

  it("keeps a table's rows as rows, cells apart", async () => {
    const rows = [["Country", "Seizures", "Arrests"], ["Guatemala", "120", "45"], ["Honduras", "98", "31"], ["Panama", "210", "77"]];
    const texts = rows.flatMap((r, i) => r.map((cell, j) => ({ text: cell, x: 72 + j * 140, y: 200 + i * 14 })));
    const made = await makePdf([{ texts: [{ text: "Table 1 shows the results of the joint operations in each country.", x: 72, y: 170 }, ...texts] }]);
    const { text } = await readPdf(made.bytes);
    for (const r of rows) expect(text).toContain(r.join("\t"));
  });

  it("reads a table of labels beside several lines of text row by row, each cell whole", async () => {
    // Each label stands beside the middle of its text, rows set apart by white space.
    const rows: [string[], string[]][] = [
      [["Indicator"], ["Share of river ports with a customs post", "staffed every day of the year"]],
      [["Targets"], ["DEC2031 – 25%", "DEC2032 – 50%", "DEC2033 – 75%"]],
      [["Reporting", "period"], ["Yearly"]],
      [["Data", "sources"], ["Inspection logs of the border service", "and the navy's river patrols"]],
    ];
    const texts: Text[] = [];
    let y = 120;
    for (const [label, cell] of rows) {
      const lines = Math.max(label.length, cell.length);
      texts.push(...block(label, 72, y + ((lines - label.length) * 12) / 2), ...block(cell, 220, y + ((lines - cell.length) * 12) / 2));
      y += lines * 12 + 14;
    }
    const { text } = await readPdf((await makePdf([{ texts }])).bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Indicator Share of river ports with a customs post staffed every day of the year Targets DEC2031");
    expect(flat).toContain("Reporting period Yearly Data sources Inspection logs");
  });

  /** Notices of several lines (more than the references: no table) with a reference number set in a narrow column right of the text. */
  const NOTICES = [
    "Order of the interior ministry that appoints the director of the coast guard academy for a term of four years, with the duties set out in the statute of the academy and its rules of service.",
    "Resolution of the border agency that corrects errors in the call for inspectors of river ports published last month, and opens a new period of ten days for the candidates to apply.",
    "Decree that approves the plan against illegal mining in the southern provinces, the duties of the police and the army under it, and the budget of the three agencies for its first year.",
    "Notice of the navy that opens the selection of pilots for the patrol boats of the northern lakes, the tests they will take in the spring and the places where the tests will be held.",
  ];
  async function notices(refOffset: number): Promise<{ texts: Text[]; refs: string[] }> {
    const texts: Text[] = [];
    const refs: string[] = [];
    let y = 100;
    for (const [i, notice] of NOTICES.entries()) {
      const lines = await wrap(notice, 240);
      texts.push(...block(lines, 72, y));
      refs.push(`REF-2031-${4410 + i}`);
      texts.push({ text: refs[i]!, x: 440, y: y + refOffset });
      y += lines.length * 12 + 10;
    }
    return { texts, refs };
  }

  it("reads a reference set right of each notice's first line after that notice, not after the whole column", async () => {
    const { texts, refs } = await notices(0);
    const { text } = await readPdf((await makePdf([{ texts }])).bytes);
    const flat = text.replace(/\s+/g, " ").trim();
    expect(flat).toBe(NOTICES.map((n, i) => `${n} ${refs[i]}`).join(" "));
    // Each reference is a paragraph of its own, apart from the notices around it.
    expect(text).toContain(`first year.\n\n${refs[2]}\n\nNotice`);
  });

  it("reads a narrow column of short notes that stand between the text's lines after the text, as a column", async () => {
    // Half a line off the text's baselines: notes of a margin, not references of its lines.
    const { texts, refs } = await notices(6);
    const { text } = await readPdf((await makePdf([{ texts }])).bytes);
    expect(text.replace(/\s+/g, " ").trim()).toBe(`${NOTICES.join(" ")} ${refs.join(" ")}`);
  });

  it("reads a chart's slanted axis labels as separate numbers, not one long one", async () => {
    const years = Array.from({ length: 12 }, (_, i) => String(2001 + i));
    // Labels at 45°, each 14 points after the last: along their slant each is wider than that.
    const labels = years.map((text, i) => ({ text, x: 100 + i * 14, y: 400, size: 7, rotate: 45 }));
    const made = await makePdf([{ texts: [{ text: "Figure 2: Seizures reported by year", x: 100, y: 430 }, ...labels] }]);
    const { text } = await readPdf(made.bytes);
    expect(text).not.toMatch(/\d{8}/);
    expect(text).toContain(years.join(" "));
  });

  it("reads a rotated page upright, with boxes on the page as shown", async () => {
    const made = await makePdf([{ rotate: 90, texts: block(await wrap(LEFT, 400), 72, 100) }]);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "rotated" });
    expect(r.text.replace(/\s+/g, " ").trim()).toBe(LEFT);
    const gtm = r.annotations.find((a) => a.type === "country")!;
    expect(gtm.text).toBe("Guatemala");
    // /Rotate 90 shows the 612 x 792 page as 792 x 612: the text runs down its right-hand side.
    const [b] = gtm.boxes!;
    expect(b!.x0).toBeGreaterThan(600);
    expect(b!.y1 - b!.y0).toBeGreaterThan(b!.x1 - b!.x0);
  });
});

describe("PDF text: pages, running heads, footnotes, cut words", () => {
  it("separates pages by form feeds and sets running heads and page numbers apart", async () => {
    const pages = [];
    for (let p = 0; p < 3; p++) {
      pages.push({
        texts: [
          { text: "Andean Security Review 2019", x: 72, y: 40, size: 9 },
          ...block(await wrap(p % 2 ? RIGHT : LEFT, 400), 72, 120),
          { text: `${p + 1}`, x: 300, y: 760, size: 9 },
        ],
      });
    }
    const made = await makePdf(pages);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "heads" });
    expect(r.pages).toBe(3);
    expect(r.text.split("\f")).toHaveLength(3);
    const pdf = await readPdf(made.bytes);
    const running = pdf.marks.filter((m) => m.kind === "running_head").map((m) => pdf.text.slice(m.start, m.end));
    expect(running.filter((t) => t === "Andean Security Review 2019")).toHaveLength(3);
    expect(running.filter((t) => /^\d$/.test(t))).toHaveLength(3);
    for (const a of r.annotations) {
      expect(r.text.slice(a.start, a.end)).toBe(a.text);
      expect(a.page).toBe(pageOf(r.text, a.start));
      expect(a.boxes!.every((b) => b.page === a.page)).toBe(true);
    }
    expect(r.annotations.filter((a) => a.text === "Guatemala").map((a) => a.page)).toEqual([1, 3]);
  });

  it("sets a footnote apart at the end of its page's text", async () => {
    const body = await wrap(`${LEFT} ${RIGHT}`, 400);
    const note = "1 Figures from the national customs service, published in its annual report.";
    const made = await makePdf([{ texts: [...block(body, 72, 100), { text: note, x: 72, y: 720, size: 7 }, { text: "Next page text follows here.", x: 72, y: 300 }] }]);
    const pdf = await readPdf(made.bytes);
    const notes = pdf.marks.filter((m) => m.kind === "footnote").map((m) => pdf.text.slice(m.start, m.end));
    expect(notes).toEqual([note]);
    expect(pdf.text.trimEnd().endsWith(note)).toBe(true);
    const r = pipeline.annotate(pdf.text, { docId: "notes", marks: pdf.marks });
    expect(r.document.blocks.filter((b) => b.kind === "footnote")).toHaveLength(1);
  });

  it("puts accents a font draws as glyphs of their own back on their letters (`supervis˜ao` is `supervisão`)", async () => {
    // As TeX's fonts draw them: the accent before its letter, a cedilla after it, an accent ending
    // a word after it, and an accent drawn as its own item over the letter of the next item.
    const head = "A supervis\u02DCao da seguran\u00E7a, que e\u00B4 a integra";
    const headWidth = await textWidth(head, 11);
    const cWidth = await textWidth("c\u00B8", 11);
    const made = await makePdf([
      {
        texts: [
          { text: "A supervis\u02DCao da seguranc\u00B8a, que e\u00B4 a integrac\u00B8", x: 72, y: 100, size: 11 },
          { text: "\u02DC", x: 72 + headWidth + cWidth - 0.5, y: 100, size: 11 },
          { text: "ao de dados.", x: 72 + headWidth + cWidth, y: 100, size: 11 },
          { text: "An ordinary line keeps `anio` quoted as code, 5\u00B4 and ART\u00B4CIULO as written.", x: 72, y: 114, size: 11 },
        ],
      },
    ]);
    const pdf = await readPdf(made.bytes);
    expect(pdf.text).toBe("A supervisão da segurança, que é a integração de dados.\nAn ordinary line keeps `anio` quoted as code, 5\u00B4 and ART\u00B4CIULO as written.\n");
    const annotations = (await annotatePdf(pipeline, made.bytes, { docId: "accents" })).annotations;
    for (const a of annotations) expect(pdf.text.slice(a.start, a.end)).toBe(a.text);
  });

  it("puts a cedilla drawn just ahead of its letter under that letter (`integra¸cão` is `integração`)", async () => {
    // Some TeX fonts order the cedilla before its c; the letter before it (an a, an n) takes none.
    const made = await makePdf([
      { texts: [{ text: "A integra\u00B8c\u00E3o das for\u00B8cas e a avalia\u00B8c\u00E3o do or\u00B8camento.", x: 72, y: 100, size: 11 }] },
    ]);
    const pdf = await readPdf(made.bytes);
    expect(pdf.text).toBe("A integra\u00E7\u00E3o das for\u00E7as e a avalia\u00E7\u00E3o do or\u00E7amento.\n");
    const annotations = (await annotatePdf(pipeline, made.bytes, { docId: "cedilla" })).annotations;
    for (const a of annotations) expect(pdf.text.slice(a.start, a.end)).toBe(a.text);
  });

  it("keeps a word cut at a line end as written, hyphen and line break, and boxes both halves", async () => {
    const made = await makePdf([{ texts: [{ text: "Officers from Guate-", x: 72, y: 100 }, { text: "mala and Belize met at the border crossing.", x: 72, y: 112 }] }]);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "cut" });
    expect(r.text).toContain("Guate-\nmala");
    const gtm = r.annotations.find((a) => a.type === "country" && a.text.startsWith("Guate"))!;
    expect(gtm.text).toBe("Guate-\nmala");
    expect(gtm.boxes).toHaveLength(2);
    expect(gtm.boxes![0]!.y1).toBeLessThan(gtm.boxes![1]!.y1);
    boxesHold({ ...gtm, text: "Guate-" } as Annotation, made);
  });

  it("gives a span across a page break a box on each page", async () => {
    const made = await makePdf([
      { texts: [{ text: "The meeting in Washington was attended by delegates of the United", x: 72, y: 740 }] },
      { texts: [{ text: "States and of several Caribbean nations.", x: 72, y: 60 }] },
    ]);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "across" });
    const usa = r.annotations.find((a) => a.type === "country" && a.text.startsWith("United"))!;
    expect(usa.text).toBe("United\n\fStates");
    expect(usa.boxes!.map((b) => b.page)).toEqual([1, 2]);
    expect(usa.page).toBe(1);
  });

  it("boxes hold the words of every record, and offsets index the text exactly", async () => {
    const left = await wrap(LEFT, 220);
    const right = await wrap(RIGHT, 220);
    const made = await makePdf([{ texts: [...block(left, 72, 100), ...block(right, 320, 100)] }]);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "boxes" });
    expect(r.annotations.length).toBeGreaterThanOrEqual(3);
    // No line opens with a space: core would read space-led lines as page breaks.
    expect(r.text).not.toMatch(/^[ \t]/m);
    for (const a of r.annotations) {
      expect(AnnotationSchema.safeParse(a).success).toBe(true);
      expect(r.text.slice(a.start, a.end)).toBe(a.text);
      boxesHold(a, made);
    }
    const gtm = r.annotations.find((a) => a.text === "Guatemala")!;
    const drawn = made.words.find((w) => w.word === "Guatemala")!;
    expect(gtm.boxes![0]!.x0).toBeCloseTo(drawn.x0, 0);
    expect(gtm.boxes![0]!.x1).toBeCloseTo(drawn.x1, 0);
  });
});

describe("PDF input errors", () => {
  it("refuses an encrypted PDF, a damaged one and one without text, each with a clear reason", async () => {
    const ok = await makePdf([{ texts: [{ text: "Text on a page.", x: 72, y: 100 }] }]);
    await expect(readPdf(withEncryption(ok.bytes), "locked.pdf")).rejects.toThrow(/^encrypted PDF/);
    const broken = new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\ngarbage", "latin1"));
    await expect(readPdf(broken, "broken.pdf")).rejects.toThrow(/^damaged PDF/);
    const blank = await makePdf([{ rect: true, texts: [] }]);
    await expect(readPdf(blank.bytes, "scan.pdf")).rejects.toThrow(NO_TEXT_LAYER);
  });

  it("counts an empty page (a cover image) as a page", async () => {
    const made = await makePdf([{ rect: true, texts: [] }, { texts: [{ text: "Honduras and Guatemala signed the accord.", x: 72, y: 100 }] }]);
    const r = await annotatePdf(pipeline, made.bytes, { docId: "cover" });
    expect(r.pages).toBe(2);
    expect(r.annotations.map((a) => a.page)).toEqual(r.annotations.map(() => 2));
  });
});
