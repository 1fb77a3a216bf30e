import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, decodeText, keyIdMembership, ProcmineInputError } from "@procmine/core";
import { FIXTURES } from "../helpers.js";

const PROCEEDINGS = [
  "DAY ONE",
  "",
  "Hemispheric Security and Defense",
  "",
  "I.  Andean Perspectives on Security Threats to the",
  "Region",
  "",
  "Delegates described the situation in detail. They agreed on a plan.",
  "",
  "Q&A Session: Which institutions lead? The ministries do.",
  "",
  "DAY TWO",
  "II. Border Security in the Andes",
  "Patrols were increased. Results were mixed.",
  "BOLIVIA: Bolivia presented its strategy.",
].join("\n");

describe("document structure", () => {
  const doc = analyze(PROCEEDINGS, { docId: "s" });
  const paths = doc.sections.map((s) => s.path.join(" > "));

  it("finds day, title, numbered and lead-in headings with their section paths", () => {
    expect(paths).toEqual([
      "DAY ONE",
      "DAY ONE > Hemispheric Security and Defense",
      "DAY ONE > Hemispheric Security and Defense > I. Andean Perspectives on Security Threats to the Region",
      "DAY ONE > Hemispheric Security and Defense > I. Andean Perspectives on Security Threats to the Region > Q&A Session",
      "DAY TWO",
      "DAY TWO > II. Border Security in the Andes",
      "DAY TWO > II. Border Security in the Andes > BOLIVIA",
    ]);
  });

  it("places offsets in their section, line and column", () => {
    const at = PROCEEDINGS.indexOf("Patrols");
    const where = doc.locate(at);
    expect(where.section.join(" > ")).toBe("DAY TWO > II. Border Security in the Andes");
    expect(where.line).toBe(14);
    expect(where.column).toBe(1);
    expect(doc.locate(PROCEEDINGS.indexOf("presented")).section.at(-1)).toBe("BOLIVIA");
  });

  it("keeps a lead-in label out of its paragraph", () => {
    const block = doc.blockAt(doc.map.fromRaw(PROCEEDINGS.indexOf("Which")));
    expect(block?.kind).toBe("paragraph");
    expect(doc.blockAt(doc.map.fromRaw(PROCEEDINGS.indexOf("Q&A")))?.heading).toBe("lead_in");
  });

  it("ends a numbered title where a paragraph starts right under it, and goes on over a cut one", () => {
    const raw = [
      "III. Honduras: Courts Facing New Strains",
      "The Honduran Attorney General, acting with the",
      "Regional Commission, filed charges.",
      "",
      "IV. Belize and Jamaica: Shared Answers to Coastal Arms",
      "Smuggling",
      "Belize relies on its police.",
    ].join("\n");
    const d = analyze(raw, { docId: "h" });
    expect(d.sections.map((s) => s.title)).toEqual([
      "III. Honduras: Courts Facing New Strains",
      "IV. Belize and Jamaica: Shared Answers to Coastal Arms Smuggling",
    ]);
    expect(d.blockAt(d.map.fromRaw(raw.indexOf("The Honduran")))?.kind).toBe("paragraph");
    expect(d.blockAt(d.map.fromRaw(raw.indexOf("Belize relies")))?.kind).toBe("paragraph");
  });

  it("sets apart a footnote at a page's foot that follows a sentence with no blank line", () => {
    // Pages as the seeds mark them: a line that begins with a space, a page's length apart.
    const body = "Delegates met at the seminar to discuss regional security\n".repeat(25);
    const raw = `${body}and agreed on the agenda.\n1 These proceedings reflect the discussions of 2020.\n Day One examined the border.\n${body}`;
    const d = analyze(raw, { docId: "f" });
    expect(d.blockAt(d.map.fromRaw(raw.indexOf("These")))?.kind).toBe("footnote");
    expect(d.blockAt(d.map.fromRaw(raw.indexOf("agreed on")))?.kind).toBe("paragraph");
  });

  it("sets apart a running head with its page number at a page's edge, not a sentence like it", () => {
    const body = "Delegates met at the seminar to discuss regional security.\n".repeat(6);
    const raw = `${body}\fBorder Security Seminar, Monterrey  |  12\nA speaker noted the trend.\n${body}Page 3\n\fThe figures rose - 12\n${body}`;
    const d = analyze(raw, { docId: "r" });
    const kindAt = (s: string) => d.blockAt(d.map.fromRaw(raw.indexOf(s)))?.kind;
    expect(kindAt("Border Security")).toBe("running_head");
    expect(kindAt("Page 3")).toBe("running_head");
    expect(kindAt("A speaker")).toBe("paragraph");
    expect(kindAt("The figures rose")).toBe("paragraph");
  });

  it("does not take sentences for headings", () => {
    const prose = "The ministers met.\n\nThey Agreed On Nothing At All.\n\nI. e. nothing.";
    expect(analyze(prose, { docId: "p" }).sections).toEqual([]);
  });

  it("counts pages from form feeds, and then leading spaces are indentation", () => {
    const body = "Delegates met at the seminar to discuss security\n".repeat(10);
    const raw = `${body}  An indented paragraph opens here\n${body}\fSecond page\n${body}\f\fFourth page after an empty one\n${body}\f`;
    const d = analyze(raw, { docId: "p" });
    expect(d.pageCount).toBe(4);
    expect(d.locate(raw.indexOf("An indented")).page).toBe(1);
    expect(d.locate(raw.indexOf("Second")).page).toBe(2);
    expect(d.locate(raw.indexOf("Fourth")).page).toBe(4);
  });

  it("reads indented text as indented, not as one page per line", () => {
    const raw = "  First paragraph opens.\nIt goes on.\n  Second paragraph opens.\nIt goes on.";
    expect(analyze(raw, { docId: "i" }).pageCount).toBe(1);
  });

  it("sets a footnote at the bottom of its page apart", () => {
    const body = "Delegates met at the seminar to discuss security and\n".repeat(25);
    const raw = `${body}the William J.\n\n1 These proceedings follow the Chatham House Rule.\n Perry Center hosted it.\n${body}`;
    const d = analyze(raw, { docId: "f" });
    const note = d.blockAt(d.map.fromRaw(raw.indexOf("These")));
    expect(note?.kind).toBe("footnote");
    expect(d.blockAt(d.map.fromRaw(raw.indexOf("Perry")))?.kind).toBe("paragraph");
  });
});

