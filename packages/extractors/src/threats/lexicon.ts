import { foldKey, keyIdMemo, LayeredMatcher, LayeredTable, PhraseMatcher, StringTable, type CasePolicy, type PhraseEntry, type PhraseMatching, type ReadonlyTable } from "@procmine/core";
import { functionWords } from "../function-words.js";
import { slotLists, taxonomyFile, type Taxonomy, type ThreatCategory } from "./taxonomy.js";
import {
  agentForms,
  expandSlots,
  headIndex,
  isActivity,
  nounForms,
  pluralWord,
  prefixed,
  romanceForms,
  romancePluralWord,
  portuguesePluralWord,
  spellings,
  verbAgentForms,
  romanceVerbForms,
  verbForms,
} from "./variants.js";

/** How a lexicon entry came to be, most specific last; it becomes the mention's `rule`. */
export type EntrySource = "term" | "actor" | "acronym" | "verb" | "attributive" | "counter_compound";

/** What a matched phrase means. */
export interface ThreatValue {
  category: ThreatCategory;
  iccs: string | undefined;
  /** A threat by itself; otherwise only with a head from `heads` (`criminal` + `groups`). */
  standalone: boolean;
  /** Head groups it may take on its right (`actor`, `member`, ...). */
  heads: ReadonlySet<string>;
  source: EntrySource;
  /**
   * Counter compounds: `whole` keeps the compound (`counterterrorism`), `trim` drops the prefix
   * (`money laundering` in `anti-money laundering`), `spaced` is a prefix written apart
   * (`counter narcotics`), kept whole unless it reads as a verb (`to counter terrorism`).
   */
  counter?: "whole" | "trim" | "spaced";
  /** A researcher's own term (`--data`): where it collides with a built-in phrase, it wins. */
  pinned?: boolean;
  /**
   * The Romance languages whose lists give the phrase; none: every language. A phrase of one
   * language's list is not read in the other's paragraphs (false friends: `propina` is a bribe in
   * Portuguese, a tip in Spanish); English paragraphs read both (loanwords: `sicarios`).
   */
  langs?: ReadonlySet<RomanceLanguage>;
}

export type RomanceLanguage = "es" | "pt";

/** Whether a phrase of these languages is read in a paragraph of `lang`. */
export function readIn(v: ThreatValue, lang: string): boolean {
  return v.langs === undefined || lang === "en" || v.langs.has(lang as RomanceLanguage);
}

