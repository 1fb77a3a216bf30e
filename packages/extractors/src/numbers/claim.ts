import type { CLAIM_RULES } from "./data.js";
import type { Lexicon } from "./vocabulary.js";
import { glossClosed, glossOpened, readNumber, type NumberCore } from "./number.js";
import type { Tok, Toks } from "./tokenize.js";

export type ClaimRule = (typeof CLAIM_RULES)[number];

/** A numeric claim read at one position, before qualifiers, counted nouns and exclusions. */
export interface ClaimPhrase {
  /** Token indices [from, to) of the span without its qualifier. */
  from: number;
  to: number;
  value: number | [number, number];
  unit?: string;
  rule: ClaimRule;
  /** The numbers it is made of (one, or two for a range). */
  numbers: NumberCore[];
  /** True when the span carries its own unit; otherwise the counted noun is looked up after `to`. */
  hasUnit: boolean;
  /** The span ends this many characters into its last token (`four` of `four-lane`); else at the token's end. */
  headChars?: number;
}

const isSym = (t: Tok | undefined, s: string) => !!t && t.kind === "sym" && t.text === s;
const joined = (t: Tok | undefined) => !!t && !t.spaced && !t.breakBefore;
/** `joined(toks.get(i))` read from the window's columns. */
const joinedAt = (toks: Toks, i: number) => i >= 0 && i < toks.length && !toks.spaced(i) && !toks.breakBefore(i);

/** Reads the claim phrase that starts at token `i`, if any. */
export function readClaim(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (isSym(t, "#") && toks.get(i + 1)?.kind === "num" && joined(toks.get(i + 1))) return readHashRank(toks, i, lex);
  if (t.kind === "word" && lex.rankNumberWords.has(t.key)) return readNumberWordRank(toks, i, lex);
  if (t.kind === "word" && lex.rankNouns.has(t.key)) return readNounRank(toks, i, lex);
  if (t.kind === "word" && lex.multiples.has(t.key)) return readMultiple(toks, i, lex);
  if (t.kind === "word" && lex.articlesOne.has(t.key)) {
    const ratio = readArticleRatio(toks, i, lex) ?? readArticleRange(toks, i, lex);
    if (ratio) return ratio;
  }
  const share = readShare(toks, i, lex) ?? readPartShare(toks, i, lex) ?? readWordFractionShare(toks, i, lex);
  if (share) return share;
  const period = readPeriodNoun(toks, i, lex);
  if (period) return period;
  if (t.kind === "word" && lex.ordinals.has(t.key)) return readOrdinalRank(toks, i, i + 1, lex.ordinals.get(t.key)!, lex);
  const hyphenatedRank = t.kind === "word" && t.key.includes("-") ? readHyphenatedRank(toks, i, lex) : undefined;
  if (hyphenatedRank) return hyphenatedRank;
  const digitRank = t.kind === "num" ? readDigitHyphenatedRank(toks, i, lex) : undefined;
  if (digitRank) return digitRank;
  const fraction = readFraction(toks, i, lex) ?? readSlashFraction(toks, i, lex);
  if (fraction) return fraction;
  const glued = readGluedUnit(toks, i, lex);
  if (glued) return glued;

  const currency = lex.currencyPrefixes.matchAt(toks, i);
  const numAt = currency && toks.get(currency.to)?.kind === "num" ? currency.to : i;
  const a = readNumber(toks, numAt, lex);
  if (!a) return undefined;
  // `$38,24 \%$`: a dollar sign before a percent opens a formula (LaTeX math), it names no currency.
  if (currency && numAt > i && lex.percent.matchAt(toks, a.to)) return readClaim(toks, numAt, lex);
  if (a.ordinal) return readOrdinalRank(toks, i, a.to, a.value, lex);
  const ratio = currency ? undefined : readRatio(toks, i, a, lex);
  if (ratio) return ratio;

  let k = a.to;
  const percentA = lex.percent.matchAt(toks, k);
  if (percentA) k = percentA.to;

  // Ranges: 4-5, 60-75%, $3-4 billion, five to ten, one or two, between 5,000 and 7,000.
  const link = toks.get(k);
  if (link && !link.breakBefore) {
    const opened = rangeOpened(toks, i, lex);
    // `12 y menos de 15 años`: a bound after the and-link closes a bracket below the second end.
    const bounded = lex.rangeLinks.and.has(link.key) && !toks.get(k + 1)?.breakBefore ? lex.rangeUpperBounds.matchAt(toks, k + 1) : undefined;
    const rangeable =
      isSym(link, "-") ||
      (lex.rangeLinks.to.has(link.key) && !(lex.toBlockedAfter.has(toks.get(i - 1)?.key ?? "") && (a.yearLike || changeBefore(toks, i - 1, lex)))) ||
      lex.rangeLinks.or.has(link.key) ||
      (lex.rangeLinks.and.has(link.key) && (opened || bounded !== undefined));
    if (rangeable) {
      // `between 300 and up to 500`: a filler word may stand after the link.
      const filled = bounded ? bounded.to : opened && lex.rangeLinkFillers.has(toks.get(k + 1)?.key ?? "") ? k + 2 : k + 1;
      // `entre 15 y los 17 años`, `entre 29 y un 80%`: Spanish and Portuguese may set an article before the second end.
      const second = opened && articleBeforeNumber(toks, filled, lex) ? filled + 1 : filled;
      const cur2 = lex.currencyPrefixes.matchAt(toks, second);
      const at = cur2 && toks.get(cur2.to)?.kind === "num" ? cur2.to : second;
      const cand = readNumber(toks, at, lex);
      // Both ends must be the same kind of number: `2015 to 2,400` is a year then a count,
      // `7.5 percent to 410 million` a share then an amount.
      const sameKind = cand && cand.yearLike === a.yearLike && (!percentA || lex.percent.matchAt(toks, cand.to));
      // `between 3.5 and four million`, `entre siete y 10 mujeres`: after an opener the two ends may be written in different forms.
      const sameForm = cand !== undefined && (cand.form === a.form || opened);
      if (cand && sameKind && sameForm && !cand.ordinal && !toks.get(at)!.breakBefore) {
        const last = lex.rangeLinks.or.has(link.key) ? lastAlternative(toks, cand, lex) : cand;
        const low = last.scale > 1 && a.scale === 1 ? a.value * last.scale : a.value * borrowedGroups(toks, a, cand);
        // `between 43 and 25 percent`: a range its opener announces may name its ends in either order.
        if (last.value > low || (opened && last.value < low && !last.yearLike)) {
          k = last.to;
          const percentB = lex.percent.matchAt(toks, k);
          if (percentB) k = percentB.to;
          const unit = (percentB ?? percentA)?.value;
          const ends = last.value > low ? [{ ...a, value: low }, last] : [last, { ...a, value: low }];
          return finish(toks, i, k, ends, unit, currency?.value, lex);
        }
      }
    }
  }
  return finish(toks, i, k, [a], percentA?.value, currency?.value, lex);
}

