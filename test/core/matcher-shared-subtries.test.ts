import { describe, expect, it } from "vitest";
import { analyze, packSnapshot, PhraseMatcher, unpackSnapshot, type PhraseEntry, type PhraseMatch } from "@procmine/core";

// Invented phrase templates, expanded as a lexicon expands its `{slot}`s: the same tails repeat
// under every prefix, which a matcher with shared subtries stores once.
const acts = ["smuggling", "sale", "illegal sale", "transport"];
const qualifiers = ["", "large-scale ", "cross-border "];
const links = ["of", "of the"];
const goods = ["parrots", "rare orchids", "orchids", "tiger bones", "bones"];

function entries(): PhraseEntry<string>[] {
  const out: PhraseEntry<string>[] = [];
  for (const a of acts) for (const q of qualifiers) for (const l of links) for (const g of goods) out.push({ phrase: `${q}${a} ${l} ${g}`, value: g.includes("orchid") ? "plants" : "animals", case: "insensitive" });
  // Entries whose case is checked, one of them on a node an insensitive one also ends on.
  out.push({ phrase: "Orchid Smuggling Unit", value: "unit", case: "capitalized" });
  out.push({ phrase: "OSU", value: "unit", case: "exact" });
  out.push({ phrase: "sale of parrots", value: "pinned", case: "exact" });
  out.push({ phrase: "smuggling", value: "bare", case: "insensitive" });
  out.push({ phrase: "bones", value: "bare", case: "insensitive" });
  return out;
}

const texts = [
  "The large-scale smuggling of the rare orchids and the Sale of Parrots went on; the OSU and osu met.",
  "Cross-border transport of tiger bones, illegal sale of the orchids and smuggling of bones.",
  "An Orchid Smuggling Unit report (orchid smuggling unit) named the sale of parrots and sale of the parrots.",
  "ILLEGAL SALE OF THE TIGER BONES and large-scale sale of tiger and cross-border illegal sale of parrots.",
];

const shape = (ms: PhraseMatch<string>[]) => ms.map((m) => [m.start, m.end, m.firstToken, m.endToken, m.value]);

describe("PhraseMatcher.withSharedSubtries", () => {
  const full = new PhraseMatcher<string>(entries());
  const shared = full.withSharedSubtries();
  const restored = unpackSnapshot<PhraseMatcher<string>>(packSnapshot(shared, { PhraseMatcher }), { PhraseMatcher });

  it("finds the same matches as the trie it was made from, stored and restored too", () => {
    for (const text of texts) {
      const doc = analyze(text, { docId: "shared" });
      for (const m of [shared, restored]) {
        expect(shape(m.matchAll(doc))).toEqual(shape(full.matchAll(doc)));
        expect(shape(m.match(doc))).toEqual(shape(full.match(doc)));
        for (let i = 0; i < doc.tokens.count; i++) expect(shape([m.longestAt(doc, i)].filter((x) => x !== undefined))).toEqual(shape([full.longestAt(doc, i)].filter((x) => x !== undefined)));
      }
    }
    expect(full.matchAll(analyze(texts[0]!, { docId: "shared" })).length).toBeGreaterThan(3);
  });

  it("stores the repeated tails once", () => {
    const size = (m: PhraseMatcher<string>) => packSnapshot(m, { PhraseMatcher }).length;
    // Bytes only as an order: both carry a start table as long as the process's key ids, which
    // grows with whatever the process read before (tests share a worker), so no fixed ratio holds.
    expect(size(shared)).toBeLessThan(size(full));
    expect(shared.entryCount).toBeLessThan(full.entryCount / 4);
  });

  it("keeps no phrases and takes no more entries", () => {
    const doc = analyze(texts[1]!, { docId: "shared" });
    expect(() => shared.match(doc)[0]!.phrase).toThrow(/keeps no phrases/);
    expect(() => shared.add({ phrase: "orchid theft", value: "plants" })).toThrow(/not added to/);
  });
});