export interface Lexicon {
  readonly path: string;
  readonly threats: PhraseMatching<ThreatValue>;
  /** Modifier phrases; the value is how many leading characters are a counter prefix (`counter-illicit`). */
  readonly modifiers: PhraseMatcher<number>;
  readonly exclusions: PhraseMatcher<true>;
  /** Folded threat phrases that head a proper name after (`before`) or before (`after`) a name word. */
  readonly properNameHeads: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string>; readonly capitalOnly: ReadonlySet<string>; readonly nameArticles: ReadonlySet<string> };
  /** Folded phrase -> meaning, for checking coordinated items (`human` + `trafficking`). */
  readonly dictionary: ReadonlyTable<ThreatValue>;
  /** Folded head word (singular or plural) -> the head groups it belongs to. */
  readonly headWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Classifying words that may stand between an attributive and its head (`corrupt local officials`), and their endings. */
  readonly betweenWords: ReadonlySet<string>;
  readonly betweenSuffixes: readonly string[];
  readonly modifierWords: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  /** Closed-class word lists of the rules (see `grammar` in threats.json), folded. */
  readonly verbContext: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /** Words that, hyphened after a threat word, make an adjective of likeness (`Mafia-style`). */
  readonly comparisonSuffixes: ReadonlySet<string>;
  /** Threat words that are also a verb with its object (`killing`): the noun only before one of `victimLinks` (`of`). */
  readonly nounOnly: ReadonlySet<string>;
  /** Folded Spanish and Portuguese list words (and their plurals) that English paragraphs do not read (`subversión`). */
  readonly notInEnglish: ReadonlySet<string>;
  /** First words also written joined with the next (`narco`): alone, a mention only as a noun after a determiner (`el narco`). */
  readonly combiningForms: ReadonlySet<string>;
  readonly victimLinks: ReadonlySet<string>;
  /** Words before which a `nounOnly` word is the noun of an act (`his killing`, `in one killing`). */
  readonly nounMarkers: ReadonlySet<string>;
  /** Words that name a threat's victims (`mujeres`, `niñas`), from the slots of `victimSlots`. */
  readonly victimWords: ReadonlySet<string>;
  /** Threat nouns that are also a verb form (`trata`), per language: the words before which they are the noun, and infinitive endings. */
  readonly verbHomographs: { readonly words: ReadonlyMap<string, { readonly words: ReadonlySet<string>; readonly nounMarkers: ReadonlySet<string>; readonly verbMarkers: ReadonlySet<string> }>; readonly infinitiveEndings: readonly string[] };
  /** Piracy words, the category of product piracy (with its ICCS code), and the words that speak of the sea. */
  /** Armed wings and armed organizations named by their class (`brazos armados`), organized crime beside a cartel. */
  readonly armedWings: { readonly phrases: ReadonlySet<string>; readonly category: ThreatCategory; readonly iccs: string | undefined; readonly cues: ReadonlySet<string> };
  /** Threat nouns that are also everyday words (`cartel`, a poster), as written in lower case, per language; and how near another threat must be. */
  readonly everydayWords: { readonly words: ReadonlyMap<string, ReadonlySet<string>>; readonly reach: number; readonly cueStems: ReadonlyMap<string, readonly string[]> };
  readonly productPiracy: { readonly terms: ReadonlySet<string>; readonly category: ThreatCategory; readonly iccs: string | undefined; readonly maritime: ReadonlySet<string> };
  readonly determiners: ReadonlySet<string>;
  /** Determiners that also open a relative clause after a noun (`cartels that sell cocaine`). */
  readonly relativePronouns: ReadonlySet<string>;
  readonly counterPrefixes: readonly string[];
  /** Spanish and Portuguese head-first phrases (`actos de corrupción`, `cárteles mexicanos`), folded, per language. */
  readonly headFirst: ReadonlyMap<string, HeadFirst>;
  /** A counter prefix fused to the next word by a hyphen (`anti-money`), compiled once. */
  /** Length of the counter prefix fused to a word (`anti-` in `anti-money`), 0 if none; by key id. */
  readonly fusedPrefixLength: (keyId: number) => number;
  readonly entryCount: number;
}

/** A lexicon compiled whole (what lexicons.bin stores): one matcher, one table. */
export type CompiledLexicon = Lexicon & { readonly threats: PhraseMatcher<ThreatValue>; readonly dictionary: StringTable<ThreatValue> };

/** A language's head-first lists: head nouns, the links before their threat complement (as words), adjectives after. */
export interface HeadFirst {
  readonly heads: ReadonlySet<string>;
  readonly links: readonly (readonly string[])[];
  readonly postModifiers: ReadonlySet<string>;
  /** Endings of classifying adjectives (`-al`, `-ico`), folded; the words with them that are none. */
  readonly adjectiveSuffixes: readonly string[];
  readonly notPostModifiers: ReadonlySet<string>;
  /** Adverb endings (`-mente`) and the participle endings an adverb may stand before (`fortemente armados`). */
  readonly adverbSuffixes: readonly string[];
  readonly participleSuffixes: readonly string[];
  /** Threat adjectives that follow their noun (`corruptos`), and the words that are no such noun (`los`, `es`, `muy`). */
  readonly postposedAttributives: ReadonlySet<string>;
  readonly notNouns: ReadonlySet<string>;
  /** Words after which such an adjective alone names a class of actors (`los corruptos`). */
  readonly determiners: ReadonlySet<string>;
  /** Articles that open a verb's object, never the word after an adjective (`prejudica os moradores`). */
  readonly objectArticles: ReadonlySet<string>;
}

const NO_HEADS: ReadonlySet<string> = new Set();

/** Folded phrase key, as the matcher compares tokens. */
export function phraseKey(phrase: string): string {
  return foldKey(phrase).replace(/\s+/g, " ").trim();
}

class LexiconBuilder {
  readonly entries = new Map<string, PhraseEntry<ThreatValue>>();
  readonly dictionary = new Map<string, ThreatValue>();

  constructor(private readonly combining: ReadonlySet<string>) {}

