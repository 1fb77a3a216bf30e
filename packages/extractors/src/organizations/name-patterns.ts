import { foldKey, type AnalyzedDocument } from "@procmine/core";
import { TRIGGER, withoutHyphenSuffix, type Triggers } from "./triggers.js";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import { escape, formKey } from "./gazetteer.js";
import { isGroupKind, type OrganizationKind } from "./kinds.js";
import type { OrgLexicon } from "./pattern-words.js";
import { isListBlock } from "./list-blocks.js";
import { findRuns, isNameWord, isRomanceDative, opensCountryName, type Run } from "./runs.js";
import { capitalizedInsideToo, capitalizedOnlyByPosition, caseStats, type CaseStats } from "./sentence-starts.js";

/**
 * Organization names no list knows, recognized by their head word: `Honduran National Police`
 * (head last), `Ministry of Defense`, `Fuerza de Seguridad Interinstitucional Nacional` (head
 * opening an `of`/`de` complement). Headings are skipped: their Title Case proves nothing.
 */
export class NamePatterns {
  /** 1 when a folded word can end a head or stand alone: asked of every run's words, answered once per word. */
  private readonly headish: (keyId: number) => number;
  /** A number sign and the number after it (`Número 2`, `Nº 14`; not a file number, `Nº 1542-2019`), read where it is set (sticky). */
  private readonly signedNumber: RegExp;
  /** A number sign alone (`Número`, `Nº`), read where it is set (sticky). */
  private readonly numberSign: RegExp;

  constructor(
    private readonly lex: OrgLexicon,
    private readonly known: Map<string, OrgIdentity>,
    /** Folded country names, short forms and demonyms (`venezuela`, `u.s.`, `peruvian`). */
    private readonly countryForms: ReadonlySet<string>,
    /** The rules' trigger words (triggers.ts), `patternHead` the same as `headish`. */
    private readonly triggers: Triggers,
  ) {
    // A plural head opens a name only before its complement (`romanceOpener`), but may open one.
    this.signedNumber = new RegExp(`[ \\t](?:${lex.numberSigns.map(escape).join("|")})[ \\t]*[0-9]{1,4}(?![\\p{L}\\p{N}]|[-/.,][0-9])`, "uy");
    this.numberSign = new RegExp(`[ \\t](?:${lex.numberSigns.map(escape).join("|")})`, "uy");
    this.headish = (keyId) => ((triggers.bitsOf(keyId) & TRIGGER.patternHead) !== 0 ? 1 : 0);
  }

  /**
   * Every pattern name in the document, outside headings (a numbered list is no heading).
   * `everyRun`: read every run of every block (what the trigger words spare; for tests).
   */
  find(doc: AnalyzedDocument, everyRun = false): OrgCandidate[] {
    const out: OrgCandidate[] = [];
    const stats = caseStats(doc);
    const t = doc.tokens;
    // A run yields a name only with a head in it, a group's article in it or right before it, or
    // a group noun right after it: only the stretches of runs around such words are read.
    const hits = this.triggers.positions(doc, TRIGGER.patternHead | TRIGGER.groupArticle | TRIGGER.groupNoun);
    for (const b of doc.blocks) {
      if (b.kind === "heading" && !isListBlock(doc, b)) continue;
      const from = t.firstFrom(b.start);
      // The first token at or after the block's end (a binary search, not a walk over its tokens).
      const to = Math.max(from, t.firstFrom(b.end));
      if (everyRun) {
        for (const run of findRuns(doc, this.lex, from, to, this.countryForms)) this.readRun(doc, stats, run, from, to, out);
        continue;
      }
      // Runs are read from `s` to `u`, both where no run can cross (`isRunStop`), so each stretch
      // holds the same runs a scan of the whole block finds; stretches are read once, in order.
      let done = from;
      for (let h = firstHitFrom(hits, from); h < hits.length && hits[h]! < to; h++) {
        const p = hits[h]!;
        if (p + 1 < done) continue;
        let s = Math.max(from, p - 1, done);
        while (s > Math.max(from, done) && !this.isRunStop(doc, s - 1)) s--;
        let u = Math.min(to, p + 1);
        while (u < to && !this.isRunStop(doc, u)) u++;
        for (const run of findRuns(doc, this.lex, s, to, this.countryForms, u)) this.readRun(doc, stats, run, from, to, out);
        done = u;
      }
    }
    return out;
  }

  /** The names one run yields (pushed to `out`). */
  private readRun(doc: AnalyzedDocument, stats: CaseStats, run: Run, from: number, to: number, out: OrgCandidate[]): void {
    const t = doc.tokens;
    const group = this.articleGroup(doc, run, from) ?? this.groupBeforeNoun(doc, stats, run, to);
    if (group) {
      out.push(group);
      return;
    }
    // Most runs are a capitalized word or two with no head: skip them before any work.
    if (!run.some((i) => this.headish(t.keyId(i)) === 1)) return;
    // A unit's number after its sign is part of the name whichever head the name was found by.
    out.push(...this.classify(doc, stats, run).filter((c) => !this.isFacility(doc, c)).map((c) => this.withSignedNumber(doc, c)));
  }

  /**
   * Token `k` is in no run and no run reaches past it (see `findRuns`): no name word, no word a
   * run joins over (connectors, articles after them, `-`, `'s`, a list's comma) and no word glued
   * after a hyphen.
   */
  private isRunStop(doc: AnalyzedDocument, k: number): boolean {
    const t = doc.tokens;
    if (isNameWord(doc, k) || (k > 0 && t.is(k - 1, "-")) || t.is(k, "-") || t.is(k, "'s") || t.is(k, ",")) return false;
    const key = t.key(k);
    const lex = this.lex;
    if (lex.inner.has(key) || lex.coordination.has(key) || lex.afterOf.has(key) || lex.romanceLinks.has(key) || lex.complement.has(key)) return false;
    return !isRomanceDative(doc, lex, k);
  }

  /**
   * `the Sinaloa cartel`, `the Gulf clan`: a name before a lower-case group noun is that group;
   * before a generic one (`the Sinaloa organization`), only a group the gazetteer lists.
   * Not after a country (`the Mexican cartel`) or when the name opens the sentence.
   */
  private groupBeforeNoun(doc: AnalyzedDocument, stats: CaseStats, run: Run, to: number): OrgCandidate | undefined {
    const t = doc.tokens;
    const last = run[run.length - 1]!;
    let noun = last + 1;
    if (noun >= to || t.opensBlock(noun) || t.isCapitalized(noun)) return undefined;
    // `the Sinaloa drug gang`: one modifier between the name and its group noun.
    if (this.lex.groupNounModifiers.has(t.key(noun)) && noun + 1 < to && !t.opensBlock(noun + 1) && this.lex.groupNouns.has(t.key(noun + 1))) noun++;
    const kind = this.lex.groupNouns.get(t.key(noun));
    const generic = kind === undefined && this.lex.genericGroupNouns.has(t.key(noun));
    if (kind === undefined && !generic) return undefined;
    const named = this.trimLeading(doc, stats, run);
    if (named.length === 0 || named.some((i) => this.countryForms.has(t.key(i)) || t.isUpper(i)) || stats.sentenceInitial.has(named[0]!)) return undefined;
    const name = normalizeName(doc.text.slice(t.start(named[0]!), t.end(last)));
    const start = t.start(named[0]!);
    const end = t.end(last);
    if (generic) {
      // `the Sinaloa organization`: only a group the gazetteer lists as `Sinaloa Cartel` (or clan, ...).
      for (const groupNoun of this.lex.groupNouns.keys()) {
        const listed = this.known.get(formKey(`${name} ${groupNoun}`));
        if (listed) return { ...listed, start, end, rule: "name_pattern" };
      }
      return undefined;
    }
    const listed = this.known.get(formKey(`${name} ${t.text(noun)}`)) ?? this.listedUnderOtherNoun(name);
    if (listed) return { ...listed, start, end, rule: "name_pattern" };
    return { name, ...(kind ? { kind } : {}), start, end, rule: "name_pattern" };
  }

