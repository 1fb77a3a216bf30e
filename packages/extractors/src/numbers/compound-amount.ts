import type { NumericClaim } from "./extract.js";
import type { Lexicon } from "./vocabulary.js";

/** The hundredths' word right after their number (`85 centavos`). */
const WORD_AFTER = /^\s+(\p{L}+)/u;

/**
 * `23 pesos con 85 centavos`, `mil 28 pesos con 90 centavos`, `5 dollars and 50 cents`: hundredths
 * after an amount of money are part of it, one claim (23.85 pesos), not a count of cents. The
 * parts must be joined by nothing but white space, `and` or a link of units.json `subunits`.
 */
export function joinCompoundAmounts(claims: NumericClaim[], text: string, lex: Lexicon): NumericClaim[] {
  const out: NumericClaim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const whole = claims[i]!;
    const cents = claims[i + 1];
    const end = cents && isMoney(whole, lex) ? hundredthsEnd(whole, cents, text, lex) : undefined;
    if (end === undefined) {
      const part = cents && measurePart(whole, cents, text, lex);
      if (part !== undefined) i++;
      out.push(part ?? whole);
      continue;
    }
    const value = Math.round((whole.value as number) * 100 + (cents!.value as number)) / 100;
    out.push({ ...whole, end, value, confidence: Math.min(whole.confidence, cents!.confidence) });
    i++;
  }
  return out;
}

const isMoney = (c: NumericClaim, lex: Lexicon) =>
  typeof c.value === "number" && (c.rule === "money" || (c.unit !== undefined && lex.subunits.wholeUnits.has(c.unit)));

/** Where the hundredths `cents` end, with their word, when they follow `whole` as its part; else undefined. */
function hundredthsEnd(whole: NumericClaim, cents: NumericClaim, text: string, lex: Lexicon): number | undefined {
  const v = cents.value;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 99 || cents.qualifier !== undefined) return undefined;
  const between = text.slice(whole.end, cents.start);
  const link = between.trim().toLowerCase();
  if (!/^\s/.test(between) || !/\s$/.test(between)) return undefined;
  if (link !== "" && !lex.rangeLinks.and.has(link) && !lex.subunits.links.has(link)) return undefined;
  const word = WORD_AFTER.exec(text.slice(cents.end, cents.end + 40));
  if (!word || !lex.subunits.words.has(word[1]!.toLowerCase())) return undefined;
  return cents.end + word[0].length;
}

/**
 * `2 kilos con 25 gramos`, `130 kilos con 940 gramos`: a measure's smaller unit right after it (units.json
 * `subunits.parts`), fewer than make one whole and joined as hundredths are, is part of the one measure.
 */
function measurePart(whole: NumericClaim, part: NumericClaim, text: string, lex: Lexicon): NumericClaim | undefined {
  const spec = whole.unit !== undefined ? lex.subunits.parts.get(whole.unit) : undefined;
  const w = whole.value;
  const v = part.value;
  if (!spec || part.unit !== spec.part || typeof w !== "number" || typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= spec.per || part.qualifier !== undefined) return undefined;
  const between = text.slice(whole.end, part.start);
  const link = between.trim().toLowerCase();
  if (!/^\s/.test(between) || !/\s$/.test(between)) return undefined;
  if (link !== "" && !lex.rangeLinks.and.has(link) && !lex.subunits.links.has(link)) return undefined;
  const value = Math.round((w * spec.per + v) * 1e6) / (spec.per * 1e6);
  return { ...whole, end: part.end, value, confidence: Math.min(whole.confidence, part.confidence) };
}
