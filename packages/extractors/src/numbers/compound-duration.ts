import type { NumericClaim } from "./extract.js";
import type { Lexicon } from "./vocabulary.js";

/**
 * `três anos e quatro meses`, `3 years, 6 months and 15 days`: a duration written in parts of
 * decreasing units is one claim, in the unit of its second part (40 months; 42.5 months).
 * `seis meses a cinco años`: a range whose low end is in a smaller unit is one range in the unit
 * of its high end ([0.5, 5] years). `dos años y medio` adds the half (2.5 years). Claims come in text order; the parts must be joined only by
 * a comma or a link word (`and`, `y`, `e`; `to`, `a` for a range).
 */
export function joinCompoundDurations(claims: NumericClaim[], text: string, lex: Lexicon): NumericClaim[] {
  const out: NumericClaim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i]!;
    const range = rangeAcrossUnits(a, claims[i + 1], text, lex);
    if (range) {
      out.push(range);
      i++;
      continue;
    }
    let last = i;
    while (isNextPart(claims[last]!, claims[last + 1], text, lex)) last++;
    if (last === i) {
      out.push(withHalf(a, text, lex));
      continue;
    }
    const unit = claims[i + 1]!.unit!;
    let days = 0;
    for (let k = i; k <= last; k++) days += (claims[k]!.value as number) * lengthOf(claims[k]!, lex)!;
    const end = claims[last]!;
    out.push({ ...a, end: end.end, value: round(days / lex.durationLengths.get(unit)!), unit, confidence: Math.min(a.confidence, end.confidence) });
    i = last;
  }
  return out;
}

const WORDS_AFTER = /^\s+(\p{L}+)\s+(\p{L}+)(?:\s+(\p{L}+))?/u;

/** `dos años y medio`, `três anos e meio`, `two years and a half`: a half of the unit after it adds to the duration. */
function withHalf(c: NumericClaim, text: string, lex: Lexicon): NumericClaim {
  if (lengthOf(c, lex) === undefined) return c;
  // Half of the unit the claim ends on: `una década y media` is half a decade, not half a year.
  const unitWord = /\p{L}+$/u.exec(text.slice(c.start, c.end))?.[0].toLowerCase();
  if (!unitWord || lex.unitWords.get(unitWord)?.unit !== c.unit) return c;
  const m = WORDS_AFTER.exec(text.slice(c.end, c.end + 40));
  if (!m || !lex.rangeLinks.and.has(m[1]!.toLowerCase())) return c;
  const second = m[2]!.toLowerCase();
  const article = lex.articlesOne.has(second) && m[3] !== undefined;
  const half = (article ? m[3]! : m[2]!).toLowerCase();
  if (lex.fractions.get(half) !== 0.5) return c;
  const word = article ? m[3]! : m[2]!;
  const end = c.end + m[0].lastIndexOf(word) + word.length;
  return { ...c, end, value: (c.value as number) + 0.5 };
}

const round = (v: number) => Math.round(v * 100) / 100;

function lengthOf(c: NumericClaim, lex: Lexicon): number | undefined {
  return typeof c.value === "number" && c.unit !== undefined ? lex.durationLengths.get(c.unit) : undefined;
}

/** The text between two claims is one of `words` (or a comma), and nothing else. */
function joinedBy(text: string, a: NumericClaim, b: NumericClaim, words: ReadonlySet<string>, comma: boolean): boolean {
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  if (comma && gap === ",") return true;
  const link = gap.startsWith(",") && comma ? gap.slice(1).trim() : gap;
  return words.has(link) && /\s/.test(text.slice(a.end, b.start));
}

function isNextPart(a: NumericClaim, b: NumericClaim | undefined, text: string, lex: Lexicon): boolean {
  if (!b || b.qualifier !== undefined) return false;
  const big = lengthOf(a, lex);
  const small = lengthOf(b, lex);
  return big !== undefined && small !== undefined && small < big && joinedBy(text, a, b, lex.rangeLinks.and, true);
}

function rangeAcrossUnits(a: NumericClaim, b: NumericClaim | undefined, text: string, lex: Lexicon): NumericClaim | undefined {
  if (!b || b.qualifier !== undefined) return undefined;
  const small = lengthOf(a, lex);
  const big = lengthOf(b, lex);
  if (small === undefined || big === undefined || small >= big || !joinedBy(text, a, b, lex.rangeLinks.to, false)) return undefined;
  const low = round(((a.value as number) * small) / big);
  return { ...a, end: b.end, value: [low, b.value as number], unit: b.unit, rule: "range", confidence: Math.min(a.confidence, b.confidence) };
}