  /**
   * `the Sinaloa gang` where the gazetteer lists only `Sinaloa Cartel`: the one group it lists
   * under the name with another group noun; none where it lists two (`Gulf Cartel`, `Gulf Clan`).
   */
  private listedUnderOtherNoun(name: string): OrgIdentity | undefined {
    let found: OrgIdentity | undefined;
    for (const groupNoun of this.lex.groupNouns.keys()) {
      const listed = this.known.get(formKey(`${name} ${groupNoun}`));
      if (listed === undefined || !isGroupKind(listed.kind) || listed.name === found?.name) continue;
      if (found !== undefined) return undefined;
      found = listed;
    }
    return found;
  }

  /**
   * `Los Monos`, `Los Cachiros`: a Spanish plural article (capitalized, right before the run) and a
   * capitalized plural name a criminal group, unless the words name a place (`Los Angeles`).
   */
  private articleGroup(doc: AnalyzedDocument, run: Run, blockFrom: number): OrgCandidate | undefined {
    const t = doc.tokens;
    // The article opens the run after leading function words (`The Los Monos gang`), or stands just before it.
    const inside = run.findIndex((i) => this.lex.groupArticles.has(t.text(i)));
    let article = run[0]! - 1;
    let words = run;
    if (inside >= 0) {
      if (!run.slice(0, inside).every((i) => this.lex.functionWords.has(t.key(i)))) return undefined;
      article = run[inside]!;
      words = run.slice(inside + 1);
    } else if (article < blockFrom || !this.lex.groupArticles.has(t.text(article))) return undefined;
    // `Los Zetas and Cartel members`: the group's name ends at a coordination.
    const and = words.findIndex((i) => this.lex.coordination.has(t.key(i)));
    if (and > 0) words = words.slice(0, and);
    const last = words[words.length - 1];
    if (last === undefined || words.length > 3 || !/s$/.test(t.key(last)) || words.some((i) => t.isUpper(i) || !t.isWord(i))) return undefined;
    const key = [article, ...words].map((i) => t.key(i)).join(" ");
    if (this.lex.articlePlaces.has(key)) return undefined;
    // `Las Fuerzas Armadas`, `Los Carabineros` opening a Spanish sentence: a state body's head (or a
    // listed body of another kind) after the article is no group's name; the article only opens the
    // sentence. (An English text borrows the article with the name: `the Los Kaibiles`.)
    if (doc.langAt(t.start(article)) !== "en") {
      const notGroup = (kind: OrganizationKind | "" | undefined) => kind !== undefined && kind !== "" && kind !== "criminal_group" && kind !== "armed_group";
      if (words.some((i) => notGroup(this.lex.heads.get(t.key(i))))) return undefined;
      if (notGroup(this.known.get(formKey(normalizeName(doc.text.slice(t.start(words[0]!), t.end(last)))))?.kind)) return undefined;
    }
    const start = t.start(article);
    const end = t.end(last);
    const name = normalizeName(doc.text.slice(start, end));
    const listed = this.known.get(formKey(name));
    if (listed) return { ...listed, start, end, rule: "name_pattern" };
    return { name, kind: "criminal_group", start, end, rule: "name_pattern" };
  }

