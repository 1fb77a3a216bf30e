import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { commodityOf } from "./commodity.js";
import { taxonomyFile } from "./taxonomy.js";

/** Spanish and Portuguese nouns of the drug's sale and use (threats.json activities.romanceJoiningNouns), folded. */
const romanceJoining = once(() => {
  const j = taxonomyFile().data.activities.romanceJoiningNouns;
  return new Map([["es", new Set(j.es.map(foldKey))], ["pt", new Set(j.pt.map(foldKey))]]);
});

/** Prepositions that open a shared complement (`cultivation and trafficking of narcotics`). */
export const COMPLEMENT = new Set(["of", "in"]);

/**
 * Items coordinated with a kept phrase. A shared head gives one mention per item
 * (`narcotics, human, arms, and contraband trafficking` -> `narcotics`, `human`, `arms`);
 * a shared complement widens the phrase (`cultivation and trafficking of narcotics`, and head first
 * `lavado y blanqueo de activos`).
 */
export function coordinate(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const out: ThreatCandidate[] = [];
  for (const c of kept) {
    if (c.rule === "modifier" || c.value.counter || c.endToken - c.firstToken < 2) {
      out.push(c);
      continue;
    }
    const t = doc.tokens;
    const rest = restKey(doc, c.firstToken + 1, c.end);
    if (COMPLEMENT.has(t.key(c.firstToken + 1))) {
      out.push(widenOverComplement(doc, lex, c, rest, occupancy));
      continue;
    }
    const link = headFirstLink(doc, lex, c);
    if (link > 0) {
      // The complement starts at the link, after any adjectives of the head (`tráfico ilícito de drogas`).
      const widened = widenOverComplement(doc, lex, c, restKey(doc, link, c.end), occupancy);
      if (widened !== c) {
        out.push(...joinOwnItems(doc, lex, widened, trailingItems(doc, lex, widened, occupancy)));
        continue;
      }
    }
    const items = sharedHeadItems(doc, lex, c, rest, occupancy);
    // Commodities of the phrase's own category are one mention with it (`poppy and marijuana production`,
    // `coca and cocaine producer`: bare commodities add no mention); any other item is its own
    // (`drug and arms trafficking`, `illicit or threat networks`).
    // Spanish and Portuguese nouns before a head-first phrase share its adjective: one noun phrase of
    // coordinated heads (`células y organizaciones delictivas`, as `criminal organizations and networks`),
    // where coordinated adjectives after one head are a mention each (`delitos transfronterizos y ambientales`).
    const sharedAdjective = doc.langAt(c.start) !== "en" && !rest.includes(" ");
    const own = items.length > 0 && items.every((x) => x.value.category === c.value.category && (sharedAdjective || commodityOf(lex, t.key(x.firstToken))));
    let phrase = c;
    if (own) {
      const first = items[items.length - 1]!;
      phrase = { ...c, start: first.start, firstToken: first.firstToken, coreStart: first.start };
    } else out.push(...items);
    // Spanish and Portuguese put the head first: the items follow (`delitos transfronterizos y ambientales`).
    if (doc.langAt(c.start) !== "en") out.push(...joinOwnItems(doc, lex, phrase, trailingItems(doc, lex, c, occupancy)));
    else out.push(phrase);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `trata de mujeres y niñas` is one mention, as `trafficking in women and girls`: the first trailing
 * items that name victims of the phrase's own threat widen it; any other item stays its own
 * (`tráfico de personas y de migrantes`, `cultivos de coca, marihuana`).
 */
function joinOwnItems(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate, items: ThreatCandidate[]): ThreatCandidate[] {
  const ownVictims = (x: ThreatCandidate) => x.value.category === c.value.category && lex.victimWords.has(doc.tokens.key(x.firstToken));
  let joined = c;
  let k = 0;
  while (k < items.length && ownVictims(items[k]!)) {
    const item = items[k++]!;
    joined = { ...joined, end: item.end, endToken: item.endToken };
  }
  return [joined, ...items.slice(k)];
}

/**
 * The one-word link of a Spanish or Portuguese phrase whose head is followed by it, right after the
 * head or after the head's adjectives (`blanqueo de activos`, `tráfico ilícito de drogas`): its token, or -1.
 */
function headFirstLink(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate): number {
  const lang = doc.langAt(c.start);
  const links = lang === "en" ? undefined : lex.headFirst.get(lang)?.links;
  if (!links) return -1;
  for (let i = c.firstToken + 1; i < c.endToken - 1 && doc.tokens.isWord(i); i++) {
    const key = doc.tokens.key(i);
    if (links.some((l) => l.length === 1 && l[0] === key)) return i;
  }
  return -1;
}

function restKey(doc: AnalyzedDocument, fromToken: number, end: number): string {
  return foldKey(doc.text.slice(doc.tokens.start(fromToken), end)).replace(/\s+/g, " ");
}

/** Index of the token before a conjunction that ends right before `token` (`X and|or token`), or -1. */
function beforeConjunction(doc: AnalyzedDocument, lex: Lexicon, token: number): number {
  const t = doc.tokens;
  const conj = token - 1;
  if (conj < 1 || !lex.conjunctions.has(t.key(conj)) || t.opensBlock(token) || t.opensBlock(conj)) return -1;
  return t.text(conj - 1) === "," ? conj - 2 : conj - 1;
}

/**
 * The nouns before a phrase that share its complement widen it, as far as the list goes
 * (`cultivation and trafficking of narcotics`, `la producción, el tráfico y la venta de drogas`):
 * each item makes a listed phrase of the same threat with the complement.
 */
function widenOverComplement(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate, rest: string, occupancy: Occupancy): ThreatCandidate {
  let first = c.firstToken;
  // A noun of the drug's sale or use joins a list that shares a drug phrase's complement (`consumo e
  // tráfico de drogas`), though alone it names no threat (`consumo de drogas`).
  const joining = c.value.category === lex.dictionary.get("drug trafficking")?.category ? romanceJoining().get(doc.langAt(c.start)) : undefined;
  for (let w = itemBefore(doc, lex, first, false); w >= 0 && doc.tokens.isWord(w) && occupancy.free(w, first); w = itemBefore(doc, lex, first, true)) {
    const v = lex.dictionary.get(`${doc.tokens.key(w)} ${rest}`);
    if (!(v?.standalone && v.category === c.value.category) && !joining?.has(doc.tokens.key(w))) break;
    first = w;
  }
  if (first === c.firstToken) return c;
  occupancy.take(first, c.firstToken);
  return { ...c, start: doc.tokens.start(first), firstToken: first, coreStart: doc.tokens.start(first), rule: "coordination" };
}

/**
 * The item before `token` in a list: across a conjunction (`producción y tráfico`), or, once the
 * list has one (`commaAlone`), across a comma (`producción, tráfico y venta`); an article may open
 * each item after the first (`la producción y el tráfico`). -1 if no list goes on.
 */
function itemBefore(doc: AnalyzedDocument, lex: Lexicon, token: number, commaAlone: boolean): number {
  const t = doc.tokens;
  const opened = token > 0 && lex.articles.has(t.key(token - 1)) && !t.opensBlock(token) ? token - 1 : token;
  const conjunction = beforeConjunction(doc, lex, opened);
  if (conjunction >= 0 || !commaAlone) return conjunction;
  return opened >= 2 && t.text(opened - 1) === "," && !t.opensBlock(opened) ? opened - 2 : -1;
}

function sharedHeadItems(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate, rest: string, occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const items: ThreatCandidate[] = [];
  // An English item may share the head alone, past the phrase's own modifiers (`unlawful or
  // politically motivated killings`: `unlawful killings`).
  const head = rest.includes(" ") && doc.langAt(c.start) === "en" ? rest.slice(rest.lastIndexOf(" ") + 1) : undefined;
  let w = beforeConjunction(doc, lex, c.firstToken);
  while (w >= 0 && t.isWord(w) && occupancy.free(w, w + 1)) {
    const v = classify(lex, t.key(w), rest) ?? (head === undefined ? undefined : listed(lex, `${t.key(w)} ${head}`));
    if (!v) break;
    occupancy.take(w, w + 1);
    items.push({ start: t.start(w), end: t.end(w), firstToken: w, endToken: w + 1, coreStart: t.start(w), value: v, rule: "coordination" });
    if (w < 2 || t.text(w - 1) !== "," || t.opensBlock(w)) break;
    w -= 2;
  }
  return items;
}

/**
 * `delitos transfronteiriços e ambientais` -> `ambientais`: after a head-first phrase, each item
 * joined by a comma or conjunction that makes a listed phrase with the phrase's head part (all
 * but its last word: `delitos`, `tráfico de`) is a mention of that phrase's threat.
 */
function trailingItems(doc: AnalyzedDocument, lex: Lexicon, c: ThreatCandidate, occupancy: Occupancy): ThreatCandidate[] {
  const t = doc.tokens;
  const head = foldKey(doc.text.slice(c.start, t.start(c.endToken - 1))).replace(/\s+/g, " ").trim();
  // The head's link word may be said again before an item (`tráfico de drogas e de armas`).
  const link = head.slice(head.lastIndexOf(" ") + 1);
  const items: ThreatCandidate[] = [];
  let k = c.endToken;
  for (;;) {
    let w = k;
    if (t.text(w) === ",") w++;
    const conjunction = w < t.count && lex.conjunctions.has(t.key(w));
    if (conjunction) w++;
    if (w > k && w + 1 < t.count && link !== head && foldKey(t.key(w)) === link) w++;
    if (w === k || w >= t.count || t.opensBlock(w) || !t.isWord(w) || !occupancy.free(w, w + 1)) break;
    const v = lex.dictionary.get(`${head} ${t.key(w)}`);
    if (!v?.standalone) break;
    occupancy.take(w, w + 1);
    items.push({ start: t.start(w), end: t.end(w), firstToken: w, endToken: w + 1, coreStart: t.start(w), value: v, rule: "coordination" });
    if (conjunction) break;
    k = w + 1;
  }
  return items;
}

/** A listed phrase's meaning, if it stands alone. */
function listed(lex: Lexicon, phrase: string): ThreatValue | undefined {
  const v = lex.dictionary.get(phrase);
  return v?.standalone ? v : undefined;
}

/** What `item rest` would mean as one phrase: a listed phrase, or a word that takes `rest` as its head. */
function classify(lex: Lexicon, item: string, rest: string): ThreatValue | undefined {
  const whole = lex.dictionary.get(`${item} ${rest}`);
  if (whole?.standalone) return whole;
  const groups = lex.headWords.get(rest);
  const v = lex.dictionary.get(item);
  if (!groups || !v) return undefined;
  for (const g of groups) if (v.heads.has(g)) return v;
  return undefined;
}