/** `three or four or five days`: a chain of rising alternatives in one form runs to its last. */
function lastAlternative(toks: Toks, b: NumberCore, lex: Lexicon): NumberCore {
  let last = b;
  for (let n = 0; n < lex.maxAlternatives; n++) {
    const link = toks.get(last.to);
    const next = toks.get(last.to + 1);
    if (!link || link.breakBefore || !lex.rangeLinks.or.has(link.key) || !next || next.breakBefore) break;
    const c = readNumber(toks, last.to + 1, lex);
    if (!c || c.form !== last.form || c.ordinal || c.yearLike !== last.yearLike || c.value <= last.value) break;
    last = c;
  }
  return last;
}

/**
 * `125-150,000`, `20 to 25,000`: a range's first end, ungrouped digits, borrows the second's
 * thousands when alone it is smaller than the second's leading group by less than one order:
 * the factor to scale it by (1 when it borrows none: `1-100,000`, `12-15`).
 */
function borrowedGroups(toks: Toks, a: NumberCore, b: NumberCore): number {
  const first = toks.get(a.from)!.text;
  const second = toks.get(b.from)!.text;
  if (a.scale !== 1 || b.scale !== 1 || a.to !== a.from + 1 || b.to !== b.from + 1 || !/^\d{1,3}$/.test(first)) return 1;
  const groups = /^\d{1,3}((?:[,.\u00a0 ]000)+)$/.exec(second);
  if (!groups) return 1;
  const factor = 1000 ** (groups[1]!.length / 4);
  const lead = b.value / factor;
  return Number.isInteger(lead) && a.value < lead && a.value * 10 >= lead ? factor : 1;
}

/**
 * A range opener stands before the number at `i`: right before it (`between 5`), or with an
 * article between (`entre los 15 y los 17 años`).
 */
function rangeOpened(toks: Toks, i: number, lex: Lexicon): boolean {
  const prev = toks.get(i - 1);
  if (!prev) return false;
  if (lex.rangeOpeners.has(prev.key)) return true;
  return prev.kind === "word" && lex.articles.has(prev.key) && !toks.get(i)!.breakBefore && !prev.breakBefore && lex.rangeOpeners.has(toks.get(i - 2)?.key ?? "");
}

/**
 * The token at `at` is an article (`los`, `un`, `um`) with a number after it, and not the start
 * of a number itself (`un millón`; a lone `um` read as one does not count).
 */
function articleBeforeNumber(toks: Toks, at: number, lex: Lexicon): boolean {
  const t = toks.get(at);
  if (!t || t.breakBefore || t.kind !== "word" || !(lex.articles.has(t.key) || lex.articlesOne.has(t.key))) return false;
  const own = readNumber(toks, at, lex);
  return (own === undefined || own.to === at + 1) && readNumber(toks, at + 1, lex) !== undefined;
}

