import { foldKey, type AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

/** Words a company's name may have before its legal form (a longer run is a sentence in capitals). */
const MAX_WORDS = 12;

/**
 * `Lake Holdings, Incorporated`, `Agencia Norte y Centro Sur, S.A. de C.V.`: a company named with
 * its legal form after a comma (org-patterns.json `legalSuffixes`). The capitalized words before the
 * comma, joined by the listed lower-case links, and the form are one company, named as written; a
 * leading function word (`The`, `La`) is no part of it. The same words without the form, two or
 * more, name that company again wherever the text repeats them (`Lake Holdings paid the crews`).
 */
export function legalSuffixNames(doc: AnalyzedDocument, suffixes: readonly string[], links: ReadonlySet<string>, isFunctionWord: (folded: string) => boolean): OrgCandidate[] {
  if (suffixes.length === 0) return [];
  const text = doc.text;
  const forms = new RegExp(`,\\s+(${suffixes.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const out: OrgCandidate[] = [];
  const shorts = new Map<string, string>();
  for (const m of text.matchAll(forms)) {
    const comma = m.index;
    const words = wordsBefore(text, comma, links);
    while (words.length > 0 && (links.has(words[0]!.word) || isFunctionWord(foldKey(words[0]!.word)))) words.shift();
    if (words.length === 0) continue;
    const start = words[0]!.start;
    const end = comma + m[0].length;
    const name = normalizeName(text.slice(start, end));
    out.push({ name, kind: "company", start, end, rule: "name_pattern" });
    const short = normalizeName(text.slice(start, comma));
    if (short.includes(" ")) shorts.set(short, name);
  }
  for (const [short, name] of shorts) {
    const again = new RegExp(`(?<![\\p{L}\\p{N}])${short.split(" ").map(escape).join("\\s+")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(again)) {
      const end = m.index + m[0].length;
      if (out.some((c) => c.start <= m.index && c.end >= end)) continue;
      out.push({ name, kind: "company", start: m.index, end, rule: "name_pattern" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The capitalized words (and links between them) right before `at`, first to last, within one paragraph. */
function wordsBefore(text: string, at: number, links: ReadonlySet<string>): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let pos = at;
  while (out.length < MAX_WORDS) {
    const gap = /\s*$/u.exec(text.slice(Math.max(0, pos - 20), pos))![0];
    if (/\n\s*\n/u.test(gap) || (gap === "" && out.length > 0)) break;
    const before = pos - gap.length;
    const w = /[\p{L}\p{N}&'’.-]+$/u.exec(text.slice(Math.max(0, before - 40), before));
    if (!w) break;
    const word = w[0];
    const start = before - word.length;
    if (/^\p{Lu}/u.test(word)) out.unshift({ word, start });
    else if (links.has(word) && out.length > 0) out.unshift({ word, start });
    else break;
    pos = start;
  }
  // A link opening the run joins nothing before it.
  while (out.length > 0 && links.has(out[0]!.word)) out.shift();
  return out;
}

/** `Exxon Corp` -> `Exxon Corporation`: a company's name ending in a legal form its canonical name spells out (org-patterns.json `legalSuffixes.spelledOut`). */
export function withSpelledOutForm(name: string, spelledOut: ReadonlyMap<string, string>): string {
  const space = name.lastIndexOf(" ");
  const full = space > 0 ? spelledOut.get(name.slice(space + 1)) : undefined;
  return full === undefined ? name : `${name.slice(0, space + 1)}${full}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
