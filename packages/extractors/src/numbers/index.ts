import { PhraseMatcher, firstAtOrAfter, once, type AnalyzedDocument, type Extractor, type Language, type Mention } from "@procmine/core";
import { NUMBERS_DATA_FILES } from "./data.js";
import { candidatePositions, extractNumericClaims } from "./extract.js";
import { entityLineBreaks } from "./entity-lines.js";
import { blockFormat, ENGLISH_FORMAT, romanceFormat } from "./format.js";
import { isPageNumberLine } from "./footer.js";
import { hypotheticalStart } from "./hypothetical.js";
import { isTableRowHeading } from "./table-rows.js";
import { upperBlocksLowered } from "./upper-blocks.js";
import { getLexicon, type Lexicon } from "./vocabulary.js";
import { toUserData, type ExtractorDataOptions } from "../user-data.js";

export { extractNumericClaims, type NumericClaim } from "./extract.js";

/**
 * Numeric claims (ANNOTATION.md section 4): counts, amounts, shares, rates, measures, multiples
 * and ranks, with their value, unit, qualifier and year. Headings and footnotes are skipped:
 * their numbers are section numbers, page numbers and citations. Each paragraph is read with its
 * language's word lists and, in Spanish and Portuguese, the document's way of writing numbers.
 * The researcher's own `nonClaims` phrases (`Form 990`) hold no claim.
 */
export function createNumericClaimExtractor(options: ExtractorDataOptions = {}): Extractor {
  const phrases = toUserData(options.data).nonClaims;
  const nonClaims = once(() => new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: true, case: "insensitive" as const }))));
  return {
    name: "numbers",
    version: "0.2.0",
    types: ["numeric_claim"],
    dataFiles: NUMBERS_DATA_FILES,
    extract(doc) {
      const claims = [...numericClaims(doc)];
      if (phrases.length === 0) return claims;
      // A number inside a phrase the researcher says is no claim (`Form 990`) is dropped.
      const blocked = nonClaims().match(doc);
      return claims.filter((c) => !blocked.some((b) => b.start < c.end && c.start < b.end));
    },
  };
}

/** The extractor with the built-in data only. */
export const numericClaimExtractor: Extractor = createNumericClaimExtractor();

const caselessLexicons = new WeakMap<Lexicon, Lexicon>();

/** The lexicon for a block without capitals: the lists of names written with one match in lower case. */
function caselessLexicon(lex: Lexicon): Lexicon {
  let out = caselessLexicons.get(lex);
  if (!out) caselessLexicons.set(lex, (out = { ...lex, months: lex.months.anyCase(), weekdays: lex.weekdays.anyCase() }));
  return out;
}

function* numericClaims(doc: AnalyzedDocument): Iterable<Mention> {
  // A minus sign as written: `-` or U+2212 (both `-` in the analysis text, as are dashes).
  const isMinus = (pos: number) => {
    const c = doc.raw.charCodeAt(doc.map.rawIndex(pos));
    return c === 45 || c === 0x2212;
  };
  // Lines as written: a text saved as a quoted string's body breaks them with `\n` escapes.
  // and a web page may write them as character references (`&#x000A;`).
  const lines = entityLineBreaks(doc.rawLines);
  const source = { raw: lines, written: doc.raw, rawIndex: (pos: number) => doc.map.rawIndex(pos) };
  // The text is scanned for candidates once per language its paragraphs use.
  const scans = new Map<Language, { lex: Lexicon; candidates: number[]; upperCandidates?: number[] }>();
  let lowered: string | undefined;
  for (const [index, block] of doc.blocks.entries()) {
    // A printed table's row that Markdown reads as a heading (`## 3  Death Squad  56`) holds a count.
    if (block.kind !== "paragraph" && !isTableRowHeading(doc, index)) continue;
    let scan = scans.get(block.lang);
    if (!scan) {
      const lex = getLexicon(block.lang);
      scan = { lex, candidates: candidatePositions(doc.text, lex) };
      scans.set(block.lang, scan);
    }
    // A block written without capitals writes its months and weekdays in lower case (`july 30`).
    const lex = !block.writing.capitals ? caselessLexicon(scan.lex) : scan.lex;
    // A block written in capitals is read lower-cased (upper-blocks.ts).
    let text = doc.text;
    let candidates = scan.candidates;
    if (block.writing.upper) {
      lowered ??= upperBlocksLowered(doc, lex.gluedCurrencyPrefixes) ?? doc.text;
      text = lowered;
      candidates = scan.upperCandidates ??= candidatePositions(lowered, scan.lex);
    }
    // Most blocks hold no number at all: nothing more is read of them.
    if (!hasCandidateIn(candidates, block.start, block.end)) continue;
    const format = blockFormat(block.lang === "en" ? ENGLISH_FORMAT : romanceFormat(doc), text, block.start, block.end);
    // Read once the block has a claim: its sentences' openings are tested against the cues.
    let invented = -1;
    for (const c of extractNumericClaims(text, lex, block.start, block.end, candidates, format, isMinus, source, doc.tokens)) {
      if (invented < 0) invented = hypotheticalStart(doc, block, lex);
      // An invented example (`Suppose a town of 1,000 people …`) states nothing about the world.
      if (c.start >= invented) continue;
      // A page number a running footer prints (`- 4 -`, `Page 9 of 31`) is no claim.
      if (isPageNumberLine(doc, lines, c.start, c.end, lex.pageNumbers.maxLine)) continue;
      const attrs: Record<string, unknown> = { value: c.value };
      if (c.unit !== undefined) attrs.unit = c.unit;
      if (c.qualifier !== undefined) attrs.qualifier = c.qualifier;
      if (c.year !== undefined) attrs.year = c.year;
      yield { type: "numeric_claim", start: c.start, end: c.end, attrs, rule: c.rule, confidence: c.confidence };
    }
  }
}

/** Whether a candidate position (ascending) lies in [from, to). */
function hasCandidateIn(candidates: readonly number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(candidates, from, identity);
  return i < candidates.length && candidates[i]! < to;
}

const identity = (n: number): number => n;
