import { SpanCover } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * `grupos armados organizados (GAO)`: a text that spells a listed acronym out as a phrase in lower
 * case that no organization name covers (a category, a term) uses the letters for that phrase,
 * not for the listed body (the U.S. Government Accountability Office): the listed body's acronym
 * matches in that text are dropped. A capitalized phrase may be a name no list holds (`Population,
 * Refugees, and Migration (PRM)`, the body's own name shortened) and keeps them, as a definition by
 * a listed form or by an organization name the text gives does.
 */
export function withoutRedefinedAcronyms(
  text: string,
  listed: OrgCandidate[],
  names: readonly OrgCandidate[],
  byAcronym: ReadonlyMap<string, OrgIdentity>,
  byForm: ReadonlyMap<string, OrgIdentity>,
): OrgCandidate[] {
  const redefined = new Set<string>();
  // Built when first asked: most texts define no listed acronym by a lower-case phrase.
  let nameCover: SpanCover | undefined;
  const overlapsName = (start: number, end: number): boolean => (nameCover ??= new SpanCover(names)).overlaps(start, end);
  for (const m of text.matchAll(PARENTHESIZED)) {
    const short = m[1]!;
    const body = byAcronym.get(short);
    if (body === undefined || redefined.has(short)) continue;
    const phrase = spelledBefore(text, m.index, short);
    if (phrase === undefined || !/^\p{Ll}/u.test(text.slice(phrase.start, phrase.end))) continue;
    if (byForm.get(formKey(text.slice(phrase.start, phrase.end)))?.name === body.name) continue;
    if (overlapsName(phrase.start, phrase.end)) continue;
    redefined.add(short);
  }
  if (redefined.size === 0) return listed;
  return listed.filter((c) => !(c.rule === "gazetteer" && redefined.has(text.slice(c.start, c.end))));
}

/** `(GAO)`: a parenthesis holding only capitals. */
const PARENTHESIZED = /\((\p{Lu}{2,8})\)/gu;

/** Short lower-case words a phrase's initials skip (`de`, `la`, `of`, `and`). */
const LINK = /^\p{Ll}{1,3}$/u;

/**
 * The words right before `open` (one line, past a space) whose first letters, in order, spell
 * `short` (short lower-case links skipped); undefined when they do not.
 */
function spelledBefore(text: string, open: number, short: string): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf("\n", open) + 1;
  const before = text.slice(Math.max(lineStart, open - 20 * short.length), open);
  const words = [...before.matchAll(/[\p{L}]+/gu)];
  const end = open - (before.length - before.trimEnd().length);
  let k = short.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = words[w]![0];
    if (k < short.length - 1 && LINK.test(word)) continue;
    if (word.charAt(0).toLowerCase() !== short.charAt(k).toLowerCase()) return undefined;
    if (k === 0) return { start: Math.max(lineStart, open - 20 * short.length) + words[w]!.index, end };
    k--;
  }
  return undefined;
}