  /** The organization names a run contains (none, one, or several when coordinated). */
  classify(doc: AnalyzedDocument, stats: CaseStats, input: Run): OrgCandidate[] {
    const run = this.trimTrailing(doc, this.trimTitle(doc, this.trimLeading(doc, stats, input)));
    if (run.length === 0 || this.contentWords(doc, run).length === 0) return [];
    const t = doc.tokens;
    if (this.lex.notOrganizations.has(runKey(doc, run))) return [];

    // `... Policy Director Ana Ruiz`: a person's title after a name, then capitalized words with no
    // head, is a person named by office; the name ends before the title.
    const person = this.titledPersonAt(doc, run);
    if (person > 0) return this.classify(doc, stats, run.slice(0, person));

    // A function word inside a run starts another phrase (`Office of` / `Each of the panels`).
    // A function word opening a country's name is none (`Government of El Salvador`), nor is one a
    // body written in capitals writes so (`JUSTICIA Y DERECHOS`).
    const capitals = this.isCapitalsBody(doc, run, this.contentWords(doc, run));
    for (let p = 1; p < run.length; p++) {
      if (isNameWord(doc, run[p]!) && this.lex.functionWords.has(t.key(run[p]!)) && !(capitals && t.isUpper(run[p]!)) && !opensCountryName(doc, run[p]!, run[run.length - 1]! + 1, this.countryForms)) {
        return [...this.classify(doc, stats, run.slice(0, p)), ...this.classify(doc, stats, run.slice(p))];
      }
    }

    // `Establishing a Personnel Recovery Unit`: in English an indefinite article after a name word opens another phrase.
    const indefinite = this.englishBreakAt(doc, run);
    if (indefinite > 0) return [...this.classify(doc, stats, run.slice(0, indefinite)), ...this.classify(doc, stats, run.slice(indefinite + 1))];

    // `Creando la Unidad ...`, `Inicia en Colombia la Operación ...`: a bare article between a word
    // and a head opens the body's name there (`Movimiento por la Paz` runs on: a preposition governs it).
    const opened = this.articledHeadAt(doc, run);
    if (opened > 0) return [...this.classify(doc, stats, run.slice(0, opened - 1)), ...this.classify(doc, stats, run.slice(opened))];

    // A document or event word ends the name before it (`UN Security Council Resolution`).
    // Opening the run, it names the event or document with all that depends on it (`Summit of
    // the Americas`, `Dia da Marinha`); after other words, what depends on it may be a name of
    // its own (`Mesa Directiva de la Cámara de Diputados` names the chamber).
    // Inside a name such a word is harmless (`Law Enforcement Affairs`).
    for (let p = 0; p < run.length; p++) {
      if (!(this.lex.nonOrg.has(t.key(run[p]!)) || this.isPlanOfAction(doc, run, p)) || !isNameWord(doc, run[p]!) || this.isNationalStanding(doc, run, p) || this.opensLongHead(doc, run, p)) continue;
      // An event word that is also a program's head opening its name (`Operation Fly Formula`)
      // names the program there; closing a name (`White House Operation`) it stays an event.
      // Inside a run it opens a name of its own (`White House Operation Allies Welcome`).
      const key = t.key(run[p]!);
      // `Plan Cuadrante` is a program, `Plan Nacional de Desarrollo` a document: a modifier after a
      // document head keeps it one (an event head's modifier is the operation's: `Operativo Conjunto Sinaloa`).
      const documentModifier = !this.lex.events.has(key) && p + 1 < run.length && this.lex.planModifiers.has(t.key(run[p + 1]!));
      if (this.lex.romanceHeads.has(key) && this.lex.heads.get(key) === "program" && p + 1 < run.length && t.isCapitalized(run[p + 1]!) && !documentModifier) {
        if (p === 0) continue;
        return [...this.classify(doc, stats, run.slice(0, p)), ...this.classify(doc, stats, run.slice(p))];
      }
      // `XXXI Reunión Ordinaria de ...`, `III Sesión Extraordinaria del ...`: a numbered event opens
      // the run as much as an unnumbered one, its own modifiers (`Ordinaria`) part of it.
      const numbered = p > 0 && run.slice(0, p).every((i) => ROMAN_NUMERAL.test(t.text(i)));
      let after = p + 1;
      if (numbered) while (after < run.length && isNameWord(doc, run[after]!) && !this.isConnector(doc, run[after]!) && !this.lex.heads.has(t.key(run[after]!))) after++;
      const next = run[after];
      const first = p === 0 || numbered;
      const last = next === undefined || !run.slice(after).some((i) => isNameWord(doc, i));
      if (!first && !last && !this.isConnector(doc, next!)) continue;
      // `Global Commission on Drug Policy`: a document word closing a head's `on`/`for` complement is its topic.
      if (!first && last && !this.lex.events.has(key) && run.slice(0, p).some((i, q) => q + 1 < p && this.lex.heads.has(t.key(i)) && this.lex.documentLinks.has(t.key(run[q + 1]!)))) continue;
      // What follows its connector is a body of its own when a head opens it (`... del Consejo Nacional`).
      if (numbered) {
        let body = after;
        while (body < run.length && (!isNameWord(doc, run[body]!) || this.isConnector(doc, run[body]!))) body++;
        return body < run.length && this.lex.heads.has(t.key(run[body]!)) ? this.classify(doc, stats, run.slice(body)) : [];
      }
      const left = this.classify(doc, stats, run.slice(0, p));
      const right = next !== undefined && (!first || !this.isConnector(doc, next)) ? this.classify(doc, stats, run.slice(after)) : [];
      return [...left, ...right];
    }

    // `Colombian Army and Navy` is two names; `Joint Intelligence and Operations Center` is one.
    for (let p = 1; p < run.length - 1; p++) {
      if (!this.lex.coordination.has(t.key(run[p]!))) continue;
      if (this.opensArticledBody(doc, run, p)) return [...this.classify(doc, stats, run.slice(0, p)), ...this.classify(doc, stats, run.slice(p + 1))];
      const left = this.core(doc, stats, run.slice(0, p));
      const right = this.core(doc, stats, run.slice(p + 1));
      // `PNP and Justice Ministry`: an acronym is never a modifier shared across `and`.
      // (A body written in capitals, `MINISTERIO DE JUSTICIA, SEGURIDAD Y DERECHOS HUMANOS`, has no acronyms.)
      const leftIsAcronyms = !capitals && this.contentWords(doc, run.slice(0, p)).every((i) => t.isUpper(i));
      if (right.length > 0 && leftIsAcronyms) return this.classify(doc, stats, run.slice(p + 1));
      // `Department of State and USAID`: nor is an acronym after `and` a word of the name before it.
      const rightIsAcronyms = !capitals && this.contentWords(doc, run.slice(p + 1)).every((i) => t.isUpper(i));
      if (left.length > 0 && rightIsAcronyms) return this.classify(doc, stats, run.slice(0, p));
      // `Venezuela and U.S. Southern Command`, `Colombia and Peruvian National Police`: a country
      // named on its own, or a national prefix opening the right conjunct, starts another phrase.
      const leftIsCountry = this.countryForms.has(runKey(doc, run.slice(0, p)));
      const rightIsNational = p + 1 < run.length && this.countryForms.has(t.key(run[p + 1]!));
      if (right.length > 0 && left.length === 0 && (leftIsCountry || rightIsNational)) return this.classify(doc, stats, run.slice(p + 1));
      // `Vice President Ana Ruiz and Environmental Protection Agency`: a titled person is no
      // modifier shared across `and`.
      if (right.length > 0 && this.titledPersonAt(doc, run.slice(0, p)) === 0) return this.classify(doc, stats, run.slice(p + 1));
      if (left.length > 0 && right.length > 0 && !this.coordinatesComplement(doc, run, p)) {
        return [...this.classify(doc, stats, run.slice(0, p)), ...this.classify(doc, stats, run.slice(p + 1))];
      }
      // `Poder Judicial y Gendarmería`: a listed body (the gazetteer's mention) and a body named
      // after `y`/`and` are two bodies, not one name.
      if (right.length > 0 && left.length === 0 && this.known.has(formKey(spanText(doc, run.slice(0, p))))) return this.classify(doc, stats, run.slice(p + 1));
      // `Zetas and Cartel members`: a bare head word after `and` shares nothing with a headless name.
      // `the President and Congress`: a word that names one body on its own (`standalone`) is that body all the same.
      const bareHead = p === run.length - 2 && this.lex.heads.has(t.key(run[p + 1]!)) && !this.lastHead(doc, run.slice(0, p));
      if (bareHead) return this.lex.standalone.has(t.key(run[p + 1]!)) ? this.classify(doc, stats, run.slice(p + 1)) : [];
    }
    return this.core(doc, stats, run);
  }

  /**
   * `Ejército y la Marina`, `Fiscalía y la Secretaría de Salud`: in Spanish and Portuguese a
   * coordination, an article and then a head word (`las Fiscalías` too) or a body named on its own start another body;
   * a name's own coordinated nouns take no head (`para la Cooperación y el Desarrollo`).
   */
  private opensArticledBody(doc: AnalyzedDocument, run: Run, and: number): boolean {
    const t = doc.tokens;
    if (doc.langAt(t.start(run[and]!)) === "en") return false;
    // `al Ministro de Defensa y a las Fuerzas Armadas`: a dative `a` may stand before the article.
    let k = and + 1;
    if (run[k] !== undefined && !t.isCapitalized(run[k]!) && this.lex.romanceDative.has(t.text(run[k]!).toLowerCase())) k++;
    const article = run[k];
    const word = run[k + 1];
    if (article === undefined || word === undefined) return false;
    if (!this.lex.romanceArticles.has(t.key(article)) || t.isCapitalized(article)) return false;
    if (this.lex.heads.has(t.key(word)) || this.lex.pluralHeads.has(t.key(word)) || this.lex.standalone.has(t.key(word)) || this.known.has(formKey(t.text(word)))) return true;
    // `el Ejército y la Marina`, `la Fuerza Aérea y la Marina`: after a body named bare (its head and
    // adjectives, no complement) or a listed body (`a Unasul e a Comunidade ...`), an article and a
    // capitalized word start another body, not the name's own coordinated noun (which hangs on a
    // complement: `para la Cooperación y el Desarrollo`).
    return t.isCapitalized(word) && (this.isBareBody(doc, run.slice(0, and)) || this.known.has(formKey(spanText(doc, run.slice(0, and)))));
  }

