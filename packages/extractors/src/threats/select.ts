import { opensSentence, type AnalyzedDocument, type Mention } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { phraseKey, type Lexicon } from "./lexicon.js";

/**
 * A bare combining form names a threat only as a noun after a determiner (`el narco`).
 * `the Army killing a leader`, `drugs killing Americans`: a word that is a threat as a noun and
 * also a verb with its object (`nounOnly`) names the threat only as the noun of an act with its
 * victim after `of` (`the kidnapping and killing of a witness`) or after a possessive, numeral or
 * ordinal of `nounMarkers` (`his killing`, `in one killing`); `stop the killing` in a war is none.
 */
export function dropVerbReadings(doc: AnalyzedDocument, lex: Lexicon, candidates: ThreatCandidate[]): ThreatCandidate[] {
  const t = doc.tokens;
  return candidates.filter((c) => {
    const homographs = lex.verbHomographs.words.get(doc.langAt(c.start));
    const homograph = homographs?.words.has(t.key(c.firstToken)) === true;
    // `se trata de personas que…`: after a clitic the word is the verb, whatever phrase it opens.
    if (homograph && c.firstToken > 0 && !t.opensBlock(c.firstToken) && homographs!.verbMarkers.has(t.key(c.firstToken - 1))) return false;
    if (c.endToken - c.firstToken !== 1) return true;
    if (bareCombiningForm(lex, t.key(c.firstToken))) return afterDeterminer(doc, lex, c);
    if (homograph) return nounReading(doc, lex, c, homographs!.nounMarkers);
    if (!lex.nounOnly.has(t.key(c.firstToken))) return true;
    if (c.endToken < t.count && !t.opensBlock(c.endToken) && lex.victimLinks.has(t.key(c.endToken))) return true;
    // A possessive, a numeral or an ordinal before it makes it the noun (`the victim's killing`, `the third killing`).
    return c.firstToken > 0 && !t.opensBlock(c.firstToken) && lex.nounMarkers.has(t.key(c.firstToken - 1));
  });
}

/** A combining form standing alone, singular or plural (`narco`, `narcos`). */
function bareCombiningForm(lex: Lexicon, key: string): boolean {
  return lex.combiningForms.has(key) || (key.endsWith("s") && lex.combiningForms.has(key.slice(0, -1)));
}

/**
 * `el narco`, `los narcos`: a combining form alone is a noun (the trade, its people) after a
 * determiner of its language (Spanish, Portuguese), as a list's item or after a conjunction with
 * no noun following; elsewhere it is the first half of a compound written apart
 * (`la llamada narco cultura`, `las narco-lanchas`), no mention by itself.
 */
function afterDeterminer(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate): boolean {
  const t = doc.tokens;
  const at = c.firstToken;
  // Hyphened to the next word it is a compound in any language (`las narco-lanchas`, `a narco-guerrilla army`).
  if (c.endToken < t.count && t.text(c.endToken) === "-" && t.start(c.endToken) === c.end) return false;
  // English is otherwise left as it is: its combining forms alone are words of their own (`hostage crises`).
  const h = lex.headFirst.get(doc.langAt(c.start));
  if (h === undefined) return true;
  if (at > 0 && !t.opensBlock(at) && h.determiners.has(t.key(at - 1))) return true;
  // A whole item of a list (`contrabando, narco, extorsión`), or one joined by a conjunction with
  // no noun after it to make a compound with (`criminales y narcos que…`), is the noun too.
  if (listItemAlone(doc, at, c.endToken)) return true;
  const next = c.endToken;
  // Punctuation or the block's end after it leaves no word to make a compound with
  // (`la amenaza narco.`, `organizaciones “narco”`): the noun, after a noun as after a determiner.
  if (next >= t.count || t.opensBlock(next) || !t.isWord(next)) return true;
  const nounAfter = next < t.count && !t.opensBlock(next) && t.isWord(next) && !h.notNouns.has(t.key(next));
  return at > 0 && !t.opensBlock(at) && lex.conjunctions.has(t.key(at - 1)) && !nounAfter;
}

/** Punctuation that separates the items of a list or a tag line. */
const ITEM_SEPARATORS = new Set([",", ";"]);
/** Bullets that open a list item when a space follows them. */
const BULLETS = new Set(["-", "*", "•"]);

