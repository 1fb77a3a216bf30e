import { schwartzHearst, type AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import { identityOf, isAcronym, type AcronymDefinition, type LongFormOracle } from "./acronyms.js";

// Spanish and Portuguese texts often give a body's acronym with no parentheses: right after its
// name (`Grupo de Operaciones Especiales GEO`) or between commas or dashes (`Servicio Nacional
// ..., SENDA,`, `... Adolescentes -SRPA-`). Read as a definition when the letters spell the name
// from its first word on, so the name is recorded without the acronym and every later use of the
// acronym is that body. Linear: one look at each capitalized run of three or more letters.

/** An acronym of three or more capitals (digits allowed after the first), as a whole word. */
const BARE_SHORT = /(?<![\p{L}\p{N}&])([A-Z][A-Z0-9]{2,9})(?![\p{L}\p{N}&]|-[\p{L}\p{N}])/uy;
/** Where `BARE_SHORT` can start (ASCII tests only, no Unicode lookbehind at every character): it is then tried there alone. */
const BARE_START = /(?<![A-Za-z0-9&])[A-Z][A-Z0-9]{2}/g;

/** `BARE_SHORT`'s matches over the whole text, as `text.matchAll` with a global flag would find them. */
export function* bareShorts(text: string): Generator<RegExpExecArray> {
  BARE_START.lastIndex = 0;
  for (let c = BARE_START.exec(text); c !== null; c = BARE_START.exec(text)) {
    BARE_SHORT.lastIndex = c.index;
    const m = BARE_SHORT.exec(text);
    // A match ends past its start's candidate; no other candidate starts inside it (a capital precedes each).
    if (m !== null) {
      BARE_START.lastIndex = m.index + m[0].length;
      yield m;
    } else BARE_START.lastIndex = c.index + 1;
  }
}
/** What may separate the name and the acronym: a space, or a comma or a spaced dash the acronym closes again. */
const SEPARATOR = /(?:\s*(,)\s*|\s+([–—-])\s*|\s+)$/u;
/** What closes an aside right after the acronym: the comma's aside by punctuation, the dash's by a dash. */
const CLOSES_COMMA_ASIDE = /^\s*[,.;:]/u;
const CLOSES_DASH_ASIDE = /^\s*[–—-]/u;

/** Acronym definitions written without parentheses, beside a name they spell. */
export function bareDefinitions(doc: AnalyzedDocument, oracle: LongFormOracle): AcronymDefinition[] {
  const text = doc.text;
  const out: AcronymDefinition[] = [];
  for (const m of bareShorts(text)) {
    const short = m[1]!;
    const shortStart = m.index;
    const shortEnd = shortStart + short.length;
    if (!isAcronym(short) || insideParentheses(text, shortStart)) continue;
    const sep = SEPARATOR.exec(text.slice(Math.max(0, shortStart - 4), shortStart));
    if (!sep) continue;
    const mark = sep[1] ?? sep[2];
    // A comma or dash opens an aside the acronym alone fills: it closes right after it.
    if (mark !== undefined && !(mark === "," ? CLOSES_COMMA_ASIDE : CLOSES_DASH_ASIDE).test(text.slice(shortEnd, shortEnd + 2))) continue;
    const longEnd = shortStart - sep[0].length;
    const long = longFormBefore(doc, oracle, longEnd, shortStart, shortEnd, short, mark !== undefined);
    if (!long) continue;
    const identity = identityOf(long, short);
    out.push({
      short,
      identity,
      mentions: [
        { ...identity, start: long.start, end: long.end, rule: "acronym_definition" },
        { ...identity, start: shortStart, end: shortEnd, rule: "acronym_definition" },
      ],
    });
  }
  return out;
}

/**
 * The organization name the acronym spells from its first word on: a mention found before it, or
 * one that ran on over the acronym (`Grupo de Operaciones Especiales GEO`); after a comma also the
 * words before it that spell the letters and hold an organization head.
 */
function longFormBefore(doc: AnalyzedDocument, oracle: LongFormOracle, longEnd: number, shortStart: number, shortEnd: number, short: string, aside: boolean): OrgCandidate | undefined {
  const text = doc.text;
  const spells = (phrase: string) => phrase.charAt(0) === short.charAt(0) && schwartzHearst(short, phrase) === 0;
  const listedShort = oracle.spanning(shortStart, shortEnd);
  const before = oracle.endingAt(longEnd);
  const swallowed = oracle.endingAt(shortEnd);
  let long: OrgCandidate | undefined;
  if (before && before.start < longEnd && spells(text.slice(before.start, longEnd))) long = before;
  else if (swallowed && swallowed.start < longEnd && spells(text.slice(swallowed.start, longEnd))) {
    const { name: _name, ...rest } = swallowed;
    long = { ...rest, end: longEnd, name: normalizeName(text.slice(swallowed.start, longEnd)) };
  } else if (aside) {
    // Only the words just before the comma can be the long form.
    const words = text.slice(Math.max(0, longEnd - 20 * (short.length + 5)), longEnd).split(/\s+/);
    const windowText = words.slice(-Math.min(short.length + 5, short.length * 2)).join(" ");
    const at = schwartzHearst(short, windowText);
    if (at < 0) return undefined;
    const phrase = windowText.slice(at);
    const start = longEnd - (windowText.length - at);
    if (!spells(phrase) || !oracle.hasHead(phrase) || text.slice(start, longEnd) !== phrase) return undefined;
    long = { start, end: longEnd, name: normalizeName(phrase), rule: "acronym_definition" };
  }
  if (!long || isAcronym(text.slice(long.start, long.end))) return undefined;
  // A listed acronym of another body (`OEA` after a name it happens to spell) keeps its own.
  if (listedShort && listedShort.name !== long.name) return undefined;
  return long;
}

/** Whether an opening parenthesis before `at` (on its line, within a gloss's reach) is still open there: a gloss is acronyms.ts's to read. */
function insideParentheses(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const open = before.lastIndexOf("(");
  return open >= 0 && !before.includes(")", open) && !before.includes("\n", open);
}
