import { wordStartCandidates, type AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import { formKey } from "./gazetteer.js";
import type { OrganizationKind } from "./kinds.js";
import { isGivenName } from "../person-names.js";

// A text tells what a name is with a common noun of the body's type: before it (`the newspaper
// Reforma`, `la revista Nexos`, `o jornal O Globo`, `la cooperativa Jardines de Té`) or in an
// apposition after it (`Nuevas Ideas, el partido de ...`, `Global Exchange, a human rights
// organization`, `SPNH-17, un sindicato policial`). The capitalized words so typed are one body's
// name, whatever list knows it. Linear in the tokens.

/** Nouns of a body's type (folded) -> the kind each implies ("" for none). */
export interface TypeNouns {
  before: ReadonlyMap<string, OrganizationKind | "">;
  /** `before` nouns that type a name only in paragraphs of these languages (`programa`: a Portuguese one is as often a broadcast show). */
  beforeLanguages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Plural `before` nouns (`subsidiaries`): each name of the list after them is one body. */
  plurals: ReadonlySet<string>;
  after: ReadonlyMap<string, OrganizationKind | "">;
  /** Words a `before` noun follows (`el`, `the`, `de`): elsewhere the noun may be another word (`pero diario`, `daily`). */
  openers: ReadonlySet<string>;
  /** `before` nouns listed in capitals, acronyms written so (`NGO`, `ONG`): exact spellings. */
  capitalBefore: ReadonlySet<string>;
  /** English outlet nouns after a name (`news agency`, `television`), by last word: the words before it and the kind. */
  compound: ReadonlyMap<string, readonly { before: readonly string[]; kind: OrganizationKind | "" }[]>;
  /** Words a compound's name never follows (`a`: `a Melbourne newspaper` is a place's). */
  compoundNotAfter: ReadonlySet<string>;
  /** Spanish/Portuguese media roles (`periodista`, `director de noticias`), by last word: the words before it and the kind of the outlet named after a `roleLinks` word. */
  roles: ReadonlyMap<string, readonly { before: readonly string[]; kind: OrganizationKind | "" }[]>;
  /** The prepositions between a role and its outlet (`de`, `del`, `da`, `do`). */
  roleLinks: ReadonlySet<string>;
  /** Conjunctions between two outlets after a role (`y`, `e`). */
  roleJoins: ReadonlySet<string>;
}

export interface TypedNameWords {
  nouns: TypeNouns;
  /** Lower-case words inside a name (`de`, `of`, `la`). */
  isLink: (word: string) => boolean;
  /** Articles an apposition opens with, by language (`a`/`an`/`the`, `el`/`un`, `o`/`um`). */
  appositionArticles: ReadonlyMap<string, readonly string[]>;
  /** Capitalized only because they open a sentence (`The`, `Ayer`): never a name's first word. */
  leading: ReadonlySet<string>;
  isCountry: (key: string) => boolean;
  /** Head and suffix words (`LLC`, `Ministry`, `South`): alone, no name. */
  isNameWord: (key: string) => boolean;
  /** Capitalized words that are no outlet's name (calendar words: `the Sunday newspaper`). */
  isNotName?: (key: string) => boolean;
  /** Conjunctions between two modifiers (`and`): no modifier of their own. */
  isJoin: (key: string) => boolean;
  /** Type nouns whose quoted name another rule reads (quoted programs and operations, quoted-names.ts). */
  readsQuoted?: (key: string) => boolean;
}

/** Capitalized words a typed name may have: more is a heading or a list. */
const MAX_NAME_WORDS = 5;
/** Modifiers between an opener and a `before` noun (`the [daily] newspaper`, `the [Swiss-registered mining and investment] consortium`). */
const MAX_MODIFIERS = 3;
/** English modifiers between an apposition's article and its noun (`a [human rights] organization`). */
const MAX_ENGLISH_MODIFIERS = 3;

/** Markup and quotes between a noun and its name (`*El Heraldo*`, `**Sintrainagro**`, `“Té Café”`). */
const isMarkup = (s: string) => /^[*_"“”‘’'«»]+$/u.test(s);

/** `at`: the document's tokens whose key is a `before` noun or an apposition's article, ascending (triggers.ts): no other token types a name. */
export function typedNames(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], words: TypedNameWords, at: Int32Array): OrgCandidate[] {
  const t = doc.tokens;
  const taken = new Uint8Array(doc.text.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const capitalized = (k: number) => k >= 0 && k < t.count && (t.isWord(k) || t.kind(k) === "number") && t.isCapitalized(k);
  const out: OrgCandidate[] = [];
  const push = (first: number, last: number, kind: OrganizationKind | "") => {
    const start = t.start(first);
    const end = t.end(last);
    if (taken[start] === 1 || taken[end - 1] === 1) return;
    const text = doc.text.slice(start, end);
    if (words.isCountry(formKey(text))) return;
    // One letter (`partido A`), a word that only opens a sentence (`A continuación`), a person (`Renata Campos`).
    if (text.replace(/[^\p{L}\p{N}]/gu, "").length < 2 || (first === last && (words.leading.has(t.key(first)) || words.isNameWord(t.key(first)))) || (first < last && isGivenName(t.key(first)))) return;
    out.push({ name: normalizeName(text), ...(kind ? { kind } : {}), start, end, rule: "name_pattern" });
    taken.fill(1, start, end);
  };

  /** The capitalized run from `k` on (links inside), as [first, last], or undefined. */
  const runFrom = (k: number): [number, number] | undefined => {
    if (!capitalized(k) || t.opensBlock(k)) return undefined;
    let last = k;
    let n = 1;
    for (let j = k + 1; j < t.count && !t.opensBlock(j) && n < MAX_NAME_WORDS; j++) {
      if (capitalized(j)) {
        last = j;
        n++;
      } else if (t.isWord(j) && words.isLink(t.key(j)) && capitalized(j + 1)) continue;
      else break;
    }
    // A run that goes on in capitals is longer than a name (a heading, a list).
    return capitalized(last + 1) ? undefined : [k, last];
  };

  /**
   * The run from `k` that names type noun `i` (folded `key`), unless quotes stand between them and
   * the noun's quoted names are another rule's (`el operativo “Luna Llena”`: quoted-names.ts reads or leaves it).
   */
  const nameAfter = (i: number, k: number, key: string): [number, number] | undefined => {
    const quoted = k > i + 1 && /["“”‘’'«»]/u.test(doc.text.slice(t.start(i + 1), t.start(k)));
    return quoted && words.readsQuoted?.(key) ? undefined : runFrom(k);
  };

  /**
   * Whether the type noun at `i` is the noun, not another word (`pero diario`, `a daily`): right
   * after an opener (`the newspaper Reforma`), after at most two lower-case modifiers that an
   * opener begins (`the daily newspaper Reforma`, `by online media outlet El Faro`), or right after
   * a capitalized place or demonym on its line (`Melbourne newspaper The Age`, `Costa Rican daily`).
   */
  const opened = (i: number): boolean => {
    if (i === 0 || !t.isWord(i - 1) || words.nouns.openers.has(t.key(i - 1))) return true;
    if (t.isCapitalized(i - 1) && !t.opensBlock(i)) return !words.leading.has(t.key(i - 1));
    // The modifiers back to the opener: lower-case words, `and` between them uncounted, a hyphened
    // compound one modifier whatever its first part's case (`the Swiss-registered mining and
    // investment consortium Solway`).
    const glued = (k: number) => k + 1 < t.count && t.text(k + 1) === "-" && t.end(k) === t.start(k + 1) && t.end(k + 1) === t.start(k + 2);
    for (let k = i - 1, m = 0; m < MAX_MODIFIERS && k > 0 && !t.opensBlock(k + 1); k--) {
      if (t.text(k) === "-" && glued(k - 1)) continue;
      if (!t.isWord(k) || !(t.isLowerCase(k) || glued(k))) return false;
      // A compound counts once, at its first part.
      if (!(k > 1 && t.text(k - 1) === "-" && glued(k - 2)) && !words.isJoin(t.key(k))) m++;
      if (t.isWord(k - 1) && words.nouns.openers.has(t.key(k - 1))) return true;
    }
    return false;
  };

  for (const i of at) {
    // A type noun is a lower-case word, or an acronym listed in capitals (`la ONG Contas Abertas`).
    if (!t.isWord(i) || (t.isCapitalized(i) && !words.nouns.capitalBefore.has(t.text(i)))) continue;
    const key = t.key(i);
    // Before: `the newspaper Reforma`.
    const before = words.nouns.before.get(key);
    const languages = words.nouns.beforeLanguages.get(key);
    if (before !== undefined && (languages === undefined || languages.has(doc.langAt(t.start(i)))) && opened(i)) {
      let k = i + 1;
      while (k < t.count && !t.opensBlock(k) && isMarkup(t.text(k))) k++;
      const run = nameAfter(i, k, key);
      // A capitalized article right after the noun is the title's own (`the newspaper El Heraldo`).
      if (run && words.nouns.plurals.has(key)) {
        // `its subsidiaries Pronico and CGN`: a plural noun types each name of its list.
        let from = run[0];
        for (let j = run[0] + 1; j <= run[1]; j++) {
          if (!words.isJoin(t.key(j))) continue;
          if (j > from) push(from, j - 1, before);
          from = j + 1;
        }
        if (from <= run[1]) push(from, run[1], before);
      } else if (run && !(t.isWord(run[1] + 1) && t.key(run[1] + 1) === "s")) push(run[0], run[1], before);
      // An English apposition set off by commas: `a Belfast-based company, Short Brothers, which …`.
      else if (k === i + 1 && t.text(k) === "," && doc.langAt(t.start(i)) === "en") {
        const named = runFrom(k + 1);
        if (named && named[1] + 1 < t.count && /^[,.]$/u.test(t.text(named[1] + 1))) push(named[0], named[1], before);
      }
    }
    const language = doc.langAt(t.start(i));
    // A media role's outlet: `el propietario de Canal 12`, `jornalista da Rádio Tupi`.
    const role = language !== "en" && t.isLowerCase(i) ? words.nouns.roles.get(key)?.find((r) => r.before.every((w, k) => i - r.before.length + k >= 0 && t.isWord(i - r.before.length + k) && t.key(i - r.before.length + k) === w)) : undefined;
    if (role !== undefined && t.isWord(i + 1) && words.nouns.roleLinks.has(t.key(i + 1))) {
      let k = i + 2;
      while (k < t.count && !t.opensBlock(k) && isMarkup(t.text(k))) k++;
      const run = nameAfter(i, k, key);
      // A station's number closes its name (`Canal 47`).
      if (run && run[1] + 1 < t.count && t.kind(run[1] + 1) === "number" && !t.opensBlock(run[1] + 1) && !capitalized(run[1] + 2)) run[1]++;
      // Two outlets joined (`propietario de Canal 9 y Radio Sur`) are each one.
      const parts: [number, number][] = [];
      if (run) {
        let from = run[0];
        for (let j = run[0] + 1; j < run[1]; j++) {
          if (t.isWord(j) && words.nouns.roleJoins.has(t.key(j))) {
            parts.push([from, j - 1]);
            from = j + 1;
          }
        }
        parts.push([from, run[1]]);
      }
      // A lone given name is a person's (`periodista de Juan`), a country a place.
      for (const [first, last] of parts) if (!(first === last && (isGivenName(t.key(first)) || words.isCountry(t.key(first))))) push(first, last, role.kind);
    }
    // A compound: `the Harbour Press news agency`, `on Channel9Norte television`.
    const compound = language === "en" && t.isLowerCase(i) ? words.nouns.compound.get(key) : undefined;
    if (compound !== undefined) {
      const form = compound.find((c) => c.before.every((w, k) => i - c.before.length + k > 0 && t.isWord(i - c.before.length + k) && t.key(i - c.before.length + k) === w));
      const last = form === undefined ? -1 : i - form.before.length - 1;
      // A capitalized name after the noun is the one it types (`Melbourne newspaper The Age`).
      const typesNext = i + 1 < t.count && !t.opensBlock(i + 1) && capitalized(i + 1);
      if (form !== undefined && last >= 0 && !typesNext && capitalized(last) && !t.opensBlock(last + 1)) {
        let first = last;
        while (last - first + 1 < MAX_NAME_WORDS && first > 0 && !t.opensBlock(first) && capitalized(first - 1)) first--;
        const before = first > 0 && !t.opensBlock(first) ? t.key(first - 1) : "";
        const opens = first === 0 || t.opensBlock(first) || /^[.!?:;…]$/u.test(t.text(first - 1));
        const notName = (k: number) => words.leading.has(t.key(k)) || words.isCountry(t.key(k)) || (words.isNotName?.(t.key(k)) ?? false);
        // A capitalized word more before the run (`Mr. Gómez`) or a possessive after it: no outlet's name.
        if (!opens && !words.nouns.compoundNotAfter.has(before) && !(first > 0 && t.isCapitalized(first - 1)) && !notName(first) && !notName(last) && !/^['’]s$/.test(doc.text.slice(t.end(last), t.end(last) + 2))) push(first, last, form.kind);
      }
    }
    // After: `Nuevas Ideas, el partido`, `Global Exchange, a human rights organization`.
    // After a comma or in a parenthesis (`Águilas Negras (a paramilitary group)`).
    if (!words.appositionArticles.get(key)?.includes(language) || i < 2 || (t.text(i - 1) !== "," && t.text(i - 1) !== "(")) continue;
    let noun = i + 1;
    let kind: OrganizationKind | "" | undefined = words.nouns.after.get(t.key(noun));
    if (language === "en") {
      // The noun closes the English phrase: `a human rights organization,` / `... organization that`
      // (`a group of neighbors` is a gathering, not a body's type).
      for (let m = 0; kind === undefined && m < MAX_ENGLISH_MODIFIERS && t.isWord(noun) && !t.isCapitalized(noun); m++) kind = words.nouns.after.get(t.key(++noun));
      if (kind === undefined || (noun + 1 < t.count && t.isWord(noun + 1) && !t.opensBlock(noun + 1) && !/^(that|which|based)$/.test(t.key(noun + 1)))) continue;
    } else if (kind === undefined) continue;
    // `'s`, `’s`: the noun belongs to another name (`the party's leader`).
    if (noun + 1 < t.count && /^['’]s$/.test(doc.text.slice(t.end(noun), t.end(noun) + 2))) continue;
    let first = i - 2;
    while (!isMarkup(t.text(first)) && first > 0 && (capitalized(first - 1) || (t.isWord(first - 1) && words.isLink(t.key(first - 1)) && capitalized(first - 2)))) first--;
    while (first < i - 1 && isMarkup(t.text(first))) first++;
    let last = i - 2;
    while (last > first && isMarkup(t.text(last))) last--;
    if (!capitalized(first) || !capitalized(last) || last - first + 1 > 2 * MAX_NAME_WORDS) continue;
    // `Según Global Exchange, ...`: a word that only opens the sentence is no part of the name,
    // nor one that opens it before a link (`Llegaron a Chile, ...`: a verb, then a place).
    while (first < last && words.leading.has(t.key(first))) first++;
    const opens = (k: number) => k === 0 || t.opensBlock(k) || /^[.!?:;…]$/u.test(t.text(k - 1));
    if (first + 2 <= last && opens(first) && t.isWord(first + 1) && words.isLink(t.key(first + 1))) first += 2;
    if (words.isLink(t.key(first)) || words.leading.has(t.key(first)) || !capitalized(first)) continue;
    // A lone capitalized word opening a sentence may be any word (`Imagínense, una empresa que ...`).
    if (first === last && opens(first)) continue;
    push(first, last, kind);
  }
  return [...out, ...repeats(doc, out, taken)];
}

/** The text's other uses of each typed name, where the name is a whole capitalized run (`ABC Color` again). */
function repeats(doc: AnalyzedDocument, typed: readonly OrgCandidate[], taken: Uint8Array): OrgCandidate[] {
  const text = doc.text;
  const seen = new Set<string>();
  const out: OrgCandidate[] = [];
  for (const m of typed) {
    const written = text.slice(m.start, m.end);
    if (seen.has(written)) continue;
    seen.add(written);
    for (const at of wordStartCandidates(doc, written)) {
      if (!text.startsWith(written, at)) continue;
      const end = at + written.length;
      if (taken[at] === 1 || taken[end - 1] === 1) continue;
      // Whole words, not inside a longer capitalized run (`Reforma Agraria`).
      if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
      if (/\p{Lu}/u.test(text.slice(end).match(/^\s+(\S)/u)?.[1] ?? "") || /\p{Lu}[\p{L}\p{N}.]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
      const { start: _s, end: _e, ...identity } = m;
      out.push({ ...identity, start: at, end });
      taken.fill(1, at, end);
    }
  }
  return out;
}
