import { describe, expect, it } from "vitest";
import { acronymUses, analyze, inAllCapsHeading, type AnalyzedDocument } from "@procmine/core";
import { fixtureTexts, prng } from "../helpers.js";

// acronymUses reads one index of the text's words instead of searching the text once per short
// form. Held here to the plain definition: every occurrence, checked where it stands.

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (c: string) => c !== "" && ALNUM.test(c);

function byDefinition(doc: AnalyzedDocument, short: string, plural: boolean): { start: number; end: number }[] {
  const text = doc.text;
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    let end = at + short.length;
    if (plural && text.charAt(end) === "s" && !isAlnum(text.charAt(end + 1))) end++;
    const after = text.slice(end, end + 2);
    if (/[\p{L}\p{N}-]/u.test(text.charAt(at - 1)) || /^[\p{L}\p{N}]|^-[\p{L}\p{N}]/u.test(after)) continue;
    if (inAllCapsHeading(doc, at)) continue;
    out.push({ start: at, end });
  }
  return out;
}

const SHORTS = ["NET", "NETs", "OAS", "FARC", "FARC-EP", "U.S.", "CT3N", "ÉTA", "A&M", "S", "(UN)", "-X", "mRNA", "net"];

function inventedText(seed: number): string {
  const rnd = prng(seed);
  const words = ["the", "NET", "NETs", "NETWORK", "NET's", "OAS", "OASs", "FARC", "FARC-EP", "FARC-EPs", "JIATF-NET", "NET-2", "U.S.", "U.S.A", "CT3N", "ÉTA", "ÉTAs", "xÉTA", "A&M", "S", "Ss", "(UN)", "-X", "X", "2NET", "NET2", "naïve", "𝐍ET", "NET𝐍", "mRNA", "mRNAs", "net", "nets"];
  const seps = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "-", "/", "("];
  const parts: string[] = ["OAS AND NET REPORT\n\n"];
  for (let i = 0; i < 3000; i++) parts.push(words[Math.floor(rnd() * words.length)]!, seps[Math.floor(rnd() * seps.length)]!);
  return parts.join("");
}

describe("acronymUses", () => {
  const docs = [
    ...[1, 2, 3].map((seed) => analyze(inventedText(seed), { docId: `invented #${seed}` })),
    ...fixtureTexts().slice(0, 3).map((f) => analyze(f.raw, { docId: f.id })),
  ];
  it("finds what the definition finds, plural or not", () => {
    // Twice over: a document's first short forms are searched for, later ones read from its index.
    for (const doc of docs) {
      for (const pass of [1, 2]) {
        for (const short of SHORTS) {
          for (const plural of [false, true]) expect(acronymUses(doc, short, { plural }), `${doc.docId} ${short} ${plural} pass ${pass}`).toEqual(byDefinition(doc, short, plural));
        }
      }
    }
  });
  it("finds uses in the invented texts", () => {
    expect(acronymUses(docs[0]!, "NET").length).toBeGreaterThan(10);
    expect(acronymUses(docs[0]!, "FARC-EP", { plural: true }).some((u) => u.end - u.start === 8)).toBe(true);
  });
});