  add(phrase: string, value: ThreatValue, policy: CasePolicy = "insensitive", variants = true): void {
    for (const form of variants ? spellings(phrase, this.combining) : [phrase]) {
      const folded = phraseKey(form);
      const key = `${policy}:${folded}`;
      const prior = this.entries.get(key);
      if (prior) {
        this.merge(form, prior.value, value);
        continue;
      }
      this.entries.set(key, { phrase: form, value, case: policy });
      if (!value.counter) this.dictionary.set(folded, value);
    }
  }

  /**
   * Once every phrase is in: phrases whose readings are equal share one value object, so the
   * lexicon stored at build time writes each reading once (its 160,000 phrase forms have a few
   * thousand distinct readings) and a process restores that many objects, not one per form.
   */
  shareEqualValues(): void {
    const shared = new Map<string, ThreatValue>();
    // The dictionary holds the entries' own value objects: each is read once.
    const seen = new Map<ThreatValue, ThreatValue>();
    const canonical = (v: ThreatValue): ThreatValue => {
      const known = seen.get(v);
      if (known) return known;
      const key = JSON.stringify([v.category, v.iccs, v.standalone, [...v.heads], v.source, v.counter, v.pinned, v.langs && [...v.langs]]);
      const prior = shared.get(key);
      const out = prior ?? v;
      if (!prior) shared.set(key, v);
      seen.set(v, out);
      return out;
    };
    for (const entry of this.entries.values()) entry.value = canonical(entry.value);
    for (const [key, v] of this.dictionary) this.dictionary.set(key, canonical(v));
  }

  /** A phrase listed twice (a term that is also an attributive) gathers both readings. */
  private merge(form: string, prior: ThreatValue, value: ThreatValue): void {
    if (prior.category !== value.category) {
      if (prior.counter || value.counter) return; // a plain reading already exists
      if (prior.pinned) return; // the researcher's reading wins
      throw new Error(`threat phrase "${form}" is listed as ${prior.category} and as ${value.category}`);
    }
    prior.standalone ||= value.standalone;
    // Listed in another language too (or in English): read where either is.
    if (prior.langs !== undefined) prior.langs = value.langs === undefined ? undefined : new Set([...prior.langs, ...value.langs]);
    if (value.heads.size > 0) prior.heads = new Set([...prior.heads, ...value.heads]);
  }
}

/** A researcher's threat terms by category (`--data`). */
export type UserThreatTerms = Readonly<Partial<Record<ThreatCategory, readonly string[]>>>;

/** Compile the taxonomy (and a researcher's terms, which win where they collide) into matchers. */
/** The head word of a phrase (`crime` in `organized crime`). */
function headWordOf(phrase: string): string {
  const words = phrase.split(" ");
  return words[headIndex(words)]!;
}

/** The researcher's terms go in first, pinned, so a built-in reading never replaces them. */
function addUserTerms(t: Taxonomy, b: LexiconBuilder, user: UserThreatTerms): void {
  for (const c of t.categories) {
    for (const phrase of user[c.id] ?? []) {
      for (const form of nounForms(phrase)) b.add(form, { category: c.id, iccs: c.iccs ?? undefined, standalone: true, heads: NO_HEADS, source: "term", pinned: true });
    }
  }
}

function lexiconBuilder(t: Taxonomy): LexiconBuilder {
  return new LexiconBuilder(new Set(t.combiningForms.words.map((w) => w.toLowerCase())));
}

/**
 * A researcher's terms laid over the built-in lexicon (stored compiled, so `--data` costs the
 * terms, not a compile of the whole lexicon): the lexicon `compileLexicon(t, path, user)` makes,
 * or undefined where a term is also a built-in phrase (one lexicon would merge their readings;
 * compile it whole then). Only the phrase matcher and the dictionary read the user's terms.
 */
export function overlayUserTerms(t: Taxonomy, base: Lexicon, user: UserThreatTerms): Lexicon | undefined {
  const b = lexiconBuilder(t);
  addUserTerms(t, b, user);
  b.shareEqualValues();
  const stock = base.threats;
  if (!(stock instanceof PhraseMatcher)) return undefined;
  for (const entry of b.entries.values()) {
    if (base.dictionary.has(phraseKey(entry.phrase)) || stock.hasEntryFor(entry.phrase)) return undefined;
  }
  const top = new PhraseMatcher<ThreatValue>(b.entries.values());
  const threats = new LayeredMatcher(top, stock);
  return { ...base, threats, dictionary: new LayeredTable(new StringTable(b.dictionary), base.dictionary), entryCount: threats.entryCount };
}

