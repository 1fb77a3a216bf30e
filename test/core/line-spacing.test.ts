import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type AnalyzedDocument } from "@procmine/core";
import { countryExtractor } from "@procmine/extractors";

/** Invented paragraphs, each of several sentences. */
const PARAGRAPHS = [
  "La comisión regional recibió informes de varias provincias del sur. Las autoridades locales (alcaldes y jueces de paz) pidieron apoyo: el número de víctimas estimado llegó a cerca de 1.2 millones de personas en todo el territorio. El informe final lo confirmó.",
  "Los patrullajes en la frontera norte aumentaron durante el segundo semestre. Las fuerzas combinadas de la policía y del ejército; llegaron en helicópteros a la ciudad. Tras su llegada el grupo armado abandonó la zona urbana y se replegó hacia los valles.",
  "Las cifras oficiales no coinciden con las estimaciones de las organizaciones civiles. Una segunda revisión encontró registros duplicados en tres distritos y corrigió los totales.",
];

/** Lines of at most `width` characters, cut at spaces. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** A double-spaced text (`gap` blank lines after every line), paragraphs set apart only by their short last line. */
function doubleSpaced(width: number, gap = 1): string {
  const spacing = "\n".repeat(gap + 1);
  return PARAGRAPHS.map((p) => wrap(p, width).join(spacing)).join(spacing) + "\n";
}

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("double-spaced text", () => {
  it("reads a lone blank line as line spacing, so sentences and spans run across lines", () => {
    const raw = doubleSpaced(62);
    const doc = analyze(raw, { docId: "d" });
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph").map((b) => flat(doc.text.slice(b.start, b.end)));
    expect(paragraphs).toEqual(PARAGRAPHS);
    const sentences = doc.sentences.map((s) => flat(doc.text.slice(s.start, s.end)));
    expect(sentences).toContain(
      "Las autoridades locales (alcaldes y jueces de paz) pidieron apoyo: el número de víctimas estimado llegó a cerca de 1.2 millones de personas en todo el territorio.",
    );
    expect(doc.sections).toEqual([]);
  });

  it("reads a triple-spaced text (two blank lines after every line) the same way", () => {
    const doc = analyze(doubleSpaced(62, 2), { docId: "t" });
    expect(doc.blocks.filter((b) => b.kind === "paragraph").map((b) => flat(doc.text.slice(b.start, b.end)))).toEqual(PARAGRAPHS);
  });

  it("ends a paragraph at two blank lines or an indented line, even after a full line", () => {
    const lines = wrap(PARAGRAPHS[0]!, 62);
    const second = wrap(PARAGRAPHS[1]!, 62);
    const third = wrap(PARAGRAPHS[2]!, 62);
    const raw = [lines.join("\n\n"), "\n\n", second.join("\n\n"), "\n\n", "    " + third.join("\n\n"), "\n"].join("");
    const doc = analyze(raw, { docId: "d" });
    expect(doc.blocks.filter((b) => b.kind === "paragraph").map((b) => flat(doc.text.slice(b.start, b.end)))).toEqual(PARAGRAPHS);
  });

  it("keeps a short heading line apart from the full line above it", () => {
    const body = wrap(PARAGRAPHS[1]!, 62);
    const above = ["Las cifras oficiales no coinciden con las estimaciones de", "organizaciones civiles y una segunda revisión lo confirmó."];
    const raw = [...wrap(PARAGRAPHS[0]!, 62), ...above, "Antecedentes Regionales", ...body].join("\n\n") + "\n";
    const doc = analyze(raw, { docId: "h" });
    expect(doc.sections.map((s) => s.title)).toEqual(["Antecedentes Regionales"]);
  });

  it("leaves an ordinary text with one blank line between short paragraphs as it was", () => {
    const raw = [
      "The council met in the capital on Monday.",
      "Delegates from four countries attended the session.",
      "Border patrols were discussed at length.",
      "A new agreement on maritime surveillance was signed.",
      "The next meeting will be held in the spring.",
      "Observers welcomed the outcome.",
      "Several ministers spoke to the press afterwards.",
      "The full text of the agreement will be published.",
      "No vote was taken on the second proposal.",
    ].join("\n\n");
    const doc = analyze(raw, { docId: "o" });
    expect(doc.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(9);
  });

  it("reads a long document's line spacing once for all its windows: a window with few lines reads as the whole", () => {
    // (The first two paragraphs end in a short line: nothing else shows where a paragraph of full lines ends.)
    const all = [...PARAGRAPHS.slice(0, 2), ...PARAGRAPHS.slice(0, 2), ...PARAGRAPHS];
    const raw = all.map((p) => wrap(p, 62).join("\n\n")).join("\n\n") + "\n";
    const pipeline = createPipeline({ extractors: [countryExtractor] });
    const sentences = (d: AnalyzedDocument) => d.sentences.map((s) => flat(d.text.slice(s.start, s.end)));
    const whole = sentences(pipeline.annotate(raw, { docId: "s" }).document);
    // Windows of 150 bytes hold 2 to 5 lines, too few to tell their spacing alone; windows cut
    // this text only after a sentence at these sizes.
    for (const windowSize of [150, 350, 500]) {
      const windows = [...pipeline.annotateStream(raw, { docId: "s", windowSize })];
      expect(windows.length).toBeGreaterThan(1);
      expect(windows.flatMap((w) => sentences(w.document))).toEqual(whole);
    }
  });


});
