import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";

/**
 * `the Sinaloa cartel`, `the Kinahan cartel`: a group named by a place or a family, then its type
 * noun in lower case. The guidelines keep the type word in the span (cartels keep `cartel`), so a
 * mention made only of capitalized words (no acronym, no connector: `Tren de Aragua cartel` is a
 * whole name already) runs on over a listed tail noun right after it. The name is unchanged.
 */
export function withTypeTails(doc: AnalyzedDocument, mentions: OrgCandidate[], tails: ReadonlySet<string>): OrgCandidate[] {
  if (tails.size === 0) return mentions;
  const starts = new Set(mentions.map((c) => c.start));
  return mentions.map((c) => {
    const span = doc.text.slice(c.start, c.end);
    if (!/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)*$/u.test(span)) return c;
    const last = doc.tokenAt(c.end - 1);
    const next = last + 1;
    if (last < 0 || next >= doc.tokens.count || doc.tokens.opensBlock(next)) return c;
    const word = doc.tokens.text(next);
    const start = doc.tokens.start(next);
    // One space between, the noun in lower case, no other mention starting there.
    if (doc.text.slice(c.end, start) !== " " || word !== word.toLowerCase() || !tails.has(doc.tokens.key(next)) || starts.has(start)) return c;
    return { ...c, end: doc.tokens.end(next) };
  });
}