describe("line-break hyphenation", () => {
  const text = (raw: string) => analyze(raw, { docId: "h" }).text;

  it("joins a word the layout cut when the document writes it whole", () => {
    expect(text("Guatemala is near.\nThe Gua-\ntemalan army.")).toContain("Guatemalan army");
  });
  it("keeps the hyphen when the document writes the word with one", () => {
    expect(text("Her cyber-security work.\nThe cyber-\nsecurity agency.")).toContain("cyber-security agency");
  });
  it("joins a lower-case continuation with no other evidence", () => {
    expect(text("An increas-\ning threat.")).toContain("increasing threat");
  });
  it("keeps the hyphen before a capital letter", () => {
    expect(text("The Belize-\nGuatemala border.")).toContain("Belize-Guatemala border");
  });
  it("keeps the hyphen after a prefix that takes one", () => {
    expect(text("A non-\ntraditional threat.")).toContain("non-traditional threat");
  });
  it("does not undo a hyphen across a blank line", () => {
    expect(text("A para-\n\ngraph.")).not.toContain("paragraph");
  });
});

describe("sentences and tokens", () => {
  it("does not split at U.S. inside a name, splits at U.S. before a new sentence", () => {
    const doc = analyze("The U.S. Southern Command met. It was run by the U.S. The meeting ended. Gen. Smith spoke.", { docId: "s" });
    const s = doc.sentences.map((x) => doc.text.slice(x.start, x.end));
    expect(s).toEqual(["The U.S. Southern Command met.", "It was run by the U.S.", "The meeting ended.", "Gen. Smith spoke."]);
  });
  it("never runs a sentence across a heading", () => {
    const doc = analyze("A paragraph without a stop\n\nII. Regional Cooperation\n\nThe paragraph starts here.", { docId: "s" });
    expect(doc.sentences).toHaveLength(3);
  });
  it("goes on with a paragraph that a page or column break cut mid-sentence", () => {
    const raw = "Officers of the U.S.\n\nSouthern Command and the\n\nnavy met. They agreed.\n\nA new paragraph.";
    const doc = analyze(raw, { docId: "s" });
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end).replace(/\s+/g, " "))).toEqual([
      "Officers of the U.S. Southern Command and the navy met.",
      "They agreed.",
      "A new paragraph.",
    ]);
  });
  it("gives tokens with analysis offsets and folded keys", () => {
    const doc = analyze("Perú’s FARC", { docId: "t" });
    const t = doc.tokens;
    expect([...Array(t.count).keys()].map((i) => t.text(i))).toEqual(["Perú", "'s", "FARC"]);
    expect(t.key(0)).toBe("peru");
    expect(t.isUpper(2)).toBe(true);
  });

  it("tells lower-case tokens as the string methods do, and answers key-id membership from a set", () => {
    const doc = analyze("the Coast guard, ésta Ésta ǆungla 9am", { docId: "t" });
    const t = doc.tokens;
    for (let i = 0; i < t.count; i++) expect(t.isLowerCase(i)).toBe(t.text(i) === t.text(i).toLowerCase());
    const isGuard = keyIdMembership(new Set(["guard", "esta"]));
    expect([...Array(t.count).keys()].filter((i) => isGuard(t.keyId(i)) === 1).map((i) => t.text(i))).toEqual(["guard", "ésta", "Ésta"]);
  });
  it("gives every spelling of a word its folded key, however often each was seen before", () => {
    // Spellings met for the first time here (capitals, an accent), then all met again.
    const text = "Zorvakh ZORVAKH zorvakh Zórvakh zorvakhs ZÓRVAKH Zorvakh";
    for (const round of [1, 2]) {
      const t = analyze(text, { docId: `k${round}` }).tokens;
      const keys = [...Array(t.count).keys()].map((i) => t.key(i));
      expect(keys).toEqual(["zorvakh", "zorvakh", "zorvakh", "zorvakh", "zorvakhs", "zorvakh", "zorvakh"]);
      expect(new Set([0, 1, 2, 3, 5, 6].map((i) => t.keyId(i))).size).toBe(1);
      expect(t.keyId(4)).not.toBe(t.keyId(0));
    }
  });
});

