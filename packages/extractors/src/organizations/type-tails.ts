import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

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

/**
 * `FARC dissidents`, `the FARC Dissidents`: an armed group's mention, then a noun naming the
 * factions that broke away from it (org-patterns.json `splinterTails`), is those factions: another
 * body, named as written, of the parent's kind and country but not its acronym or English name.
 */
export function withSplinterTails(doc: AnalyzedDocument, mentions: OrgCandidate[], tails: ReadonlySet<string>): OrgCandidate[] {
  if (tails.size === 0) return mentions;
  const starts = new Set(mentions.map((c) => c.start));
  return mentions.map((c) => {
    if (c.kind !== "armed_group") return c;
    const last = doc.tokenAt(c.end - 1);
    if (last < 0) return c;
    let end = c.end;
    // A reading that already ran over the noun (`FARC dissidents` as one phrase) names it too.
    if (!tails.has(doc.tokens.key(last)) || doc.tokens.start(last) === c.start) {
      const next = last + 1;
      if (next >= doc.tokens.count || doc.tokens.opensBlock(next)) return c;
      const start = doc.tokens.start(next);
      if (doc.text.slice(c.end, start) !== " " || !tails.has(doc.tokens.key(next)) || starts.has(start)) return c;
      end = doc.tokens.end(next);
    }
    const { acronym: _acronym, englishName: _englishName, ...parent } = c;
    return { ...parent, name: normalizeName(doc.text.slice(c.start, end)), end, rule: "name_pattern" };
  });
}
