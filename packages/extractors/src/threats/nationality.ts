import { once, type AnalyzedDocument, type Mention } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { countryData } from "../countries/data.js";
import { phraseKey } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";

// `Mexican drug cartels`, `a Colombian trafficker`: an English nationality adjective before the
// head it places belongs to the threat's noun phrase (RULINGS.md R5; it stays a country mention),
// and so does a siding word before it (`right-wing Haitian paramilitary group`, R9). Spanish and
// Portuguese put the adjective after the head: head-first.ts. Words in threats.json `nationality`.

const words = once(() => {
  const n = taxonomyFile().data.nationality;
  return { siding: n.sidingWords.map((w) => w.toLowerCase()), notAfter: new Set(n.notAfter.map(phraseKey)), separators: new Set(n.listSeparators.map(phraseKey)) };
});

/** Verbs are no head an adjective places (`a Colombian kidnapped two`). */
const VERB_RULES = new Set(["verb", "participle"]);

/**
 * The English demonyms of the country data, folded, without their -s plurals (`Colombians` is a
 * noun): a country mention of one of them is the adjective whatever rule found it (a `heading` in
 * a text in capitals, `COLOMBIAN TERRORISTS`).
 */
const adjectiveForms = once(() => {
  const { countries, extra } = countryData();
  const forms = new Set<string>();
  for (const c of countries.countries) for (const d of c.demonyms) forms.add(phraseKey(d));
  for (const c of Object.values(extra.countries)) for (const d of c.demonyms ?? []) forms.add(phraseKey(d));
  for (const f of [...forms]) if (f.endsWith("s") && forms.has(f.slice(0, -1))) forms.delete(f);
  return forms;
});

/** Grow kept English threats (sorted by start) leftwards over the nationality adjectives before them, in place. */
export function extendOverNationality(doc: AnalyzedDocument, kept: ThreatCandidate[], occupancy: Occupancy, countries: readonly Mention[]): void {
  if (countries.length === 0) return;
  const t = doc.tokens;
  // Demonym adjectives by the token after them: their first token.
  const adjectives = new Map<number, number>();
  const forms = adjectiveForms();
  for (const m of countries) {
    if (doc.langAt(m.start) !== "en" || !forms.has(phraseKey(doc.text.slice(m.start, m.end)))) continue;
    const first = doc.tokenAt(m.start);
    const last = doc.tokenAt(m.end - 1);
    if (first < 0 || last < 0 || t.start(first) !== m.start || t.end(last) !== m.end || !t.isCapitalized(first)) continue;
    adjectives.set(last + 1, first);
  }
  if (adjectives.size === 0) return;
  for (const c of kept) {
    if (c.value.counter || VERB_RULES.has(c.rule) || doc.langAt(c.start) !== "en") continue;
    let first = c.firstToken;
    // A siding word only after a demonym joined: before the threat itself the modifier list reads it (candidates.ts).
    for (let siding = false; ; siding = true) {
      const before = adjectiveBefore(doc, adjectives, first, siding);
      if (before === undefined || !occupancy.free(before, first)) break;
      first = before;
    }
    if (first === c.firstToken) continue;
    occupancy.take(first, c.firstToken);
    c.firstToken = first;
    c.start = t.start(first);
  }
}

/** The first token of a demonym (or, with `siding`, a siding word) right before token `first`, white space between. */
function adjectiveBefore(doc: AnalyzedDocument, adjectives: ReadonlyMap<number, number>, first: number, siding: boolean): number | undefined {
  const t = doc.tokens;
  if (first === 0 || t.opensBlock(first) || !/^\s+$/.test(doc.text.slice(t.end(first - 1), t.start(first)))) return undefined;
  const at = adjectives.get(first) ?? (siding ? sidingWordBefore(doc, first) : undefined);
  return at === undefined || coordinated(doc, adjectives, at) ? undefined : at;
}

/** The adjective opening at token `at` is one of a list (`Mexican and Dutch`, `Mexican, Colombian`): none of them is the threat's alone. */
function coordinated(doc: AnalyzedDocument, adjectives: ReadonlyMap<number, number>, at: number): boolean {
  const t = doc.tokens;
  if (at === 0 || t.opensBlock(at)) return false;
  const prev = t.key(at - 1);
  return words().notAfter.has(prev) || (words().separators.has(prev) && adjectives.has(at - 1));
}

/** The most characters a siding word takes (`right-wing`), with the white space after it. */
const SIDING_REACH = 24;

/** The first token of a siding word that ends right before token `first`'s white space. */
function sidingWordBefore(doc: AnalyzedDocument, first: number): number | undefined {
  const t = doc.tokens;
  const end = t.end(first - 1);
  const before = doc.text.slice(Math.max(0, end - SIDING_REACH), end).toLowerCase();
  for (const w of words().siding) {
    if (!before.endsWith(w)) continue;
    const at = doc.tokenAt(end - w.length);
    if (at >= 0 && t.start(at) === end - w.length && sameBlock(doc, at, first - 1)) return at;
  }
  return undefined;
}

/** No token after `from` up to `to` opens a block. */
function sameBlock(doc: AnalyzedDocument, from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (doc.tokens.opensBlock(i)) return false;
  return true;
}