  /** `Ejército`, `Fuerza Aérea`, `Policía Nacional`: a head or standalone word and capitalized adjectives, no connector. */
  private isBareBody(doc: AnalyzedDocument, words: Run): boolean {
    const t = doc.tokens;
    const first = words[0];
    if (first === undefined || !(this.lex.heads.has(t.key(first)) || this.lex.standalone.has(t.key(first)))) return false;
    return words.every((i) => isNameWord(doc, i) && t.isCapitalized(i) && !t.isUpper(i) && !this.isConnector(doc, i));
  }

  /**
   * Where a titled person starts in the run (-1: none): a title word (`Director`, `President`)
   * right before a capitalized word that is neither a connector nor another title, with no head
   * word from there to the run's end (`General Assembly`, `Attorney General's Office` are names).
   * English paragraphs only.
   */
  private titledPersonAt(doc: AnalyzedDocument, run: Run): number {
    const t = doc.tokens;
    // The titles are English words (`Mayor` is a Spanish adjective: `Estado Mayor`).
    if (doc.langAt(t.start(run[0]!)) !== "en") return -1;
    for (let q = 0; q + 1 < run.length; q++) {
      if (!this.lex.titles.has(t.key(run[q]!)) || !isNameWord(doc, run[q]!)) continue;
      // `Office of Chief Counsel`, `Office of the Special Counsel`: a title in a head's `of` complement names the office, not a person.
      if (this.inHeadComplement(doc, run, q)) continue;
      const next = run[q + 1]!;
      if (!isNameWord(doc, next) || t.isUpper(next) || this.isConnector(doc, next) || this.lex.titles.has(t.key(next))) continue;
      if (run.slice(q + 1).some((i) => !isNameWord(doc, i) || this.isConnector(doc, i) || this.headish(t.keyId(i)) === 1)) continue;
      // `Vice President Ana Ruiz`: the person starts at the first of the titles.
      while (q > 0 && this.lex.titles.has(t.key(run[q - 1]!))) q--;
      return q;
    }
    return -1;
  }

  /** Where a lower-case `englishBreaks` word follows a verb's -ing form in a run, in an English paragraph (0: nowhere). */
  private englishBreakAt(doc: AnalyzedDocument, run: Run): number {
    const t = doc.tokens;
    if (this.lex.englishBreaks.size === 0 || doc.langAt(t.start(run[0]!)) !== "en") return 0;
    for (let p = 1; p + 1 < run.length; p++) {
      const word = run[p]!;
      if (t.isCapitalized(word) || !this.lex.englishBreaks.has(t.key(word))) continue;
      // Only after a verb's -ing form (`Establishing`, `Creating`): a short Portuguese sentence may read as English, and its `a` joins a name.
      const before = run[p - 1]!;
      if (isNameWord(doc, before) && !this.isConnector(doc, before) && /ing$/.test(t.key(before))) return p;
    }
    return 0;
  }

  /** Whether run[q] follows a head and its `of` (an article between allowed): `Office of (the) Chief …`. */
  private inHeadComplement(doc: AnalyzedDocument, run: Run, q: number): boolean {
    const t = doc.tokens;
    let k = q - 1;
    if (k >= 0 && this.lex.afterOf.has(t.key(run[k]!)) && !t.isCapitalized(run[k]!)) k--;
    return k >= 1 && t.key(run[k]!) === "of" && this.lex.heads.has(t.key(run[k - 1]!));
  }

  /**
   * `Department of Health and Human Services`, `Centers for Medicare and Medicaid Services`: after
   * a head and its `of`/`for` complement, `and` coordinates the complement's nouns when the right
   * conjunct is no body of its own: not listed, not opened by a head, a country or an acronym, and
   * ending, if in a head at all, in a plural one of government (`Services`, not `Council`).
   */
  private coordinatesComplement(doc: AnalyzedDocument, run: Run, and: number): boolean {
    const t = doc.tokens;
    const left = run.slice(0, and);
    const right = run.slice(and + 1);
    const opensComplement = left.some((i, k) => k + 1 < left.length && this.lex.heads.has(t.key(i)) && this.lex.complement.has(t.key(left[k + 1]!)));
    if (!opensComplement) return false;
    if (doc.langAt(t.start(run[0]!)) !== "en") return this.continuesRomanceComplement(doc, right);
    const first = this.contentWords(doc, right)[0];
    if (first === undefined || t.isUpper(first) || this.lex.heads.has(t.key(first)) || this.countryForms.has(t.key(first))) return false;
    if (this.known.has(formKey(spanText(doc, right)))) return false;
    const head = this.lastHead(doc, right);
    return head === undefined || (head.kind === "government" && /s$/.test(t.key(right[head.last]!)));
  }

  /**
   * `Secretaría de Seguridad y Protección Ciudadana y de la Guardia Nacional`: a Spanish or
   * Portuguese name opens with its head, so a right conjunct whose first word opens no body (no
   * head, standalone word, listed body, country or acronym) is one more noun of the complement,
   * even when a body is named further on after another coordination, whose own `y de la` splits
   * it off. With no coordination after it, the body named in the conjunct stays apart as before.
   */
  private continuesRomanceComplement(doc: AnalyzedDocument, right: Run): boolean {
    const t = doc.tokens;
    const first = right[0];
    if (first === undefined || !isNameWord(doc, first) || !t.isCapitalized(first) || t.isUpper(first)) return false;
    if (!right.some((i, k) => k > 0 && this.lex.coordination.has(t.key(i)))) return false;
    const key = t.key(first);
    if (this.lex.heads.has(key) || this.lex.pluralHeads.has(key) || this.lex.standalone.has(key) || this.countryForms.has(key)) return false;
    return !this.known.has(formKey(t.text(first)));
  }