export function compileLexicon(t: Taxonomy, path: string, user: UserThreatTerms = {}): CompiledLexicon {
  const slots = slotLists(t);
  const b = lexiconBuilder(t);
  const allHeads = new Set(t.heads.allTermsTake);
  const activityHeads = new Set([...t.heads.activityTermsTake, ...allHeads]);
  const activityNouns = new Set(t.heads.activityNouns.map(phraseKey));
  const singleWord = new Map<string, ThreatValue>();
  // Spanish and Portuguese one-word threats, each with its language: `antiterrorista`, `anti-homicídios`.
  const romanceSingleWord = new Map<string, ThreatValue>();

  const value = (category: ThreatCategory, iccs: string | null, source: EntrySource, heads = NO_HEADS): ThreatValue => ({
    category,
    iccs: iccs ?? undefined,
    standalone: true,
    heads,
    source,
  });
  const remember = (form: string, v: ThreatValue) => {
    if (!form.includes(" ") && !form.includes("-")) singleWord.set(form, v);
  };

  addUserTerms(t, b, user);

  for (const c of t.categories) {
    for (const phrase of [...c.terms, ...c.actors].flatMap((p) => expandSlots(p, slots))) {
      const source: EntrySource = c.actors.includes(phrase) ? "actor" : "term";
      const heads = isActivity(phrase) || activityNouns.has(phraseKey(headWordOf(phrase))) ? activityHeads : allHeads;
      for (const form of nounForms(phrase)) {
        const v = value(c.id, c.iccs, source, heads);
        b.add(form, v);
        remember(form, v);
      }
      for (const form of agentForms(phrase)) {
        const v = value(c.id, c.iccs, "actor");
        b.add(form, v);
        remember(form, v);
      }
    }
    const expand = (phrases: readonly string[]) => phrases.flatMap((p) => expandSlots(p, slots));
    for (const [lang, phrase, plural] of [
      ...expand(c.es).map((p) => ["es", p, romancePluralWord] as const),
      ...expand(c.pt).map((p) => ["pt", p, portuguesePluralWord] as const),
    ]) {
      const forms = romanceForms(phrase, plural);
      for (const form of forms) {
        const v = { ...value(c.id, c.iccs, "term"), langs: new Set([lang]) };
        b.add(form, v);
        // A word of both languages (`terrorismo`) makes a compound of both.
        const prior = romanceSingleWord.get(form);
        const langs = prior?.langs && prior.category === v.category ? new Set([...prior.langs, lang]) : v.langs;
        if (!form.includes(" ") && !form.includes("-")) romanceSingleWord.set(form, { ...v, langs });
      }
    }
    for (const acronym of c.acronyms) {
      for (const form of [acronym, `${acronym}s`]) b.add(form, value(c.id, c.iccs, "acronym"), "exact", false);
      // A counter prefix hyphened to an acronym is one compound that counters it (`anti-TIP`, `Counter-VEO`),
      // as with a one-word threat; the acronym keeps its case (`anti-tip` is another word).
      for (const prefix of t.counter.wholeCompounds) {
        for (const p of [prefix, prefix[0]!.toUpperCase() + prefix.slice(1)]) {
          b.add(`${p}-${acronym}`, { ...value(c.id, c.iccs, "counter_compound"), counter: "whole" }, "exact", false);
        }
      }
    }
    for (const lemma of c.verbs) {
      for (const form of verbForms(lemma)) b.add(form, value(c.id, c.iccs, "verb"));
      for (const form of verbAgentForms(lemma)) b.add(form, value(c.id, c.iccs, "actor"));
    }
    for (const [lang, phrases] of [["es", expand(c.esVerbs)], ["pt", expand(c.ptVerbs)]] as const) {
      for (const phrase of phrases) for (const form of romanceVerbForms(phrase, lang)) b.add(form, { ...value(c.id, c.iccs, "verb"), langs: new Set([lang]) });
    }
  }

  for (const a of t.attributives.entries) {
    const iccs = t.categories.find((c) => c.id === a.category)?.iccs ?? null;
    b.add(a.phrase, { ...value(a.category, iccs, "attributive", new Set(a.heads)), standalone: false });
  }

  addCounterCompounds(t, b, singleWord, t.counter.prefixes.filter((p) => t.counter.wholeCompounds.includes(p)));
  addCounterCompounds(t, b, romanceSingleWord, t.counter.romanceWholeCompounds, { romance: true });
  addCounterCompounds(t, b, romanceSingleWord, t.counter.romanceJoinedCompounds, { romance: true, joinedOnly: true });

  const headWords = new Map<string, Set<string>>();
  for (const [group, words] of Object.entries(t.heads.groups)) {
    for (const w of words.flatMap((x) => [x, ...pluralWord(x)])) {
      const k = phraseKey(w);
      headWords.set(k, new Set([...(headWords.get(k) ?? []), group]));
    }
  }

  const modifierWords = new Set(t.modifiers.words.map(phraseKey));
  const modifiers = new PhraseMatcher<number>();
  for (const w of t.modifiers.words) {
    modifiers.add({ phrase: w, value: 0, case: "insensitive" });
    // A counter prefix fused to the modifier: `counter-illicit trafficking` -> `illicit trafficking`.
    for (const prefix of t.counter.prefixes) modifiers.add({ phrase: `${prefix}-${w}`, value: prefix.length + 1, case: "insensitive" });
  }
  // PDF line joins glue a hyphenated pair of border-crossing words (`transregional-\ntransnational`).
  const crossing = (slots.crossborder ?? []).filter((w) => /^[a-z]+$/.test(w));
  for (const x of crossing) {
    for (const y of crossing) if (x !== y) modifiers.add({ phrase: `${x}${y}`, value: 0, case: "insensitive" });
  }

  const exclusions = new PhraseMatcher<true>();
  const e = t.exclusions;
  // Slots name the senses a word has with its object (`sequestro de {pt_asset}`: seized property, no kidnapping).
  for (const w of [...e.commodities, ...e.generic, ...e.conditions, ...e.fields].flatMap((p) => expandSlots(p, slots))) {
    exclusions.add({ phrase: w, value: true, case: "insensitive" });
  }

  b.shareEqualValues();
  const threats = new PhraseMatcher<ThreatValue>(b.entries.values());
  return {
    path,
    threats,
    modifiers,
    exclusions,
    properNameHeads: {
      before: new Set(t.properNames.before.map(phraseKey)),
      after: new Set(t.properNames.after.map(phraseKey)),
      capitalOnly: new Set(t.properNames.capitalOnly.map(phraseKey)),
      nameArticles: new Set(t.properNames.nameArticles.map(phraseKey)),
    },
    dictionary: new StringTable(b.dictionary),
    headWords,
    betweenWords: new Set(t.heads.between.words.map(phraseKey)),
    betweenSuffixes: t.heads.between.suffixes.map(phraseKey),
    modifierWords,
    // Conjunctions that join items sharing a head (`human, arms, and contraband trafficking`): function-words.json.
    conjunctions: new Set([...functionWords().conjunctions.and, ...functionWords().conjunctions.or].map(phraseKey)),
    verbContext: new Set(t.grammar.verbContext.map(phraseKey)),
    nameConnectors: new Set(t.grammar.nameConnectors.map(phraseKey)),
    // Articles after a name connector (`Cartel of the Suns`): function-words.json.
    articles: new Set(Object.values(functionWords().articles).flat().map(phraseKey)),
    comparisonSuffixes: new Set(t.grammar.comparisonSuffixes.map(phraseKey)),
    nounOnly: new Set(t.grammar.nounOnly.map(phraseKey)),
    notInEnglish: new Set(t.notInEnglish.words.flatMap((w) => [...romanceForms(w), ...pluralWord(w)]).map(phraseKey)),
    combiningForms: new Set(t.combiningForms.words.map(phraseKey)),
    victimLinks: new Set(t.grammar.victimLinks.map(phraseKey)),
    nounMarkers: new Set(t.grammar.nounMarkers.map(phraseKey)),
    victimWords: new Set(t.grammar.victimSlots.flatMap((slot) => slotLists(t)[slot] ?? []).map(phraseKey)),
    verbHomographs: {
      words: new Map((["es", "pt"] as const).map((lang) => [lang, { words: new Set(t.verbHomographs[lang].words.map(phraseKey)), nounMarkers: new Set(t.verbHomographs[lang].nounMarkers.map(phraseKey)), verbMarkers: new Set(t.verbHomographs[lang].verbMarkers.map(phraseKey)) }])),
      infinitiveEndings: t.verbHomographs.infinitiveEndings.map(phraseKey),
    },
    armedWings: {
      phrases: new Set(t.armedWings.phrases.map(phraseKey)),
      category: t.armedWings.category,
      iccs: t.categories.find((c) => c.id === t.armedWings.category)?.iccs ?? undefined,
      cues: new Set(t.armedWings.cues),
    },
    everydayWords: {
      words: new Map((["es", "pt"] as const).map((lang) => [lang, new Set(t.everydayWords[lang].map((w) => w.normalize("NFC")))])),
      reach: t.everydayWords.reach,
      cueStems: new Map((["es", "pt"] as const).map((lang) => [lang, t.everydayWords.cueStems[lang].map(phraseKey)])),
    },
    productPiracy: {
      terms: new Set(t.productPiracy.terms.map(phraseKey)),
      category: t.productPiracy.category,
      iccs: t.categories.find((c) => c.id === t.productPiracy.category)?.iccs ?? undefined,
      maritime: new Set(t.productPiracy.maritime.map(phraseKey)),
    },
    determiners: new Set(t.grammar.determiners.map(phraseKey)),
    relativePronouns: new Set(t.grammar.relativePronouns.map(phraseKey)),
    counterPrefixes: t.counter.prefixes,
    headFirst: new Map(
      (["es", "pt"] as const).map((lang) => {
        const h = t.headFirst[lang];
        const fold = (xs: readonly string[]) => new Set(xs.map(phraseKey));
        return [
          lang,
          {
            heads: fold(h.heads),
            links: h.links.map((l) => phraseKey(l).split(" ")),
            postModifiers: fold(h.postModifiers),
            adjectiveSuffixes: h.adjectiveSuffixes.map(phraseKey),
            notPostModifiers: fold(h.notPostModifiers),
            adverbSuffixes: h.adverbSuffixes.map(phraseKey),
            participleSuffixes: h.participleSuffixes.map(phraseKey),
            postposedAttributives: fold(h.postposedAttributives),
            notNouns: fold(h.notNouns),
            determiners: fold(h.determiners),
            objectArticles: fold(h.objectArticles),
          },
        ] as const;
      }),
    ),
    fusedPrefixLength: fusedPrefixLength(t.counter.prefixes, t.counter.romanceWholeCompounds),
    entryCount: threats.entryCount,
  };
}