describe("decoding input", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("checks a file without decoding it whole, with the same verdicts", async () => {
    const { checkText } = await import("@procmine/core");
    expect(() => checkText(bytes("Perú and Chile"), "ok.txt")).not.toThrow();
    expect(() => checkText(new Uint8Array([0x41, 0xff, 0x42]), "bad.txt")).toThrow(/not valid UTF-8 \(byte 1\)/);
    expect(() => checkText(bytes("  \n "), "blank.txt")).toThrow(/only whitespace/);
    expect(() => checkText(new Uint8Array([0x41, 0x00]), "bin.txt")).toThrow(/binary/);
  });
  it("keeps a BOM so offsets match what Node reads", () => {
    const raw = readFileSync(join(FIXTURES, "synthetic/bom.txt"), "utf8");
    expect(decodeText(readFileSync(join(FIXTURES, "synthetic/bom.txt")))).toBe(raw);
    expect(raw.charCodeAt(0)).toBe(0xfeff);
  });
  it.each([
    ["empty", new Uint8Array(0)],
    ["empty", bytes(" \n\t \n")],
    ["binary", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
    ["encoding", new Uint8Array([0x50, 0x65, 0x72, 0xfa, 0x20, 0x61])],
  ])("refuses %s input with a reason", (code, input) => {
    try {
      decodeText(input, "x.txt");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProcmineInputError);
      expect((e as ProcmineInputError).code).toBe(code);
      expect((e as ProcmineInputError).path).toBe("x.txt");
    }
  });
  it("reads CRLF and tab fixtures with the same analysis as their LF forms", () => {
    const crlf = readFileSync(join(FIXTURES, "synthetic/crlf.txt"), "utf8");
    const lf = crlf.replace(/\r\n/g, "\n");
    const squash = (s: string) => s.replace(/\s+/g, " ").trim();
    expect(squash(analyze(crlf, { docId: "a" }).text)).toBe(squash(analyze(lf, { docId: "b" }).text));
    expect(analyze(crlf, { docId: "a" }).text).toContain("Guatemalan Army");
    const tabs = readFileSync(join(FIXTURES, "synthetic/tabs.txt"), "utf8");
    expect(analyze(tabs, { docId: "t" }).text).not.toContain("\t");
  });
});

