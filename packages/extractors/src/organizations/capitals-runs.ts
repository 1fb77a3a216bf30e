import type { AnalyzedDocument } from "@procmine/core";

/** A word run of a capitals block's copy that names a body on its own (a listed form, a national core, a bare standing body). */
export interface CapitalsRun {
  start: number;
  end: number;
}

/**
 * In a block written in capitals the re-cased copy capitalizes every word some listed name has,
 * so a name runs on over common words around it (`SUPPORT NATIONAL POLICE EFFORTS`, `A SUCCESSFUL
 * ARMY MILITARY OPERATION`) or over a second body joined by `and` (`THE COLOMBIAN ARMY AND POLICE`),
 * and the whole is no name the capitals gates let stand. Within such a name, each conjunct's
 * longest run of words that `names` accepts (a listed name's form or a state body's core name of
 * two words or more, or a bare standing body: `NATIONAL POLICE`, `COLOMBIAN ARMY`, `ARMY`) is the
 * name the text meant; its other words are common words. Neither end of a run is a link. Quadratic
 * in a name's words (six at most are tried), linear in the names. A run before a head of the name
 * (`FEDERAL POLICE DEPARTMENTS`) modifies it and is none.
 */
export function capitalsRuns(
  copy: AnalyzedDocument,
  names: readonly { start: number; end: number }[],
  reading: { names(start: number, end: number): boolean; isLink(key: string): boolean; isJoin(key: string): boolean; isHead(key: string): boolean },
): CapitalsRun[] {
  const t = copy.tokens;
  const out: CapitalsRun[] = [];
  for (const n of names) {
    const conjuncts: number[][] = [[]];
    for (let i = t.firstFrom(n.start); i < t.count && t.start(i) < n.end; i++) {
      if (!t.isWord(i)) continue;
      if (reading.isJoin(t.key(i))) conjuncts.push([]);
      else conjuncts[conjuncts.length - 1]!.push(i);
    }
    for (const words of conjuncts) {
      if (words.length === 0 || words.length > MAX_WORDS) continue;
      let found: CapitalsRun | undefined;
      for (let len = words.length; len >= 1 && found === undefined; len--) {
        for (let from = 0; from + len <= words.length && found === undefined; from++) {
          const first = words[from]!;
          const last = words[from + len - 1]!;
          if (reading.isLink(t.key(first)) || reading.isLink(t.key(last))) continue;
          // `FEDERAL POLICE DEPARTMENTS`: a run before a head of its name modifies that head, no body alone.
          if (words.slice(from + len).some((w) => reading.isHead(t.key(w)))) continue;
          // Only words one space or a line apart: a run is one name, not words across punctuation.
          const span = { start: t.start(first), end: t.end(last) };
          if (!/^[\p{L}\p{N}'’ \t\r\n-]+$/u.test(copy.text.slice(span.start, span.end))) continue;
          if (reading.names(span.start, span.end)) found = span;
        }
      }
      if (found !== undefined) out.push(found);
    }
  }
  return out;
}

/** Most words of one conjunct tried for a run. */
const MAX_WORDS = 6;
