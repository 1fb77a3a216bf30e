import { foldKey, firstAtOrAfter, keepNonOverlapping } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgRule } from "./candidate.js";

/** On the same span, a document's own definition beats the gazetteer, which beats a pattern. */
const PRIORITY: Record<OrgRule, number> = { acronym_definition: 0, acronym_use: 1, gazetteer: 2, name_pattern: 3, cited_source: 4 };

const contains = (a: OrgCandidate, b: OrgCandidate) => a.start <= b.start && b.end <= a.end;

/**
 * A pattern name that contains gazetteer matches: when one of them ends where the pattern ends,
 * the pattern names that organization (`Perry Center for Hemispheric Defense Studies`); when the
 * pattern only runs on past them with no head of its own, it is dropped (`... Studies Caribbean
 * Regional`). `extendsWithHead(from, to)` says whether [from, to) holds an organization head.
 */
export function reconcilePatterns(
  text: string,
  patterns: OrgCandidate[],
  gazetteer: OrgCandidate[],
  extendsWithHead: (from: number, to: number) => boolean,
  partOf: ReadonlySet<string> = new Set(),
  coordination: ReadonlySet<string> = new Set(),
  namesAnother: (modifier: string, listedText: string) => boolean = () => false,
): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const byStart = [...gazetteer].sort((a, b) => a.start - b.start);
  for (const p of patterns) {
    const inside: OrgCandidate[] = [];
    for (let k = firstStartingAt(byStart, p.start); k < byStart.length && byStart[k]!.start < p.end; k++) {
      const g = byStart[k]!;
      if (contains(p, g) && g.end - g.start < p.end - p.start) inside.push(g);
    }
    if (inside.length === 0) {
      out.push(p);
      continue;
    }
    const sameEnd = inside.filter((g) => g.end === p.end).sort((a, b) => a.start - b.start)[0];
    // `Fiscalía General de la Nación y a la Rama Judicial`: two listed bodies joined by `y`/`and`
    // are two bodies, each its own mention.
    const sameStart = inside.find((g) => g.start === p.start && g.end <= (sameEnd?.start ?? -1));
    if (sameEnd && sameStart && joins(text.slice(sameStart.end, sameEnd.start), coordination)) continue;
    // `Caribbean Basin Security Initiative of the Department of State`: a listed program of a listed body
    // is no component of it: two mentions, each its own.
    if (sameEnd && sameStart && sameStart.kind === "program" && OF_THE_BETWEEN.test(text.slice(sameStart.end, sameEnd.start))) continue;
    // `Container Control Programme of the UNODC`, `Programa ... de la OIT`: a body of a listed
    // organization named by its acronym is a body of its own; the listed one keeps its own mention.
    // In Spanish and Portuguese only a programme: a unit keeps its parent (`Universidade Corporativa da PRF`).
    const parentAt = sameEnd ? ofParentStart(text, p.start, sameEnd, p.kind === "program") : -1;
    if (sameEnd && parentAt > p.start) {
      out.push({ ...p, name: normalizeName(text.slice(p.start, parentAt)), end: parentAt });
      continue;
    }
    // `Secretariado Ejecutivo del Sistema Nacional ...`: the head comes first, the listed body is its parent.
    if (sameEnd && lastWordsBefore(text, p.start, sameEnd.start).some((w) => partOf.has(w))) {
      out.push(p);
      continue;
    }
    // `Inspectors of the Bureau of ...`: words with no head before a listed body are no part of its name.
    if (sameEnd && OF_THE.test(text.slice(p.start, sameEnd.start)) && !extendsWithHead(p.start, sameEnd.start)) continue;
    // `Liberal Democratic Party`, `Zapatista National Liberation Army`: capitalized words before a
    // listed party's or movement's name name another body (not a state's: `Mexican Green Party`).
    if (sameEnd && namesAnother(text.slice(p.start, sameEnd.start), text.slice(sameEnd.start, sameEnd.end))) {
      out.push(p);
      continue;
    }
    if (sameEnd) {
      const { start: _start, end: _end, rule: _rule, ...identity } = sameEnd;
      out.push({ ...identity, start: p.start, end: p.end, rule: p.rule });
      continue;
    }
    const lastEnd = Math.max(...inside.map((g) => g.end));
    // `Ministerio de Justicia, Seguridad y Derechos Humanos`: a listed name's complement runs on as a
    // list of portfolios (the only comma a name's run holds: runs.ts serialComplementEnd).
    if (extendsWithHead(lastEnd, p.end) || text.startsWith(",", lastEnd)) out.push(p);
  }
  return out;
}

function joins(between: string, coordination: ReadonlySet<string>): boolean {
  return between.split(/[\s,]+/).some((w) => coordination.has(foldKey(w)));
}

/** The last two words of text[from, to), folded: `del`, or `de la` before an article. */
function lastWordsBefore(text: string, from: number, to: number): string[] {
  const m = /(\p{L}+)\s+(\p{L}+)\s*$/u.exec(text.slice(from, to));
  return m ? [foldKey(m[2]!), foldKey(m[1]!)] : [];
}

const OF_THE = /\s+of(?:\s+the)?\s+$/;
const OF_THE_BETWEEN = /^\s+of(?:\s+the)?\s+$/;
/** `of the` and its Spanish and Portuguese forms (`de la`, `del`, `da`, `do`, `dos`). */
const OF_THE_ANY = /\s+(?:of(?:\s+the)?|de(?:\s+(?:la|las|los|el))?|del|d[ao]s?)\s+$/iu;

/**
 * Where the body's own name ends when a pattern runs `... of the ACRONYM` (`... de la ACRONYM`) onto a listed
 * organization written as an acronym, or -1.
 */
function ofParentStart(text: string, from: number, parent: OrgCandidate, programme: boolean): number {
  const written = text.slice(parent.start, parent.end);
  if (!/^[A-Z][A-Z0-9&-]{1,9}$/.test(written)) return -1;
  const m = (programme ? OF_THE_ANY : OF_THE).exec(text.slice(from, parent.start));
  return m ? from + m.index : -1;
}

/** Non-overlapping choice (core's resolver): longest first, then by source priority, then leftmost. */
export function selectMentions(candidates: OrgCandidate[]): OrgCandidate[] {
  return keepNonOverlapping(candidates, (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.rule] - PRIORITY[b.rule] || a.start - b.start);
}

/** Index of the first candidate (sorted by start) that starts at or after `pos`. */
function firstStartingAt(sorted: readonly OrgCandidate[], pos: number): number {
  return firstAtOrAfter(sorted, pos, (c) => c.start);
}