/** Adds what follows the number(s): percent, currency words, `times`, a unit of measure, a rate. */
function finish(
  toks: Toks,
  from: number,
  k: number,
  numbers: NumberCore[],
  percentUnit: string | undefined,
  currency: string | undefined,
  lex: Lexicon,
  rule: ClaimRule = numbers.length === 2 ? "range" : numbers[0]!.form,
): ClaimPhrase {
  const value: number | [number, number] = numbers.length === 2 ? [numbers[0]!.value, numbers[1]!.value] : numbers[0]!.value;
  const claim: ClaimPhrase = { from, to: k, value, rule, numbers, hasUnit: false };
  const range = numbers.length === 2;
  if (percentUnit) return withUnit(claim, percentUnit, range ? "range" : "percent", k, toks, lex);
  const word = lex.currencyWords.matchAt(toks, k);
  // `R$ 80 mil reais`: the currency's word after an amount its sign opened repeats the unit; it joins the span.
  const joins = word !== undefined && !toks.get(k)!.breakBefore && !lex.counted.partitives.has(toks.get(k)!.key);
  // `$8 million lempiras`: the bare dollar sign writes many American currencies; a currency's word right after the amount names which.
  if (currency && joins && word.value !== currency && toks.get(from)?.text === "$" && lex.currencyPrefixes.matchAt(toks, from)?.value === "USD") {
    return withUnit(claim, word.value, range ? "range" : "money", word.to, toks, lex);
  }
  if (currency) return withUnit(claim, currency, range ? "range" : "money", joins && word.value === currency ? word.to : k, toks, lex);
  if (word) {
    const money = withUnit(claim, word.value, range ? "range" : "money", word.to, toks, lex);
    // `13.6 millones de dólares`: a currency joined by a partitive names the unit but stays out of the span.
    return lex.counted.partitives.has(toks.get(k)!.key) ? { ...money, to: k } : money;
  }
  const pct = lex.percent.matchAt(toks, k);
  if (pct) return withUnit(claim, pct.value, range ? "range" : "percent", pct.to, toks, lex);
  const times = toks.get(k);
  if (times && !times.breakBefore && lex.timesWords.has(times.key) && times.key !== "fold") {
    return { ...claim, to: k + 1, unit: "times", rule: "multiple", hasUnit: true };
  }
  if (isSym(times, "-") && joined(times) && toks.get(k + 1)?.key === "fold" && joined(toks.get(k + 1))) {
    return { ...claim, to: k + 2, unit: "times", rule: "multiple", hasUnit: true };
  }
  const score = readScore(toks, k, lex);
  if (score) return { ...claim, to: score, unit: "points", rule: range ? "range" : "measure", hasUnit: true };
  // `10-year`, `60,000 square kilometers`, `5km`.
  const unitAt = isSym(times, "-") && joined(times) ? k + 1 : k;
  // `the 50-year-long war`: a period's `-long` compound after the hyphen is the number's unit.
  const longUnit = unitAt > k ? longCompoundUnit(toks.get(unitAt), lex) : undefined;
  if (longUnit) return withUnit(claim, longUnit, range ? "range" : "measure", unitAt + 1, toks, lex);
  const measure = lex.units.matchAt(toks, unitAt);
  // A unit's abbreviation follows digits: after a spelled-out number a short word is a word (`Diez ha condonado`).
  const abbreviationAfterWords = numbers[0]!.form === "words" && measure !== undefined && measure.to === unitAt + 1 && toks.get(unitAt)!.text.length <= lex.maxUnitAbbreviation;
  if (measure && !abbreviationAfterWords && !isVerbHomograph(toks, unitAt, measure.to, lex) && !toks.get(unitAt)!.breakBefore && (unitAt === k || joined(toks.get(unitAt)))) {
    return withUnit(claim, measure.value.unit, range ? "range" : "measure", measure.to, toks, lex);
  }
  const rate = readRate(toks, k, lex);
  if (rate) return { ...claim, to: rate.to, unit: rate.unit, rule: "rate", hasUnit: true };
  // `aged 14`, `before the age of 17`: a person's age, in years.
  if (lex.ageBefore.matchBefore(toks, from)) return { ...claim, unit: "years", rule: range ? "range" : "measure", hasUnit: true };
  return claim;
}

/**
 * `28 puntos sobre 100`, `(29 puntos)`: points that close their clause (or run on to the scale's
 * top) are a score; the end of the span, or undefined (`47 puntos fronterizos` counts places).
 */
function readScore(toks: Toks, k: number, lex: Lexicon): number | undefined {
  const word = toks.get(k);
  if (!word || word.breakBefore || !lex.scores.forms.has(word.key)) return undefined;
  const next = toks.get(k + 1);
  if (!next || next.breakBefore || (next.kind === "sym" && /^[.,;:)]$/.test(next.text))) return k + 1;
  const top = toks.get(k + 2);
  if (lex.scores.totalLinks.has(next.key) && top?.kind === "num" && !top.breakBefore) return k + 3;
  return undefined;
}

/** `year-long` written against a hyphen after a number: the time unit of the period it names. */
function longCompoundUnit(t: Tok | undefined, lex: Lexicon): string | undefined {
  if (!joined(t) || t!.kind !== "word") return undefined;
  const suffix = lex.periodNouns.longSuffixes.find((s) => t!.key.endsWith(s));
  const unit = suffix ? lex.unitWords.get(t!.key.slice(0, -suffix.length))?.unit : undefined;
  return unit !== undefined && lex.timeUnits.has(unit) ? unit : undefined;
}

/** `2021 ha ido`, `193 ha estado`: a unit's one-word form that is also a verb, before a participle, is the verb. */
function isVerbHomograph(toks: Toks, at: number, to: number, lex: Lexicon): boolean {
  if (to !== at + 1 || !lex.unitVerbs.forms.has(toks.get(at)!.key)) return false;
  const next = toks.get(to);
  return next !== undefined && next.kind === "word" && !next.breakBefore && /^\p{Ll}/u.test(next.text) && lex.unitVerbs.participleEndings.some((e) => next.key.endsWith(e));
}

function withUnit(
  claim: ClaimPhrase,
  unit: string,
  rule: ClaimRule,
  to: number,
  toks: Toks,
  lex: Lexicon,
): ClaimPhrase {
  const rate = readRate(toks, to, lex);
  if (rate) return { ...claim, to: rate.to, unit: `${unit} ${rate.unit}`, rule: "rate", hasUnit: true };
  return { ...claim, to, unit, rule, hasUnit: true };
}