  /** Head-based recognition of one run with no event word and no split coordination. */
  private core(doc: AnalyzedDocument, stats: CaseStats, run: Run): OrgCandidate[] {
    const t = doc.tokens;
    const content = this.contentWords(doc, run);
    // Acronym rows are another source's job; a body a bulletin writes in capitals is this one's.
    if (content.length === 0 || (content.every((i) => t.isUpper(i)) && !this.isCapitalsBody(doc, run, content))) return [];
    // `la Tercera Brigada del Ejército Nacional`: in Spanish a unit and the service after its link are two names.
    const parent = this.unitParentSplit(doc, run);
    if (parent) return [...this.core(doc, stats, run.slice(0, parent[0])), ...this.core(doc, stats, run.slice(parent[1]))];
    // Spanish and Portuguese names open with their head; what follows belongs to it
    // (`Comando de Operaciones Especiales del Ejército`, `Fuerza Interagencial de Respuesta Costera`).
    const opener = this.romanceOpener(doc, run, content[0]!);
    const firstHead = opener === undefined ? undefined : this.lex.heads.get(opener);
    if (content.length > 1 && opener !== undefined && this.lex.romanceHeads.has(opener) && firstHead !== undefined) {
      const opening = run.indexOf(content[0]!);
      const next = this.nextLineBody(doc, run, opening + 2);
      if (next > 0) return [...this.core(doc, stats, run.slice(0, next)), ...this.core(doc, stats, run.slice(next))];
      const split = this.romancePluralCoordination(doc, run.slice(opening), firstHead);
      if (split) return split;
      const found = this.candidate(doc, run.slice(opening), firstHead);
      const ordinal = opening === 0 && !this.known.has(formKey(found.name)) ? this.ordinalBefore(doc, run[0]!) : undefined;
      // The number is part of the body's name: the 12th court is not the 13th.
      const numbered = this.withSignedNumber(doc, found);
      if (ordinal === undefined) return [numbered];
      return [{ ...numbered, start: ordinal, name: normalizeName(doc.text.slice(ordinal, numbered.end)) }];
    }
    // `el subsecretario de Derechos Humanos de la Secretaría de Gobernación`: after a person's title
    // and its connector, the words before the first head are the office's portfolio, not a body.
    const portfolioEnd = this.titlePortfolioEnd(doc, run);
    if (portfolioEnd > 0) return this.core(doc, stats, run.slice(portfolioEnd));
    // `Informe diario sobre COVID-19 en México` / `Presidencia de la República`: a title line that
    // no head opens, then its byline; the byline's body starts its own name.
    const byline = this.nextLineBody(doc, run, 1);
    if (byline > 0) return [...this.core(doc, stats, run.slice(0, byline)), ...this.core(doc, stats, run.slice(byline))];
    const head = this.lastHead(doc, run);
    if (!head) {
      const only = content[0]!;
      if (content.length === 1 && run.length === 1 && this.isStandalone(doc, only) && (!stats.sentenceInitial.has(only) || capitalizedInsideToo(doc, stats, only))) {
        return [this.candidate(doc, run, this.lex.heads.get(t.key(only)))];
      }
      return [];
    }
    const after = run[head.last + 1];
    const topic = after !== undefined && this.lex.topicLinks.has(t.key(after)) && (this.lex.topicHeads.has(run.slice(head.first, head.last + 1).map((i) => t.key(i)).join(" ")) || this.namesTopic(doc, run, head.last));
    if (after !== undefined && (this.lex.complement.has(t.key(after)) || topic)) {
      // `Ministry of Defense`, `Bureau of International Narcotics and Law Enforcement Affairs`
      const split = this.pluralCoordination(doc, run, head.first, head.kind);
      if (split) return split;
      return [this.candidate(doc, run, head.kind)];
    }
    // `Global Coalition to Address Synthetic Drug Threats`: a capitalized purpose clause after `to`
    // belongs to the name; a place after it does not (`the Task Force to Mexico City`).
    if (after !== undefined && t.key(after) === "to" && this.namesPurpose(doc, run.slice(head.last + 2))) {
      return [this.candidate(doc, run, head.kind)];
    }
    // `Establishment of the National ... Force`: an `of` phrase not opened by a head is no part of the name.
    for (let p = head.first - 1; p > 0; p--) {
      if (this.lex.complement.has(t.key(run[p]!)) && !this.lex.heads.has(t.key(run[p - 1]!))) {
        return this.core(doc, stats, this.trimLeading(doc, stats, run.slice(p + 1)));
      }
    }
    let end = head.last + 1;
    while (end < run.length && (this.lex.suffixes.has(t.key(run[end]!)) || t.text(run[end]!) === "-" || isJoinedToPrevious(doc, run, end))) end++;
    const name = run.slice(0, end);
    const rest = run.slice(end);
    const found: OrgCandidate[] = [];
    const nameWords = this.contentWords(doc, name);
    const single = nameWords.length === 1;
    if (!single || (this.isStandalone(doc, nameWords[0]!) && (!stats.sentenceInitial.has(nameWords[0]!) || capitalizedInsideToo(doc, stats, nameWords[0]!)))) {
      found.push(this.candidate(doc, name, head.kind));
    } else {
      const numbered = this.withBareNumber(doc, name, head.kind);
      if (numbered) found.push(numbered);
    }
    if (rest.length > 0) found.push(...this.classify(doc, stats, rest));
    return found;
  }

  /**
   * In a Spanish paragraph, a run a unit's head opens (first or second word: `Tercera Brigada`)
   * that goes on with a link and a national service (`del Ejército`, `de la Policía`): where the
   * link starts and where the service starts (org-patterns.json es `unitParents`).
   */
  private unitParentSplit(doc: AnalyzedDocument, run: Run): [number, number] | undefined {
    const { units, links, parents } = this.lex.unitParents;
    const t = doc.tokens;
    if (units.size === 0 || doc.langAt(t.start(run[0]!)) !== "es") return undefined;
    const unit = run.slice(0, 2).findIndex((i) => units.has(t.key(i)) && t.isCapitalized(i));
    if (unit < 0) return undefined;
    const wordsAt = (p: number, words: readonly string[]) => p + words.length <= run.length && words.every((w, k) => t.key(run[p + k]!) === w);
    for (let q = unit + 1; q + 1 < run.length; q++) {
      for (const link of links) {
        if (t.isCapitalized(run[q]!) || !wordsAt(q, link)) continue;
        const p = q + link.length;
        if (p < run.length && t.isCapitalized(run[p]!) && parents.some((words) => wordsAt(p, words))) return [q, p];
      }
    }
    return undefined;
  }

  /**
   * `Frente 33`, `Brigada 17`: a Spanish or Portuguese head of a `bareNumberKinds` kind written
   * alone, then a bare number of one to three digits after one space, names the numbered unit.
   */
  private withBareNumber(doc: AnalyzedDocument, name: Run, kind: OrganizationKind | "" | undefined): OrgCandidate | undefined {
    const t = doc.tokens;
    const last = name[name.length - 1]!;
    const number = last + 1;
    if (!kind || !this.lex.bareNumberKinds.has(kind) || number >= t.count || !this.lex.romanceHeads.has(t.key(last)) || doc.langAt(t.start(last)) === "en") return undefined;
    if (!/^[0-9]{1,3}$/.test(t.text(number)) || doc.text.slice(t.end(last), t.start(number)) !== " ") return undefined;
    const found = this.candidate(doc, name, kind);
    return { ...found, end: t.end(number), name: normalizeName(doc.text.slice(found.start, t.end(number))) };
  }

  /**
   * `Regimiento Quito Número 2`, `Batallón de Infantería Nº 14`: a name that a number sign closes
   * (or that stops inside one, `Nº` read as `N`) runs on to the number after the sign, on its line.
   */
  private withSignedNumber(doc: AnalyzedDocument, found: OrgCandidate): OrgCandidate {
    // The sign starts inside the name's last word or right after it: look back one word at most.
    const from = doc.text.lastIndexOf(" ", found.end - 1);
    for (const at of from > found.start ? [from, found.end] : [found.end]) {
      this.signedNumber.lastIndex = at;
      const m = this.signedNumber.exec(doc.text);
      if (m && at + m[0].length > found.end) {
        const end = at + m[0].length;
        return { ...found, end, name: normalizeName(doc.text.slice(found.start, end)) };
      }
    }
    // A sign with no unit number after it (`Fiscalía de Aguas No. 12/2020`, a file's number) is no word of the name.
    this.numberSign.lastIndex = from;
    const sign = from > found.start ? this.numberSign.exec(doc.text) : null;
    if (sign && from + sign[0].length >= found.end) return { ...found, end: from, name: normalizeName(doc.text.slice(found.start, from)) };
    return found;
  }