/**
 * `145, trata, explotación`, a bullet `- Trata`: a word that is a whole item of a list (between
 * separators, a bullet or the block's edges) is a noun; the verb would take a subject or object.
 */
function listItemAlone(doc: AnalyzedDocument, first: number, end: number): boolean {
  const t = doc.tokens;
  const bullet = (k: number) => BULLETS.has(t.text(k)) && t.end(k) < t.start(k + 1);
  const opens = first === 0 || t.opensBlock(first) || ITEM_SEPARATORS.has(t.text(first - 1)) || bullet(first - 1);
  const closes = end >= t.count || t.opensBlock(end) || ITEM_SEPARATORS.has(t.text(end));
  return opens && closes;
}

/**
 * `víctimas de trata`, `contra la trata`: a threat noun that is also a verb form is the noun right
 * after an article or preposition; `se trata de`, `lo trata` and `la trata de ocultar` (`de` and an
 * infinitive after it) are the verb.
 */
function nounReading(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate, nounMarkers: ReadonlySet<string>): boolean {
  const t = doc.tokens;
  const at = c.firstToken;
  if (listItemAlone(doc, at, c.endToken)) return true;
  if (at === 0 || t.opensBlock(at) || !nounMarkers.has(t.key(at - 1))) return false;
  const next = c.endToken;
  if (next + 1 >= t.count || t.opensBlock(next) || t.key(next) !== "de" || t.opensBlock(next + 1)) return true;
  const after = t.key(next + 1);
  return !lex.verbHomographs.infinitiveEndings.some((e) => after.endsWith(e));
}

/** Drop candidates that lie inside an excluded phrase (`cyber security`, `counterparts`), or make an adjective of likeness (`Mafia-style`). */
export function dropExcluded(doc: AnalyzedDocument, lex: Lexicon, candidates: ThreatCandidate[]): ThreatCandidate[] {
  const t = doc.tokens;
  const likeness = (c: ThreatCandidate) =>
    c.endToken + 1 < t.count && t.text(c.endToken) === "-" && t.end(c.endToken - 1) === t.start(c.endToken) && lex.comparisonSuffixes.has(t.key(c.endToken + 1));
  candidates = candidates.filter((c) => !likeness(c));
  // `an epidemic of violence` is a figure of speech; `the pandemic of 2009` is a dated event.
  const dated = (x: { endToken: number }) => t.key(x.endToken - 1) === "of" && x.endToken < t.count && t.kind(x.endToken) === "number";
  const spans = lex.exclusions.matchAll(doc).filter((x) => !dated(x));
  if (spans.length === 0) return candidates;
  // Excluded tokens marked once, so each candidate is checked in its own length, not against every span.
  const excluded = new Uint8Array(doc.tokens.count + 1);
  for (const x of spans) excluded.fill(1, x.firstToken, x.endToken);
  const insideOne = (c: ThreatCandidate) => spans.some((x) => x.start <= c.start && c.end <= x.end);
  // A phrase whose head opens an excluded construction (`global proliferation` of `proliferation of
  // drugs`) is that construction too, modifiers and all.
  const runsInto = (c: ThreatCandidate) => spans.some((x) => x.start > c.start && x.start < c.end && x.end > c.end);
  return candidates.filter((c) => !(excluded[c.endToken - 1] && ((excluded[c.firstToken] && insideOne(c)) || runsInto(c))));
}

/**
 * Drop threat nouns that are part of a proper name: `Sinaloa Cartel`, `Cártel de Sinaloa`,
 * `Hurricane Maria`. Only a capitalized, unmodified phrase qualifies (`Transnational Organized
 * Crime` stays). English also names a group by one place or family name and the head in lower
 * case (`the Sinaloa cartel`, ANNOTATION.md: the name is the organization), unless the head names a
 * body only capitalized (`the Bolivarian Militia`, but `the Mahdi militia` is an armed group); a country adjective
 * (`Mexican cartel`) or a capital that only opens the sentence is no name, and after a name of
 * several words, whole by itself (`the Los Zetas cartel`), the head is the class noun.
 */
