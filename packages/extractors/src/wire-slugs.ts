import type { AnalyzedDocument } from "@procmine/core";

/**
 * A wire service's slug (`r f AM-COLOMBIA-GUERRILLAS 06-02 0089`, `u w AM-Panama Ambassador,
 * 1st Ld-Writethru`, `BC-DRUG-CARTELS-HNS`): the desk's cycle code (`AM`, `PM`, `BC`) and a hyphen
 * open a routing keyword of the story, not prose: a country form in its first hyphen-joined run
 * names no state there, and a threat word (`DRUG-CARTELS`, `REBELS`) no threat (the story's own
 * text does). A format, as code-literals.ts reads one; the countries and threats extractors read it.
 */
const SLUG_OPENING = /(?:^|[^\p{L}\p{N}])(?:AM|PM|BC)-[\p{L}\p{N}-]*$/u;

/** Longest slug run read back from a match (slugs are a few words; bounds the look-back). */
const MAX_SLUG_CHARS = 48;

/** The text from the run's start to `start` opens with a cycle code and a hyphen, no space between. */
export function isWireSlug(doc: AnalyzedDocument, start: number): boolean {
  if (start < 3 || doc.text.charAt(start - 1) !== "-") return false;
  return SLUG_OPENING.test(doc.text.slice(Math.max(0, start - MAX_SLUG_CHARS), start));
}
