import { normalizeName, type OrgCandidate } from "./candidate.js";

/** How a part's name is linked to the body it belongs to. */
export interface PartLinks {
  /** A word that may link a name's parts (`de`, `la`, `of`, `the`). */
  isLink(word: string): boolean;
  /** A word that makes what follows the body the words before belong to (`do`, `de`, `of`). */
  isPartOf(word: string): boolean;
  /** Whether a word of the part's name only heads it or names its country (`Department`, `U.S.`): no specifier. */
  isHeadOrNational(word: string): boolean;
}

/**
 * `1ª Turma do Supremo Tribunal Federal`, `Training Wing of the Border Service`: the part named
 * before the link words that tie it to its body (`1ª Turma`), or undefined when the words before
 * are no part's name: no link opening with a part-of word (`Drogas en el Sistema`), or a head
 * with no specifier of its own (`Comando da Força-Tarefa`, `U.S. Department of Health`): the
 * letters then spell what the body heads, not a body it belongs to.
 */
export function partBefore(before: string, links: PartLinks): string | undefined {
  const words = before.trimEnd().split(/(\s+)/);
  let n = 0;
  while (words.length - 2 * n > 2 && links.isLink(words[words.length - 1 - 2 * n]!)) n++;
  if (n === 0 || !links.isPartOf(words[words.length + 1 - 2 * n]!)) return undefined;
  const part = words.slice(0, words.length - 2 * n).join("");
  // `U.S. Department of Health and Human Services (HHS)`: a head with no word of its own
  // (`Department`) is the body, the letters spelling only what it is the department of.
  const specified = part.split(/\s+/).some((w) => /^[\p{Lu}\p{N}]/u.test(w) && !links.isHeadOrNational(w));
  return specified && part.split(/\s+/).length >= 2 ? part : undefined;
}

/**
 * `1ª Turma do Supremo Tribunal Federal (STF)`: when the text defines an acronym for the body a
 * pattern name ends with, that body is named on its own (the text itself says so) and the words
 * before it name its part, which keeps its own name (`1ª Turma`) when a head makes it a body.
 * `parents` are the definitions' long forms; each lookup is by end.
 */
export function cutAtDefinedParents(
  text: string,
  candidates: readonly OrgCandidate[],
  parents: readonly OrgCandidate[],
  links: PartLinks,
  hasHead: (phrase: string) => boolean,
): OrgCandidate[] {
  if (parents.length === 0) return [...candidates];
  const parentByEnd = new Map<number, OrgCandidate>();
  for (const p of parents) if (!parentByEnd.has(p.end) || parentByEnd.get(p.end)!.start < p.start) parentByEnd.set(p.end, p);
  const out: OrgCandidate[] = [];
  for (const c of candidates) {
    const parent = c.rule === "name_pattern" ? parentByEnd.get(c.end) : undefined;
    const part = parent && parent.start > c.start ? partBefore(text.slice(c.start, parent.start), links) : undefined;
    if (part === undefined) out.push(c);
    else if (hasHead(part)) out.push({ start: c.start, end: c.start + part.length, name: normalizeName(part), ...(c.kind ? { kind: c.kind } : {}), rule: c.rule });
  }
  return out;
}