/** `per day`, `/100K`, `/km2`, `per 100,000` (inhabitants), `a year`, `per capita`. */
function readRate(toks: Toks, k: number, lex: Lexicon): { unit: string; to: number } | undefined {
  let marker = toks.get(k);
  // `2,664 metric tons annually`: an adverb alone is the rate.
  const adverb = marker && !marker.breakBefore && marker.kind === "word" ? lex.rateAdverbs.get(marker.key) : undefined;
  if (adverb) return { unit: adverb, to: k + 1 };
  // `for every 100,000`: a lead word joins the marker after it, which then takes any base.
  const after = toks.get(k + 1);
  const led = !!marker && !marker.breakBefore && lex.rateLeadMarkers.has(marker.key) && !!after && !after.breakBefore && lex.rateMarkers.has(after.key);
  if (led) marker = toks.get(++k);
  if (!marker || marker.breakBefore || !lex.rateMarkers.has(marker.key)) return undefined;
  const needsTime = !led && lex.spacedMarkerNeedsTime.has(marker.key);
  // `por cada 100 mil habitantes`: a second marker right after the first adds nothing.
  const second = toks.get(k + 1);
  if (second && !second.breakBefore && second.kind === "word" && lex.rateMarkers.has(second.key) && !needsTime) k++;
  const base = toks.get(k + 1);
  if (!base || base.breakBefore) return undefined;
  const unit = lex.units.matchAt(toks, k + 1);
  if (unit && (!needsTime || unit.value.kind === "time")) return { unit: `per ${unit.value.singular}`, to: unit.to };
  if (needsTime) return undefined;
  const word = lex.rateWords.get(base.key);
  if (word) return { unit: word, to: k + 2 };
  if (base.kind === "num") {
    const n = readNumber(toks, k + 1, lex);
    // A base is a round population (per 1,000, /100K); `9/11` and `24/7` are not rates.
    if (!n || n.ordinal || !isPowerOfTen(n.value)) return undefined;
    // The population after the base (`per 100,000 inhabitants`) is what is counted, not a unit
    // of measure: it stays out of the span, as a counted noun does (ANNOTATION.md section 4).
    return { unit: `per ${compact(n.value)}`, to: n.to };
  }
  return undefined;
}

function isPowerOfTen(n: number): boolean {
  return n >= 10 && Number.isInteger(Math.log10(n));
}

/** 100000 -> `100K`, 1000000 -> `1M`: the way rates are usually written. */
function compact(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}K`;
  return String(n);
}

/** `#132 out of 140`, `#166/170`. */
function readHashRank(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  // `#333333`, `#003366`: six digits after `#` are a colour's hex code, no rank.
  if (/^\d{6}$/.test(toks.get(i + 1)!.text)) return undefined;
  const n = readNumber(toks, i + 1, lex);
  if (!n) return undefined;
  const to = outOf(toks, n.to, lex);
  return { from: i, to, value: n.value, unit: "rank", rule: "rank", numbers: [n], hasUnit: true };
}

/** `the number two man`, `ranked as number one`, `el número uno`: a spelled cardinal after `number` is a rank, as `#132` is. */
export function readNumberWordRank(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const next = toks.get(i + 1);
  if (!next || next.breakBefore || next.kind !== "word" || !lex.cardinals.has(next.key)) return undefined;
  const n = readNumber(toks, i + 1, lex);
  if (!n || n.form !== "words" || n.ordinal || n.scale > 1) return undefined;
  return { from: i, to: outOf(toks, n.to, lex), value: n.value, unit: "rank", rule: "rank", numbers: [n], hasUnit: true };
}

/** `el puesto 133 de 180`, `en el lugar 25 de 32`: digits after a rank noun, out of a larger total, are a rank. */
export function readNounRank(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const next = toks.get(i + 1);
  if (!next || next.kind !== "num" || next.breakBefore || !/^\d+$/.test(next.text)) return undefined;
  const n = readNumber(toks, i + 1, lex);
  if (!n || n.ordinal || n.yearLike || n.scale > 1) return undefined;
  const to = outOf(toks, n.to, lex);
  const total = toks.get(to - 1);
  if (to === n.to || !total || Number(total.text) <= n.value) return undefined;
  return { from: i, to, value: n.value, unit: "rank", rule: "rank", numbers: [n], hasUnit: true };
}

function outOf(toks: Toks, at: number, lex: Lexicon): number {
  const hit = lex.rankOutOf.matchAt(toks, at);
  if (hit && toks.get(hit.to)?.kind === "num" && !toks.get(hit.to)!.breakBefore) return hit.to + 1;
  return at;
}

/** `fourth largest`, `14th highest`, `third most violent`, `ranked 132nd out of 140`, `el segundo conflicto más letal`. */
function readOrdinalRank(toks: Toks, from: number, at: number, value: number, lex: Lexicon): ClaimPhrase | undefined {
  const next = toks.get(at);
  const rank = (to: number): ClaimPhrase => ({
    from,
    to,
    value,
    unit: "rank",
    rule: "rank",
    numbers: [],
    hasUnit: true,
  });
  if (next && !next.breakBefore && next.kind === "word") {
    if (next.key === "most" || next.key === "least") {
      const adj = toks.get(at + 1);
      return rank(adj && adj.kind === "word" && !adj.breakBefore ? at + 2 : at + 1);
    }
    if (isSuperlative(next.key, lex) || lex.rankNouns.has(next.key)) return rank(at + 1);
    // `a third consecutive term`, `the fourth new force`: the ordinal counts the times a thing has come.
    if (lex.series.adjectives.has(next.key) && value >= lex.series.from) return rank(at);
    // `el segundo conflicto más letal`: the superlative follows the noun; the span is the ordinal.
    const degree = toks.get(at + 1);
    const adjective = toks.get(at + 2);
    if (degree && adjective && lex.postposedSuperlatives.has(degree.key) && !degree.breakBefore && adjective.kind === "word" && !adjective.breakBefore &&
      next.text.charAt(0) === next.key.charAt(0)) {
      return rank(at);
    }
  }
  if (lex.rankVerbs.matchBefore(toks, from)) return rank(outOf(toks, at, lex));
  if (inRankFrame(toks, at, lex)) return rank(at);
  // `111th of 142 countries`: an ordinal in digits out of a total is a rank in a ranking.
  const total = toks.get(from)!.kind === "num" ? outOf(toks, at, lex) : at;
  return total > at ? rank(total) : undefined;
}

