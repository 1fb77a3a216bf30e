import { keyIdMemo, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { commodityOf } from "./commodity.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";

// A participle with no object after it (`drugs that are smuggled into`, `children are trafficked
// to`, `deadly drugs trafficked into`) is the verb form of the threat (ANNOTATION.md §3) and
// takes the category of the commodity it is said of: its subject, named before it in the same
// clause. With none named it keeps the bare activity's category (`trafficked` -> illicit_trafficking).
// The span is the participle alone (the blind set's T3: `drugs that are smuggled` -> `smuggled`),
// with a manner adverb right before it that says the act is unlawful (activities.participleAdverbs:
// `firearms being illegally trafficked`), as `illegal` is part of `illegal trafficking`.

/** How many words back the subject may stand (`the cocaine sold in the United States smuggled`). */
const SUBJECT_WORDS = 8;
/** Punctuation that closes the clause the subject must be in. */
const CLAUSE_END = new Set([".", ";", ":", "?", "!"]);

const participles = once(() => new Set(taxonomyFile().data.activities.participles.map((w) => w.toLowerCase())));
const isParticiple = once(() => keyIdMemo((key) => (participles().has(key) ? 1 : 0)));
const adverbs = once(() => new Set(taxonomyFile().data.activities.participleAdverbs.map((w) => w.toLowerCase())));

/** The participle's first token: the adverb before it where there is a free one. */
function firstWithAdverb(doc: AnalyzedDocument, participle: number, occupancy: Occupancy): number {
  const before = participle - 1;
  if (before < 0 || !doc.tokens.isWord(before) || !adverbs().has(doc.tokens.key(before)) || !occupancy.free(before, participle)) return participle;
  occupancy.take(before, participle);
  return before;
}

/** The activity noun whose bare category a participle has: `trafficked` -> `trafficking`. */
const activityNoun = (participle: string) => participle.replace(/ed$/, "ing");

export function tagParticiples(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const test = isParticiple();
  const byToken = new Map<number, number>();
  const inThreat = new Uint8Array(t.count);
  kept.forEach((c, k) => {
    if (c.endToken - c.firstToken === 1) byToken.set(c.firstToken, k);
    inThreat.fill(1, c.firstToken, c.endToken);
  });
  let out = kept;
  const added: ThreatCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (test(t.keyId(i)) === 0) continue;
    const key = t.key(i);
    const bare = lex.dictionary.get(activityNoun(key));
    if (!bare) continue;
    const k = byToken.get(i);
    if (k !== undefined && kept[k]!.value.category !== bare.category) continue; // already named by its object
    if (k === undefined && !occupancy.free(i, i + 1)) continue;
    const value = subjectCommodity(doc, lex, i, key.startsWith("smuggl"), inThreat) ?? bare;
    if (k !== undefined) {
      const first = firstWithAdverb(doc, i, occupancy);
      if (value !== kept[k]!.value || first !== i) {
        if (out === kept) out = [...kept];
        out[k] = { ...kept[k]!, start: t.start(first), firstToken: first, value, rule: "participle" };
      }
      continue;
    }
    occupancy.take(i, i + 1);
    const first = firstWithAdverb(doc, i, occupancy);
    added.push({ start: t.start(first), end: t.end(i), firstToken: first, endToken: i + 1, coreStart: t.start(i), value, rule: "participle" });
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/** The nearest commodity word before the participle in its clause, within a few words and no other threat between. */
function subjectCommodity(doc: AnalyzedDocument, lex: Lexicon, participle: number, smuggling: boolean, inThreat: Uint8Array): ThreatValue | undefined {
  const t = doc.tokens;
  for (let i = participle - 1, words = 0; i >= 0 && words < SUBJECT_WORDS; i--) {
    // A commodity inside another threat is that threat's object (`trafficked drugs and smuggled cash`).
    if (CLAUSE_END.has(t.text(i)) || inThreat[i]) return undefined;
    if (t.isWord(i)) {
      words++;
      const value = commodityOf(lex, t.key(i), smuggling);
      if (value) return value;
    }
    if (t.opensBlock(i)) return undefined;
  }
  return undefined;
}
