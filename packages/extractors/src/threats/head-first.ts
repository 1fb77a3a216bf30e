import type { AnalyzedDocument, Mention } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { HeadFirst, Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";

/** The most adjectives read after a threat (`banda criminal transnacional colombiana`). */
const MAX_POST_MODIFIERS = 3;

/**
 * Spanish and Portuguese threat phrases whose head comes first: a head noun before the threat
 * with its link (`actos de corrupción`, `capos de la mafia`) and adjectives after it
 * (`corrupción policial`, `cárteles mexicanos`: a lower-case country mention is an adjective)
 * belong to the span. A head noun that is a threat by itself (`bandas` in `bandas del narcotráfico`)
 * joins the phrase, which takes the complement's category. English paragraphs are left as they
 * are. Extends the kept candidates in place (and drops the heads they absorb).
 */
export function extendHeadFirst(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy, countries: readonly Mention[]): void {
  const t = doc.tokens;
  const demonymStarts = new Set<number>();
  for (const c of countries) {
    const i = doc.tokenAt(c.start);
    // One lower-case word: an adjective (`mexicanos`), not a name (`México`).
    if (i >= 0 && t.end(i) === c.end && !t.isCapitalized(i)) demonymStarts.add(i);
  }
  // Kept one-word threats by token: a head noun the phrase after it may absorb.
  const bareHeads = new Map<number, ThreatCandidate>();
  for (const c of kept) if (c.endToken - c.firstToken === 1) bareHeads.set(c.firstToken, c);
  const absorbed = new Set<ThreatCandidate>();
  for (const c of kept) {
    if (absorbed.has(c)) continue;
    const lang = doc.langAt(c.start);
    const h = lang === "en" ? undefined : lex.headFirst.get(lang);
    if (!h) continue;
    let end = c.endToken;
    for (let n = 0; n < MAX_POST_MODIFIERS && end < t.count && !t.opensBlock(end) && occupancy.free(end, end + 1); n++) {
      if (!h.postModifiers.has(t.key(end)) && !demonymStarts.has(end)) break;
      end++;
    }
    const head = headBefore(doc, h, c.firstToken);
    const bareHead = head === undefined ? undefined : bareHeads.get(head);
    const headFree = head !== undefined && (bareHead !== undefined ? occupancy.free(head + 1, c.firstToken) : occupancy.free(head, c.firstToken));
    const first = headFree ? head! : c.firstToken;
    if (end === c.endToken && first === c.firstToken) continue;
    if (headFree && bareHead) absorbed.add(bareHead);
    occupancy.take(first, end);
    c.firstToken = first;
    c.start = t.start(first);
    c.endToken = end;
    c.end = t.end(end - 1);
  }
  if (absorbed.size === 0) return;
  const rest = kept.filter((c) => !absorbed.has(c));
  kept.length = 0;
  for (const c of rest) kept.push(c);
}

/** The head noun's token before `first` across one of the links (`actos de`, `capos de la`), if any. */
function headBefore(doc: AnalyzedDocument, h: HeadFirst, first: number): number | undefined {
  const t = doc.tokens;
  for (const link of h.links) {
    const head = first - link.length - 1;
    if (head < 0) continue;
    let ok = h.heads.has(t.key(head));
    for (let k = 0; ok && k < link.length; k++) ok = t.key(head + 1 + k) === link[k];
    for (let k = head + 1; ok && k <= first; k++) ok = !t.opensBlock(k);
    if (ok) return head;
  }
  return undefined;
}
