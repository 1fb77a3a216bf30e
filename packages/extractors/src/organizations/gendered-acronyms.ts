import type { AnalyzedDocument } from "@procmine/core";
import { spanCover } from "./span-cover.js";
import type { OrgCandidate } from "./candidate.js";
import type { OrganizationKind } from "./kinds.js";

/** org-patterns.json `articleAcronyms.gendered`: a short form read as one body after the articles of its gender. */
export interface GenderedAcronym {
  acronym: string;
  lang: "en" | "es" | "pt";
  /** Articles and their contractions, in lower case, of the body's gender (`o`, `do`, `pelo`). */
  after: readonly string[];
  name: string;
  kind?: OrganizationKind | undefined;
}

/** One compiled entry: the acronym after one of its articles, the article capitalized or not. */
interface Compiled {
  entry: GenderedAcronym;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileGenderedAcronyms(entries: readonly GenderedAcronym[]): Compiled[] {
  return entries.map((entry) => {
    const articles = entry.after.flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)]).map(escape).join("|");
    // Not before a hyphen, a slash or a figure (`MP-SP`, `MP/RJ`, `a MP 1.154`): a state's code or a numbered act.
    return { entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${articles})\\s+(${escape(entry.acronym)})(?![\\p{L}\\p{N}\\-/]|\\s+\\d)`, "gu") };
  });
}

/**
 * Brazilian and Central American press write a body every state has by a short form its readers
 * know and the text never defines (`o MP denunciou`, `a PM prendeu`, `el MP de Guatemala`). The
 * same letters name other things of another gender (`a MP 1.154`, a provisional measure), so the
 * short form is that body only after an article of the body's gender, in a paragraph of its language.
 */
export function genderedAcronyms(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], compiled: readonly Compiled[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  let covered: ((start: number, end: number) => boolean) | undefined;
  for (const { entry, pattern } of compiled) {
    if (!doc.text.includes(entry.acronym)) continue;
    for (const m of doc.text.matchAll(pattern)) {
      const start = m.index + m[0].length - entry.acronym.length;
      const end = start + entry.acronym.length;
      if (doc.langAt(start) !== entry.lang || (covered ??= spanCover(doc.text.length, mentions))(start, end)) continue;
      out.push({ name: entry.name, ...(entry.kind ? { kind: entry.kind } : {}), acronym: entry.acronym, start, end, rule: "acronym_use" });
    }
  }
  return out;
}
