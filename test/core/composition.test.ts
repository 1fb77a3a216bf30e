import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { prng } from "../helpers.js";

const pipeline = createPipeline({ extractors: defaultExtractors });

/** The records of `raw` without where they sit (offsets, id, column), after checking each raw span. */
function records(raw: string): Record<string, unknown>[] {
  const { annotations } = pipeline.annotate(raw, { docId: "t" });
  return annotations.map((a: Annotation) => {
    expect(raw.slice(a.start, a.end)).toBe(a.text);
    // A span never opens on a combining mark nor ends between a letter and its mark.
    expect(raw.slice(a.start, a.start + 1)).not.toMatch(/^\p{M}/u);
    expect(raw.slice(a.end, a.end + 1)).not.toMatch(/^\p{M}/u);
    const { start: _s, end: _e, id: _i, column: _c, text, ...rest } = a;
    return { ...rest, text: text.normalize("NFC") };
  });
}

const SPANISH =
  "La Policía Nacional del Perú decomisó más de 1.200 kilos de cocaína en la región, y el narcotráfico y la extorsión crecieron un 15 % en los últimos años según la Fiscalía General de la Nación de Colombia.";
const PORTUGUESE =
  "Segundo o Ministério da Justiça e Segurança Pública, o governo destinou até R$ 2,3 bilhões à Polícia Rodoviária Federal, e os homicídios caíram 12,5 por cento na região amazônica.";

describe("letters stored decomposed (a letter and its combining mark)", () => {
  it("gives a Spanish and a Portuguese sentence the records of the same sentence precomposed", () => {
    for (const sentence of [SPANISH, PORTUGUESE]) {
      const decomposed = sentence.normalize("NFD");
      expect(decomposed).not.toBe(sentence);
      const want = records(sentence);
      expect(want.length).toBeGreaterThan(4);
      expect(records(decomposed)).toEqual(want);
    }
    // The qualifiers word lists spell with an accent, read only when the letter is composed.
    expect(records(SPANISH.normalize("NFD"))).toContainEqual(expect.objectContaining({ text: "más de 1.200 kilos", qualifier: "more than" }));
    expect(records(PORTUGUESE.normalize("NFD"))).toContainEqual(expect.objectContaining({ text: "até R$ 2,3 bilhões", qualifier: "up to" }));
  });

  it("reads each decomposed letter as one analysis character spanning its raw letter and mark", () => {
    const raw = "Tropas del Peru\u0301 llegaron.";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toBe("Tropas del Perú llegaron.");
    const at = doc.text.indexOf("Perú");
    // A mention ending on the letter ends after its mark, not between the two.
    expect(doc.toRaw(at, at + 4)).toEqual({ start: raw.indexOf("Peru"), end: raw.indexOf("\u0301") + 1 });
    expect(doc.toRaw(at + 3, at + 4)).toEqual({ start: raw.indexOf("u\u0301"), end: raw.indexOf("\u0301") + 1 });
    // The raw mark itself belongs to the composed letter.
    expect(doc.map.fromRaw(raw.indexOf("\u0301"))).toBe(at + 3);
    const country = pipeline.annotate(raw, { docId: "t" }).annotations.find((a) => a.type === "country");
    expect(country).toMatchObject({ text: "Peru\u0301", iso3: "PER", end: raw.indexOf("\u0301") + 1 });
  });

  it("keeps a combining mark that does not compose, and composes only the start of a run that partly does", () => {
    // No precomposed `x́`, nor a mark without a letter before it.
    for (const raw of ["Un x\u0301 aislado.", "\u0301Al principio.", "Dos q\u0301\u0300 marcas."]) expect(analyze(raw, { docId: "t" }).text).toBe(raw);
    // Beside letters that do compose, in the same text.
    expect(analyze("\u0301Un x\u0301 y un a\u0301.", { docId: "t" }).text).toBe("\u0301Un x\u0301 y un á.");
    // `á` exists, `á` with a circumflex too does not: the acute joins the letter, the circumflex stays.
    const raw = "La ma\u0301\u0302s rara.";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toBe("La má\u0302s rara.");
    const at = doc.text.indexOf("\u0302");
    expect(doc.toRaw(at, at + 1)).toEqual({ start: raw.indexOf("\u0302"), end: raw.indexOf("\u0302") + 1 });
    // Three marks into one letter (Greek), and a letter whose marks NFC reorders (dot below before acute).
    expect(analyze("\u03b1\u0313\u0300\u0345 y Vie\u0323\u0302t.", { docId: "t" }).text).toBe("\u1f82 y Việt.");
  });

  it("weighs a word cut at a line end by its composed form", () => {
    // `político-militar` written with its hyphen elsewhere says the hyphen at the line end is the
    // word's own, decomposed or not; `policía` written whole says `poli-cía` was only cut.
    const sentence = "Un acuerdo político-militar y la Policía. Otro pacto político-\nmilitar con la poli-\ncía.";
    const precomposed = analyze(sentence, { docId: "t" }).text;
    expect(precomposed).toContain("pacto político-militar con la policía.");
    expect(analyze(sentence.normalize("NFD"), { docId: "t" }).text).toBe(precomposed);
  });

  it("gives generated documents the same records whichever of their accented letters are decomposed", () => {
    const phrases = [
      "La Policía Nacional del Perú",
      "la Fiscalía General de la Nación",
      "la Secretaría de Seguridad y Protección Ciudadana de México",
      "el narcotráfico",
      "la extorsión y el secuestro",
      "más de 3 mil millones de pesos",
      "casi 40 por ciento",
      "A Polícia Federal do Brasil",
      "o tráfico de drogas na Colômbia",
      "até R$ 2,3 bilhões",
      "cerca de 12 mil hectares",
      "o Ministério da Defesa",
      "la lavagem de dinheiro",
      "los últimos años",
      "os homicídios na região amazônica",
    ];
    const verbs = ["informó sobre", "destacó", "afirmou que", "registró", "apreendeu", "según"];
    const rand = prng(20261205);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    for (let doc = 0; doc < 30; doc++) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 1 + Math.floor(rand() * 3); p++) {
        const sentences: string[] = [];
        for (let s = 0; s < 1 + Math.floor(rand() * 4); s++) sentences.push(`${pick(phrases)} ${pick(verbs)} ${pick(phrases)}.`);
        // Lines broken inside the paragraph, as extracted text has them.
        paragraphs.push(sentences.join(rand() < 0.5 ? " " : "\n"));
      }
      const precomposed = paragraphs.join("\n\n");
      const decomposed = [...precomposed].map((c) => (rand() < 0.6 ? c.normalize("NFD") : c)).join("");
      expect(records(decomposed)).toEqual(records(precomposed));
    }
  });
});
