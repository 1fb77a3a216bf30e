import type { AnalyzedDocument } from "./document.js";

// Acronym helpers the extractors share: finding a short form's long form (Schwartz & Hearst,
// 2003), its later uses as a whole word, and the all-caps headings where neither means anything.

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (c: string | undefined) => c !== undefined && c !== "" && ALNUM.test(c);

/**
 * Schwartz & Hearst's long-form search: match the short form's characters right to left in
 * `text`, the first one at a word start. Returns where the long form starts in `text`, or -1.
 * With `digits: false` only the letters of the short form must appear (`CT3N` as `CTN`).
 */
export function schwartzHearst(short: string, text: string, options: { digits?: boolean } = {}): number {
  const wanted = options.digits === false ? /[\p{L}]/u : ALNUM;
  let s = short.length - 1;
  let l = text.length - 1;
  while (s >= 0) {
    const c = short.charAt(s).toLowerCase();
    if (!wanted.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (text.charAt(l).toLowerCase() !== c || (s === 0 && l > 0 && isAlnum(text.charAt(l - 1))))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return l + 1;
}

/**
 * Every use of a short form as a whole word in `doc.text` (`NET's` counts; `NETWORK`, `JIATF-S2`
 * do not), with a plural `s` when `plural` is set, outside all-caps headings. Analysis offsets.
 */
export function acronymUses(doc: AnalyzedDocument, short: string, options: { plural?: boolean } = {}): { start: number; end: number }[] {
  const text = doc.text;
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    let end = at + short.length;
    if (options.plural && text.charAt(end) === "s" && !isAlnum(text.charAt(end + 1))) end++;
    const after = text.slice(end, end + 2);
    if (/[\p{L}\p{N}-]/u.test(text.charAt(at - 1)) || /^[\p{L}\p{N}]|^-[\p{L}\p{N}]/u.test(after)) continue;
    if (inAllCapsHeading(doc, at)) continue;
    out.push({ start: at, end });
  }
  return out;
}

/** Whether `pos` lies in an all-caps heading (`CTOC STRATEGY`), which says nothing about acronyms. */
export function inAllCapsHeading(doc: AnalyzedDocument, pos: number): boolean {
  const b = doc.blockAt(pos);
  if (!b || b.kind !== "heading") return false;
  const s = doc.text.slice(b.start, b.end);
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(s) && s === s.toUpperCase();
}
