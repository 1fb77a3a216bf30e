import type { ClaimPhrase } from "./claim.js";
import { countedNoun } from "./counted-noun.js";
import type { Tok, Toks } from "./tokenize.js";
import type { Lexicon } from "./vocabulary.js";

// Numbers that name or place something rather than count it, each told by how it is written
// around it (numeric-non-claims.json: eventDates, subsectionHeads, pageCounts, decades,
// postalCodes, addresses.streetHeads). Each answers for one claim phrase.

const glued = (t: Tok | undefined): t is Tok => t !== undefined && !t.spaced && !t.breakBefore;
const capitalized = (t: Tok | undefined): boolean => t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);

/** `el 11-S`, `o 8-M`: a day of the month hyphened to a month's initial in capitals, nothing glued after. */
export function isEventDate(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (lex.monthInitials.size === 0) return false;
  const day = toks.get(claim.from)!;
  if (day.kind !== "num" || !/^\d{1,2}$/.test(day.text) || Number(day.text) < 1 || Number(day.text) > 31) return false;
  const [dash, initial, after] = [toks.get(claim.from + 1), toks.get(claim.from + 2), toks.get(claim.from + 3)];
  if (!glued(dash) || dash.text !== "-" || !glued(initial) || initial.kind !== "word" || !lex.monthInitials.has(initial.text)) return false;
  return !glued(after) || after.kind === "sym";
}

/** `la meta 5.3`, `target 16.2`, `el indicador 16.1.3`: a number with sub-numbers after a target's or an indicator's head. */
export function isTargetNumber(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.to !== claim.from + 1 || first.kind !== "num" || first.breakBefore) return false;
  if (!/^\d{1,2}(?:\.\d{1,2}){1,2}$/.test(first.text)) return false;
  return lex.subsectionHeads.matchBefore(toks, claim.from) !== undefined;
}

/**
 * `RESDAL, 2024⏎246 p.; 30 cm`, `Lima: IEP, 2019, 310 pp.`: a number before a page abbreviation,
 * opening its line or after a record's mark, is a book's page count. A mark glued to more
 * (`3 p.p.`, percentage points) is no page.
 */
export function isPageCount(toks: Toks, claim: ClaimPhrase, lex: Lexicon, opensLine: boolean): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.to !== claim.from + 1 || first.kind !== "num") return false;
  const mark = lex.pageCountMarks.matchAt(toks, claim.to);
  if (!mark || toks.get(claim.to)!.breakBefore) return false;
  const after = toks.get(mark.to);
  if (glued(after) && after.kind !== "sym") return false;
  const prev = toks.get(claim.from - 1);
  return opensLine || first.breakBefore || (prev !== undefined && prev.kind === "sym" && /^[,.;:]$/.test(prev.text));
}

/**
 * `a mediados de los 80`, `no fim dos 90`: a round two-digit number after a decade's lead, nothing
 * counted after it; `the 70's`, `los 80's`: one with an apostrophe and `s` glued after it.
 */
export function isDecade(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.to !== claim.from + 1 || first.kind !== "num" || !/^[1-9]0$/.test(first.text)) return false;
  if (hasApostropheS(toks, claim.to)) return true;
  if (claim.hasUnit || first.breakBefore) return false;
  return lex.decadeLeads.matchBefore(toks, claim.from) !== undefined && countedNoun(toks, claim.to, lex) === undefined;
}

const APOSTROPHES = new Set(["'", "’"]);

