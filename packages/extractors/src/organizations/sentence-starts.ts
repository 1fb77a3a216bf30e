import { sentenceFirstWord, type AnalyzedDocument } from "@procmine/core";
import { functionWords } from "../function-words.js";

/** Per document: which tokens open a sentence, and how each word is cased in running text. */
export interface CaseStats {
  sentenceInitial: TokenFlags;
  /** Folded word (key id) -> occurrences in lower case (paragraphs and footnotes only). Words that open a sentence only. */
  lower: Map<number, number>;
  /** Folded word (key id) -> capitalized occurrences that do not open a sentence. Words that open a sentence only. */
  capitalizedInside: Map<number, number>;
}

// Counts by key id for the document being read, in arrays reused from one document to the next:
// a count is valid only where its stamp is the current document's, so nothing is cleared.
let stamp = new Int32Array(0);
let lowerCount = new Int32Array(0);
let capitalizedCount = new Int32Array(0);
let generation = 0;

function ensureKeyRoom(keyId: number): void {
  if (keyId < stamp.length) return;
  const size = Math.max(keyId + 1, stamp.length * 2, 4096);
  const grow = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  stamp = grow(stamp);
  lowerCount = grow(lowerCount);
  capitalizedCount = grow(capitalizedCount);
}

/** Some of a document's tokens: a flag per token (a set of numbers costs a hash per token asked). */
export class TokenFlags {
  private readonly flags: Uint8Array;
  /** The flagged tokens, in the order first flagged. */
  readonly list: number[] = [];
  constructor(count: number) {
    this.flags = new Uint8Array(count);
  }
  add(i: number): void {
    if (this.flags[i] === 1) return;
    this.flags[i] = 1;
    this.list.push(i);
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}

export function caseStats(doc: AnalyzedDocument): CaseStats {
  const cached = doc.cache.get("organizations:case-stats") as CaseStats | undefined;
  if (cached) return cached;
  const t = doc.tokens;
  const sentenceInitial = new TokenFlags(t.count);
  const { articles } = functionWords();
  const isArticle = (j: number) => {
    const lang = doc.langAt(t.start(j));
    return (lang === "es" || lang === "pt" || lang === "en") && articles[lang].includes(t.key(j));
  };
  for (const s of doc.sentences) {
    const i = sentenceFirstWord(doc, s);
    // `A Marinha também ...`: a one-letter article is no list marker when the word right after it
    // follows with no `.` or `)` between; the article opens the sentence, the name does not.
    if (i > s.firstToken && t.isWord(i - 1) && t.text(i - 1).length === 1 && isArticle(i - 1)) sentenceInitial.add(i - 1);
    else if (i >= 0) sentenceInitial.add(i);
  }
  // A table cell (`| Ataques Fuerza Pública |`) opens like a sentence: its first word is
  // capitalized by position, not because it belongs to a name.
  for (let i = 1; i < t.count; i++) if (t.isWord(i) && t.is(i - 1, "|")) sentenceInitial.add(i);
  generation++;
  for (const b of doc.blocks) {
    if (b.kind === "heading") continue; // Title Case headings say nothing about a word's case
    for (let i = t.firstFrom(b.start); i < t.count && t.start(i) < b.end; i++) {
      if (!t.isWord(i)) continue;
      const key = t.keyId(i);
      ensureKeyRoom(key);
      if (stamp[key] !== generation) {
        stamp[key] = generation;
        lowerCount[key] = 0;
        capitalizedCount[key] = 0;
      }
      if (!t.isCapitalized(i)) lowerCount[key] = lowerCount[key]! + 1;
      else if (!sentenceInitial.has(i)) capitalizedCount[key] = capitalizedCount[key]! + 1;
    }
  }
  // Only words that open a sentence are ever asked about.
  const lower = new Map<number, number>();
  const capitalizedInside = new Map<number, number>();
  for (const i of sentenceInitial.list) {
    const key = t.keyId(i);
    if (key >= stamp.length || stamp[key] !== generation) continue;
    if (lowerCount[key]! > 0) lower.set(key, lowerCount[key]!);
    if (capitalizedCount[key]! > 0) capitalizedInside.set(key, capitalizedCount[key]!);
  }
  const stats = { sentenceInitial, lower, capitalizedInside };
  doc.cache.set("organizations:case-stats", stats);
  return stats;
}

/** A sentence-initial word that the document otherwise writes in lower case only. */
export function capitalizedOnlyByPosition(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
  if (!stats.sentenceInitial.has(i)) return false;
  const key = doc.tokens.keyId(i);
  return (stats.lower.get(key) ?? 0) > 0 && (stats.capitalizedInside.get(key) ?? 0) === 0;
}

/** A sentence-initial word the document also writes capitalized inside sentences: a name there too (`Treasury previously ...`). */
export function capitalizedInsideToo(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
  return (stats.capitalizedInside.get(doc.tokens.keyId(i)) ?? 0) > 0;
}