  /**
   * Where the ordinal number right before a Romance head starts (`4ª Vara Federal`, `23a Vara`,
   * `2° Sala`): digits and an ordinal mark, written together and against the head's line.
   */
  private ordinalBefore(doc: AnalyzedDocument, head: number): number | undefined {
    const t = doc.tokens;
    const mark = head - 1;
    const digits = head - 2;
    if (digits < 0 || !this.lex.ordinalMarks.has(t.text(mark)) || !/^[0-9]{1,3}$/.test(t.text(digits))) return undefined;
    if (t.end(digits) !== t.start(mark) || /\n/.test(doc.text.slice(t.end(mark), t.start(head)))) return undefined;
    return t.start(digits);
  }

  /**
   * `Programme of Action`, `Programa de Acción`: a program head whose complement (after `of`, `de`)
   * makes it a plan, a document word; `Partnership for Action` is a body.
   */
  private isPlanOfAction(doc: AnalyzedDocument, run: Run, p: number): boolean {
    const t = doc.tokens;
    const link = run[p + 1];
    const complement = run[p + 2];
    return this.lex.heads.get(t.key(run[p]!)) === "program" && link !== undefined && complement !== undefined && this.isPartOf(t.key(link)) && this.lex.planComplements.has(t.key(complement));
  }

  /** `Panel of Experts on Haiti`: an event word (`Panel`) that opens a multi-word head is that head's. */
  private opensLongHead(doc: AnalyzedDocument, run: Run, p: number): boolean {
    for (let n = Math.min(this.lex.maxHeadWords, run.length - p); n >= 2; n--) {
      if (this.lex.heads.has(run.slice(p, p + n).map((i) => doc.tokens.key(i)).join(" "))) return true;
    }
    return false;
  }

  /** `Brazilian Forum ...`, `Fórum Nacional ...`: an event word that heads a national standing body. */
  private isNationalStanding(doc: AnalyzedDocument, run: Run, p: number): boolean {
    const t = doc.tokens;
    if (!this.lex.standingWhenNational.has(t.key(run[p]!))) return false;
    const before = run[p - 1];
    const after = run[p + 1];
    return (before !== undefined && this.countryForms.has(t.key(before))) || (after !== undefined && this.lex.nationalWords.has(t.key(after)));
  }

  /**
   * `Pulitzer Center on Crisis Reporting`, `Committee on Foreign Relations`: after a head of more than
   * a word alone (`the Senate on ...` is the Senate doing something), `on` and two or more name words,
   * no country among them and no acronym, say what the body studies (`the Committee on Monday` is one word, a date).
   */
  private namesTopic(doc: AnalyzedDocument, run: Run, headLast: number): boolean {
    const t = doc.tokens;
    if (doc.langAt(t.start(run[0]!)) !== "en") return false;
    const before = this.contentWords(doc, run.slice(0, headLast + 1));
    if (before.length === 1 && this.lex.standalone.has(t.key(before[0]!))) return false;
    const words = run.slice(headLast + 2);
    if (words.some((i) => !isNameWord(doc, i) && !this.isConnector(doc, i))) return false;
    const content = this.contentWords(doc, words);
    // `Committee on the Judiciary`: after a committee's `on the` one name word is its topic.
    // `Committee on Appropriations`: so is one after its `on`, unless a calendar word (`the Committee on Monday`).
    const committee = this.lex.topicArticleHeads.has(t.key(run[headLast]!)) && !content.some((i) => this.lex.notCoordinatedCompanies.has(t.key(i)));
    const least = committee ? 1 : 2;
    return content.length >= least && !content.some((i) => t.isUpper(i) || this.countryForms.has(t.key(i)));
  }

  /** Two or more name words after `to`, opened by one that is no country and no acronym (a verb: `Address`, `Combat`). */
  private namesPurpose(doc: AnalyzedDocument, words: Run): boolean {
    const t = doc.tokens;
    const first = words[0];
    if (first === undefined || !isNameWord(doc, first) || t.isUpper(first) || this.countryForms.has(t.key(first))) return false;
    if (this.known.has(formKey(spanText(doc, words.slice(0, 2))))) return false;
    return this.contentWords(doc, words).length >= 2;
  }

  /**
   * `Departments of Homeland Security and State`: one name per conjunct, head made singular. A
   * national prefix is shared too (`Ecuadorian Ministries of Defense and Interior`).
   */
  private pluralCoordination(doc: AnalyzedDocument, run: Run, headAt: number, kind: OrganizationKind | "" | undefined): OrgCandidate[] | undefined {
    const t = doc.tokens;
    const singular = this.lex.pluralHeads.get(t.key(run[headAt]!));
    if (!singular || (headAt !== 0 && !this.countryForms.has(runKey(doc, run.slice(0, headAt))))) return undefined;
    const and = run.findIndex((i, p) => p > headAt + 1 && this.lex.coordination.has(t.key(i)));
    if (and < 0) return undefined;
    const first = run.slice(0, and);
    const second = run.slice(and + 1);
    const prefix = headAt > 0 ? `${spanText(doc, run.slice(0, headAt))} ` : "";
    const firstName = `${prefix}${singular} ${normalizeName(doc.text.slice(t.end(run[headAt]!), t.end(first[first.length - 1]!)))}`;
    const connector = t.text(run[headAt + 1]!);
    const secondName = `${prefix}${singular} ${connector} ${spanText(doc, second)}`;
    return [this.candidate(doc, first, kind, firstName), this.candidate(doc, second, kind, secondName)];
  }

  /**
   * Where the body starts in a Spanish or Portuguese run that follows a lower-case person's title
   * and its connector (`director general de` `Epidemiología de la Secretaría de Salud`,
   * `secretario de` `Hacienda del Gobierno de México`): at the run's first capitalized Romance head
   * after a connector; -1 when no head follows one, or the run does not follow a title.
   */
  private titlePortfolioEnd(doc: AnalyzedDocument, run: Run): number {
    const t = doc.tokens;
    const first = run[0]!;
    if (first < 2 || doc.langAt(t.start(first)) === "en") return -1;
    const link = first - 1;
    // `secretário especial de`: a title may take one adjective in lower case before its connector.
    const modified = first >= 3 && !this.lex.titles.has(t.key(first - 2)) && t.isWord(first - 2) && !t.isCapitalized(first - 2) && !t.isUpper(first - 2);
    const title = modified ? first - 3 : first - 2;
    if (!this.lex.complement.has(t.key(link)) || !t.isWord(title) || !this.lex.titles.has(t.key(title)) || t.isCapitalized(title)) return -1;
    // The portfolio ends at a connector (`de la`, `y del`): `Tercer Comando Conjunto` opens with an ordinal, no portfolio.
    for (let p = 2; p < run.length; p++) if (this.lex.romanceHeads.has(t.key(run[p]!)) && t.isCapitalized(run[p]!) && this.isConnector(doc, run[p - 1]!)) return p;
    return -1;
  }

  /**
   * `Consejo Nacional de Seguridad Pública` / `Presidencia de la República` on the next line (a
   * title and its byline): a head opening a line, after a name word and before its own connector,
   * opens another body. Where a name wraps, the line breaks after a connector (`Corte Suprema de` /
   * `Justicia`) or before a modifier. The run index of that head (from `from` on), or -1.
   */
  private nextLineBody(doc: AnalyzedDocument, run: Run, from: number): number {
    const t = doc.tokens;
    for (let p = Math.max(1, from); p < run.length - 1; p++) {
      const word = run[p]!;
      if (!this.lex.romanceHeads.has(t.key(word)) || !t.isCapitalized(word) || !this.lex.complement.has(t.key(run[p + 1]!))) continue;
      const before = run[p - 1]!;
      if (!isNameWord(doc, before) || this.isConnector(doc, before)) continue;
      if (doc.rawText(t.end(before), t.start(word)).includes("\n")) return p;
    }
    return -1;
  }

