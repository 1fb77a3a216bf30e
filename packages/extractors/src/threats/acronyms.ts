import { acronymUses, schwartzHearst, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";

/**
 * Acronyms a document defines for a threat it has just named: `transnational criminal
 * organizations (TCOs)`, `Countering Transnational Organized Crime (CTOC)`, `threat networks
 * (CT3N)`. The acronym in the parenthesis and every later use of it (case-exact, whole word,
 * singular or plural) are mentions of the threat's category. The taxonomy keeps only the
 * acronyms the field uses everywhere; a document's own ones are learned here.
 */

/** `(TCOs)`, `(CTOC)`, `(CT3N,` `(VEO;`: an acronym opening a parenthesis right after the phrase. */
const DEFINITION = /^\s?\(\s*([A-Z][A-Za-z0-9&-]{1,11})\s*[),;]/;
/** Words before the threat phrase that the long form may take in (`Countering` in CTOC). */
const LEAD_WORDS = 3;

/** Two or more capitals, no lower case except a plural `s`: `TCOs` -> `TCO`. */
function acronymBase(short: string): string | undefined {
  const base = /^[^a-z]+s$/.test(short) ? short.slice(0, -1) : short;
  if (/[a-z]/.test(base) || (base.match(/[A-Z]/g) ?? []).length < 2) return undefined;
  return base;
}

/** The long form: up to `LEAD_WORDS` words before the phrase, then the phrase itself. */
function longFormWindow(text: string, c: ThreatCandidate): { window: string; phraseAt: number } {
  let from = c.start;
  for (let w = 0; w < LEAD_WORDS; w++) {
    const before = text.lastIndexOf(" ", from - 2);
    if (before < 0 || text.slice(before, from).includes("\n")) break;
    from = before + 1;
  }
  return { window: text.slice(from, c.end), phraseAt: c.start - from };
}

/**
 * Whether the words the long form takes in before the threat phrase only counter it (`Countering`
 * in CTOC): any other word makes the acronym a name of something larger, a body or a programme
 * (`Secretaría Nacional Antidrogas (SENAD)` names a secretariat, not a threat).
 */
function onlyCounters(lead: string, lex: Lexicon): boolean {
  const counters = new Set(lex.counterPrefixes.map((p) => p.toLowerCase()));
  return lead.split(/[\s-]+/).every((w) => w === "" || counters.has(w.toLowerCase()));
}

export function definedAcronyms(doc: AnalyzedDocument, lex: Lexicon, kept: readonly ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const text = doc.text;
  const t = doc.tokens;
  const out: ThreatCandidate[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    const m = DEFINITION.exec(text.slice(c.end, c.end + 20));
    if (!m) continue;
    const base = acronymBase(m[1]!);
    if (!base || seen.has(base)) continue;
    const { window, phraseAt } = longFormWindow(text, c);
    const at = schwartzHearst(base, window, { digits: false });
    // The long form must take in the phrase's first word, not only its tail.
    const firstWord = window.slice(phraseAt).search(/[\s-]/);
    if (at < 0 || at > phraseAt + (firstWord < 0 ? 0 : firstWord)) continue;
    if (at < phraseAt && !onlyCounters(window.slice(at, phraseAt), lex)) continue;
    seen.add(base);
    for (const { start: pos, end } of acronymUses(doc, base, { plural: true })) {
      const i = t.at(pos);
      if (i < 0 || t.start(i) !== pos || t.end(i) !== end) continue;
      if (!occupancy.free(i, i + 1)) continue;
      occupancy.take(i, i + 1);
      out.push({ start: pos, end, firstToken: i, endToken: i + 1, coreStart: pos, value: c.value, rule: "acronym" });
    }
  }
  return out;
}