/** `second only to`, `el segundo consumidor de cocaína en el mundo`: a ranking's frame after the ordinal and a few words of its noun phrase. */
function inRankFrame(toks: Toks, at: number, lex: Lexicon): boolean {
  const { phrases, gap, notRanked } = lex.rankFrames;
  const next = toks.get(at);
  if (!next || next.breakBefore || notRanked.has(next.key)) return false;
  for (let k = at; k <= at + gap; k++) {
    const t = toks.get(k);
    if (!t || t.breakBefore) return false;
    if (phrases.matchAt(toks, k)) return true;
    if (t.kind !== "word") return false;
  }
  return false;
}

/** `a decade`, `una década`, `decade-long`: a period named by a noun, as a duration. */
function readPeriodNoun(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (t.kind !== "word") return undefined;
  const { unit, words, ownUnits, ownUnitYears, longSuffixes } = lex.periodNouns;
  // A noun of `ownUnits` (`century`) is counted in itself, the others in `unit` (`a decade` is 10 years).
  const claim = (to: number, value: number, noun: string): ClaimPhrase => ({ from: i, to, value, unit: ownUnits.get(noun) ?? unit, rule: "measure", numbers: [], hasUnit: true });
  const suffix = longSuffixes.find((s) => t.key.endsWith(s));
  const stem = suffix ? t.key.slice(0, -suffix.length) : "";
  const compound = suffix ? words.get(stem) : undefined;
  if (compound !== undefined) return claim(i + 1, compound, stem);
  // `half a decade`, `medio siglo`: a fraction of the period, in years (a century's are its ownUnitYears).
  const fraction = lex.fractions.get(t.key);
  if (fraction !== undefined) {
    const at = lex.articlesOne.has(toks.get(i + 1)?.key ?? "") && !toks.get(i + 1)!.breakBefore ? i + 2 : lex.additive ? i + 1 : -1;
    const period = at > 0 ? toks.get(at) : undefined;
    const years = period && !period.breakBefore && period.kind === "word" ? (ownUnitYears.get(period.key) ?? (ownUnits.has(period.key) ? undefined : words.get(period.key))) : undefined;
    return years === undefined ? undefined : { from: i, to: at + 1, value: fraction * years, unit, rule: "measure", numbers: [], hasUnit: true };
  }
  const noun = toks.get(i + 1);
  const value = noun && !noun.breakBefore && noun.kind === "word" ? words.get(noun.key) : undefined;
  return lex.articlesOne.has(t.key) && value !== undefined ? claim(i + 2, value, noun!.key) : undefined;
}

/** `second-largest`, `third-most`: an ordinal and a superlative written as one word. */
function readHyphenatedRank(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const key = toks.get(i)!.key;
  const dash = key.indexOf("-");
  const value = lex.ordinals.get(key.slice(0, dash));
  const rest = key.slice(dash + 1);
  if (value === undefined || !(isSuperlative(rest, lex) || rest === "most" || rest === "least")) return undefined;
  return { from: i, to: i + 1, value, unit: "rank", rule: "rank", numbers: [], hasUnit: true };
}

/** `12th-largest`, `3rd-most`: an ordinal in digits and a superlative written as one word (`12` and `th-largest`). */
function readDigitHyphenatedRank(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  const next = toks.get(i + 1);
  if (!/^\d+$/.test(t.text) || !next || next.kind !== "word" || next.spaced || next.breakBefore) return undefined;
  const dash = next.key.indexOf("-");
  if (dash < 0 || !lex.ordinalSuffixes.has(next.key.slice(0, dash))) return undefined;
  const rest = next.key.slice(dash + 1);
  if (!(isSuperlative(rest, lex) || rest === "most" || rest === "least")) return undefined;
  return { from: i, to: i + 2, value: Number(t.text), unit: "rank", rule: "rank", numbers: [], hasUnit: true };
}

export function isSuperlative(key: string, lex: Lexicon): boolean {
  if (lex.superlativeWords.has(key)) return true;
  const s = lex.superlativeSuffix;
  return key.endsWith(s) && key.length > s.length + 2 && !lex.notSuperlatives.has(key) && !key.includes("-");
}

/** `doubled`, `almost tripled`, `roughly double the number`, `twofold`. */
function readMultiple(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (lex.multipleNeedsContext.has(t.key)) {
    const next = toks.get(i + 1);
    const prev = toks.get(i - 1);
    const hedged = lex.hedges.matchBefore(toks, i) !== undefined;
    const determiner = !!next && !next.breakBefore && lex.determinersAfterMultiple.has(next.key);
    const verb = !!prev && lex.modalsBeforeMultiple.has(prev.key);
    if (!hedged && !determiner && !verb) return undefined;
  }
  return { from: i, to: i + 1, value: lex.multiples.get(t.key)!, unit: "times", rule: "multiple", numbers: [], hasUnit: true };
}

/** `a ten-year plan`, `a twenty-five-kilometer stretch`, `ten-fold`: a spelled-out number glued to its unit. */
function readGluedUnit(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (t.kind !== "word") return undefined;
  const parts = t.key.split("-");
  if (parts.length < 2 || parts.length > 3) return undefined;
  const last = parts[parts.length - 1]!;
  const multiple = lex.timesWords.has(last); // `ten-fold`
  const unit = multiple ? undefined : lex.unitWords.get(last);
  if (!unit && !multiple) return readCompoundCount(toks, i, parts, lex);
  const words = parts.slice(0, -1).map((p) => lex.cardinals.get(p));
  if (words.some((w) => w === undefined)) return undefined;
  const [first, second] = words as number[];
  // One cardinal, or tens then units (`twenty-five`).
  if (second !== undefined && !(first! >= 20 && first! % 10 === 0 && second > 0 && second < 10)) return undefined;
  const value = first! + (second ?? 0);
  const core: NumberCore = { value, from: i, to: i + 1, form: "words", scale: 1, ordinal: false, yearLike: false };
  if (!unit) return { from: i, to: i + 1, value, unit: "times", rule: "multiple", numbers: [core], hasUnit: true };
  return { from: i, to: i + 1, value, unit: unit.unit, rule: "measure", numbers: [core], hasUnit: true };
}

