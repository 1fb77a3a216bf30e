import { acronymUses, schwartzHearst, type AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import { partBefore, type PartLinks } from "./defined-parents.js";
import { initialsLongForm } from "./initials.js";
import type { OrganizationKind } from "./kinds.js";

/**
 * Acronym definitions in the document itself, after Schwartz & Hearst (2003): `long form (SHORT)`,
 * `SHORT (long form)`, `long form (SHORT = foreign long form)`. A definition is accepted only when
 * its long form is an organization (found by the gazetteer or a name pattern, or a capitalized
 * Schwartz-Hearst long form with an organization head), so foreign-language acronyms whose
 * letters do not match the English name (`Joint Community Support Groups (GCAC)`) count too.
 */

// A slash and two capitals name the state a body serves (`SSP/SP`, `PM/RJ`): part of its acronym.
const SHORT_FORM = /^[A-Z0-9][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*(?:\/[A-Z]{2})?$/;

/** 2-12 characters, at least two capitals, starts with a letter or digit, has a letter. */
export function isAcronym(s: string): boolean {
  if (s.length < 2 || s.length > 12 || !SHORT_FORM.test(s)) return false;
  return (s.match(/[A-Z]/g) ?? []).length >= 2;
}

/** How the organization decides whether a stretch of text is an organization name. */
export interface LongFormOracle {
  /** The organization mention that ends exactly at `end` (from the gazetteer or a pattern). */
  endingAt(end: number): OrgCandidate | undefined;
  /** The organization mention that spans exactly [start, end). */
  spanning(start: number, end: number): OrgCandidate | undefined;
  /** Whether a capitalized phrase has an organization head word. */
  hasHead(phrase: string): boolean;
  /** Whether a word links a name's parts (`of`, `de`): a gloss linked like the name outside is in the same language. */
  isLink?(word: string): boolean;
  /** How a part's name links to its body's (`1ª Turma do Supremo Tribunal Federal`). */
  partLinks?: PartLinks;
  /** Whether the phrase at `at` is an English name in an English paragraph (`(School of Government)`). */
  isEnglishName?(phrase: string, at: number): boolean;
  /** Whether a word names an event or a document (`Index`, `Survey`), so a phrase it closes is no body. */
  isNotBody?(word: string): boolean;
  /** Whether the text cites the name or its acronym as a source (`the SAS estimated`): optional evidence for a headless name. */
  isSource?(phrase: string, short: string): boolean;
  /** Whether the words after the definition's `)` at `close` show a body (`(FOD) has released`, `(TEPS) program`), with the kind they imply. */
  followedAsBody?(close: number, at: number): { kind?: OrganizationKind } | undefined;
}

export interface AcronymDefinition {
  /** The acronym defined; empty for a gloss without one (`National Guard (Guardia Nacional)`). */
  short: string;
  identity: OrgIdentity;
  /** The mentions the definition itself contains: long form(s) and the short form. */
  mentions: OrgCandidate[];
}

interface Parenthesis {
  open: number;
  close: number;
}

function parentheses(text: string): Parenthesis[] {
  const out: Parenthesis[] = [];
  // The first `)` after an opening serves every opening before it too: looked for again only once
  // passed, so a text of many unclosed `(` is read once, not once per `(`.
  let close = -1;
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", open + 1)) {
    if (close < open) close = text.indexOf(")", open);
    if (close < 0) break;
    if (close - open - 1 > 200) continue;
    const inner = text.slice(open + 1, close);
    if (!inner.includes("(") && !inner.includes("\n\n")) out.push({ open, close });
  }
  return out;
}

const trimEnd = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return end;
};
const trimStart = (text: string, start: number) => {
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  return start;
};

export function findDefinitions(doc: AnalyzedDocument, oracle: LongFormOracle): AcronymDefinition[] {
  const text = doc.text;
  const out: AcronymDefinition[] = [];
  for (const p of parentheses(text)) {
    const inner = text.slice(p.open + 1, p.close);
    const head = /^\s*([A-Z0-9][A-Za-z0-9&-]*(?:\/[A-Z]{2})?)\s*(?:([,;=:])|$)/.exec(inner);
    if (head && isAcronym(head[1]!)) {
      const def = longBeforeShort(doc, oracle, p, head[1]!, p.open + 1 + inner.indexOf(head[1]!), head[2]);
      if (def && spelledInCapitals(doc, p.open, def)) out.push(def);
      continue;
    }
    const fits = (d: AcronymDefinition | undefined) => (d && spelledInCapitals(doc, p.open, d) ? d : undefined);
    const def = fits(shortBeforeLong(doc, oracle, p)) ?? fits(glossedName(doc, oracle, p)) ?? fits(titleCaseDefinition(doc, oracle, p, inner));
    if (def) out.push(def);
  }
  return out;
}

