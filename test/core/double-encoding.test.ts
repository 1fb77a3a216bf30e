import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";

const pipeline = createPipeline({ extractors: defaultExtractors });

// Windows-1252 for the bytes 0x80–0x9F, from its published table (Node's TextDecoder reads them as Latin-1).
const CP1252: Record<number, string> = { 0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x99: "™" };

/** UTF-8 read as Windows-1252 (or Latin-1) and written again: what a double-encoding scraper leaves. */
function doubleEncode(text: string, as: "windows-1252" | "latin1" = "windows-1252"): string {
  return [...new TextEncoder().encode(text)].map((b) => (as === "windows-1252" && CP1252[b]) || String.fromCharCode(b)).join("");
}

/** What the pipeline finds, as `type text attribute`, after checking each raw span. */
function found(raw: string): string[] {
  const { annotations } = pipeline.annotate(raw, { docId: "t" });
  return annotations.map((a: Annotation) => {
    expect(raw.slice(a.start, a.end)).toBe(a.text);
    const attr = a.type === "country" ? a.iso3 : a.type === "threat" ? a.category : a.type === "organization" ? a.name : a.type === "numeric_claim" ? String(a.value) : "";
    return `${a.type} ${a.text} ${attr}`;
  });
}

describe("double-encoded text (UTF-8 read as Windows-1252)", () => {
  it("reads a Portuguese sentence as it was written and points back at the raw sequences", () => {
    const raw = doubleEncode("A Polícia Federal apreendeu R$ 8,7 milhões em operação contra o tráfico de drogas vindo da Colômbia.");
    expect(raw).toContain("PolÃ­cia");
    const got = found(raw);
    expect(got).toContain("country ColÃ´mbia COL");
    expect(got).toContain("numeric_claim R$ 8,7 milhÃµes 8700000");
    expect(got).toContain("threat trÃ¡fico de drogas drug_trafficking");
    expect(got).toContain("organization PolÃ­cia Federal Polícia Federal");
  });

  it("reads three-byte sequences (quotes and dashes) as their plain forms, from Windows-1252 and Latin-1", () => {
    for (const as of ["windows-1252", "latin1"] as const) {
      const raw = doubleEncode("The Navy’s report — on Peru’s “coca” crops — was read.", as);
      const doc = analyze(raw, { docId: "t" });
      expect(doc.text).toBe(`The Navy's report   on Peru's "coca" crops   was read.`);
      const at = doc.text.indexOf("Peru");
      const r = doc.toRaw(at, at + 6);
      expect(raw.slice(r.start, r.end)).toBe(doubleEncode("Peru’s", as));
    }
    expect(doubleEncode("Peru’s")).toBe("Peruâ€™s");
  });

  it("leaves real text alone: capitals with a tilde, a lone pair, too few sequences", () => {
    const real = "NÃO HÁ ACORDO: o Ministério da Defesa não comentou.";
    expect(analyze(real, { docId: "t" }).text).toBe(real);
    // Two sequences are not evidence enough: the document is read as it stands.
    const two = `${doubleEncode("Colômbia")} e ${doubleEncode("Perú")} ficaram de fora.`;
    expect(analyze(two, { docId: "t" }).text).toBe(two);
  });

  it("decides once for a document read in windows", () => {
    // The evidence is all in the first window; the last one holds a single sequence.
    const filler = "Delegates met to discuss regional security and cooperation.\n".repeat(40);
    const raw = `${doubleEncode("Política, Polícia e Defesa.")}\n\n${filler}\n${doubleEncode("Troops from Colômbia arrived.")}\n`;
    const windows = [...pipeline.annotateStream(raw, { docId: "w", windowSize: 1000 })];
    expect(windows.length).toBeGreaterThan(1);
    const countries = windows.flatMap((w) => w.annotations).filter((a) => a.type === "country");
    expect(countries.map((a) => a.text)).toEqual(["ColÃ´mbia"]);
    expect(raw.slice(countries[0]!.start, countries[0]!.end)).toBe("ColÃ´mbia");
  });
});