  /**
   * The folded Spanish or Portuguese head a name opens with: the word itself, or a plural head's
   * singular when a complement follows it (`Delegacias de Repressão`); a plural before an
   * adjective is a class of bodies (`Tribunais Superiores`), no name.
   */
  /**
   * `del MINISTERIO DE DEFENSA`: Argentina's official bulletin, and other Spanish and Portuguese
   * documents in ordinary case, write bodies' names in capitals. A run in capitals opened by a head
   * and linking a complement (`DE`), in a Spanish or Portuguese paragraph of ordinary case (a
   * paragraph in capitals is read through its re-cased copy), is such a name, not a row of acronyms.
   */
  private isCapitalsBody(doc: AnalyzedDocument, run: Run, content: readonly number[]): boolean {
    const t = doc.tokens;
    const at = t.start(run[0]!);
    if (content.length < 2 || doc.langAt(at) === "en" || doc.writingAt(at).upper === true || !this.lex.romanceHeads.has(t.key(content[0]!))) return false;
    if (run[0] !== content[0] || !content.every((i) => t.isUpper(i)) || !run.some((i) => this.lex.complement.has(t.key(i)))) return false;
    // Not after a word in capitals (a few tokens back at most: `Jurisdicción 40 - MINISTERIO` is
    // after prose): a running head in capitals (`GABINETE DO DESEMBARGADOR ...` under the court's name) is none.
    for (let k = run[0]! - 1; k >= 0 && k >= run[0]! - 4; k--) if (t.isWord(k)) return !/^\p{Lu}{2,}$/u.test(t.text(k));
    return true;
  }

  private romanceOpener(doc: AnalyzedDocument, run: Run, word: number): string | undefined {
    const t = doc.tokens;
    const singular = this.lex.pluralHeadsWritten.get(t.text(word).toLowerCase().normalize("NFC"));
    if (singular === undefined || this.lex.heads.has(t.key(word))) return t.key(word);
    const next = run[run.indexOf(word) + 1];
    return next !== undefined && this.lex.complement.has(t.key(next)) ? foldKey(singular) : undefined;
  }

  /**
   * `Secretarías de la Defensa Nacional y de Marina`: a plural Spanish or Portuguese head whose
   * complement is repeated after `y`/`e` with its own connector names one body per complement, the
   * head made singular; the second is written by its complement alone (`Marina`). Without the
   * repeated connector the `y` is inside one name (`Secretarías de Seguridad y Protección`).
   */
  private romancePluralCoordination(doc: AnalyzedDocument, run: Run, kind: OrganizationKind | "" | undefined): OrgCandidate[] | undefined {
    const t = doc.tokens;
    const singular = this.lex.pluralHeadsWritten.get(t.text(run[0]!).toLowerCase().normalize("NFC"));
    if (!singular) return undefined;
    const and = run.findIndex((i, p) => p > 1 && this.lex.coordination.has(t.key(i)) && run[p + 1] !== undefined && this.lex.romanceConnectors.has(t.key(run[p + 1]!)));
    if (and < 0) return undefined;
    let body = and + 2;
    while (body < run.length && this.lex.romanceArticles.has(t.key(run[body]!))) body++;
    const first = run.slice(0, and);
    const second = run.slice(body);
    if (second.length === 0 || !isNameWord(doc, second[0]!)) return undefined;
    const firstName = `${singular} ${normalizeName(doc.text.slice(t.end(run[0]!), t.end(first[first.length - 1]!)))}`;
    const secondName = `${singular} ${normalizeName(doc.text.slice(t.start(run[and + 1]!), t.end(second[second.length - 1]!)))}`;
    return [this.candidate(doc, first, kind, firstName), this.candidate(doc, second, kind, secondName)];
  }

  /**
   * A listed standalone word, written unaccented or with its own accents: `Polícia` (Portuguese,
   * any of a state's police forces) is not the Spanish `Policía` that names the national one.
   */
  private isStandalone(doc: AnalyzedDocument, token: number): boolean {
    const t = doc.tokens;
    if (!this.lex.standalone.has(t.key(token))) return false;
    // Composed (NFC), as the list is: a text may write `í` as `i` and a combining accent.
    const written = t.text(token).toLowerCase().normalize("NFC");
    return foldKey(written) === written || this.lex.standaloneSpellings.has(written);
  }

  private candidate(doc: AnalyzedDocument, run: Run, headKind: OrganizationKind | "" | undefined, builtName?: string): OrgCandidate {
    const t = doc.tokens;
    const start = t.start(run[0]!);
    const end = t.end(run[run.length - 1]!);
    const name = builtName ?? normalizeName(doc.text.slice(start, end));
    const known = this.known.get(formKey(name));
    if (known) return { ...known, start, end, rule: "name_pattern" };
    const candidate: OrgCandidate = { start, end, name, rule: "name_pattern" };
    const kind = this.refineKind(doc, run, headKind || undefined);
    if (kind) candidate.kind = kind;
    return candidate;
  }

  private refineKind(doc: AnalyzedDocument, run: Run, kind: OrganizationKind | undefined): OrganizationKind | undefined {
    const keys = run.map((i) => doc.tokens.key(i));
    if (keys.some((k) => this.lex.academicWords.has(k))) return "academic";
    if (kind === "military" && keys.some((k) => this.lex.armedModifiers.has(k))) return "armed_group";
    return kind;
  }

  /** The last head word (or multi-word head) of the run, by position in the run. */
  private lastHead(doc: AnalyzedDocument, run: Run): { first: number; last: number; kind: OrganizationKind | "" } | undefined {
    const t = doc.tokens;
    for (let last = run.length - 1; last >= 0; last--) {
      // No head ends in a word that is no head's last word (`headish` holds every such word): no phrase to build.
      if (!isNameWord(doc, run[last]!) || this.headish(t.keyId(run[last]!)) === 0) continue;
      for (let n = Math.min(this.lex.maxHeadWords, last + 1); n >= 1; n--) {
        const words = run.slice(last - n + 1, last + 1).map((i) => withoutHyphenSuffix(t.key(i))).join(" ");
        const kind = this.lex.heads.get(words);
        if (kind !== undefined) return { first: last - n + 1, last, kind };
      }
    }
    return undefined;
  }

  /** Drop what only looks like the start of a name: `The`, `Establishing`, connectors. */
  private trimLeading(doc: AnalyzedDocument, stats: CaseStats, run: Run): Run {
    const t = doc.tokens;
    let s = 0;
    while (s < run.length) {
      const i = run[s]!;
      // `Los Angeles Police Department`: an article that opens a place's own name is that name's word.
      if (s + 1 < run.length && this.lex.articlePlaces.has(formKey(`${t.text(i)} ${t.text(run[s + 1]!)}`))) break;
      if (this.isConnector(doc, i) || t.text(i) === "-" || this.lex.functionWords.has(t.key(i)) || (this.lex.nameOpeners.has(t.key(i)) && stats.sentenceInitial.has(i)) || capitalizedOnlyByPosition(doc, stats, i) || this.isOpeningGerund(doc, stats, i) || this.isPluralBeforeHead(doc, stats, i) || this.isWordBeforeHeadComplement(doc, stats, i)) s++;
      else break;
    }
    return run.slice(s);
  }

