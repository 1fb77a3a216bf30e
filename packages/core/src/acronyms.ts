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
  for (const at of candidateStarts(doc, short, options.plural === true)) {
    if (!text.startsWith(short, at)) continue;
    let end = at + short.length;
    if (options.plural && text.charAt(end) === "s" && !isAlnum(text.charAt(end + 1))) end++;
    const after = text.slice(end, end + 2);
    if (/[\p{L}\p{N}-]/u.test(text.charAt(at - 1)) || /^[\p{L}\p{N}]|^-[\p{L}\p{N}]/u.test(after)) continue;
    if (inAllCapsHeading(doc, at)) continue;
    out.push({ start: at, end });
  }
  return out;
}

/**
 * Where `word` (a short form or a name that opens with a letter or a digit) may start as a whole
 * word in `doc.text`, in text order: a superset the caller checks against the text and the word's
 * boundaries. Served like `acronymUses`, so a document's look-ups together stay linear in its length.
 */
export function wordStartCandidates(doc: AnalyzedDocument, word: string): readonly number[] {
  return candidateStarts(doc, word, false);
}

/**
 * Where a use of `short` can start, in text order: a whole use starts a run of letters and digits
 * (the character before it is none), and that run is the short form's first run (`FARC` of
 * `FARC-EP`), or, when the short form is all letters and digits, the short form or its plural.
 * The first few short forms of a text are searched for in it (a search costs far less than the
 * index); from then on they are read from one index of the text's runs, so each further look-up
 * costs its uses, not the text's length, and a long text with many acronyms stays linear.
 */
function candidateStarts(doc: AnalyzedDocument, short: string, plural: boolean): readonly number[] {
  const state = searchState(doc);
  if (!isAlnum(short.charAt(0)) || isAsciiLower(short.charCodeAt(0)) || ++state.searches <= SEARCHES_BEFORE_INDEX) return everyOccurrence(doc.text, short);
  let head = 1;
  while (head < short.length && isAlnum(short.charAt(head))) head++;
  const runs = (state.runs ??= wordRuns(doc.text));
  const exact = runs.get(short.slice(0, head)) ?? [];
  if (head < short.length || !plural) return exact;
  const plurals = runs.get(short + "s");
  return plurals ? mergeSorted(exact, plurals) : exact;
}

function everyOccurrence(text: string, short: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) out.push(at);
  return out;
}

/**
 * The start of every maximal run of letters and digits (as `isAlnum` reads code units), by its
 * text. Only runs that do not begin with an ASCII lower-case letter: most words of prose do, and a
 * short form that does (`mRNA`, rare) is searched for in the text instead.
 */
function wordRuns(text: string): Map<string, number[]> {
  const runs = new Map<string, number[]>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && isAlnumCode(text.charCodeAt(i), text, i);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      if (!isAsciiLower(text.charCodeAt(start))) {
        const word = text.slice(start, i);
        const list = runs.get(word);
        if (list) list.push(start);
        else runs.set(word, [start]);
      }
      start = -1;
    }
  }
  return runs;
}

/** Whole-text searches a document's short forms get before its runs are indexed (see `candidateStarts`). */
const SEARCHES_BEFORE_INDEX = 16;

interface SearchState {
  searches: number;
  runs?: Map<string, number[]>;
}

function searchState(doc: AnalyzedDocument): SearchState {
  let state = doc.cache.get(SEARCH_STATE) as SearchState | undefined;
  if (!state) doc.cache.set(SEARCH_STATE, (state = { searches: 0 }));
  return state;
}

const SEARCH_STATE = "core:acronym-search";

const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;

/** `isAlnum` of one code unit, without a regular expression for ASCII. */
function isAlnumCode(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return ALNUM.test(text.charAt(i));
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** Whether `pos` lies in an all-caps heading (`CTOC STRATEGY`), which says nothing about acronyms. */
export function inAllCapsHeading(doc: AnalyzedDocument, pos: number): boolean {
  const b = doc.blockAt(pos);
  if (!b || b.kind !== "heading") return false;
  const s = doc.text.slice(b.start, b.end);
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(s) && s === s.toUpperCase();
}