/**
 * In a paragraph written all in capitals (core's writing profile `upper`) every word in
 * parentheses looks like an acronym (`(QUE)`, `(CONTROL)`): a definition stands there only where
 * the short form is spelled by the starts of a long form's words (`FUERZAS ARMADAS
 * REVOLUCIONARIAS DE COLOMBIA (FARC)`), the way a body's acronym is made.
 */
function spelledInCapitals(doc: AnalyzedDocument, at: number, def: AcronymDefinition): boolean {
  if (!def.short || !doc.writingAt(at).upper) return true;
  return def.mentions.some((m) => {
    const written = doc.text.slice(m.start, m.end);
    return written !== def.short && spelledByWordStarts(def.short, written);
  });
}

/**
 * `Foreign Name, SHORT`, `Foreign Name or SHORT` or `Foreign Name – SHORT` (a spaced dash, the
 * press's way of joining a name and its acronym), the acronym optional, before any `;` note.
 */
const GLOSS = /^\s*(\p{Lu}[^,;–—]*?)(?:(?:\s*[,–—]\s*|\s+(?:or|o|ou|-)\s+|(\s{3,}))([A-Z0-9][A-Za-z0-9&-]*))?\s*(?:;|$)/u;

/** A dash in the raw text: normalization writes some dashes (`—`) as spaces. */
const RAW_DASH = /^\s*[-–—]\s*$/u;

/**
 * `Bolivarian Navy (Armada Bolivariana, AB; includes marines)`, `Space Agency (Agencia Espacial
 * or AEM)`, `National Guard (Guardia Nacional)`: a body named in the text's language with its
 * name in another language (and its acronym) in parentheses. The glossed name and the acronym
 * are the same body under the name outside, the one the text itself uses. The gloss must read as
 * a body: listed, an organization head, or the acronym's 3+ letters (`Aviacion Militar Bolivariana, AMB`); a
 * place (`(Los Angeles, CA)`) or a note (`(Air Assault)`) is none. Without a known name outside,
 * as many capitalized words before the parenthesis as the gloss has make it, when the acronym
 * spells the gloss.
 */