describe("Markdown structure in text input", () => {
  const raw = [
    "# Memoria de la Comisión Andina",
    "",
    "La comisión se reunió en tres sesiones.",
    "## 2. Rutas fluviales ##",
    "Las patrullas vigilaron los ríos del sur:",
    "- controles en los puertos",
    "  de la frontera oriental",
    "- radares nuevos en la costa",
    "",
    "Balance de la temporada",
    "-----------------------",
    "El balance fue positivo.",
    "| Puerto | Controles |",
    "| Iquitos | 14 |",
    "",
    "Last paragraph of the invented report ends here.",
    "-----",
    "1 An invented note.",
  ].join("\n");
  const doc = analyze(raw, { docId: "md" });
  const blockText = (b: { rawStart: number; rawEnd: number }) => raw.slice(b.rawStart, b.rawEnd);
  const blockOf = (needle: string) => doc.blocks.find((b) => b.rawStart <= raw.indexOf(needle) && raw.indexOf(needle) < b.rawEnd)!;

  it("reads ATX and setext headings as sections nested by their level, titled without their marks", () => {
    expect(doc.sections.map((s) => s.pathText)).toEqual([
      "Memoria de la Comisión Andina",
      "Memoria de la Comisión Andina > 2. Rutas fluviales",
      "Memoria de la Comisión Andina > Balance de la temporada",
    ]);
    expect(doc.locate(raw.indexOf("Las patrullas")).section.join(" > ")).toBe("Memoria de la Comisión Andina > 2. Rutas fluviales");
  });

  it("does not join a heading to the paragraph before it", () => {
    expect(blockText(blockOf("La comisión"))).toBe("La comisión se reunió en tres sesiones.");
    expect(blockOf("2. Rutas").kind).toBe("heading");
  });

  it("opens a block for each list item (with its wrapped lines) and each table row", () => {
    expect(blockText(blockOf("controles en"))).toBe("- controles en los puertos\n  de la frontera oriental");
    expect(blockText(blockOf("radares"))).toBe("- radares nuevos en la costa");
    expect(blockText(blockOf("| Puerto"))).toBe("| Puerto | Controles |");
    expect(blockText(blockOf("| Iquitos"))).toBe("| Iquitos | 14 |");
    expect(blockOf("El balance").kind).toBe("paragraph");
    expect(blockText(blockOf("El balance"))).toBe("El balance fue positivo.");
  });

  it("keeps a rule under a paragraph's last line (a footnote rule) from making it a heading", () => {
    expect(blockOf("Last paragraph").kind).toBe("paragraph");
  });

  it("reads an ATX line indented four columns (spaces, or a tab to the next stop) as a code block, not a heading, as CommonMark does", () => {
    const withIndent = (indent: string) =>
      ["# Informe de la Comisión", "", "La comisión se reunió en tres sesiones.", "", `${indent}## 2. Rutas fluviales`, "", "Las patrullas vigilaron los ríos del sur."].join("\n");
    for (const indent of ["    ", "\t", "  \t", "      "]) {
      const text = withIndent(indent);
      const d = analyze(text, { docId: "c" });
      expect(d.sections.map((s) => s.pathText)).toEqual(["Informe de la Comisión"]);
      const code = d.blocks.filter((b) => b.kind === "code");
      expect(code.map((b) => text.slice(b.rawStart, b.rawEnd))).toEqual(["## 2. Rutas fluviales"]);
      expect(d.blocks.find((b) => text.slice(b.rawStart, b.rawEnd).startsWith("Las patrullas"))!.kind).toBe("paragraph");
    }
  });

  it("keeps a heading indented three spaces, and reads an indented `#` line right under a line of prose as code too (a program's comment, not the sentence's end)", () => {
    const three = ["# Informe", "", "La comisión se reunió.", "", "   ## 2. Rutas fluviales", "", "Las patrullas vigilaron los ríos."].join("\n");
    expect(analyze(three, { docId: "h" }).sections.map((s) => s.pathText)).toEqual(["Informe", "Informe > 2. Rutas fluviales"]);
    const under = ["The scanner reported its findings as follows:", "    # Scanning 10.0.0.1 with 262144 probes", "", "The patrols found nothing."].join("\n");
    const d = analyze(under, { docId: "l" });
    expect(d.sections).toEqual([]);
    expect(d.blocks.map((b) => [b.kind, under.slice(b.rawStart, b.rawEnd)])).toEqual([
      ["paragraph", "The scanner reported its findings as follows:"],
      ["code", "# Scanning 10.0.0.1 with 262144 probes"],
      ["paragraph", "The patrols found nothing."],
    ]);
  });

  it("keeps a bullet that a line runs on into, and a number that a wrapped sentence puts first, in their paragraph", () => {
    const prose = [
      "The delegates agreed on patrols, and",
      "- with some reservations - on radars.",
      "The budget grew by",
      "12. percent over the year. The plan has parts: 1. patrols;",
      "2. radars; and 3. courts.",
    ].join("\n");
    const d = analyze(prose, { docId: "p" });
    expect(d.blocks).toHaveLength(1);
  });

  it("reads no heading from a line that opens with a lower-case function word or a symbol (a table's `# of` column head)", () => {
    const table = [
      "Training courses abroad were listed by region in the annex.",
      "",
      "# of Students",
      "",
      "Each course took between ten and forty officers from the region.",
      "",
      "% of Budget Spent",
      "",
      "The courses cost less than the ministry had planned for the year.",
      "",
      "of the Southern Region",
      "",
      "Two of them were held at sea on a training ship of the navy.",
      "",
      "Coastal Patrol Course",
      "",
      "The courses ran from March to June in three ports.",
    ].join("\n");
    const d = analyze(table, { docId: "t" });
    expect(d.sections.map((s) => s.pathText)).toEqual(["Coastal Patrol Course"]);
    expect(d.blocks.filter((b) => b.kind === "heading").map((b) => table.slice(b.rawStart, b.rawEnd))).toEqual(["Coastal Patrol Course"]);
  });
});

