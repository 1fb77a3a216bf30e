import { once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey } from "./lexicon.js";
import { taxonomyFile } from "./taxonomy.js";
import { pluralWord } from "./variants.js";

// A threat word that is as often a feeling or a figure of speech (`a climate of terror`,
// `um terror e um medo`) names its threat only in the context threats.json `gatedWords` gives it:
// right before a word of `before`, or right after a word of `after` (a conjunction that
// coordinates it with another threat: `violence, terror and subversion`), with at most one word
// of `skip` between (`da corrupção e do terror`). Kept, it is the word alone: modifiers before a
// gated word qualify what follows it, not the threat.

interface Gate {
  readonly before: ReadonlySet<string>;
  readonly after: ReadonlySet<string>;
  readonly skip: ReadonlySet<string>;
}

const gates = once(() => {
  const out = new Map<string, Gate>();
  for (const e of taxonomyFile().data.gatedWords.entries) {
    const gate = { before: new Set(e.before.map(phraseKey)), after: new Set(e.after.map(phraseKey)), skip: new Set(e.skip.map(phraseKey)) };
    for (const w of [e.word, ...pluralWord(e.word)]) out.set(phraseKey(w), gate);
  }
  return out;
});

/** Drop each gated word outside its context; trim the modifiers off the ones kept. */
export function gateWords(doc: AnalyzedDocument, candidates: ThreatCandidate[]): ThreatCandidate[] {
  const byWord = gates();
  if (byWord.size === 0) return candidates;
  const t = doc.tokens;
  const out: ThreatCandidate[] = [];
  for (const c of candidates) {
    const at = c.endToken - 1;
    const gate = byWord.get(t.key(at));
    // Only the bare word is gated: a listed phrase that ends in it (`natural disaster`) is not.
    if (gate === undefined || doc.tokenAt(c.coreStart) !== at || c.value.counter) {
      out.push(c);
      continue;
    }
    if (!opens(doc, gate, at)) continue;
    out.push({ ...c, start: t.start(at), firstToken: at, coreStart: t.start(at) });
  }
  return out;
}

function opens(doc: AnalyzedDocument, gate: Gate, at: number): boolean {
  const t = doc.tokens;
  const next = at + 1;
  if (next < t.count && !t.opensBlock(next) && gate.before.has(t.key(next))) return true;
  if (at === 0 || t.opensBlock(at)) return false;
  const prev = at - 1;
  if (gate.after.has(t.key(prev))) return true;
  return prev > 0 && !t.opensBlock(prev) && gate.skip.has(t.key(prev)) && gate.after.has(t.key(prev - 1));
}
