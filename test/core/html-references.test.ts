import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";

const pipeline = createPipeline({ extractors: defaultExtractors });

/** What the pipeline finds, as `type text attribute`, after checking each raw span. */
function found(raw: string): string[] {
  const { annotations } = pipeline.annotate(raw, { docId: "t" });
  return annotations.map((a: Annotation) => {
    expect(raw.slice(a.start, a.end)).toBe(a.text);
    const attr = a.type === "country" ? a.iso3 : a.type === "threat" ? a.category : a.type === "organization" ? a.name : "";
    return `${a.type} ${a.text} ${attr}`;
  });
}

describe("HTML character references in extracted text", () => {
  it("reads a Portuguese sentence written with references and points back at them", () => {
    const raw = "Em Bras&iacute;lia, a Pol&iacute;cia Federal e o Minist&eacute;rio da Defesa descreveram o tr&aacute;fico de coca&iacute;na vindo da Col&ocirc;mbia e do Per&uacute;.";
    const got = found(raw);
    expect(got).toContain("country Col&ocirc;mbia COL");
    expect(got).toContain("country Per&uacute; PER");
    expect(got).toContain("threat tr&aacute;fico de coca&iacute;na drug_trafficking");
    expect(got.some((g) => g.startsWith("organization Pol&iacute;cia Federal "))).toBe(true);
    expect(got.some((g) => g.startsWith("organization Minist&eacute;rio da Defesa"))).toBe(true);
  });

  it("reads numeric references, decimal and hexadecimal, in a Spanish sentence", () => {
    const raw = "El ej&#233;rcito de M&#xE9;xico y la polic&#xed;a de Panam&#225; combatieron el narcotr&aacute;fico.";
    const got = found(raw);
    expect(got).toContain("country M&#xE9;xico MEX");
    expect(got).toContain("country Panam&#225; PAN");
    expect(got.some((g) => g.startsWith("threat narcotr&aacute;fico "))).toBe(true);
  });

  it("decodes a reference at the very end of a span and of a block", () => {
    const raw = "Delegates from Per&uacute;\n\nand from Canad&aacute;";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toBe("Delegates from Perú\n\nand from Canadá");
    const at = doc.text.indexOf("Perú");
    const r = doc.toRaw(at, at + 4);
    expect(raw.slice(r.start, r.end)).toBe("Per&uacute;");
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(["Delegates from Perú", "and from Canadá"]);
  });

  it("leaves what is not a reference as it is: AT&T, R&D, an unknown name, a bare &", () => {
    const raw = "AT&T and R&D &amp; the &madeup; fund &quot;grew&quot; 5 & 6.";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toBe('AT&T and R&D & the &madeup; fund "grew" 5 & 6.');
  });

  it("leaves a document with one stray reference untouched", () => {
    const raw = "The statute cites &sect; 12 of the code on arms trafficking in Colombia.";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toBe(raw);
    expect(found("Smith &amp; Jones met in Colombia.")).toEqual(["country Colombia COL"]);
  });

  it("decodes a reference once: &amp;eacute; is the text &eacute;", () => {
    const doc = analyze("Caf&amp;eacute; &amp; t&eacute;", { docId: "t" });
    expect(doc.text).toBe("Caf&eacute; & té");
  });

  it("decides once for a document read in windows", () => {
    // The references are all in the first window; the last one has a single reference only.
    const filler = "Delegates met to discuss regional security and cooperation.\n".repeat(40);
    const raw = `Caf&eacute; &amp; t&eacute;.\n\n${filler}\nTroops from Col&ocirc;mbia arrived.\n`;
    const windows = [...pipeline.annotateStream(raw, { docId: "w", windowSize: 1000 })];
    expect(windows.length).toBeGreaterThan(1);
    const countries = windows.flatMap((w) => w.annotations).filter((a) => a.type === "country");
    expect(countries.map((a) => a.text)).toEqual(["Col&ocirc;mbia"]);
    expect(raw.slice(countries[0]!.start, countries[0]!.end)).toBe("Col&ocirc;mbia");
  });
});
