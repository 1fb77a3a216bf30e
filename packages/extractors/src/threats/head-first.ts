import { once, type AnalyzedDocument, type Mention } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { tabBefore } from "./column-gap.js";
import { phraseKey, type HeadFirst, type Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";

/** Postposed attributives that also name the actor (`terroristas`), by language: alone, they stand. */
const actorAttributives = once(() => {
  const h = taxonomyFile().data.headFirst;
  return new Map<string, ReadonlySet<string>>([
    ["es", new Set(h.es.actorAttributives.map(phraseKey))],
    ["pt", new Set(h.pt.actorAttributives.map(phraseKey))],
  ]);
});

/** Adjectives of a region or a city (`cariocas`, `sinaloenses`), by language: they place the threat as a country adjective does. */
const placeAdjectives = once(() => {
  const h = taxonomyFile().data.headFirst;
  return new Map<string, ReadonlySet<string>>([
    ["es", new Set(h.es.placeAdjectives.map(phraseKey))],
    ["pt", new Set(h.pt.placeAdjectives.map(phraseKey))],
  ]);
});

/** The most adjectives read after a threat (`banda criminal transnacional colombiana`). */
const MAX_POST_MODIFIERS = 3;

/**
 * Spanish and Portuguese threat phrases whose head comes first: a head noun before the threat
 * with its link (`actos de corrupción`, `capos de la mafia`) and adjectives after it
 * (`corrupción policial`, `cárteles mexicanos`: a lower-case country mention is an adjective)
 * belong to the span. A head noun that is a threat by itself (`bandas` in `bandas del narcotráfico`)
 * joins the phrase, which takes the complement's category. English paragraphs are left as they
 * are. Extends the kept candidates in place (and drops the heads they absorb).
 */
export function extendHeadFirst(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy, countries: readonly Mention[]): void {
  const t = doc.tokens;
  const demonymStarts = new Set<number>();
  for (const c of countries) {
    const i = doc.tokenAt(c.start);
    // One lower-case word: an adjective (`mexicanos`), not a name (`México`).
    if (i >= 0 && t.end(i) === c.end && !t.isCapitalized(i)) demonymStarts.add(i);
  }
  // Kept one-word threats by token: a head noun the phrase after it may absorb.
  const bareHeads = new Map<number, ThreatCandidate>();
  for (const c of kept) if (c.endToken - c.firstToken === 1) bareHeads.set(c.firstToken, c);
  const absorbed = new Set<ThreatCandidate>();
  const items: ThreatCandidate[] = [];
  for (const c of kept) {
    // A counter compound qualifies another noun (`cooperación antiterrorista internacional`): the
    // adjectives after it are that noun's, and nothing before it is its head.
    if (absorbed.has(c) || c.value.counter) continue;
    const lang = doc.langAt(c.start);
    const h = lang === "en" ? undefined : lex.headFirst.get(lang);
    if (!h) continue;
    const places = placeAdjectives().get(lang)!;
    // A lower-case country or place adjective: says where the threat is (`cárteles mexicanos`, `milícias cariocas`).
    const origin = (i: number) => demonymStarts.has(i) || (i < t.count && t.isWord(i) && !t.isCapitalized(i) && places.has(t.key(i)));
    let end = c.endToken;
    for (let n = 0; n < MAX_POST_MODIFIERS && end < t.count && !t.opensBlock(end) && !tabBefore(doc, end) && occupancy.free(end, end + 1); n++) {
      if (h.postModifiers.has(t.key(end)) || origin(end)) {
        end++;
        continue;
      }
      const words = postAdjective(doc, h, end);
      if (words === 0 || !occupancy.free(end, end + words)) break;
      end += words;
    }
    const joined = coordinatedOrigin(doc, lex, h, end, origin, occupancy);
    end += joined;
    if (joined === 0 && end > c.endToken && !origin(end - 1)) {
      const item = coordinatedAdjective(doc, lex, h, c, end, occupancy);
      if (item) items.push(item);
    }
    // A one-word threat noun right before the adjective is its noun: one phrase (`pandillas terroristas`).
    const threatNoun = threatNounBefore(doc, h, c, bareHeads);
    const noun = threatNoun && !absorbed.has(threatNoun) ? threatNoun.firstToken : nounBefore(doc, h, c, occupancy, actorAttributives().get(lang)!);
    if (noun === undefined) {
      absorbed.add(c); // a predicate (`es muy corrupto`) names no threat
      continue;
    }
    if (threatNoun && noun === threatNoun.firstToken) {
      absorbed.add(threatNoun);
      occupancy.take(noun, c.firstToken);
    }
    if (noun < c.firstToken) {
      occupancy.take(noun, c.firstToken);
      c.firstToken = noun;
      c.start = t.start(noun);
    }
    const head = opensOnHead(doc, h, c) ? undefined : headBefore(doc, h, c.firstToken);
    const bareHead = head === undefined ? undefined : bareHeads.get(head);
    const headFree = head !== undefined && (bareHead !== undefined ? occupancy.free(head + 1, c.firstToken) : occupancy.free(head, c.firstToken));
    const first = headFree ? head! : c.firstToken;
    if (end === c.endToken && first === c.firstToken) continue;
    if (headFree && bareHead) absorbed.add(bareHead);
    occupancy.take(first, end);
    c.firstToken = first;
    c.start = t.start(first);
    c.endToken = end;
    c.end = t.end(end - 1);
  }
  if (absorbed.size === 0 && items.length === 0) return;
  const rest = kept.filter((c) => !absorbed.has(c));
  for (const x of items) rest.push(x);
  rest.sort((a, b) => a.start - b.start);
  kept.length = 0;
  for (const c of rest) kept.push(c);
}

/**
 * `corrupción policial y municipal`, `trata sexual o laboral`: a second classifying adjective
 * coordinated after the phrase's own is a mention of its own (the head said once for both, as
 * `delitos transfronteiriços e ambientais`), of the phrase's category when the head noun alone
 * names it (`corrupción`, `trata`; not `violencia` in `violencia sexual y psicológica`).
 */
function coordinatedAdjective(doc: AnalyzedDocument, lex: Lexicon, h: HeadFirst, c: ThreatCandidate, end: number, occupancy: Occupancy): ThreatCandidate | undefined {
  const t = doc.tokens;
  const item = end + 1;
  if (item >= t.count || !lex.conjunctions.has(t.key(end)) || t.opensBlock(end) || t.opensBlock(item) || !occupancy.free(end, item + 1)) return undefined;
  if (lex.dictionary.get(t.key(c.firstToken))?.category !== c.value.category) return undefined;
  if (!h.postModifiers.has(t.key(item)) && postAdjective(doc, h, item, end - 1) !== 1) return undefined;
  occupancy.take(item, item + 1);
  return { start: t.start(item), end: t.end(item), firstToken: item, endToken: item + 1, coreStart: t.start(item), value: c.value, rule: "coordination" };
}

/**
 * `cárteles mexicanos y colombianos`, `facções criminosas paulistas e cariocas`, `grupos criminales
 * colombianos, venezolanos y ecuatorianos`: a country or place adjective that ends the phrase,
 * coordinated with others or a listed post-modifier, takes them along (all say whose or where the
 * threat is; one mention). Items after a comma join only when a conjunction closes the list.
 * Returns how many tokens join (the commas, the conjunction and the adjectives), or 0.
 */
function coordinatedOrigin(doc: AnalyzedDocument, lex: Lexicon, h: HeadFirst, end: number, origin: (i: number) => boolean, occupancy: Occupancy): number {
  const t = doc.tokens;
  if (!origin(end - 1)) return 0;
  const opens = (k: number) => k >= t.count || t.opensBlock(k) || !occupancy.free(k, k + 1);
  let k = end;
  for (let n = 0; n < MAX_POST_MODIFIERS; n++) {
    const comma = k < t.count && t.text(k) === ",";
    const link = comma ? k + 1 : k;
    if (opens(k) || opens(link)) return 0;
    if (lex.conjunctions.has(t.key(link))) {
      const item = link + 1;
      if (opens(item)) return 0;
      return origin(item) || h.postModifiers.has(t.key(item)) ? item + 1 - end : 0;
    }
    if (!comma || !origin(link)) return 0;
    k = link + 1;
  }
  return 0;
}

/** The most words a threat adjective after its noun takes: the noun and two adjectives (`funcionarios públicos locales corruptos`). */
const MAX_NOUN_WORDS = 3;

/**
 * `funcionarios locales corruptos`, `el régimen corrupto`: a threat adjective that follows its
 * noun (one word, `postposedAttributives`) takes the noun and the adjectives between them: the
 * content words before it that agree with it in number (`investigan funcionarios corruptos`
 * stops at the verb: it does not end in -s). Returns the first of them; with no noun, the
 * candidate's own first token after a determiner (`los corruptos`: a class of actors) or when
 * the word names the actor too (`son terroristas`), or undefined (`es muy corrupto`: a
 * predicate names no threat).
 */
function nounBefore(doc: AnalyzedDocument, h: HeadFirst, c: ThreatCandidate, occupancy: Occupancy, actors: ReadonlySet<string>): number | undefined {
  const t = doc.tokens;
  const at = c.firstToken;
  if (c.endToken - at !== 1 || !h.postposedAttributives.has(t.key(at))) return at;
  const plural = t.key(at).endsWith("s");
  const content = (k: number) =>
    k >= 0 && t.isWord(k) && !t.opensBlock(k + 1) && occupancy.free(k, k + 1) && !h.notNouns.has(t.key(k)) && t.key(k).endsWith("s") === plural;
  let first = at;
  for (let n = 0; n < MAX_NOUN_WORDS && content(first - 1); n++) first--;
  if (first < at) return first;
  // No noun: a class of actors after a determiner or a numeral (`los corruptos`), else a predicate.
  // A numeral determines as an article does (`200 subversivos`). A word that names the actor
  // itself stands as it is (`son terroristas`).
  if (actors.has(t.key(at))) return at;
  return at > 0 && !t.opensBlock(at) && (h.determiners.has(t.key(at - 1)) || /^\d/.test(t.key(at - 1))) ? at : undefined;
}

/**
 * A kept one-word threat right before a threat adjective that follows its noun, lower case and
 * agreeing with it in number (`pandillas terroristas`, `facções terroristas`), or undefined.
 */
function threatNounBefore(doc: AnalyzedDocument, h: HeadFirst, c: ThreatCandidate, bareHeads: ReadonlyMap<number, ThreatCandidate>): ThreatCandidate | undefined {
  const t = doc.tokens;
  const at = c.firstToken;
  if (c.endToken - at !== 1 || at === 0 || t.opensBlock(at) || !h.postposedAttributives.has(t.key(at))) return undefined;
  const noun = bareHeads.get(at - 1);
  if (!noun || noun.endToken !== at || noun.firstToken !== at - 1 || t.isCapitalized(at - 1) || noun.value.counter) return undefined;
  return t.key(at - 1).endsWith("s") === t.key(at).endsWith("s") ? noun : undefined;
}

/** The fewest letters a word read as an adjective by its ending has (`civil`, not `mais`). */
const MIN_ADJECTIVE_LETTERS = 5;

/**
 * How many tokens at `i` make a postposed adjective of the phrase ending before it: 1 for a
 * classifying adjective known by its ending that agrees in number with the word before it (or `agreeWith`)
 * (`extorsión telefónica`, `asesinatos selectivos`), 2 for an adverb before such an adjective or
 * a participle (`fortemente armados`), else 0.
 */
export function postAdjective(doc: AnalyzedDocument, h: HeadFirst, i: number, agreeWith = i - 1): number {
  const t = doc.tokens;
  const plural = t.key(agreeWith).endsWith("s");
  const agrees = (k: number) => t.key(k).endsWith("s") === plural;
  const lowerWord = (k: number) => k < t.count && t.isWord(k) && !t.isCapitalized(k) && !t.opensBlock(k) && t.key(k).length >= MIN_ADJECTIVE_LETTERS;
  const endsIn = (k: number, suffixes: readonly string[]) => suffixes.some((s) => t.key(k).endsWith(s));
  // A word with an adjective's ending that an article follows is a verb taking its object
  // (`a pesca ilegal prejudica os moradores`), not an adjective of the phrase.
  const verbBeforeObject = (k: number) => k + 1 < t.count && !t.opensBlock(k + 1) && h.objectArticles.has(t.key(k + 1));
  // A quantifier with an adjective's ending (`varios`: -arios) counts, it does not classify:
  // `asesinados varios de sus miembros` ends at the participle.
  const adjective = (k: number) =>
    lowerWord(k) && agrees(k) && endsIn(k, h.adjectiveSuffixes) && !h.notPostModifiers.has(t.key(k)) && !h.determiners.has(t.key(k)) && !verbBeforeObject(k);
  if (adjective(i)) return 1;
  if (lowerWord(i) && endsIn(i, h.adverbSuffixes) && (adjective(i + 1) || (lowerWord(i + 1) && agrees(i + 1) && endsIn(i + 1, h.participleSuffixes)))) return 2;
  return 0;
}

/**
 * A phrase that opens on a head noun of its own with its words after it (`organização criminosa`,
 * `grupo guerrillero`) names the group itself: a second head before it (`estrutura de`, `violencia
 * del`) stays out, as the DEV gold tags the inner phrase (blind 33, 62, 66).
 */
function opensOnHead(doc: AnalyzedDocument, h: HeadFirst, c: ThreatCandidate): boolean {
  return c.endToken - c.firstToken > 1 && h.heads.has(doc.tokens.key(c.firstToken));
}

/**
 * The head noun's token before `first` across one of the links (`actos de`, `capos de la`), if any;
 * one listed post-modifier may stand between the head and its link (`red internacional de`,
 * `estructuras organizadas del`). A head and modifier that name a threat themselves (`grupos armados`)
 * are a phrase of their own: the caller finds their tokens taken.
 */
function headBefore(doc: AnalyzedDocument, h: HeadFirst, first: number): number | undefined {
  const t = doc.tokens;
  for (const link of h.links) {
    for (const between of [0, 1]) {
      const head = first - link.length - 1 - between;
      if (head < 0) continue;
      let ok = h.heads.has(t.key(head)) && (between === 0 || h.postModifiers.has(t.key(head + 1)));
      for (let k = 0; ok && k < link.length; k++) ok = t.key(head + 1 + between + k) === link[k];
      for (let k = head + 1; ok && k <= first; k++) ok = !t.opensBlock(k);
      if (ok) return head;
    }
  }
  return undefined;
}
