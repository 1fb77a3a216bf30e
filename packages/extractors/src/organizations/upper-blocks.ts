import { analyze, sentenceFirstWord, type AnalyzedDocument } from "@procmine/core";
import { lowerKeepingLength } from "../letter-case.js";

/**
 * Blocks written all in capitals (core's writing profile `upper`: wire copy, telegrams, shouted
 * headlines): the capitals were the writer's convention, not the names'. The name patterns need
 * capitals, so such a block is read as it would be written in ordinary text: each word the
 * lexicons know as a name's word (a head, a word of a listed name, a country's) capitalized, a
 * listed acronym kept in capitals, a sentence's first word capitalized, every other word (and
 * every link: `OF`, `DE`, `THE`) in lower case. The copy keeps every offset, so its names are the
 * block's names.
 */
export interface Recasing {
  /** A folded word that names: heads, standalone bodies, listed names' words, countries' words. */
  isNameWord(key: string): boolean;
  /** A folded word that links a name's words or opens a phrase (`of`, `de`, `la`, `the`): never capitalized. */
  isLink(key: string): boolean;
  /** A listed acronym (as written in capitals). */
  isAcronym(word: string): boolean;
  /** A link word and the folded word after it open a country's name that writes its link capitalized (`el salvador`). */
  opensName?(key: string, next: string): boolean;
}

/** The document with its capitals blocks re-cased (same offsets), or undefined when it has none or the copy does not line up. */
export function recasedUpperBlocks(doc: AnalyzedDocument, recasingOf: () => Recasing): AnalyzedDocument | undefined {
  const upper = doc.blocks.filter((b) => b.writing.upper === true);
  // The copy is a second analysis of the whole document: worth it where prose is written in capitals
  // (wire copy, a telegram), not for a document whose only capitals are its headings (a sixth of
  // ordinary documents), which the gazetteer already reads there.
  if (!upper.some((b) => b.kind === "paragraph" || b.kind === "footnote")) return undefined;
  // Made on first need (its word lists are the gazetteer's): most runs have no prose in capitals.
  const recasing = recasingOf();
  const t = doc.tokens;
  const firstWords = new Set<number>();
  for (const s of doc.sentences) {
    const w = sentenceFirstWord(doc, s);
    if (w >= 0) firstWords.add(w);
  }
  const out = doc.raw.split("");
  for (const b of upper) {
    for (let i = t.firstFrom(b.start); i < t.count && t.start(i) < b.end; i++) {
      if (!t.isWord(i)) continue;
      const s = t.start(i);
      const e = t.end(i);
      const word = doc.text.slice(s, e);
      const r = doc.toRaw(s, e);
      if (r.end - r.start !== word.length || doc.raw.slice(r.start, r.end) !== word) continue;
      const key = t.key(i);
      let cased: string;
      // `1ST`, read as a number and a word: an ordinal's suffix, written as ordinary text writes it (`1st`), not `St`.
      if (ORDINAL_SUFFIX.test(word) && /\d/.test(doc.text.charAt(s - 1))) cased = lowerKeepingLength(word);
      else if (recasing.isLink(key)) cased = firstWords.has(i) || (i + 1 < t.count && t.isWord(i + 1) && recasing.opensName?.(key, t.key(i + 1)) === true) ? capitalized(word) : lowerKeepingLength(word);
      else if (recasing.isAcronym(word) && !recasing.isNameWord(key)) cased = word;
      else if (recasing.isNameWord(key) || firstWords.has(i)) cased = capitalized(word);
      else cased = lowerKeepingLength(word);
      for (let k = 0; k < cased.length; k++) out[r.start + k] = cased[k]!;
    }
  }
  const copy = analyze(out.join(""), { docId: doc.docId, ...(doc.origin.raw > 0 ? { window: doc.origin } : {}), shared: new Map([["core:language", doc.lang]]) });
  // The copy's analysis text must be the document's but for case, else its offsets name other words (its blocks may differ).
  return sameButCase(doc.text, copy.text) ? copy : undefined;
}

/** Same characters but for case, and for white space (lines the copy joins: a line in capitals reads as a heading). */
function sameButCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return true;
  if (la.length !== a.length || lb.length !== b.length) return false;
  for (let i = 0; i < la.length; i++) if (la[i] !== lb[i] && !(/\s/.test(la[i]!) && /\s/.test(lb[i]!))) return false;
  return true;
}

const ORDINAL_SUFFIX = /^(?:ST|ND|RD|TH)$/;

function capitalized(word: string): string {
  return word.charAt(0) + lowerKeepingLength(word.slice(1));
}

/** Whether analysis offset `pos` lies in a block written in capitals. */
export function inUpperBlock(doc: AnalyzedDocument, pos: number): boolean {
  return doc.writingAt(pos).upper === true;
}

/**
 * The re-cased copy again, with the words of `spans` in lower case (same offsets): where a name the
 * copy found ran over words the capitals hid as common (`SUPPORT NATIONAL POLICE EFFORTS`), those
 * words are written as ordinary text would. Undefined when the copy does not line up.
 */
export function lowerCasedWords(copy: AnalyzedDocument, spans: readonly { start: number; end: number }[]): AnalyzedDocument | undefined {
  if (spans.length === 0) return undefined;
  const t = copy.tokens;
  const out = copy.raw.split("");
  for (const { start, end } of spans) {
    for (let i = t.firstFrom(start); i < t.count && t.start(i) < end; i++) {
      if (!t.isWord(i)) continue;
      const word = copy.text.slice(t.start(i), t.end(i));
      const r = copy.toRaw(t.start(i), t.end(i));
      if (r.end - r.start !== word.length || copy.raw.slice(r.start, r.end) !== word) continue;
      const lower = lowerKeepingLength(word);
      for (let k = 0; k < lower.length; k++) out[r.start + k] = lower[k]!;
    }
  }
  const again = analyze(out.join(""), { docId: copy.docId, ...(copy.origin.raw > 0 ? { window: copy.origin } : {}), shared: new Map([["core:language", copy.lang]]) });
  return sameButCase(copy.text, again.text) ? again : undefined;
}