function glossedName(doc: AnalyzedDocument, oracle: LongFormOracle, p: Parenthesis): AcronymDefinition | undefined {
  const text = doc.text;
  const m = GLOSS.exec(text.slice(p.open + 1, p.close));
  if (!m) return undefined;
  const gloss = m[1]!.trimEnd();
  const short = m[3] !== undefined && isAcronym(m[3]) ? m[3] : "";
  if (m[3] !== undefined && !short) return undefined;
  if (m[2] !== undefined) {
    // A gap of spaces joins a name and its acronym only where the raw text has a dash there.
    const gapStart = p.open + 1 + m[0].indexOf(m[1]!) + m[1]!.length;
    if (!RAW_DASH.test(doc.rawText(gapStart, gapStart + m[2].length))) return undefined;
  }
  // `(Mexico's Financial Unit)`: a possessive describes the body; it is no name of it.
  if (!GLOSS_WORDS.test(gloss) || isAcronym(gloss) || /['’]s\b/.test(gloss)) return undefined;
  const glossStart = p.open + 1 + m[0].indexOf(gloss);
  const glossEnd = glossStart + gloss.length;
  if (oracle.isEnglishName?.(gloss, glossStart)) return undefined;
  const listed = oracle.spanning(glossStart, glossEnd);
  // Two letters after a place are a state's code (`Green Valley, GV`), not a body's acronym.
  const spelled = short.length >= 3 && schwartzHearst(short, gloss) === 0;
  if (!listed && !spelled && !oracle.hasHead(gloss)) return undefined;
  const longEnd = trimEnd(text, p.open);
  let long = oracle.endingAt(longEnd);
  if (long && isAcronym(text.slice(long.start, long.end))) return undefined;
  // `Department of State (Bureau of Western Affairs)`: linked by the same word, a part in the same language.
  if (long && sharesLink(text.slice(long.start, long.end), gloss, oracle)) return undefined;
  if (!long) {
    if (!spelled) return undefined;
    const count = gloss.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    const before = new RegExp(`(?:\\p{Lu}[\\p{L}'-]*\\s+){${count - 1}}\\p{Lu}[\\p{L}'-]*$`, "u").exec(text.slice(Math.max(0, longEnd - 30 * count), longEnd));
    if (!before || count < 2) return undefined;
    const start = longEnd - before[0].length;
    if (/[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return undefined;
    long = { ...(listed ?? {}), start, end: longEnd, name: normalizeName(before[0]), rule: "acronym_definition" };
    delete long.englishName;
  }
  // `Forças Armadas da Colômbia (Farc)`: in a Spanish or Portuguese text a listed gloss is the
  // body's canonical identity (its name in its own language); a name built from the words outside
  // is only the text's wording of it. An English text keeps its own English name.
  const ownName = listed && long.rule !== "gazetteer" && doc.langAt(long.start) !== "en";
  const canonical = ownName ? { ...listed, start: long.start, end: long.end } : long;
  const identity = identityOf(canonical, short);
  if (!short) delete identity.acronym;
  const mentions: OrgCandidate[] = [
    { ...identity, start: long.start, end: long.end, rule: "acronym_definition" },
    { ...identity, start: glossStart, end: glossEnd, rule: "acronym_definition" },
  ];
  if (short) {
    const shortStart = p.open + 1 + m[0].lastIndexOf(short);
    mentions.push({ ...identity, start: shortStart, end: shortStart + short.length, rule: "acronym_definition" });
  }
  return { short, identity, mentions };
}

function sharesLink(name: string, gloss: string, oracle: LongFormOracle): boolean {
  if (!oracle.isLink) return false;
  const links = new Set(name.toLowerCase().split(/\s+/).filter((w) => oracle.isLink!(w)));
  return gloss.toLowerCase().split(/\s+/).some((w) => links.has(w));
}

/** Every word capitalized but the short linking words of a name (`de`, `del`, `para`, `of`). */
const GLOSS_WORDS = /^\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|\p{Ll}{1,4}))*$/u;

/** `Network Engagement Team (NET)`, `First Capital Command (PCC, from its Portuguese initials)`. */
function longBeforeShort(doc: AnalyzedDocument, oracle: LongFormOracle, p: Parenthesis, short: string, shortStart: number, sep: string | undefined): AcronymDefinition | undefined {
  const text = doc.text;
  const longEnd = trimEnd(text, p.open);
  let long = oracle.endingAt(longEnd);
  // `USSOUTHCOM (NET)`: an acronym does not define another acronym.
  if (long && long.end - long.start <= 14 && isAcronym(text.slice(long.start, long.end))) return undefined;
  if (long) long = spelledParent(text, oracle, long, short) ?? long;
  // A name found by a pattern may lack a word the acronym's letters still spell (`Revolutionary`
  // before `Organization of People in Arms (ORPA)`): the letters' reading wins when it is longer.
  // English texts name foreign bodies in English and keep their own-language acronyms.
  if ((!long || (long.rule !== "gazetteer" && long.end === longEnd)) && oracle.isLink && oracle.isNotBody && doc.langAt(longEnd) === "en") {
    const byInitials = initialsLongForm(text, longEnd, short, { isLink: oracle.isLink, hasHead: oracle.hasHead, isNotBody: oracle.isNotBody });
    if (byInitials && (!long || (byInitials.exact && byInitials.start < long.start))) {
      const kind = long?.kind;
      long = { start: byInitials.start, end: longEnd, name: normalizeName(byInitials.phrase), rule: "acronym_definition" };
      if (kind) long.kind = kind;
    }
  }
  if (!long) {
    // Only the words just before the parenthesis can be the long form: never split the whole text.
    const words = text.slice(Math.max(0, longEnd - 40 * (short.length + 5)), longEnd).split(/\s+/);
    const window = Math.min(short.length + 5, short.length * 2);
    const windowText = words.slice(-window).join(" ");
    const at = schwartzHearst(short, windowText);
    if (at < 0) return undefined;
    let phrase = windowText.slice(at);
    if (!/^\p{Lu}/u.test(phrase)) return undefined;
    // `Fundación Democracia, Transparencia y Justicia (DTJ)`: a Spanish or Portuguese name opens
    // with its head, which the acronym's letters may leave out: a headless reading takes the one
    // word before it when that word is a body's head (no article, no plan or event word).
    if (!oracle.hasHead(phrase) && doc.langAt(longEnd) !== "en") {
      const before = /(\p{Lu}\p{Ll}+) $/u.exec(windowText.slice(0, at))?.[1];
      if (before && oracle.hasHead(before) && !oracle.isNotBody?.(before)) phrase = `${before} ${phrase}`;
    }
    const follower = oracle.hasHead(phrase) || oracle.isSource?.(phrase, short) ? undefined : oracle.followedAsBody?.(p.close, longEnd);
    if (!(oracle.hasHead(phrase) || oracle.isSource?.(phrase, short) || follower)) return undefined;
    const start = longEnd - phrase.length;
    if (text.slice(start, longEnd) !== phrase) return undefined; // whitespace differed: stay exact
    long = { start, end: longEnd, name: normalizeName(phrase), rule: "acronym_definition" };
    if (follower?.kind) long.kind = follower.kind;
  }
  const identity = identityOf(long, short);
  const mentions: OrgCandidate[] = [
    { ...identity, start: long.start, end: long.end, rule: "acronym_definition" },
    { ...identity, start: shortStart, end: shortStart + short.length, rule: "acronym_definition" },
  ];
  if (sep === "=" || sep === ":" || sep === ",") {
    // `(FUSINA = Fuerza de Seguridad Interinstitucional Nacional)`: the foreign long form too.
    const restStart = trimStart(text, text.indexOf(sep, shortStart + short.length) + 1);
    const restEnd = trimEnd(text, p.close);
    if (oracle.spanning(restStart, restEnd)) mentions.push({ ...identity, start: restStart, end: restEnd, rule: "acronym_definition" });
  }
  return { short, identity, mentions };
}

/**
 * `1ª Turma do Supremo Tribunal Federal (STF)`, `Training Unit of the Border Service (BS)`: when the
 * acronym spells only the body named after the last link word (`do`, `of the`), it is that body's
 * acronym, the words before naming a part of it: the definition is the body the letters spell.
 */
function spelledParent(text: string, oracle: LongFormOracle, long: OrgCandidate, short: string): OrgCandidate | undefined {
  if (!oracle.partLinks) return undefined;
  const name = text.slice(long.start, long.end);
  const at = schwartzHearst(short, name);
  if (at <= 0 || partBefore(name.slice(0, at), oracle.partLinks) === undefined) return undefined;
  const start = long.start + at;
  const listed = oracle.spanning(start, long.end);
  if (listed) return listed;
  const phrase = name.slice(at);
  return /^\p{Lu}/u.test(phrase) && oracle.hasHead(phrase) ? { start, end: long.end, name: normalizeName(phrase), rule: "acronym_definition" } : undefined;
}

/** A short form written in Title Case, as the Brazilian press writes its bodies' acronyms (`Detran`, `Sesp`). */
const TITLE_CASE_SHORT = /^\s*(\p{Lu}\p{Ll}{2,6})\s*$/u;

/**
 * `Departamento Estadual de Trânsito (Detran)`, `Grupo Especial de Investigações Sensíveis
 * (Gise)`: a Title Case short form defines an organization name just before it when it is built
 * from the starts of that name's words, the first word's among them: a place or a word in
 * parentheses after a name (`(Palmas)`, `(Brasil)`) is not.
 */
function titleCaseDefinition(doc: AnalyzedDocument, oracle: LongFormOracle, p: Parenthesis, inner: string): AcronymDefinition | undefined {
  const m = TITLE_CASE_SHORT.exec(inner);
  if (!m) return undefined;
  const short = m[1]!;
  const long = oracle.endingAt(trimEnd(doc.text, p.open));
  if (!long || !spelledByWordStarts(short, doc.text.slice(long.start, long.end))) return undefined;
  const identity = identityOf(long, short);
  const shortStart = p.open + 1 + inner.indexOf(short);
  return {
    short,
    identity,
    mentions: [
      { ...identity, start: long.start, end: long.end, rule: "acronym_definition" },
      { ...identity, start: shortStart, end: shortStart + short.length, rule: "acronym_definition" },
    ],
  };
}

const foldLetters = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether `short` is the start of the name's first word followed by the starts of one or more later words (`De`+`tran`). */
export function spelledByWordStarts(short: string, name: string): boolean {
  const s = foldLetters(short);
  const words = foldLetters(name).split(/[\s-]+/).filter((w) => w.length > 0);
  // Whether s from `at` on is spelled by starts of words from `word` on, at least one of them; memoized by (at, word).
  const memo = new Map<number, boolean>();
  const rest = (at: number, word: number): boolean => {
    const key = at * (words.length + 1) + word;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found = false;
    for (let w = word; w < words.length && !found; w++) {
      for (let n = Math.min(words[w]!.length, s.length - at); n >= 1 && !found; n--) {
        found = words[w]!.startsWith(s.slice(at, at + n)) && (at + n === s.length || rest(at + n, w + 1));
      }
    }
    memo.set(key, found);
    return found;
  };
  const first = words[0] ?? "";
  for (let n = Math.min(first.length, s.length - 1); n >= 1; n--) if (first.startsWith(s.slice(0, n)) && rest(n, 1)) return true;
  return false;
}

/** `GANSEF (Grupo de Alto Nivel de Seguridad Fronteriza Guatemala-Mexico)`. */
function shortBeforeLong(doc: AnalyzedDocument, oracle: LongFormOracle, p: Parenthesis): AcronymDefinition | undefined {
  const text = doc.text;
  const shortEnd = trimEnd(text, p.open);
  const m = /([A-Z0-9][A-Za-z0-9&-]*)$/.exec(text.slice(Math.max(0, shortEnd - 14), shortEnd));
  if (!m || !isAcronym(m[1]!)) return undefined;
  const short = m[1]!;
  const shortStart = shortEnd - short.length;
  if (shortStart > 0 && /[\p{L}\p{N}]/u.test(text.charAt(shortStart - 1))) return undefined;
  const longStart = trimStart(text, p.open + 1);
  const longEnd = trimEnd(text, p.close);
  let long = oracle.spanning(longStart, longEnd);
  if (!long) {
    const phrase = text.slice(longStart, longEnd);
    if (schwartzHearst(short, phrase) !== 0 || !/^\p{Lu}/u.test(phrase) || !oracle.hasHead(phrase)) return undefined;
    long = { start: longStart, end: longEnd, name: normalizeName(phrase), rule: "acronym_definition" };
  }
  const identity = identityOf(long, short);
  return {
    short,
    identity,
    mentions: [
      { ...identity, start: shortStart, end: shortEnd, rule: "acronym_definition" },
      { ...identity, start: longStart, end: longEnd, rule: "acronym_definition" },
    ],
  };
}

export function identityOf(long: OrgCandidate, short: string): OrgIdentity {
  const identity: OrgIdentity = { name: long.name, acronym: short };
  // A listed body keeps its English name: an English paragraph's definition of it names it so.
  if (long.englishName) identity.englishName = long.englishName;
  if (long.kind) identity.kind = long.kind;
  if (long.country) identity.country = long.country;
  return identity;
}

/**
 * Every use of the defined acronyms as whole words (`NET's` counts; `NETWORK`, `JIATF-S2` do not),
 * each with the identity of the nearest definition before it (the first one for uses before
 * any). Each acronym is looked for once, however often a long document defines it again.
 */
export function findUses(doc: AnalyzedDocument, defs: readonly AcronymDefinition[]): OrgCandidate[] {
  const byShort = new Map<string, AcronymDefinition[]>();
  for (const d of defs) {
    const list = byShort.get(d.short);
    if (list) list.push(d);
    else byShort.set(d.short, [d]);
  }
  const out: OrgCandidate[] = [];
  for (const [short, list] of byShort) {
    if (!short) continue;
    const at = list.map((d) => Math.min(...d.mentions.map((m) => m.start)));
    const order = list.map((_, k) => k).sort((a, b) => at[a]! - at[b]!);
    const taken = new Set(list.flatMap((d) => d.mentions.map((m) => m.start)));
    let k = 0;
    for (const u of acronymUses(doc, short)) {
      if (taken.has(u.start)) continue;
      while (k + 1 < order.length && at[order[k + 1]!]! <= u.start) k++;
      out.push({ ...list[order[k]!]!.identity, start: u.start, end: u.end, rule: "acronym_use" });
    }
  }
  return out;
}
