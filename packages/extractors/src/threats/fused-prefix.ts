import type { AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey, type Lexicon } from "./lexicon.js";

/** Longest multi-word threat looked for after a fused prefix, in tokens. */
const MAX_TOKENS = 6;

/**
 * A counter prefix fused by the tokenizer to the first word of a multi-word threat
 * (`anti-money` `laundering`): the mention is the threat without its prefix, `money laundering`.
 * The few such tokens are checked against the phrase dictionary instead of compiling prefixed
 * copies of every multi-word phrase.
 */
export function fusedPrefixCandidates(doc: AnalyzedDocument, lex: Lexicon): ThreatCandidate[] {
  const t = doc.tokens;
  const out: ThreatCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!t.isWord(i)) continue;
    const prefix = lex.fusedPrefixLength(t.keyId(i));
    if (prefix === 0) continue;
    const start = t.start(i) + prefix;
    let best: ThreatCandidate | undefined;
    for (let k = i + 1; k < Math.min(t.count, i + MAX_TOKENS); k++) {
      if (t.opensBlock(k)) break;
      const v = lex.dictionary.get(phraseKey(doc.text.slice(start, t.end(k))));
      if (v?.standalone) best = { start, end: t.end(k), firstToken: i, endToken: k + 1, coreStart: start, value: { ...v, counter: "trim" }, rule: "counter_compound" };
    }
    if (best) out.push(best);
  }
  return out;
}