  /**
   * Where a Spanish or Portuguese head opened by a bare article starts (0: none): a lower-case
   * article (not Portuguese `a`, a preposition as often) right after a name word, no connector, and
   * right before a capitalized Romance head.
   */
  private articledHeadAt(doc: AnalyzedDocument, run: Run): number {
    const t = doc.tokens;
    const lang = doc.langAt(t.start(run[0]!));
    if (lang !== "es" && lang !== "pt") return 0;
    for (let p = 1; p + 1 < run.length; p++) {
      const article = run[p]!;
      if (t.isCapitalized(article) || !this.lex.bareArticles[lang].has(t.key(article))) continue;
      const before = run[p - 1]!;
      const head = run[p + 1]!;
      if (!isNameWord(doc, before) || this.isConnector(doc, before) || !t.isCapitalized(head)) continue;
      if (this.lex.romanceHeads.has(t.key(head)) || this.lex.pluralHeads.has(t.key(head))) return p + 1;
    }
    return 0;
  }

  /**
   * `Creación del Departamento ...`, `Abogados del Centro ...`: a sentence-initial Spanish or
   * Portuguese word that is no head, a plural or an action noun (`-ción`, `-miento`), before `de`
   * and a capitalized Romance head is the sentence's word, not the body's: names open with their head.
   */
  private isWordBeforeHeadComplement(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
    const t = doc.tokens;
    if (!stats.sentenceInitial.has(i) || i + 2 >= t.count || doc.langAt(t.start(i)) === "en") return false;
    const word = t.key(i);
    if (this.lex.heads.has(word) || this.lex.standalone.has(word) || this.lex.pluralHeads.has(word) || !/(?:\p{L}{3,}s|cion|cao|miento|mento)$/u.test(word)) return false;
    if (!this.lex.complement.has(t.key(i + 1)) || t.isCapitalized(i + 1)) return false;
    let head = i + 2;
    while (head < t.count && this.lex.romanceArticles.has(t.key(head)) && !t.isCapitalized(head)) head++;
    return head < t.count && t.isCapitalized(head) && this.lex.romanceHeads.has(t.key(head));
  }

  /**
   * `Establishing Joint Task Force-Bravo ...`, `Supporting the ...`: a sentence-initial -ing
   * word right before another name word is a verb, not the first word of a name.
   */
  private isOpeningGerund(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
    const t = doc.tokens;
    if (!stats.sentenceInitial.has(i) || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(t.text(i)) || this.lex.heads.has(t.key(i))) return false;
    // `Training and Doctrine Command`: a gerund joined to the next word by a connector is a name word.
    return i + 1 < t.count && !this.isConnector(doc, i + 1);
  }

  /**
   * `| Ataques Fuerza Pública |`, `Acciones Policía Nacional ...`: Spanish and Portuguese names
   * open with their head, and a modifier before a head agrees with it in number; so a plural
   * word opening a sentence or a table cell right before a singular head is not part of the name.
   */
  private isPluralBeforeHead(doc: AnalyzedDocument, stats: CaseStats, i: number): boolean {
    const t = doc.tokens;
    if (!stats.sentenceInitial.has(i) || i + 1 >= t.count || doc.langAt(t.start(i)) === "en") return false;
    const word = t.key(i);
    const next = t.key(i + 1);
    if (this.lex.heads.has(word) || !this.lex.romanceHeads.has(next) || !t.isCapitalized(i + 1)) return false;
    return /\p{L}{3,}s$/u.test(word) && !next.endsWith("s");
  }

  private trimTrailing(doc: AnalyzedDocument, run: Run): Run {
    let e = run.length;
    while (e > 0 && (this.isConnector(doc, run[e - 1]!) || doc.tokens.text(run[e - 1]!) === "-")) e--;
    return run.slice(0, e);
  }

  /** `Chief of the Joint Staff` -> `Joint Staff`: a person's title is not the organization. */
  private trimTitle(doc: AnalyzedDocument, run: Run): Run {
    const t = doc.tokens;
    let s = 0;
    while (s < run.length && this.lex.titles.has(t.key(run[s]!))) s++;
    if (s === 0 || s >= run.length || !this.lex.complement.has(t.key(run[s]!))) return run;
    s++;
    // `comandante en Jefe de la Armada`: a Spanish or Portuguese article after the title's `de` goes with it, as `the` does.
    while (s < run.length && (this.lex.afterOf.has(t.key(run[s]!)) || (this.lex.romanceArticles.has(t.key(run[s]!)) && !t.isCapitalized(run[s]!) && doc.langAt(t.start(run[s]!)) !== "en"))) s++;
    return run.slice(s);
  }

  /** `Centro Penal de Valle Alto`, `Northside Detention Center`: a place where people are held, not a body. */
  private isFacility(doc: AnalyzedDocument, c: OrgCandidate): boolean {
    const t = doc.tokens;
    const span: number[] = [];
    for (let i = t.firstFrom(c.start); i < t.count && t.start(i) < c.end; i++) span.push(i);
    const content = this.contentWords(doc, span);
    if (content.length < 2) return false;
    const key = (k: number) => t.key(content[k]!);
    const last = content.length - 1;
    return (this.lex.facilityHeads.has(key(0)) && this.lex.facilityWords.has(key(1))) || (this.lex.facilityHeads.has(key(last)) && this.lex.facilityWords.has(key(last - 1)));
  }

  private isPartOf(key: string): boolean {
    return this.lex.romancePartOf.has(key) || this.lex.englishPartOf.has(key);
  }

  private isConnector(doc: AnalyzedDocument, i: number): boolean {
    const key = doc.tokens.key(i);
    return this.lex.inner.has(key) || this.lex.coordination.has(key) || this.lex.afterOf.has(key);
  }

  private contentWords(doc: AnalyzedDocument, run: Run): number[] {
    return run.filter((i) => isNameWord(doc, i) && !this.isConnector(doc, i));
  }
}

/** The run's folded key from the document's own tokens (what `formKey` gives for its text). */
function runKey(doc: AnalyzedDocument, run: Run): string {
  let key = "";
  for (let i = run[0]!; i <= run[run.length - 1]!; i++) key += (key ? " " : "") + doc.tokens.key(i);
  return key;
}

function spanText(doc: AnalyzedDocument, run: Run): string {
  return normalizeName(doc.text.slice(doc.tokens.start(run[0]!), doc.tokens.end(run[run.length - 1]!)));
}

/** A token glued to the one before it by a hyphen (`Force-` `South`, `Force-4`). */
function isJoinedToPrevious(doc: AnalyzedDocument, run: Run, p: number): boolean {
  const prev = run[p - 1];
  return prev !== undefined && doc.tokens.text(prev) === "-";
}

/** A Roman numeral that numbers what follows it (`XXXI`, `III`). */
const ROMAN_NUMERAL = /^(?=[IVXLC])C?(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** The first of `hits` (ascending) at or after `from`. */
function firstHitFrom(hits: Int32Array, from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