export function dropProperNames(doc: AnalyzedDocument, lex: Lexicon, candidates: ThreatCandidate[], countries: readonly Mention[] = []): ThreatCandidate[] {
  const t = doc.tokens;
  const countryTokens = new Set<number>();
  for (const c of countries) for (let i = doc.tokenAt(c.start); i >= 0 && i < t.count && t.start(i) < c.end; i++) countryTokens.add(i);
  const { before, after } = lex.properNameHeads;
  // In an upper-case run (a heading: `THE SINALOA CARTEL`) a name word is upper case too.
  let upperRun = false;
  const nameWord = (i: number) =>
    i >= 0 &&
    i < t.count &&
    t.isWord(i) &&
    t.isCapitalized(i) &&
    t.isUpper(i) === upperRun &&
    !lex.conjunctions.has(t.key(i)) &&
    !(upperRun && lex.determiners.has(t.key(i)));
  // A code of letters and digits names a group (`MS-13`).
  const codeName = (i: number) => i >= 0 && t.isWord(i) && t.isUpper(i) && /\d/.test(t.text(i)) && !countryTokens.has(i);
  // A number names a group when a singular head follows it (`the 18 gang`; a count takes the
  // plural) or when it is coordinated after a name (`the MS-13 and 18 gangs`).
  const numberName = (i: number, head: string) => {
    if (i < 1 || t.kind(i) !== "number") return false;
    if (lex.determiners.has(t.key(i - 1)) && !head.endsWith("s") && t.text(i) !== "1") return true;
    return i >= 2 && lex.conjunctions.has(t.key(i - 1)) && (codeName(i - 2) || (t.isCapitalized(i - 2) && !lex.determiners.has(t.key(i - 2)) && !opensSentence(doc, i - 2)));
  };
  const namedByArticle = (i: number) => i > 0 && !t.opensBlock(i) && t.isCapitalized(i - 1) && lex.properNameHeads.nameArticles.has(t.key(i - 1));
  return candidates.filter((c) => {
    // A group's name with a member head after it (`the Gulf Cartel boss`, `New Generation Jalisco
    // Cartel leader`): the name is the organization, the head its member, and no threat is left.
    if (c.rule === "head" && t.isCapitalized(c.firstToken) && !t.isUpper(c.firstToken) && before.has(t.key(c.firstToken)) && !t.opensBlock(c.firstToken)) {
      upperRun = false;
      const prev = c.firstToken - 1;
      if (nameWord(prev) && !lex.determiners.has(t.key(prev)) && !countryTokens.has(prev) && !opensSentence(doc, prev)) return false;
    }
    if (c.rule !== "term") return true;
    // A paragraph written all in capitals (core's writing profile `upper`) names nothing by its
    // capitals: read as in lower case. A heading in capitals keeps the reading below (`upperRun`).
    if (doc.writingAt(c.start).upper && doc.blockAt(c.start)?.kind === "paragraph") return true;
    if (t.isUpper(c.firstToken) && (c.endToken - c.firstToken !== 1 || t.text(c.firstToken).length <= 3)) return true; // an acronym
    upperRun = t.isUpper(c.firstToken);
    // Spanish and Portuguese write the head in lower case before the name: `el cártel del Pacífico`.
    const lower = !t.isCapitalized(c.firstToken);
    const key = phraseKeyOf(doc, c);
    // In English a capitalized Spanish article opens a name (`El Narco`, a book; `La Familia`).
    if (!lower && doc.langAt(c.start) === "en" && namedByArticle(c.firstToken)) return false;
    // In Spanish a capitalized article inside a sentence opens a place's or a name's words too
    // (`la toma La Mula`, `el partido de La Matanza`): a one-word threat capitalized there is that name.
    if (!lower && !upperRun && doc.langAt(c.start) === "es" && c.endToken - c.firstToken === 1 && namedByArticle(c.firstToken) && !opensSentence(doc, c.firstToken - 1)) return false;
    // A head that names a body only capitalized, capitalized inside a sentence, is that body
    // named short (`the Militia is composed of reservists`), not the armed group.
    if (!lower && !upperRun && doc.langAt(c.start) === "en" && c.endToken - c.firstToken === 1 && lex.properNameHeads.capitalOnly.has(key) && !opensSentence(doc, c.firstToken)) return false;
    if (lower && doc.langAt(c.start) === "en") {
      const prev = c.firstToken - 1;
      const oneWord = c.endToken - c.firstToken === 1 && before.has(key) && !lex.properNameHeads.capitalOnly.has(key) && !t.opensBlock(c.firstToken);
      // A number names a group in the plural too (`the MS-13 and 18 gangs`).
      const head = c.endToken - c.firstToken === 1 && !t.opensBlock(c.firstToken) && (before.has(key) || before.has(key.replace(/s$/, "")));
      if (head && !lex.properNameHeads.capitalOnly.has(key.replace(/s$/, "")) && numberName(prev, key)) return false;
      // A code of letters and digits is a name too (`the MS-13 gang`: the gang is MS-13).
      const named =
        oneWord &&
        (nameWord(prev) || codeName(prev)) &&
        !lex.determiners.has(t.key(prev)) &&
        !countryTokens.has(prev) &&
        !opensSentence(doc, prev) &&
        !(nameWord(prev - 1) && !lex.determiners.has(t.key(prev - 1)));
      return !named;
    }
    if (lower) {
      if (!before.has(key)) return true;
      const next = c.endToken;
      if (nameWord(next) && !t.opensBlock(next)) return false; // `cártel Jalisco Nueva Generación`
    }
    if (before.has(key)) {
      const prev = c.firstToken - 1;
      if (!lower && !t.opensBlock(c.firstToken) && nameWord(prev) && !lex.determiners.has(t.key(prev))) return false;
      const next = c.endToken;
      if (next < t.count && lex.nameConnectors.has(t.key(next)) && !t.opensBlock(next)) {
        const name = next + 1 < t.count && lex.articles.has(t.key(next + 1)) ? next + 2 : next + 1;
        // A country after it says whose cartels they are (`los cárteles de México`), not a name.
        if (nameWord(name) && !countryTokens.has(name)) return false; // `Cartel of the Suns`, `Cártel de los Soles`
      }
    }
    if (!lower && after.has(key) && !t.opensBlock(c.endToken) && nameWord(c.endToken)) return false;
    return true;
  });
}