describe("headings that real layouts put in the way", () => {
  const body = "The delegates reviewed the patrols along the river border in detail.\n".repeat(8);
  const kindOf = (d: ReturnType<typeof analyze>, raw: string, needle: string) => d.blockAt(d.map.fromRaw(raw.indexOf(needle)))?.kind;

  it("reads a numbered note alone at a page's foot as a footnote, not a title", () => {
    const raw = `Border Patrols\n\n${body}\n2 Inter-American Court Ruling C-12/19\n\n3\n\n\f${body}\n4\n`;
    const d = analyze(raw, { docId: "n" });
    expect(kindOf(d, raw, "Inter-American")).toBe("footnote");
    expect(d.sections.map((s) => s.pathText)).toEqual(["Border Patrols"]);
  });

  it("keeps a numbered title at the text's end, with nothing under it, a heading", () => {
    const raw = `${body}\n12 Closing Remarks\n\n`;
    expect(analyze(raw, { docId: "e" }).sections.map((s) => s.pathText)).toEqual(["12 Closing Remarks"]);
  });

  it("reads a table of contents' lines as contents, naming no section, and a table's row as text", () => {
    const raw = [
      "Contents",
      "",
      "I.         Introduction                                      3",
      "II.        Regional Patrols on the Rivers                    4",
      "      A.   Maritime routes in 2031 . . . . . . . . . . . . . 5",
      "III.       Information from the coastal provinces transmitted under Article 12 of the",
      "           Regional Agreement . . . . . . . . . . . . . . . . . . 7",
      "",
      "I. Introduction",
      "",
      body,
      "Seizures by route:",
      "River routes                       26        100",
      "Coastal Patrol Course     3     $7,577     Program Totals:     9",
      "Program Totals:                    12",
      "EBN2031JCET55W                     14",
      "Conclusion . . . . . . . . . . . . . . . . . . . . . . . 9",
      "",
      "Arrests by country:",
      "1.     Alphaland                 734",
      "2.     Betaland                  25",
      "3.     Gammaland                 150",
      "",
      "II. Regional Patrols on the Rivers",
      "",
      body,
    ].join("\n");
    const d = analyze(raw, { docId: "c" });
    expect(d.sections.map((s) => s.pathText)).toEqual(["I. Introduction", "II. Regional Patrols on the Rivers"]);
    expect(kindOf(d, raw, "Introduction    ")).toBe("contents");
    expect(kindOf(d, raw, "Maritime routes")).toBe("contents");
    expect(kindOf(d, raw, "Information from the coastal")).toBe("contents");
    expect(kindOf(d, raw, "River routes")).toBe("paragraph");
    expect(kindOf(d, raw, "Coastal Patrol")).toBe("paragraph");
    expect(kindOf(d, raw, "Program Totals:      ")).toBe("paragraph");
    expect(kindOf(d, raw, "EBN2031")).toBe("paragraph");
    expect(kindOf(d, raw, "Conclusion")).toBe("contents");
    // A numbered table's counts go down and up again: no page numbers.
    expect(kindOf(d, raw, "Betaland")).toBe("paragraph");
  });

  it("reads no heading from a numbered line that stops on a comma, and does not carry a capitals title on into a line in lower case", () => {
    const raw = [
      body,
      "D. C., IN THE NAME OF THE REPUBLIC AND BY AUTHORITY OF THE LAW,",
      "",
      body,
      "IV. COUNTRY TRAINING ACTIVITIES",
      "Southern Region, Chile, Regional Centers for Studies, FY 02",
      "",
      body,
    ].join("\n");
    const d = analyze(raw, { docId: "k" });
    // The line under the capitals is a title of its own (a table page's), not the rest of the chapter's.
    expect(d.sections.map((s) => s.title)).toEqual(["IV. COUNTRY TRAINING ACTIVITIES", "Southern Region, Chile, Regional Centers for Studies, FY 02"]);
  });

  it("names no section after a capitals lead-in that stands on many pages (a form's field name)", () => {
    const page = (code: string) => `${body}\nGOAL: ${code} Keep the river ports open all year.\n${body}`;
    const raw = [page("ADM-3"), page("ADM-4"), page("ADM-6")].join("\f");
    expect(analyze(raw, { docId: "form" }).sections.map((s) => s.title)).toEqual([]);
    const twice = [page("ADM-3"), page("ADM-4")].join("\f");
    expect(analyze(twice, { docId: "twice" }).sections.map((s) => s.title)).toEqual(["GOAL", "GOAL"]);
  });

  it("names no section after a title that stands a page apart three times in a text whose pages are unknown (a form's label, a running foot)", () => {
    const para = "The clinic staff asked each person about housing and health.\n".repeat(20);
    const block = (n: number) => `${para}\nTOTAL SCORE ${n}\n\n${para}`;
    const raw = [block(1), block(2), block(3)].join("\n");
    expect(analyze(raw, { docId: "score" }).sections.map((s) => s.title)).toEqual([]);
    // Twice only, or three times within a few lines (a short page's worth): still titles.
    expect(analyze([block(1), block(2)].join("\n"), { docId: "two" }).sections.map((s) => s.title)).toEqual(["TOTAL SCORE 1", "TOTAL SCORE 2"]);
    const close = `${para}\nTOTAL SCORE 1\n\nOne line.\n\nTOTAL SCORE 2\n\nOne line.\n\nTOTAL SCORE 3\n\n${para}`;
    expect(analyze(close, { docId: "close" }).sections.map((s) => s.title)).toEqual(["TOTAL SCORE 1", "TOTAL SCORE 2", "TOTAL SCORE 3"]);
  });

  it("reads a UN job number with a letter after it as page furniture", () => {
    const raw = `${body}\n24-22215X (E)   171224\n\f${body}`;
    const d = analyze(raw, { docId: "j" });
    expect(kindOf(d, raw, "24-22215X")).toBe("running_head");
  });
});
