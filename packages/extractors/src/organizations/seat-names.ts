import { SpanCover, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { escape } from "./gazetteer.js";

/** org-patterns.json `seatNames`, compiled. */
export interface SeatNameWords {
  /** The seat's forms (`White House`, `White Houses`) and the listed body's name they stand for. */
  forms: ReadonlyMap<string, string>;
  /** Words right before `the` that make the seat a place (`to the White House`, `at the White House`), lower case. */
  placeWords: ReadonlySet<string>;
}

const patterns = new WeakMap<SeatNameWords, RegExp>();

/** The seats' forms as one pattern, compiled once per word set (not per document). */
function seatPattern(words: SeatNameWords): RegExp {
  let re = patterns.get(words);
  if (re === undefined) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words.forms.keys()].map((f) => escape(f).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "gu");
    patterns.set(words, re);
  }
  return re;
}

/**
 * `the White House said`, `White House staff`, `Successive White Houses`: an English seat's name
 * that acts or owns is the body it houses (blind32 gold), where a gazetteer record read only in
 * Spanish and Portuguese (`Casa Blanca`) leaves it. Not a place (`to the White House`, `the premises
 * of the White House`) nor a title's or a body's first words (`White House Homeland Security
 * Advisor`: a capitalized word after it).
 */
export function seatNames(doc: AnalyzedDocument, candidates: readonly OrgCandidate[], words: SeatNameWords | undefined, identity: (name: string) => OrgIdentity | undefined): OrgCandidate[] {
  if (words === undefined || words.forms.size === 0) return [];
  const out: OrgCandidate[] = [];
  let taken: SpanCover | undefined;
  for (const m of doc.text.matchAll(seatPattern(words))) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.langAt(start) !== "en") continue;
    taken ??= new SpanCover(candidates);
    if (taken.overlaps(start, end)) continue;
    // A capitalized word after it: a title or another body's name opens here.
    if (/^[ \t]*(?:\r?\n[ \t]*)?\p{Lu}/u.test(doc.text.slice(end, end + 20))) continue;
    const before = /(\p{L}+)\s+the\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start));
    if (before !== null && words.placeWords.has(before[1]!.toLowerCase())) continue;
    const listed = identity(words.forms.get(m[0].replace(/\s+/g, " "))!);
    if (listed === undefined) continue;
    out.push({ ...listed, start, end, rule: "gazetteer" });
  }
  return out;
}