function phraseKeyOf(doc: AnalyzedDocument, c: ThreatCandidate): string {
  return phraseKey(doc.text.slice(c.start, c.end));
}

/** Which tokens the kept mentions cover, so overlap checks cost one look per token. */
export class Occupancy {
  private readonly used: Uint8Array;
  constructor(tokenCount: number) {
    this.used = new Uint8Array(tokenCount);
  }
  free(first: number, end: number): boolean {
    for (let i = first; i < end; i++) if (this.used[i]) return false;
    return true;
  }
  take(first: number, end: number): void {
    this.used.fill(1, first, end);
  }
}

/**
 * `organized criminal drug trade`: a phrase that lies wholly in the modifiers before another
 * phrase's threat (`organized criminal`, itself listed for `organized criminals`) modifies that
 * threat and is no reading of its own. One sweep over the candidates by start.
 */
export function dropInsideModifiers(candidates: ThreatCandidate[]): ThreatCandidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || Number(b.rule === "modifier") - Number(a.rule === "modifier"));
  let modifiersEnd = -1;
  const inside = new Set<ThreatCandidate>();
  for (const c of byStart) {
    if (c.rule !== "modifier" && c.end <= modifiersEnd) inside.add(c);
    if (c.rule === "modifier" && !c.value.counter) modifiersEnd = Math.max(modifiersEnd, c.coreStart);
  }
  return inside.size === 0 ? candidates : candidates.filter((c) => !inside.has(c));
}

/**
 * Keep one reading where candidates overlap: the one that names the longest threat (a counter
 * prefix does not count, so `narcotics trafficking` beats `counter-narcotics` in
 * `counter-narcotics trafficking`), then the longest span, then the earliest.
 */
export function selectNonOverlapping(candidates: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.coreStart - (a.end - a.coreStart) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: ThreatCandidate[] = [];
  for (const c of ranked) {
    if (!occupancy.free(c.firstToken, c.endToken)) continue;
    occupancy.take(c.firstToken, c.endToken);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
