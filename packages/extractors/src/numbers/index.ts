import type { AnalyzedDocument, Extractor, Mention } from "@procmine/core";
import { NUMBERS_DATA_FILES } from "./data.js";
import { candidatePositions, extractNumericClaims } from "./extract.js";
import { isPageNumberLine } from "./footer.js";
import { getLexicon } from "./lexicon.js";

export { extractNumericClaims, type NumericClaim } from "./extract.js";

/**
 * Numeric claims (ANNOTATION.md section 4): counts, amounts, shares, rates, measures, multiples
 * and ranks, with their value, unit, qualifier and year. Headings and footnotes are skipped:
 * their numbers are section numbers, page numbers and citations.
 */
export const numericClaimExtractor: Extractor = {
  name: "numbers",
  version: "0.1.0",
  types: ["numeric_claim"],
  dataFiles: NUMBERS_DATA_FILES,
  *extract(doc: AnalyzedDocument): Iterable<Mention> {
    const lex = getLexicon();
    const candidates = candidatePositions(doc.text, lex);
    for (const block of doc.blocks) {
      if (block.kind !== "paragraph") continue;
      for (const c of extractNumericClaims(doc.text, lex, block.start, block.end, candidates)) {
        if (isPageNumberLine(doc, c.start, c.end)) continue;
        const attrs: Record<string, unknown> = { value: c.value };
        if (c.unit !== undefined) attrs.unit = c.unit;
        if (c.qualifier !== undefined) attrs.qualifier = c.qualifier;
        if (c.year !== undefined) attrs.year = c.year;
        yield { type: "numeric_claim", start: c.start, end: c.end, attrs, rule: c.rule, confidence: c.confidence };
      }
    }
  },
};