/**
 * `a four-lane highway`, `a four-pronged strategy`: a spelled cardinal from two on hyphened to a
 * noun (or its `-ed` form) counts that noun, as `4-lane` does; the word is the counted noun and the
 * span the number word alone (`four`). Not
 * `one-party` (a lone one), `twenty-first` (an ordinal), `two-thirds` (a fraction), `two-time`.
 */
function readCompoundCount(toks: Toks, i: number, parts: string[], lex: Lexicon): ClaimPhrase | undefined {
  if (parts.length !== 2) return undefined;
  const [head, noun] = parts as [string, string];
  const value = lex.cardinals.get(head);
  if (value === undefined || value < 2 || !Number.isInteger(value)) return undefined;
  if (noun.length < lex.minCompoundNoun || !/^\p{Ll}+$/u.test(noun)) return undefined;
  if (lex.cardinals.has(noun) || lex.ordinals.has(noun) || lex.fractions.has(noun) || lex.scales.has(noun) || lex.rankFrames.notRanked.has(noun)) return undefined;
  const core: NumberCore = { value, from: i, to: i + 1, form: "words", scale: 1, ordinal: false, yearLike: false };
  return { from: i, to: i + 1, value, unit: noun, rule: "words", numbers: [core], hasUnit: false, headChars: head.length };
}

/**
 * `one in three`, `1 de cada 11`, `um em cada três`: a count out of a larger count of the same
 * things is a share, in percent. A unit after the second number (`5 in 30 minutes`) is a pace, not a share.
 */
function readRatio(toks: Toks, from: number, a: NumberCore, lex: Lexicon): ClaimPhrase | undefined {
  if (a.yearLike || a.scale > 1 || !Number.isInteger(a.value) || a.value < 1) return undefined;
  const link = toks.get(a.to)?.breakBefore ? undefined : lex.ratioLinks.matchAt(toks, a.to);
  if (!link || toks.get(link.to)?.breakBefore) return undefined;
  const b = readNumber(toks, link.to, lex);
  if (!b || b.ordinal || b.yearLike || b.value <= a.value) return undefined;
  if (lex.units.matchAt(toks, b.to) || lex.percent.matchAt(toks, b.to) || lex.currencyWords.matchAt(toks, b.to)) return undefined;
  // `six out of seven teachers`: out of a group's size (no round base) the claim counts its members.
  const group = lex.ratioGroupLinks.matchAt(toks, a.to);
  if (group && group.to === link.to && !Number.isInteger(Math.log10(b.value))) {
    return { from, to: b.to, value: a.value, rule: a.form === "words" ? "words" : "digits", numbers: [a, b], hasUnit: true };
  }
  const value = Math.round((a.value / b.value) * 1000) / 10;
  return { from, to: b.to, value, unit: "percent", rule: "percent", numbers: [a, b], hasUnit: true };
}

/** `Una de cada tres familias`, `um em cada dez`: the article that stands for one is the ratio's first number. */
export function readArticleRatio(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const one: NumberCore = { value: 1, from: i, to: i + 1, form: "words", scale: 1, ordinal: false, yearLike: false };
  return readRatio(toks, i, one, lex);
}

/**
 * `reclusão de um a quatro anos`, `de una a tres veces`: in Spanish and Portuguese the article that
 * stands for one opens a range to a number in words after a `to` link (not a change: `pasó de uno a
 * tres` reads as `changeBefore` says).
 */
export function readArticleRange(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const link = toks.get(i + 1);
  if (!lex.additive || !link || link.breakBefore || toks.get(i)!.breakBefore || !lex.rangeLinks.to.has(link.key)) return undefined;
  if (lex.toBlockedAfter.has(toks.get(i - 1)?.key ?? "") && changeBefore(toks, i - 1, lex)) return undefined;
  const b = readNumber(toks, i + 2, lex);
  if (!b || b.form !== "words" || b.ordinal || b.scale > 1 || b.value <= 1 || toks.get(i + 2)!.breakBefore) return undefined;
  const one: NumberCore = { value: 1, from: i, to: i + 1, form: "words", scale: 1, ordinal: false, yearLike: false };
  return finish(toks, i, b.to, [one, b], undefined, undefined, lex);
}

/** `two-thirds`, `one-half`, `three quarters of`, `dos tercios de`. */
function readFraction(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (t.kind !== "word") return undefined;
  let num: number | undefined;
  let frac: number | undefined;
  let to = i + 1;
  const p = t.key.split("-");
  if (p.length === 2) {
    num = lex.cardinals.get(p[0]!);
    frac = lex.fractions.get(p[1]!);
  } else if (lex.cardinals.has(t.key) && lex.shares.partitives.has(toks.get(i + 2)?.key ?? "")) {
    const next = toks.get(i + 1);
    num = lex.cardinals.get(t.key);
    frac = next && !next.breakBefore ? lex.fractions.get(next.key) : undefined;
    to = i + 2;
  }
  if (num === undefined || frac === undefined || num < 1 || num > 10) return undefined;
  if (num * frac >= 1) return undefined;
  // A share in percent, as `a third of` reads (readShare).
  const value = Math.round(num * frac * 1000) / 10;
  return { from: i, to, value, unit: "percent", rule: "percent", numbers: [], hasUnit: true };
}

/**
 * `1/3 da pena`, `1/6 (um sexto) a 2/3 (dois terços)`: a fraction in digits is a share in
 * percent when the text says it is one: the fraction in words in parentheses after it, or a
 * partitive and a noun (`1/3 of the cases`). Bare, `1/3` may be a date. A second fraction
 * after a range link makes a range.
 */
