import { describe, expect, it } from "vitest";
import { analyze, type AnalyzedDocument } from "@procmine/core";
import { analyzedFixture, fixtureTexts, generateProceedings, prng } from "../helpers.js";

/** What an analysis character may stand for in the raw text. */
const STANDS_FOR: Record<string, RegExp> = {
  " ": /[ \t\f\v\r\n\u00a0\ufeff\u2007\u202f\u2014\u2015]/,
  "\n": /\n/,
  "'": /['\u2018\u2019\u201a\u201b\u2032]/,
  '"': /["\u201c\u201d\u201e\u201f\u2033]/,
  "-": /[-\u2010\u2011\u2012\u2013\u2212]/,
};
/** Raw characters the analysis text may leave out: layout only. */
const REMOVABLE = /[-\r\n \f\u00ad\u200b-\u200d\u2060]/;

/** A whole HTML character reference, which one analysis character may stand for. */
const REFERENCE = /^&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]+);$/;

function checkSpan(doc: AnalyzedDocument, s: number, e: number): void {
  const r = doc.toRaw(s, e);
  expect(r.start).toBe(doc.map.rawIndex(s));
  expect(r.end).toBe(doc.map.rawEnd(e - 1));
  const covered = new Set<number>();
  for (let i = s; i < e; i++) {
    const at = doc.map.rawIndex(i);
    covered.add(at);
    if (doc.map.isWide(i)) {
      expect(doc.raw.slice(at, doc.map.rawEnd(i))).toMatch(REFERENCE);
      for (let k = at; k < doc.map.rawEnd(i); k++) covered.add(k);
      continue;
    }
    const a = doc.text[i]!;
    const c = doc.raw[at]!;
    if (a !== c) expect(STANDS_FOR[a]?.test(c), `analysis ${JSON.stringify(a)} for raw ${JSON.stringify(c)} at ${at}`).toBe(true);
  }
  for (let k = r.start; k < r.end; k++) {
    if (!covered.has(k)) expect(doc.raw[k], `raw ${k} dropped`).toMatch(REMOVABLE);
  }
}

function randomSpans(doc: AnalyzedDocument, seed: number, count: number): void {
  const rnd = prng(seed);
  const n = doc.text.length;
  for (let k = 0; k < count; k++) {
    const s = Math.floor(rnd() * n);
    const e = Math.min(n, s + 1 + Math.floor(rnd() * 60));
    checkSpan(doc, s, e);
  }
}

/** Generated text as HTML extraction leaves it: some letters, quotes and spaces written as references. */
function withReferences(raw: string, seed: number): string {
  const rnd = prng(seed * 31 + 5);
  const AS: Record<string, string[]> = {
    "ú": ["&uacute;", "&#250;", "&#xFA;"],
    "ã": ["&atilde;", "&#227;"],
    "ï": ["&iuml;", "&#xef;"],
    "’": ["&rsquo;", "&#8217;", "&apos;"],
    "“": ["&ldquo;", "&quot;"],
    "”": ["&rdquo;", "&quot;"],
    "—": ["&mdash;", "&#x2014;"],
    "–": ["&ndash;"],
    " ": ["&nbsp;"],
  };
  let out = "Caf&eacute; &amp; C&iacute;a, AT&T and R&D. ";
  for (const c of raw) {
    const as = AS[c];
    out += as && rnd() < (c === " " ? 0.05 : 0.7) ? as[Math.floor(rnd() * as.length)]! : c;
  }
  return out;
}

describe("analysis text to raw text: the offset map", () => {
  for (const f of fixtureTexts()) {
    it(`maps random spans exactly on fixture ${f.id}`, () => {
      randomSpans(analyzedFixture(f), 7, 400);
    });
    it(`maps every token and sentence exactly on fixture ${f.id}`, () => {
      const doc = analyzedFixture(f);
      for (let i = 0; i < doc.tokens.count; i++) checkSpan(doc, doc.tokens.start(i), doc.tokens.end(i));
      for (const s of doc.sentences) checkSpan(doc, s.start, s.end);
    });
  }
  for (let seed = 1; seed <= 40; seed++) {
    it(`maps random spans exactly on generated text #${seed}`, () => {
      const raw = generateProceedings(seed);
      const doc = analyze(raw, { docId: `gen${seed}` });
      randomSpans(doc, seed, 200);
      // The map is onto: every raw character is either in the analysis text or layout.
      const hit = new Uint8Array(raw.length);
      for (let i = 0; i < doc.text.length; i++) hit[doc.map.rawIndex(i)] = 1;
      for (let k = 0; k < raw.length; k++) if (!hit[k]) expect(raw[k]).toMatch(REMOVABLE);
    });
  }
  for (let seed = 1; seed <= 20; seed++) {
    it(`maps random spans exactly on generated HTML-escaped text #${seed}`, () => {
      const raw = withReferences(generateProceedings(seed), seed);
      const doc = analyze(raw, { docId: `html${seed}` });
      expect(doc.text).toContain("Café & Cía");
      expect(doc.text).toContain("AT&T");
      randomSpans(doc, seed, 200);
      for (let i = 0; i < doc.tokens.count; i++) checkSpan(doc, doc.tokens.start(i), doc.tokens.end(i));
      // Onto: every raw character is in the analysis text, in a decoded reference, or layout.
      const hit = new Uint8Array(raw.length);
      for (let i = 0; i < doc.text.length; i++) hit.fill(1, doc.map.rawIndex(i), doc.map.rawEnd(i));
      for (let k = 0; k < raw.length; k++) if (!hit[k]) expect(raw[k]).toMatch(REMOVABLE);
      // Back from raw: any character of a reference finds the character it decodes to.
      for (let i = 0; i < doc.text.length; i++) {
        if (!doc.map.isWide(i)) continue;
        for (let k = doc.map.rawIndex(i); k < doc.map.rawEnd(i); k++) expect(doc.map.fromRaw(k)).toBe(i);
      }
    });
  }

  it("undoes a word cut across a page break and points back at the raw characters", () => {
    const body = "Delegates met at the seminar to discuss security\n".repeat(8);
    // pdftotext's page breaks: a form feed opens each page.
    const raw = `${body}Experts from North\n\fKorea and Gua-\n\ftemala met.`;
    const doc = analyze(raw, { docId: "t" });
    expect(doc.text).toContain("Guatemala");
    const at = doc.text.indexOf("Guatemala");
    const r = doc.toRaw(at, at + "Guatemala".length);
    expect(raw.slice(r.start, r.end)).toBe("Gua-\n\ftemala");
    const nk = doc.text.indexOf("North");
    const r2 = doc.toRaw(nk, doc.text.indexOf("Korea") + 5);
    expect(raw.slice(r2.start, r2.end)).toBe("North\n\fKorea");
    expect(doc.locate(r.end - 1).page).toBe(3);
  });

  it("finds raw offsets back from the analysis text", () => {
    const raw = "The Gua-\ntemalan army.";
    const doc = analyze(raw, { docId: "t" });
    expect(doc.map.fromRaw(raw.indexOf("army"))).toBe(doc.text.indexOf("army"));
  });
});