export function fusedPrefixLength(prefixes: readonly string[], joined: readonly string[]): (keyId: number) => number {
  const alternatives = (ps: readonly string[]) => [...ps].sort((a, b) => b.length - a.length).join("|");
  // A Spanish or Portuguese prefix is also written joined (`antitrata de personas`).
  const glued = joined.length > 0 ? `|^(?:${alternatives(joined)})(?=\\p{L})` : "";
  const fused = new RegExp(`^(?:${alternatives(prefixes)})-(?=\\p{L})${glued}`, "u");
  return keyIdMemo((key) => fused.exec(key)?.[0].length ?? 0);
}

/**
 * Compounds that counter a one-word threat (or a counter target such as `narcotics`) are
 * mentions whole: `counterterrorism`, `anti-corruption`, `counter narcotics`. (A prefix fused to
 * a multi-word threat, `anti-money laundering`, is trimmed at match time: see fused-prefix.ts.)
 */
function addCounterCompounds(
  t: Taxonomy,
  b: LexiconBuilder,
  singleWord: ReadonlyMap<string, ThreatValue>,
  wholePrefixes: readonly string[],
  how: { romance?: boolean; joinedOnly?: boolean } = {},
): void {
  const targets = new Map(singleWord);
  for (const x of how.romance ? [] : t.counter.targets) {
    const iccs = t.categories.find((c) => c.id === x.category)?.iccs;
    targets.set(x.phrase, { category: x.category, iccs: iccs ?? undefined, standalone: true, heads: NO_HEADS, source: "term" });
  }
  for (const [word, v] of targets) {
    for (const prefix of wholePrefixes) {
      for (const p of prefixed(prefix, word, how)) {
        b.add(p.phrase, { ...v, standalone: true, heads: NO_HEADS, source: "counter_compound", counter: p.spaced ? "spaced" : "whole" }, "insensitive", false);
      }
    }
  }
}

/** The lexicon of the built-in taxonomy, with a researcher's terms if given. */
export function threatLexicon(user: UserThreatTerms = {}): CompiledLexicon {
  const file = taxonomyFile();
  return compileLexicon(file.data, file.path, user);
}
