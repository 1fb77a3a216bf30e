/**
 * Which section headings look like page furniture or prose, shared by scripts/eval-layout.ts and
 * scripts/section-paths.ts. A heading is suspect when its title repeats on 3+ pages (a running
 * head), holds a page number or document number (a footer; a year or a fiscal year ending a
 * title is none), or reads as prose: it starts in lower case, stops on a comma or a function
 * word, or ends without punctuation while the next line goes on in lower case (a sentence cut at
 * the line end). */
import { layout, type Section } from "@procmine/core";

const PAGE_NUMBER = /(?:^|\s)(?:\d{1,4}\s*\/\s*\d{1,4}|page\s+\d+|-\s*\d+\s*-|\d{2}-\d{5}(?:\s*\(E\))?|\d{1,4})$|^\d{1,4}(?:\s|$)/i;
/** A title may end in a year (`towards 2030`, `March 20, 2025`) or a fiscal year (`FY 04`): no page number. */
const YEAR_END = /(?:\b(?:19|20)\d{2}|\bFY\s*\d{2})$/;

export interface Suspect {
  section: Section;
  why: string;
}

/** The suspect sections of a document, with why each is suspect. */
export function suspectSections(raw: string, sections: readonly Section[], truePage: (offset: number) => number): Suspect[] {
  const pagesOf = new Map<string, Set<number>>();
  const key = (title: string) => title.replace(/\d+/g, "#").toLowerCase();
  for (const s of sections) {
    const k = key(s.title);
    const set = pagesOf.get(k) ?? new Set<number>();
    set.add(truePage(s.rawStart));
    pagesOf.set(k, set);
  }
  const functionWords = layout().headingFunctionWords;
  const out: Suspect[] = [];
  for (const s of sections) {
    const why: string[] = [];
    if ((pagesOf.get(key(s.title))?.size ?? 0) >= 3) why.push("repeats on pages");
    if (PAGE_NUMBER.test(s.title) && !YEAR_END.test(s.title)) why.push("page number");
    const last = /[\p{L}]+$/u.exec(s.title)?.[0]?.toLowerCase();
    if (/^\p{Ll}/u.test(s.title) || /,$/.test(s.title) || (last !== undefined && functionWords.has(last) && s.title.includes(" "))) why.push("prose");
    else if (!/[.!?:;)\]"”’']$/.test(s.title) && /^[ \t\f]*\n[ \t\f]*\p{Ll}/u.test(raw.slice(s.rawEnd))) why.push("runs on");
    if (why.length) out.push({ section: s, why: why.join(", ") });
  }
  return out;
}