function readSlashFraction(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const first = slashFraction(toks, i, lex);
  if (!first) return undefined;
  const claim = (to: number, value: number | [number, number]): ClaimPhrase => ({ from: i, to, value, unit: "percent", rule: typeof value === "number" ? "percent" : "range", numbers: [], hasUnit: true });
  const link = toks.get(first.to);
  if (link && !link.breakBefore && lex.rangeLinks.to.has(link.key)) {
    const second = slashFraction(toks, first.to + 1, lex);
    if (second && second.value > first.value) return claim(second.to, [first.value, second.value]);
  }
  return claim(first.to, first.value);
}

function slashFraction(toks: Toks, i: number, lex: Lexicon): { value: number; to: number } | undefined {
  // Checked on the columns first: most numbers have no slash after them, and no token is made for them.
  if (toks.kind(i) !== "num" || !toks.is(i + 1, "/") || toks.kind(i + 2) !== "num" || !joinedAt(toks, i + 1) || !joinedAt(toks, i + 2)) return undefined;
  const a = toks.get(i)!;
  const b = toks.get(i + 2)!;
  if (!/^\d+$/.test(a.text) || !/^\d+$/.test(b.text)) return undefined;
  const num = Number(a.text);
  const den = Number(b.text);
  if (num < 1 || num >= den || den > lex.shares.maxSlashDenominator || isSym(toks.get(i + 3), "/")) return undefined;
  const value = Math.round((num / den) * 1000) / 10;
  const glossEnd = fractionGloss(toks, i + 3, lex);
  if (glossEnd !== undefined) return { value, to: glossEnd };
  const of = toks.get(i + 3);
  const noun = toks.get(i + 4);
  if (of && noun && !of.breakBefore && lex.shares.partitives.has(of.key) && noun.kind === "word" && !lex.months.matchAt(toks, i + 3) && !lex.months.matchAt(toks, i + 4)) {
    return { value, to: i + 3 };
  }
  return undefined;
}

/** `(um sexto)`, `(two-thirds)`: words in parentheses ending in a fraction or ordinal word; where they end. */
function fractionGloss(toks: Toks, at: number, lex: Lexicon): number | undefined {
  const inside = glossOpened(toks, at);
  if (inside === undefined) return undefined;
  for (let k = inside; k <= inside + 2; k++) {
    const t = toks.get(k);
    if (!t || t.breakBefore) return undefined;
    if (t.kind !== "word") {
      const end = k > inside ? glossClosed(toks, k) : undefined;
      if (end === undefined) return undefined;
      const last = toks.get(k - 1)!;
      const word = last.key.split("-").at(-1)!;
      const singular = word.endsWith("s") ? word.slice(0, -1) : word;
      const fractional = [word, singular].some((w) => lex.fractions.has(w) || lex.ordinals.has(w));
      return fractional ? end : undefined;
    }
  }
  return undefined;
}

/**
 * `half of`, `a third of`, `la mitad de`: a fraction of a whole is a share, in percent (one
 * decimal). The article joins the span; an ordinal or selector before it makes it a period
 * (`the first half of the year`).
 */
function readShare(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  const frac = t.kind === "word" && lex.shares.words.has(t.key) ? lex.fractions.get(t.key) : undefined;
  if (frac === undefined) return undefined;
  const of = toks.get(i + 1);
  const article = toks.get(i - 1);
  const withArticle = article !== undefined && !t.breakBefore && article.kind === "word" && lex.shares.articles.has(article.key);
  // `roughly a third down`: after a lead, a fraction with its article needs no partitive.
  const partitive = of !== undefined && !of.breakBefore && lex.shares.partitives.has(of.key);
  if (!partitive && !(withArticle && ledShare(toks, i - 1, lex))) return undefined;
  if (!withArticle && !lex.shares.bare.has(t.key)) return undefined;
  const before = toks.get(withArticle ? i - 2 : i - 1);
  if (before && (lex.ordinals.has(before.key) || lex.selectors.has(before.key))) return undefined;
  if (ofTimePeriod(toks, i + 2, lex)) return undefined;
  const value = Math.round(frac * 1000) / 10;
  return { from: withArticle ? i - 1 : i, to: i + 1, value, unit: "percent", rule: "percent", numbers: [], hasUnit: true };
}

/**
 * `dos terceras partes`, `una quinta parte`, `a terça parte`: a count (or an article standing for
 * one) of ordinal parts is a share, in percent. Read from the count, or from the ordinal with
 * the article before it in the span.
 */
function readPartShare(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const t = toks.get(i)!;
  if (t.kind !== "word") return undefined;
  const count = lex.cardinals.get(t.key);
  const at = count !== undefined ? i + 1 : i;
  const ordinal = toks.get(at);
  const part = toks.get(at + 1);
  if (!ordinal || !part || ordinal.breakBefore || part.breakBefore || !lex.shares.partNouns.has(part.key)) return undefined;
  // `terceras partes`: the ordinal agrees with a plural noun. A second part is a section, not a half.
  const denominator = lex.ordinals.get(ordinal.key) ?? (ordinal.key.endsWith("s") ? lex.ordinals.get(ordinal.key.slice(0, -1)) : undefined);
  if (denominator === undefined || denominator < 3) return undefined;
  let from = i;
  if (count === undefined) {
    const article = toks.get(i - 1);
    if (!article || t.breakBefore || !(lex.shares.articles.has(article.key) || lex.articlesOne.has(article.key))) return undefined;
    from = i - 1;
  }
  const num = count ?? 1;
  if (num >= denominator) return undefined;
  const value = Math.round((num / denominator) * 1000) / 10;
  return { from, to: at + 2, value, unit: "percent", rule: "percent", numbers: [], hasUnit: true };
}