/** `'s` or `’s` glued at `k`, as one token or two. */
function hasApostropheS(toks: Toks, k: number): boolean {
  const mark = toks.get(k);
  if (!glued(mark)) return false;
  if (/^['’]s$/i.test(mark.text)) return true;
  const s = toks.get(k + 1);
  return APOSTROPHES.has(mark.text) && glued(s) && s.key === "s";
}

/**
 * `246 p. ; 30 x 21 cm`: the size of a book after its page count and a semicolon, both its
 * numbers (the one before `x` and the one after), is the catalogue record's, no quantity.
 */
export function isBookSize(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.to !== claim.from + 1 || first.kind !== "num") return false;
  const isBy = (t: Tok | undefined) => t !== undefined && (t.key === "x" || t.text === "×");
  let a = claim.from;
  if (isBy(toks.get(a - 1)) && toks.get(a - 2)?.kind === "num") a -= 2;
  else if (!(isBy(toks.get(a + 1)) && toks.get(a + 2)?.kind === "num")) return false;
  const semicolon = toks.get(a - 1);
  if (semicolon?.text !== ";" || toks.get(a)!.breakBefore) return false;
  return lex.pageCountMarks.matchBefore(toks, a - 1) !== undefined;
}

/** `Python 3.10`, `Windows 10+`, `Ubuntu 20.04+`: a bare number right after a program's name (with a capital, as its maker writes it) is its version. */
export function isSoftwareVersion(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.numbers.length !== 1 || first.kind !== "num" || first.breakBefore || !first.spaced) return false;
  const name = lex.softwareNames.matchBefore(toks, claim.from);
  return name !== undefined && /\p{Lu}/u.test(toks.get(name.from)!.text + toks.get(claim.from - 1)!.text);
}

/** `Attribution 4.0 International`, `Reconocimiento 3.0 Unported`: a licence's version before its trailer word. */
export function isLicenceVersion(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d{1,2}\.\d$/.test(first.text)) return false;
  const after = toks.get(claim.to);
  return after !== undefined && !after.breakBefore && lex.licenceTrailers.matchAt(toks, claim.to) !== undefined;
}

/** `CEP 69000-000`, `RO, 76801-470`: two hyphened groups of digits shaped as a postal code. */
export function isPostalCode(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (lex.postalCodeGroups.length === 0) return false;
  const first = toks.get(claim.from)!;
  const [dash, second] = [toks.get(claim.from + 1), toks.get(claim.from + 2)];
  if (first.kind !== "num" || !glued(dash) || dash.text !== "-" || !glued(second) || second.kind !== "num") return false;
  const after = toks.get(claim.from + 3);
  if (!/^\d+$/.test(first.text) || !/^\d+$/.test(second.text) || (glued(after) && after.kind !== "sym")) return false;
  return lex.postalCodeGroups.includes(`${first.text.length}-${second.text.length}`);
}

/**
 * `Rua das Flores, 123`, `Av. Farquar, 2986 - Pedrinhas`, `Avenida Paulista 1578`: a bare number
 * after a street's head and its name (capitalized words and their links), perhaps after a comma,
 * is the building's. A count goes on with its noun (`la Avenida Juárez, 40 heridos`).
 */
export function isStreetNumberAfterName(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+$/.test(first.text) || first.breakBefore) return false;
  const { streetHeads, nameLinks, maxNameWords } = lex.addresses;
  let k = claim.from - 1;
  if (toks.get(k)?.text === "," && !toks.get(k)!.spaced) k--;
  let names = 0;
  for (let n = 0; n <= maxNameWords + 2 && k >= 0; n++) {
    if (names > 0 && streetHeads.matchBefore(toks, k + 1)) return countedNoun(toks, claim.to, lex) === undefined;
    const t = toks.get(k)!;
    if (t.breakBefore) return false;
    if (capitalized(t)) names++;
    else if (!(t.kind === "word" && nameLinks.has(t.key))) return false;
    if (names > maxNameWords) return false;
    k--;
  }
  return false;
}

/**
 * `los días 3, 4 y 5 de junio`, `el 7 y el 8 de marzo`: a day that opens a list of days of one
 * month (commas, and-links, an article repeated before a day), the month after the last.
 */
