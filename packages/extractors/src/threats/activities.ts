import { keyIdMemo, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { commodityOf } from "./commodity.js";
import { COMPLEMENT } from "./coordination.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";

// Activities that share one commodity form one span (ANNOTATION.md §3, the noun phrase):
// `production and trafficking of dangerous synthetic drugs`, `drug production, trafficking`,
// `trafficking drugs`. The word lists are threats.json's `activities`.

/** threats.json `activities.windows`: how many words (adjectives, a determiner) may stand before the
 * commodity of a complement; before the direct object of a verb (`smuggled illegal weapons`), fewer;
 * how many modifier words are read before an activity (`illegal transnational trafficking of`). */
const windows = once(() => taxonomyFile().data.activities.windows);

type Role = "drug" | "any" | "spread" | "join";

const activityWords = once(() => {
  const a = taxonomyFile().data.activities;
  const nouns = new Map<string, Role>();
  for (const w of a.drugNouns) nouns.set(w.toLowerCase(), "drug");
  for (const w of a.anyNouns) nouns.set(w.toLowerCase(), "any");
  const spread = new Map(a.spreadNouns.map((w) => [w.toLowerCase(), "spread" as const]));
  const lower = (ws: readonly string[]) => new Set(ws.map((w) => w.toLowerCase()));
  // Joining nouns (`sale`, `use`) take a drug complement only inside a list with an activity noun.
  const joining = new Map(a.joiningNouns.map((w) => [w.toLowerCase(), "join" as const]));
  return { nouns, spread, joining, spreadCategory: a.spreadCategory, verbs: lower(a.verbs), drugVerbs: lower(a.drugVerbs), joiningVerbs: lower(a.joiningVerbs) };
});

/** Prepositions other than the infinitive's `to`: after one, a drug verb's form is a noun (`for export`). */
const prepositions = once(() => new Set(taxonomyFile().data.grammar.prepositions.map((w) => w.toLowerCase()).filter((w) => w !== "to")));

/** Words that single out part of a list after a comma (`persons, especially women`): no item follows. */
const focusingWords = once(() => new Set(taxonomyFile().data.grammar.focusingWords.map((w) => w.toLowerCase())));

const quantities = once(() => new Set(taxonomyFile().data.activities.quantityNouns.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}s`])));

/** Spelled-out figures (`one`, `twenty`): a number written in words splits the phrase as digits do. */
const figureWords = once(() => new Set(taxonomyFile().data.activities.figureWords.map((w) => w.toLowerCase())));

/** Vague amounts (`thousands of`): they carry the complement on to a drug only. */
const magnitudes = once(() => new Set(taxonomyFile().data.activities.magnitudes.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}s`])));

/** Whether a folded word is an activity noun or verb (0: neither), asked once per word, not per token. */
const activityCode = once(() => {
  const { nouns, spread, joining, verbs, drugVerbs, joiningVerbs } = activityWords();
  return keyIdMemo((key) => (nouns.has(key) || spread.has(key) || joining.has(key) || verbs.has(key) || drugVerbs.has(key) || joiningVerbs.has(key) ? 1 : 0));
});

interface Found {
  first: number;
  end: number;
  value: ThreatValue;
}

/**
 * Widen kept phrases over the activities that share their commodity and add activity phrases
 * no term lists (`production of illicit synthetic drugs`). Kept phrases inside a widened span are
 * replaced by it; a span that would cut one in two is not made. One pass over the tokens, each
 * looking a bounded number of tokens around it.
 */
