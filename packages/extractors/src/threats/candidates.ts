import type { AnalyzedDocument, PhraseMatch, Span } from "@procmine/core";
import { fusedPrefixCandidates } from "./fused-prefix.js";
import { phraseKey, readIn, type Lexicon, type ThreatValue } from "./lexicon.js";

/** A proposed threat phrase, in analysis offsets and token indices (`endToken` exclusive). */
export interface ThreatCandidate extends Span {
  /** Start of the part that names the threat (after a counter prefix), for ranking overlaps. */
  coreStart: number;
  value: ThreatValue;
  rule: string;
}

/** Modifier matches by their end token: first token, and characters of counter prefix to skip. */
type ModifierIndex = Map<number, { first: number; skip: number }>;

/** Tokens that may join two modifiers of one phrase (`organized, transnational crime`). */
const MODIFIER_JOINERS = new Set(["-", "/", ","]);
/** A counter prefix after these is a verb (`to counter terrorism`), not part of a compound. */
const COUNTER_PREFIX = /^(?:countering|counter|anti)[\s-]*/i;

/** Every threat phrase the lexicon finds, extended by modifiers and heads; overlaps remain. */
export function findCandidates(doc: AnalyzedDocument, lex: Lexicon): ThreatCandidate[] {
  const modsByEnd: ModifierIndex = new Map();
  for (const m of lex.modifiers.matchAll(doc)) {
    const prior = modsByEnd.get(m.endToken);
    if (prior === undefined || m.firstToken < prior.first) modsByEnd.set(m.endToken, { first: m.firstToken, skip: m.value });
  }
  const out: ThreatCandidate[] = [];
  for (const m of lex.threats.matchAll(doc)) {
    const c = toCandidate(doc, lex, m, modsByEnd);
    if (c) out.push(c);
  }
  for (const c of fusedPrefixCandidates(doc, lex)) out.push(c); // more than a call takes as arguments, in a long text
  return out;
}

function toCandidate(doc: AnalyzedDocument, lex: Lexicon, m: PhraseMatch<ThreatValue>, modsByEnd: ModifierIndex): ThreatCandidate | undefined {
  const t = doc.tokens;
  const v = m.value;
  let { start, firstToken, endToken } = m;
  let coreStart = start;
  let rule: string = v.source;
  if (!readIn(v, doc.langAt(start))) return undefined;
  // English reads the Romance lists for loanwords (`sicarios`), not for a word English spells alike (`subversion`).
  if (v.langs !== undefined && doc.langAt(start) === "en" && lex.notInEnglish.has(phraseKey(doc.text.slice(m.start, m.end)))) return undefined;

  if (v.counter === "spaced" && m.firstToken > 0 && lex.verbContext.has(t.key(m.firstToken - 1))) return undefined;
  if (v.counter) coreStart = m.start + (COUNTER_PREFIX.exec(doc.text.slice(m.start, m.end))?.[0].length ?? 0);

  const headEnd = extendHead(doc, lex, v, endToken);
  if (headEnd > endToken) {
    endToken = headEnd;
    if (!v.counter) rule = "head";
  } else if (!v.standalone) return undefined;

  if (!v.counter) {
    const left = extendModifiers(doc, lex, firstToken, modsByEnd);
    if (left.first < firstToken) {
      firstToken = left.first;
      start = t.start(left.first) + left.skip;
      rule = "modifier";
    }
  }
  return { start, end: t.end(endToken - 1), firstToken, endToken, coreStart: Math.max(coreStart, start), value: v, rule };
}

/** The most classifying words between an attributive and its head (`corrupt local government officials`). */
const MAX_BETWEEN = 2;

/**
 * One head noun of an allowed group right after the phrase (`drug trafficking` + `organizations`),
 * or after up to two classifying words (`corrupt` + `local` + `officials`).
 */
function extendHead(doc: AnalyzedDocument, lex: Lexicon, v: ThreatValue, endToken: number): number {
  const t = doc.tokens;
  if (v.heads.size === 0) return endToken;
  for (let at = endToken; at <= endToken + MAX_BETWEEN && at < t.count && !t.opensBlock(at); at++) {
    const groups = lex.headWords.get(t.key(at));
    if (groups) {
      for (const g of groups) if (v.heads.has(g)) return coordinatedHead(doc, lex, g, at + 1);
      return endToken;
    }
    if (!classifying(doc, lex, at)) return endToken;
  }
  return endToken;
}

/**
 * A second head of the first head's group after `and`/`or` shares its modifier: one noun phrase
 * (`criminal organizations and networks`), as Spanish `células y organizaciones delictivas`; a head
 * of another kind is another noun (`organized criminal activity and organizations`).
 */
function coordinatedHead(doc: AnalyzedDocument, lex: Lexicon, group: string, end: number): number {
  const t = doc.tokens;
  const next = end + 1;
  if (next >= t.count || t.opensBlock(end) || t.opensBlock(next) || !lex.conjunctions.has(t.key(end)) || t.isCapitalized(next)) return end;
  const groups = lex.headWords.get(t.key(next));
  // A word that names a threat of its own (`gangs`) is a mention of its own.
  if (!groups || lex.dictionary.get(t.key(next))) return end;
  return groups.has(group) ? next + 1 : end;
}

/** A lower-case word that classifies a head (`local`, `judicial`, `transnational`). */
function classifying(doc: AnalyzedDocument, lex: Lexicon, i: number): boolean {
  const t = doc.tokens;
  if (!t.isWord(i) || t.isCapitalized(i)) return false;
  const key = t.key(i);
  return lex.betweenWords.has(key) || lex.modifierWords.has(key) || lex.betweenSuffixes.some((s) => key.endsWith(s) && key.length > s.length + 3);
}

/** Walk left over modifiers, directly adjacent or joined to a following modifier by `-`, `/` or `,`. */
function extendModifiers(doc: AnalyzedDocument, lex: Lexicon, firstToken: number, modsByEnd: ModifierIndex): { first: number; skip: number } {
  const t = doc.tokens;
  let p = firstToken;
  for (;;) {
    if (t.opensBlock(p)) return { first: p, skip: 0 };
    const adjacent = modsByEnd.get(p);
    if (adjacent !== undefined && adjacent.first < p) {
      if (adjacent.skip > 0) return adjacent; // nothing extends past a counter prefix
      p = adjacent.first;
      continue;
    }
    const joined = p > 0 && MODIFIER_JOINERS.has(t.text(p - 1)) ? modsByEnd.get(p - 1) : undefined;
    if (joined !== undefined && joined.skip === 0 && joined.first < p - 1 && lex.modifierWords.has(t.key(p)) && !t.opensBlock(p - 1)) {
      p = joined.first;
      continue;
    }
    return { first: p, skip: 0 };
  }
}