export function opensDayList(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const isDay = (t: Tok | undefined) => t !== undefined && t.kind === "num" && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  if (claim.hasUnit || claim.to !== claim.from + 1 || !isDay(toks.get(claim.from))) return false;
  let k = claim.to;
  for (let days = 0; days < lex.maxListedDays; days++) {
    const link = toks.get(k);
    if (!link || link.breakBefore || !(link.text === "," || lex.rangeLinks.and.has(link.key))) return false;
    k++;
    if (toks.get(k) !== undefined && lex.articles.has(toks.get(k)!.key) && !toks.get(k)!.breakBefore) k++;
    const day = toks.get(k);
    if (!isDay(day) || day!.breakBefore) return false;
    k++;
    if (lex.months.matchAt(toks, k) && !toks.get(k)!.breakBefore) return true;
  }
  return false;
}

/** The marks of an angle's minutes and seconds. */
const MINUTE_MARKS = new Set(["'", "’", "′"]);

/**
 * `12°34'56" S`, `38° 15' W`: degrees with their minutes (and seconds) place a point on a map. Each
 * of its numbers is part of the coordinate: degrees before a degree sign and minutes, minutes after
 * one, seconds after a minute mark.
 */
export function isCoordinate(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (first.kind !== "num" || claim.to !== claim.from + 1 && !(claim.to === claim.from + 2 && lex.ordinalSigns.has(toks.get(claim.from + 1)!.text))) return false;
  const isDegree = (t: Tok | undefined) => t !== undefined && t.kind === "sym" && lex.ordinalSigns.has(t.text);
  const minuteMark = (k: number) => MINUTE_MARKS.has(toks.get(k)?.text ?? "");
  // Degrees: `12°34'`, `38° 15'`.
  const sign = toks.get(claim.from + 1);
  if (isDegree(sign) && glued(sign) && toks.get(claim.from + 2)?.kind === "num" && !toks.get(claim.from + 2)!.breakBefore && minuteMark(claim.from + 3)) return true;
  // Minutes after degrees: `°34'`.
  const prev = toks.get(claim.from - 1);
  if (isDegree(prev) && toks.get(claim.from - 2)?.kind === "num" && !first.breakBefore && minuteMark(claim.from + 1)) return true;
  // Seconds after minutes: `34'56"`.
  return minuteMark(claim.from - 1) && toks.get(claim.from - 2)?.kind === "num" && isDegree(toks.get(claim.from - 3)) && !first.breakBefore;
}

/** A decimal degree as a record writes it: at most three digits, a point, three or more decimals. */
const DECIMAL_DEGREE = /^\d{1,3}\.\d{3,}$/;

/**
 * `18.920098,-100.297876`, `[19.0414, -98.2063]`: a latitude and a longitude in decimal degrees, a comma
 * between them, place a point on a map (a register's location cells). Both have three or more decimals,
 * the first within ±90 and the second within ±180, and one is negative or has four decimals or more, so
 * that a list of thousands written with points (`1.500, 2.300`) stays a list of counts.
 */
export function isDecimalCoordinate(toks: Toks, claim: ClaimPhrase): boolean {
  const at = isMinus(toks.get(claim.from)) ? claim.from + 1 : claim.from;
  if (claim.to !== at + 1 || !isDegree(toks.get(at))) return false;
  // This number as the latitude, the one after the comma as the longitude; else as the longitude after a latitude.
  const lonAt = isMinus(toks.get(at + 2)) ? at + 3 : at + 2;
  if (toks.get(at + 1)?.text === "," && !toks.get(at + 1)!.spaced && isDegree(toks.get(lonAt)) && isPoint(toks, claim.from, at, lonAt)) return true;
  const comma = (isMinus(toks.get(at - 1)) ? at - 1 : at) - 1;
  const latAt = isDegree(toks.get(comma - 1)) ? comma - 1 : -1;
  const latFrom = isMinus(toks.get(latAt - 1)) ? latAt - 1 : latAt;
  return latAt >= 0 && toks.get(comma)?.text === "," && !toks.get(comma)!.spaced && isPoint(toks, latFrom, latAt, at);
}