export function chainActivities(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const { nouns, spread, joining, verbs, drugVerbs, joiningVerbs } = activityWords();
  const listNoun = (w: string) => nouns.has(w) || joining.has(w);
  const owner = new Int32Array(t.count).fill(-1);
  kept.forEach((c, k) => owner.fill(k, c.firstToken, c.endToken));
  const replaced = new Set<number>();
  const added: ThreatCandidate[] = [];

  const place = (f: Found, rule: string): boolean => {
    let first = f.first;
    const inside: number[] = [];
    for (let j = f.first; j < f.end; j++) {
      const k = owner[j]!;
      if (k < 0) {
        if (!occupancy.free(j, j + 1)) return false;
        continue;
      }
      if (replaced.has(k) && !inside.includes(k)) return false;
      const c = kept[k]!;
      if (c.endToken > f.end) return false;
      // A kept phrase that starts earlier brings its modifiers (`illicit trafficking of firearms`).
      if (c.firstToken < first) first = c.firstToken;
      if (!inside.includes(k)) inside.push(k);
    }
    if (inside.length === 1) {
      const c = kept[inside[0]!]!;
      if (c.firstToken === first && c.endToken === f.end && c.value.category === f.value.category) return true;
    }
    for (const k of inside) replaced.add(k);
    occupancy.take(first, f.end);
    owner.fill(-2, first, f.end);
    added.push({ start: t.start(first), end: t.end(f.end - 1), firstToken: first, endToken: f.end, coreStart: t.start(first), value: f.value, rule });
    return true;
  };

  const isActivity = activityCode();
  for (let i = 0; i < t.count; i++) {
    // Most tokens are no activity word: neither branch below applies to them.
    if (isActivity(t.keyId(i)) === 0) continue;
    const key = t.key(i);
    const role = nouns.get(key) ?? spread.get(key) ?? joining.get(key);
    // A drug verb names the threat only with a drug as its object (`sold cocaine`, not `sold cars`).
    // A joining verb (`store`) has the object only after a drug verb it is coordinated with (`import and store narcotics`).
    // A drug noun that is also a drug verb is the verb when no determiner, modifier or preposition governs it
    // and no complement follows (`used to transport cocaine`, `manufacturing fentanyl`; `the transport of cocaine` is the noun).
    const verbForm = role === "drug" && drugVerbs.has(key) && i + 1 < t.count && !COMPLEMENT.has(t.key(i + 1)) && key.endsWith("ing");
    const drugVerb = (!role || verbForm) && (drugVerbs.has(key) || joiningVerbs.has(key)) && !nominal(doc, lex, i) && !nounOrAdjective(doc, i);
    const object = role || verbs.has(key) || drugVerb ? objectOf(doc, lex, i + 1, role, (verbs.has(key) || drugVerb) && !nominal(doc, lex, i), drugVerb) : undefined;
    if (object) {
      // Coordinated verbs share the object (`produce and sell cocaine`), coordinated nouns the complement.
      const verbal = drugVerb || (!role && verbs.has(key));
      const coordinated = verbal ? (w: string) => verbs.has(w) || drugVerbs.has(w) || joiningVerbs.has(w) : listNoun;
      const found = { first: modifiersBefore(doc, lex, coordinatedStart(doc, lex, coordinated, i), occupancy), end: object.end, value: object.value };
      if (drugVerb && !drugVerbs.has(key) && !tradeVerbIn(doc, drugVerbs, found.first, i)) continue;
      // A joining noun names the threat only after an activity noun of its list (`production and sale of drugs`, not `the sale of drugs`).
      if (role === "join" && !activityNounIn(doc, nouns, found.first, i)) continue;
      // A lone drug activity names the threat as a determiner's or a preposition's object (`combat
      // the production of drugs`, `a boom in production of drugs`); bare, it describes a process
      // (`Production of drugs occurs in ...`).
      const governed = i > 0 && !t.opensBlock(i) && (lex.determiners.has(t.key(i - 1)) || prepositions().has(t.key(i - 1)));
      // A listed phrase already opening there names the threat: the activity only sets its end (`as production of opium gum rose`).
      const listed = owner[i]! >= 0 && kept[owner[i]!]!.firstToken === i;
      const described = role === "drug" && !drugVerb && found.first === i && !governed && !listed;
      if (!described && place(found, "activity")) for (const other of object.others) place(other, "activity");
      continue;
    }
    // A kept phrase that ends on an activity takes the activities coordinated after it.
    const k = owner[i]!;
    if (k >= 0 && kept[k]!.endToken === i + 1 && nouns.has(key) && !replaced.has(k)) {
      const c = kept[k]!;
      // A list that goes on over joining nouns to a drug complement is placed from its last item (`production, trafficking, sale, and use of drugs`).
      const listEnd = coordinatedEnd(doc, lex, { has: listNoun }, i + 1);
      if (listEnd > i + 1 && joining.has(t.key(listEnd - 1)) && objectOf(doc, lex, listEnd, "join", false)) continue;
      // Bare `trafficking` coordinated with a drug activity noun (`areas of production and
      // trafficking`, `trafficking and production`) is one activity of the drug trade.
      if (c.firstToken === i && key === "trafficking" && c.value.category !== drugCategory(lex)) {
        const drugNoun = (w: string) => nouns.get(w) === "drug";
        const first = coordinatedStart(doc, lex, drugNoun, i);
        const end = coordinatedEnd(doc, lex, drugNouns(nouns), i + 1);
        const value = lex.dictionary.get("drug trafficking");
        // A commodity before the list names another trade (`arms production and trafficking`).
        const commodity = first > 0 && !t.opensBlock(first) && commodityOf(lex, t.key(first - 1), false) !== undefined;
        if ((first < i || end > i + 1) && value && !commodity) place({ first: modifiersBefore(doc, lex, first, occupancy), end, value }, "activity");
        continue;
      }
      // Drug activities share their drug; other pairs are two crimes (`migrant smuggling and trafficking`).
      if (c.value.category !== drugCategory(lex)) continue;
      let end = coordinatedEnd(doc, lex, nouns, i + 1);
      // The last activity may carry the head they all share (`drug production and trafficking organizations`).
      const last = end > i + 1 ? owner[end - 1]! : -1;
      if (last >= 0 && kept[last]!.firstToken === end - 1 && kept[last]!.rule === "head") end = kept[last]!.endToken;
      if (end > i + 1) place({ first: c.firstToken, end, value: c.value }, c.rule);
    }
  }
  if (added.length === 0) return kept;
  return [...kept.filter((_, k) => !replaced.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The first of the modifier words (threats.json `modifiers`) right before an activity phrase's first
 * word, which belong to the noun phrase (`illicit manufacture and trafficking of synthetic drugs`).
 */
function modifiersBefore(doc: AnalyzedDocument, lex: Lexicon, first: number, occupancy: Occupancy): number {
  const t = doc.tokens;
  let k = first;
  for (let n = 0; n < windows().modifiers && k > 0 && !t.opensBlock(k) && lex.modifierWords.has(t.key(k - 1)) && occupancy.free(k - 1, k); n++) k--;
  return k;
}

/** An -ing form after a determiner or modifier is a noun (`their illicit trafficking goods`), not a verb with its object. */
function nominal(doc: AnalyzedDocument, lex: Lexicon, token: number): boolean {
  const t = doc.tokens;
  const prev = token > 0 && !t.opensBlock(token) ? t.key(token - 1) : "";
  // After a word, `that` opens a relative clause (`cartels that distribute the drug`): a verb follows.
  if (lex.relativePronouns.has(prev) && token > 1 && !t.opensBlock(token - 1) && t.isWord(token - 2) && !lex.determiners.has(t.key(token - 2))) return false;
  return lex.determiners.has(prev) || lex.modifierWords.has(prev);
}

/** Whether one of the tokens [first, end) is a verb of the drug trade (`import` in `import and store`). */
function tradeVerbIn(doc: AnalyzedDocument, drugVerbs: ReadonlySet<string>, first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (drugVerbs.has(doc.tokens.key(j))) return true;
  return false;
}

/**
 * A drug verb's form that is a noun or part of an adjective: after a preposition (`for export`)
 * or glued by a hyphen to the word before (`locally-produced`, `ever-growing`).
 */
function nounOrAdjective(doc: AnalyzedDocument, token: number): boolean {
  const t = doc.tokens;
  if (token === 0 || t.opensBlock(token)) return false;
  const prev = token - 1;
  return prepositions().has(t.key(prev)) || (t.text(prev) === "-" && t.end(prev) === t.start(token));
}

/** The commodity an activity takes: `of|in` + a few words + a commodity, or a verb's direct object. */
function objectOf(
  doc: AnalyzedDocument,
  lex: Lexicon,
  from: number,
  role: Role | undefined,
  verb: boolean,
  drugOnly = false,
): { end: number; value: ThreatValue; others: Found[] } | undefined {
  const t = doc.tokens;
  let i = from;
  let room = windows().directObjectWords;
  let direct = true;
  if (i < t.count && COMPLEMENT.has(t.key(i)) && role) {
    i++;
    room = windows().objectWords;
    direct = false;
  } else if (!verb) return undefined;
  // `trafficking organizations moved cocaine`: a head noun right after the word makes it the
  // attributive of that noun, not a verb before its object (the phrase ends on the head: candidates.ts).
  if (direct && i < t.count && !t.opensBlock(i) && lex.headWords.has(t.key(i))) return undefined;
  const smuggling = doc.tokens.key(from - 1).startsWith("smuggl");
  const head = commodityPhrase(doc, lex, i, room, smuggling, drugOnly);
  if (!head) return undefined;
  if ((drugOnly || role === "join" || (role === "drug" && !verb)) && head.value.category !== drugCategory(lex)) return undefined;
  if (role === "spread") return spreadOf(lex, head);
  // Coordinated commodities (`drugs, firearms, and ammunition`): those of the head's category
  // right after it share the activity; any other is its own mention.
  let end = head.end;
  let sharing = true;
  const others: Found[] = [];
  // Items after a bare comma are a list only once a conjunction closes it (`drugs, arms, and
  // ammunition`); with none, the comma opens something else (`drugs, detect emerging drug threats`).
  const unclosed = () => {
    end = head.end;
    others.length = 0;
  };
  for (let k = head.end; ; ) {
    let j = k;
    if (j < t.count && t.text(j) === ",") j++;
    const conjunction = j < t.count && lex.conjunctions.has(t.key(j));
    if (conjunction) j++;
    if (j === k || j >= t.count || t.opensBlock(j) || focusingWords().has(t.key(j))) {
      if (!conjunction) unclosed();
      break;
    }
    const next = commodityPhrase(doc, lex, j, windows().directObjectWords, smuggling);
    if (!next) {
      if (!conjunction) unclosed();
      break;
    }
    // A verb's span ends on its first direct object: further drugs are bare commodities (`trafficking
    // fentanyl`, then `, cocaine, and other drugs` outside; blind4 A4-T2).
    if (sharing && next.value.category === head.value.category) {
      if (!direct) end = next.end;
    }
    else {
      sharing = false;
      others.push(next);
    }
    if (conjunction) break;
    k = next.end;
  }
  return { end, value: head.value, others };
}

/** A few lower-case words ending on a commodity word (`dangerous synthetic drugs`, `plant-based drugs`). */
function commodityPhrase(doc: AnalyzedDocument, lex: Lexicon, from: number, room: number, smuggling: boolean, direct = false): Found | undefined {
  const t = doc.tokens;
  let vague = false;
  for (let i = from, n = 0; i < t.count && n <= room; i++) {
    if (t.opensBlock(i)) return undefined;
    if (t.text(i) === "-" && i > from) continue; // inside a hyphenated compound
    // A quantity's `of` goes on to its commodity (`small amounts of ketamine`), a vague amount's to a drug (`thousands of tons of cocaine`).
    if (COMPLEMENT.has(t.key(i)) && i > from && quantities().has(t.key(i - 1))) continue;
    if (COMPLEMENT.has(t.key(i)) && i > from && magnitudes().has(t.key(i - 1))) {
      vague = true;
      continue;
    }
    // A number splits the phrase (`imported 200 kilograms of cocaine`, `smuggling one ton of cocaine`):
    // only the quantity is tagged, as a claim; the activity is no threat mention (adjudicated blind9, blind26, blind36).
    if (t.kind(i) === "number" || figureWords().has(t.key(i))) return undefined;
    if (!t.isWord(i) || lex.conjunctions.has(t.key(i)) || COMPLEMENT.has(t.key(i))) return undefined;
    // A drug verb's direct object has no preposition before the drug (`export began with marijuana`).
    if (direct && prepositions().has(t.key(i))) return undefined;
    // `that` before a plural opens a relative clause, not a singular object (`the firearms trafficking
    // that fuels violence`: `fuels` is its verb).
    if (lex.relativePronouns.has(t.key(i)) && i + 1 < t.count && t.key(i + 1).endsWith("s")) return undefined;
    let value = commodityOf(lex, t.key(i), smuggling);
    if (value) {
      // The head is the last of adjacent commodity nouns (`nuclear weapons`, `opium poppy`).
      for (let next; i + 1 < t.count && !t.opensBlock(i + 1) && (next = commodityOf(lex, t.key(i + 1), smuggling)); i++) value = next;
      // A quantity noun after the commodity is the phrase's head (`a cocaine shipment`).
      if (i + 1 < t.count && !t.opensBlock(i + 1) && quantities().has(t.key(i + 1))) i++;
      if (vague && value.category !== drugCategory(lex)) return undefined;
      return { first: from, end: i + 1, value };
    }
    n++;
  }
  return undefined;
}

/** First token of the activities coordinated before `token` (`cultivation, production, and` trafficking; `produce and` sell). */
function coordinatedStart(doc: AnalyzedDocument, lex: Lexicon, isActivity: (key: string) => boolean, token: number): number {
  const t = doc.tokens;
  let first = token;
  for (;;) {
    let j = first - 1;
    if (j < 0 || t.opensBlock(first)) return first;
    let linked = false;
    if (lex.conjunctions.has(t.key(j))) {
      j--;
      linked = true;
    }
    if (j >= 0 && t.text(j) === ",") {
      j--;
      linked = true;
    }
    if (!linked || j < 0 || t.opensBlock(j + 1) || !isActivity(t.key(j))) return first;
    first = j;
  }
}

/** End of the activities coordinated after a phrase (`drug production` + `, trafficking`). */
function coordinatedEnd(doc: AnalyzedDocument, lex: Lexicon, nouns: { has(key: string): boolean }, after: number): number {
  const t = doc.tokens;
  let end = after;
  for (;;) {
    let j = end;
    if (j < t.count && t.text(j) === ",") j++;
    if (j < t.count && lex.conjunctions.has(t.key(j))) j++;
    if (j === end || j >= t.count || t.opensBlock(j)) return end;
    const compound = hyphenated(doc, j);
    if (nouns.has(t.key(j))) end = j + 1;
    else if (compound && nouns.has(compound.key)) end = compound.end;
    else return end;
  }
}

/** Whether a token in [first, end) is an activity noun (`production` in `production and sale`). */
function activityNounIn(doc: AnalyzedDocument, nouns: ReadonlyMap<string, Role>, first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (nouns.has(doc.tokens.key(j))) return true;
  return false;
}

/** A word, a hyphen and a word written without spaces (`trans-shipment`): the folded compound and its end token. */
function hyphenated(doc: AnalyzedDocument, token: number): { key: string; end: number } | undefined {
  const t = doc.tokens;
  const h = token + 1;
  if (h + 1 >= t.count || t.text(h) !== "-" || t.end(token) !== t.start(h) || t.end(h) !== t.start(h + 1) || !t.isWord(h + 1)) return undefined;
  return { key: `${t.key(token)}-${t.key(h + 1)}`, end: h + 2 };
}

/** `the spread of the most dangerous weapons`: weapons that spread are proliferation, not trafficking. */
function spreadOf(lex: Lexicon, head: Found): { end: number; value: ThreatValue; others: Found[] } | undefined {
  const { spreadCategory } = activityWords();
  if (head.value.category !== lex.dictionary.get("arms trafficking")?.category) return undefined;
  const value = spreadValue(lex, spreadCategory);
  return value ? { end: head.end, value, others: [] } : undefined;
}

let spreadMemo: { lex: Lexicon; value: ThreatValue | undefined } | undefined;
/** The meaning a spread takes: any listed phrase of the spread category (its category and ICCS code), found once. */
function spreadValue(lex: Lexicon, category: string): ThreatValue | undefined {
  if (spreadMemo?.lex !== lex) {
    let value: ThreatValue | undefined;
    for (const v of lex.dictionary.values()) if (v.category === category && v.standalone) { value = v; break; }
    spreadMemo = { lex, value };
  }
  return spreadMemo.value;
}

const DRUG_NOUNS = new WeakMap<ReadonlyMap<string, Role>, ReadonlyMap<string, Role>>();

/** The activity nouns that name the drug trade only (`production`, `cultivation`), made once. */
function drugNouns(nouns: ReadonlyMap<string, Role>): ReadonlyMap<string, Role> {
  let only = DRUG_NOUNS.get(nouns);
  if (!only) DRUG_NOUNS.set(nouns, (only = new Map([...nouns].filter(([, r]) => r === "drug"))));
  return only;
}

function drugCategory(lex: Lexicon): string | undefined {
  return lex.dictionary.get("drug trafficking")?.category;
}