/**
 * `um terço`, `dois terços de`, `de um sexto a dois terços`, `entre un cuarto y la mitad`: a
 * numerator word and a fraction word that agrees with it (one: singular; more: plural) is a share
 * in percent. A fraction word that is also an ordinal (`cuarto` room, `o sexto dia`) counts only
 * before a partitive or in a range whose other end is a fraction too.
 */
export function readWordFractionShare(toks: Toks, i: number, lex: Lexicon): ClaimPhrase | undefined {
  const first = wordFraction(toks, i, lex);
  if (!first) return undefined;
  const link = toks.get(first.to);
  const linked = link && !link.breakBefore && (lex.rangeLinks.to.has(link.key) || (lex.rangeLinks.and.has(link.key) && lex.rangeOpeners.has(toks.get(i - 1)?.key ?? "")));
  const second = linked ? (wordFraction(toks, first.to + 1, lex) ?? halfShare(toks, first.to + 1, lex)) : undefined;
  if (second && second.value > first.value) {
    return { from: i, to: second.to, value: [first.value, second.value], unit: "percent", rule: "range", numbers: [], hasUnit: true };
  }
  const of = toks.get(first.to);
  const partitive = of && !of.breakBefore && lex.shares.partitives.has(of.key) && !ofTimePeriod(toks, first.to + 1, lex);
  if (first.ordinalLike && !partitive && !(lex.articlesOne.has(toks.get(i)!.key) && ledShare(toks, i, lex))) return undefined;
  return { from: i, to: first.to, value: first.value, unit: "percent", rule: "percent", numbers: [], hasUnit: true };
}

/**
 * `roughly a third down`, `apenas um quarto vai para`: a lead (a hedge, `only`, `apenas`) right
 * before the fraction's article at `article`, and no noun the fraction word could be an ordinal
 * of, or a unit it measures, after it (`about a third place`, `apenas um quarto lugar`, `only a third time`, `a quarter mile`).
 */
function ledShare(toks: Toks, article: number, lex: Lexicon): boolean {
  const a = toks.get(article);
  if (!a || a.breakBefore || !lex.shares.leads.matchBefore(toks, article)) return false;
  const after = toks.get(article + 2);
  if (!after || after.breakBefore || after.kind !== "word") return true;
  return !lex.rankNouns.has(after.key) && lex.units.matchAt(toks, article + 2) === undefined && !lex.rankFrames.notRanked.has(after.key) && !lex.shares.partNouns.has(after.key);
}

interface WordFraction {
  value: number;
  to: number;
  /** The fraction word is also an ordinal (`sexto`, `quarto`): it needs a partitive or a range. */
  ordinalLike: boolean;
}

function wordFraction(toks: Toks, i: number, lex: Lexicon): WordFraction | undefined {
  // Kinds first, from the window's columns: a number's neighbours are seldom two words.
  if (toks.kind(i) !== "word" || toks.kind(i + 1) !== "word" || toks.breakBefore(i + 1)) return undefined;
  const t = toks.get(i)!;
  const f = toks.get(i + 1)!;
  // `un sexto`: the article that stands for one is a numerator too.
  const num = lex.cardinals.get(t.key) ?? (lex.articlesOne.has(t.key) ? 1 : undefined);
  const den = lex.shares.denominators.get(f.key);
  if (num === undefined || den === undefined || num < 1 || num >= den) return undefined;
  if ((num === 1) === f.key.endsWith("s")) return undefined;
  const singular = num === 1 ? f.key : f.key.slice(0, -1);
  return { value: Math.round((num / den) * 1000) / 10, to: i + 2, ordinalLike: lex.ordinals.has(singular) };
}

/** `a metade`, `la mitad`, `metade`: a half as the far end of a range of fractions. */
function halfShare(toks: Toks, i: number, lex: Lexicon): WordFraction | undefined {
  const t = toks.get(i);
  if (!t || t.breakBefore) return undefined;
  const article = t.kind === "word" && lex.shares.articles.has(t.key) && !lex.shares.words.has(t.key);
  const word = toks.get(article ? i + 1 : i);
  if (!word || word.breakBefore || !lex.shares.words.has(word.key) || lex.fractions.get(word.key) !== 0.5) return undefined;
  return { value: 50, to: (article ? i + 1 : i) + 1, ordinalLike: false };
}

/**
 * `la mitad de la década`, `metade do ano`, `half of the century`: a fraction of a span of time
 * places a moment in it, not a share of anything counted.
 */
function ofTimePeriod(toks: Toks, at: number, lex: Lexicon): boolean {
  const first = toks.get(at);
  const noun = first && (lex.articles.has(first.key) || first.key === "the") ? toks.get(at + 1) : first;
  if (!noun || noun.kind !== "word") return false;
  return lex.unitWords.get(noun.key)?.kind === "time" || lex.periodNouns.words.has(noun.key);
}

/** Marks inside a clause: a quoted word, an apostrophe. */
const QUOTE_MARKS = new Set(['"', "“", "”", "'", "‘", "’"]);

/**
 * A change word within `window` tokens before token `at` (`from`), in the same clause (quotes and apostrophes do not end
 * it): `grew sharply from`, `increase the agency's recruit stipend from` (hedges.json ranges.changeWindow by default).
 */
export function changeBefore(toks: Toks, at: number, lex: Lexicon, window = lex.changeWindow): boolean {
  for (let j = at - 1; j >= Math.max(0, at - window); j--) {
    if (toks.get(j + 1)!.breakBefore || (toks.get(j)!.kind === "sym" && !QUOTE_MARKS.has(toks.get(j)!.text))) return false;
    if (lex.changeWords.has(toks.get(j)!.key)) return true;
  }
  return false;
}