const isMinus = (t: Tok | undefined) => t !== undefined && (t.text === "-" || t.text === "\u2212");
const isDegree = (t: Tok | undefined) => t !== undefined && t.kind === "num" && DECIMAL_DEGREE.test(t.text);

/** Tokens `latFrom` (its sign, if any) and `lat`, and `lon` after a comma and its sign, make a point. */
function isPoint(toks: Toks, latFrom: number, lat: number, lon: number): boolean {
  const latText = toks.get(lat)!.text;
  const lonText = toks.get(lon)!.text;
  const negative = latFrom < lat || isMinus(toks.get(lon - 1));
  const long = latText.split(".")[1]!.length >= 4 || lonText.split(".")[1]!.length >= 4;
  return Number(latText) <= 90 && Number(lonText) <= 180 && (negative || long);
}

/**
 * `Tiempo estimado de lectura: 9 minutos`, `Lectura: 8 min`, `5 min read`: a period after a
 * reading time's label and its colon, or before the words that say it is one, is page furniture.
 * Markdown's emphasis may close after the colon (`**Lectura:** 9 minutos`).
 */
export function isReadingTime(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.unit === undefined || !lex.timeUnits.has(claim.unit)) return false;
  let k = claim.from - 1;
  while (k > claim.from - 1 - MAX_EMPHASIS && isEmphasis(toks.get(k))) k--;
  const colon = toks.get(k);
  if (colon?.text === ":" && !toks.get(claim.from)!.breakBefore && lex.readingTimes.labels.matchBefore(toks, k)) return true;
  const after = toks.get(claim.to);
  return after !== undefined && !after.breakBefore && lex.readingTimes.after.matchAt(toks, claim.to) !== undefined;
}

/** How many emphasis tokens (`**`, or `*` and `*`) may close between a label's colon and its value. */
const MAX_EMPHASIS = 3;

/** A token written with Markdown's emphasis marks only, against what stands before it. */
const isEmphasis = (t: Tok | undefined): boolean => t !== undefined && !t.spaced && !t.breakBefore && /^[*_]+$/.test(t.text);

/** `1 = vehículo; 2 = arma`, `1 = yes, 0 = no`: a bare number before an equals sign and a word is a data dictionary's code. */
export function isCodebookValue(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.hasUnit || claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+$/.test(first.text) || first.text.length > lex.codebookMaxDigits) return false;
  const [equals, label] = [toks.get(claim.to), toks.get(claim.to + 1)];
  if (!equals || equals.text !== "=" || equals.breakBefore || !label || label.breakBefore) return false;
  // `n = 24`: a number after an equals sign is a value; this one stands before it.
  if (toks.get(claim.from - 1)?.text === "=") return false;
  return label.kind === "word" || /^["“'‘]$/.test(label.text);
}

/** `os quatro cantos do Estado`, `a los cuatro vientos`: the claim's first token lies inside a set phrase. */
export function inIdiom(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  for (let k = Math.max(0, claim.from - lex.idiomLead); k <= claim.from; k++) {
    const hit = lex.idioms.matchAt(toks, k);
    if (hit && hit.to > claim.from) return true;
  }
  return false;
}

/** `el 1.º de enero`, `1.° de maio`: a day written as an ordinal with a point before its sign, then its month. */
export function isDottedOrdinalDay(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (first.kind !== "num" || !/^\d{1,2}$/.test(first.text)) return false;
  const [point, sign] = [toks.get(claim.from + 1), toks.get(claim.from + 2)];
  if (!glued(point) || point.text !== "." || !glued(sign) || !lex.ordinalSigns.has(sign.text)) return false;
  const month = toks.get(claim.from + 3);
  return month !== undefined && !month.breakBefore && lex.months.matchAt(toks, claim.from + 3) !== undefined;
}
