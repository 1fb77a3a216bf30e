import { foldKey, type AnalyzedDocument } from "@procmine/core";
import type { OrgLexicon } from "./pattern-words.js";
import { formKey } from "./gazetteer.js";

/**
 * A run: capitalized words joined by name-internal connectors (`of`, `de`, `the` after `of`,
 * `and`; the classifier decides where coordinated names split) and by hyphens without spaces (`Force-South`). Runs stop at
 * punctuation, possessives (but a plural noun's, `Women's`) and block starts, and at `maxRunTokens` tokens (no name is that
 * long; a shouted paragraph would be one run). Token indices, in order.
 */
export type Run = number[];

/** A word that can be part of a proper name: capitalized or all caps. */
export function isNameWord(doc: AnalyzedDocument, i: number): boolean {
  const t = doc.tokens;
  return t.isWord(i) && (t.isCapitalized(i) || t.isUpper(i)) && doc.text.charCodeAt(t.start(i)) !== 39; // not `'Cause`
}

/** Each lexicon's dative links folded: a token whose key is none of them is none of the links as written. */
const foldedDatives = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * Dative links are matched as written (lower case, NFC): `às` folded is the English `as`. Its
 * folded key is asked first (the same test's necessary half, no string made), the spelling after.
 */
export function isRomanceDative(doc: AnalyzedDocument, lex: OrgLexicon, k: number): boolean {
  let folded = foldedDatives.get(lex.romanceDative);
  if (folded === undefined) {
    folded = new Set([...lex.romanceDative].map(foldKey));
    foldedDatives.set(lex.romanceDative, folded);
  }
  const t = doc.tokens;
  return folded.has(t.key(k)) && lex.romanceDative.has(t.text(k).toLowerCase().normalize("NFC"));
}

const touching = (doc: AnalyzedDocument, a: number, b: number) => doc.tokens.end(a) === doc.tokens.start(b);

/**
 * A blank line or a dash between token `j` and the one before it: no name runs across one, even
 * where the layout gave no new block there (a running head, `Notas Taquigráficas`, over a body's
 * name), nor across the dash that joins a name to its acronym (`Foro Nacional — FN`), which
 * normalization writes as a space.
 */
function breakBefore(doc: AnalyzedDocument, j: number): boolean {
  if (j === 0) return false;
  const from = doc.tokens.end(j - 1);
  const to = doc.tokens.start(j);
  if (shoutedLineEndsBefore(doc, j)) return true;
  // Normalized text writes line breaks as spaces: only a gap of two or more can hold a blank line.
  if (to - from < 2) return false;
  return /\n[ \t\f\r]*\n|[\u2014\u2015]/.test(doc.raw.slice(doc.map.rawIndex(from), doc.map.rawIndex(to)));
}

/**
 * A line in capitals throughout (a transcript's speaker label `SECRETARIA DE ENERGÍA`, `VOZ MUJER`)
 * that ends before token `j`, a word not in capitals: the label's words and the speech's first
 * words (`Buenos días`, `Gobierno de México`) are no one name. A wrapped line holds lower case.
 * Asked only at a line's end, so each line is read once.
 */
function shoutedLineEndsBefore(doc: AnalyzedDocument, j: number): boolean {
  const t = doc.tokens;
  if (!t.isUpper(j - 1) || t.isUpper(j)) return false;
  const end = doc.map.rawIndex(t.end(j - 1));
  if (!doc.raw.slice(end, doc.map.rawIndex(t.start(j))).includes("\n")) return false;
  const start = doc.raw.lastIndexOf("\n", end - 1) + 1;
  const line = doc.raw.slice(start, end);
  return line === line.toUpperCase() && /\p{L}.*\p{L}/su.test(line);
}

/** Words a portfolio list may hold: capitalized, no head of a body of their own, no connector. */
const portfolioWord = (doc: AnalyzedDocument, lex: OrgLexicon, i: number) => isNameWord(doc, i) && !lex.heads.has(doc.tokens.key(i)) && !lex.inner.has(doc.tokens.key(i)) && !lex.coordination.has(doc.tokens.key(i));

/**
 * `Ministry of Interior, Justice, and Peace`, `Ministerio de Ciencia, Tecnología e Innovación`: a
 * head's `of`/`de` complement may be a serial list of portfolios, closed by `and`/`y`/`e`. From the
 * comma at `comma`, the token index just past such a list, or -1. Each item is one to three
 * capitalized words with no head of their own and no country (`Defense, Army and Navy`, `Defense,
 * Colombia and Peru` list bodies and states, not portfolios).
 */
function serialComplementEnd(doc: AnalyzedDocument, lex: OrgLexicon, run: Run, comma: number, to: number, countryForms: ReadonlySet<string>): number {
  const t = doc.tokens;
  // The head's complement is the first item, straight after `of`/`de` (no article: `Office of the President, Smith`).
  const k = run.length - 2;
  if (k < 1 || !portfolioWord(doc, lex, run[k + 1]!)) return -1;
  // Or, in a Spanish or Portuguese name opened by its head, any connector's (`Delegacia Especializada em
  // Armas, Munições e Explosivos`): the head comes first, so what follows is its complement.
  const ofHead = lex.complement.has(t.key(run[k]!)) && lex.heads.has(t.key(run[k - 1]!));
  const inRomanceName = lex.inner.has(t.key(run[k]!)) && run.slice(0, k).some((i) => lex.romanceHeads.has(t.key(i))) && doc.langAt(t.start(run[k]!)) !== "en";
  if (!ofHead && !inRomanceName) return -1;
  const item = (i: number) => portfolioWord(doc, lex, i) && !countryForms.has(t.key(i));
  let j = comma;
  for (let items = 0; items < 6; items++) {
    // Here j is at `,` (or `, and`, or `and`) before the next item.
    let closing = false;
    if (t.text(j) === ",") j++;
    if (j < to && lex.coordination.has(t.key(j))) {
      closing = true;
      j++;
    }
    let words = 0;
    while (j < to && words < 3 && !t.opensBlock(j) && item(j)) {
      j++;
      words++;
    }
    // (`SEGURIDAD Y DERECHOS`: a name in capitals writes its `y` so.)
    if (words === 0 || (j < to && isNameWord(doc, j) && !lex.inner.has(t.key(j)) && !lex.coordination.has(t.key(j)))) return -1;
    if (closing) return j;
    if (j >= to || t.text(j) !== "," ) {
      if (j < to && lex.coordination.has(t.key(j))) continue;
      return -1;
    }
  }
  return -1;
}

/** `Los Angeles`, `Las Vegas`: a capitalized article that is a listed place's first word opens a run (a name's connector otherwise). */
function opensPlaceName(doc: AnalyzedDocument, lex: OrgLexicon, i: number, to: number): boolean {
  const t = doc.tokens;
  return i + 1 < to && t.isCapitalized(i) && lex.articlePlaces.has(formKey(`${t.text(i)} ${t.text(i + 1)}`));
}

/** `El Salvador`, `La Republica Dominicana`: a capitalized article or link that opens a country's name, with the one or two words after it (a name's connector otherwise). */
export function opensCountryName(doc: AnalyzedDocument, i: number, to: number, countryForms: ReadonlySet<string>): boolean {
  const t = doc.tokens;
  if (!t.isCapitalized(i)) return false;
  let key = t.key(i);
  for (let n = 1; n < 3 && i + n < to; n++) {
    key += ` ${t.key(i + n)}`;
    if (countryForms.has(key)) return true;
  }
  return false;
}

/**
 * `del Registro del MINISTERIO DE SEGURIDAD`: an official bulletin writes its bodies in capitals
 * inside ordinary prose, so a head in capitals after a link `j` opens a body of its own: after a
 * word in ordinary case when a second capitals word follows it (a register, a post: `Coordinador de
 * Investigaciones de la DIRECCION DE INVESTIGACIONES`; an acronym closing a name, `Dirección
 * Antidrogas de la PNP`, is one word, no head), after capitals when the link is in lower case (a
 * body: `DIRECCION DE INVESTIGACIONES de la OFICINA`; `DIRECCION GENERAL DE ASUNTOS` is one name).
 */
function opensCapitalsBody(doc: AnalyzedDocument, lex: OrgLexicon, prev: number, j: number, k: number, to: number): boolean {
  const t = doc.tokens;
  if (!t.isUpper(k) || !lex.heads.has(t.key(k))) return false;
  if (t.isUpper(prev)) return !t.isUpper(j);
  return t.isCapitalized(prev) && k + 1 < to && t.isWord(k + 1) && t.isUpper(k + 1);
}

/** All runs of the token range [from, to) that start before `until`. */
export function findRuns(doc: AnalyzedDocument, lex: OrgLexicon, from: number, to: number, countryForms: ReadonlySet<string> = new Set(), until = to): Run[] {
  const t = doc.tokens;
  const runs: Run[] = [];
  let i = from;
  while (i < until) {
    if (!isNameWord(doc, i) || (lex.inner.has(t.key(i)) && !opensPlaceName(doc, lex, i, to))) {
      i++;
      continue;
    }
    const run: Run = [i];
    let j = i + 1;
    while (j < to && !t.opensBlock(j) && run.length < lex.maxRunTokens && !breakBefore(doc, j)) {
      const key = t.key(j);
      const prev = run[run.length - 1]!;
      // (`Haiti-based Committee`: a hyphened modifier describes the body; the name starts after it.)
      if (t.text(j) === "-" && j + 1 < to && t.isWord(j + 1) && !t.isCapitalized(j + 1) && lex.hyphenModifierTails.has(t.key(j + 1))) break;
      if (t.text(j) === "-" && j + 1 < to && touching(doc, prev, j) && touching(doc, j, j + 1) && t.isWord(j + 1)) {
        run.push(j, j + 1); // Task Force-South, U.S.-Colombia
        j += 2;
        continue;
      }
      // Dative links are matched as written: `às` folded is the English `as`.
      const dative = isRomanceDative(doc, lex, j);
      if (lex.inner.has(key) || lex.coordination.has(key) || dative) {
        let k = j + 1;
        if (lex.complement.has(key) && k < to && lex.afterOf.has(t.key(k))) k++;
        // `Committee on the Judiciary`, `Subcommittee on the Western Hemisphere`: a committee's `on the` topic.
        else if (lex.topicLinks.has(key) && lex.topicArticleHeads.has(t.key(prev)) && k < to && lex.afterOf.has(t.key(k))) k++;
        // `Office for Latin America and the Caribbean`, `Institute of Peace and the Americas`: inside an
        // English `of`/`for` complement `and the` before a listed region coordinates another of its
        // nouns; before any other word it ends the name (`Ministry of Health and the Red Cross`).
        else if (lex.coordination.has(key) && k + 1 < to && t.text(k) === "the" && lex.andTheRegions.has(t.key(k + 1)) && run.some((m) => lex.complement.has(t.key(m)) && t.text(m) === t.text(m).toLowerCase())) k++;
        // `para la Seguridad`, `contra el Narcotráfico`, `en materia de Delincuencia`.
        if (lex.romanceConnectors.has(key) || dative) while (k < to && k - j <= 2 && lex.romanceLinks.has(t.key(k)) && !t.isCapitalized(k)) k++;
        // `Combate ao Crime Organizado` runs on; `da Comissão de Ética ao Conselho Nacional` is two
        // bodies, as `la Fiscalía General en el Programa Nacional` is.
        if ((dative || lex.romanceLocative.has(key)) && k < to && (lex.heads.has(t.key(k)) || lex.standalone.has(t.key(k)))) break;
        // `do Ministério da Justiça para Ministério da Justiça e da Segurança Pública`: a connector and
        // the head the name opened with name a second body (a renaming, a transfer), not a field.
        if (lex.romanceConnectors.has(key) && k < to && lex.heads.has(t.key(k)) && t.key(k) === t.key(run[0]!)) break;
        // `Iniciativa Andina en Colombia`, `Operación Noreste en Tamaulipas`, `Ejército en Tingo María`: a
        // head and its adjectives, with no complement of their own, then `en` and a place: the place is
        // where the body acts, not its name (`Comité de Familiares ... en Honduras` names it). A
        // participle governs its `en` (`Delegacia Especializada em Armas`, `Fiscalía Especializada en Delitos`).
        if (lex.romanceLocative.has(key) && k < to && t.isCapitalized(k) && (k === j + 1 || lex.romanceArticles.has(t.key(j + 1))) && !PARTICIPLE.test(t.key(prev)) && !run.some((m) => lex.romanceConnectors.has(t.key(m)) || lex.complement.has(t.key(m))) && isPlainPlace(doc, lex, k, to)) break;
        if (k < to && opensCapitalsBody(doc, lex, prev, j, k, to)) break;
        if (k < to && !t.opensBlock(k) && isNameWord(doc, k) && (!lex.inner.has(t.key(k)) || opensCountryName(doc, k, to, countryForms))) {
          for (let m = j; m <= k; m++) run.push(m);
          j = k + 1;
          continue;
        }
        break;
      }
      // `Women's Business Center`, `People's Congress`: a plural noun's possessive opens a name of its own.
      if (t.text(j) === "'s" && lex.possessiveNameWords.has(t.key(prev)) && touching(doc, prev, j) && j + 1 < to && isNameWord(doc, j + 1)) {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
      if (isNameWord(doc, j)) {
        run.push(j);
        j++;
        continue;
      }
      const listEnd = t.text(j) === "," ? serialComplementEnd(doc, lex, run, j, to, countryForms) : -1;
      if (listEnd > 0) {
        for (let m = j; m < listEnd; m++) run.push(m);
        j = listEnd;
        continue;
      }
      break;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * The capitalized words from `k` on, perhaps coordinated (`Tamaulipas y Nuevo León`), take no
 * complement of their own: a place's name, not a field a name's `en` opens (`em Defesa do Mercado`).
 */
function isPlainPlace(doc: AnalyzedDocument, lex: OrgLexicon, k: number, to: number): boolean {
  const t = doc.tokens;
  for (let m = k; m < to && !t.opensBlock(m); m++) {
    if (t.isCapitalized(m) || lex.coordination.has(t.key(m))) continue;
    return !lex.romanceConnectors.has(t.key(m)) && !lex.complement.has(t.key(m));
  }
  return true;
}

/** A Spanish or Portuguese past participle, folded (`especializada`, `dedicado`, `unidos`): it governs the `en`/`em` after it. */
const PARTICIPLE = /(?:ad|id)[oa]s?$/;
