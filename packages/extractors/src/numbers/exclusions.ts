import { insideMarkup, insideRecordMachinery, insideWebAddress } from "@procmine/core";
import { changeBefore, isSuperlative, type ClaimPhrase } from "./claim.js";
import { insideCodeFence, insideStyleElement, isCodeValue } from "./code.js";
import { qualifierBefore, startsSentence } from "./context.js";
import { isRowNumber } from "./table-rows.js";
import { isPugHeadingNumber } from "./heading-numbers.js";
import { countedNoun } from "./counted-noun.js";
import { isMarkedYear } from "./marked-years.js";
import { isCitedPageOfTitle, isCitedVolume, isDatedActNumber, isPinCite, isShortFormPin } from "./legal-citations.js";
import { spacedNoteMarks } from "./note-marks.js";
import { inIdiom, isBookSize, isCodebookValue, isLicenceVersion, isSoftwareVersion, isDottedOrdinalDay, isCoordinate, isDecade, isDecimalCoordinate, isEventDate, isReadingTime, isPageCount, isPostalCode, isStreetNumberAfterName, isTargetNumber, opensDayList } from "./named-numbers.js";
import { runningHeads } from "./running-heads.js";
import { codeColumnCells } from "./code-columns.js";
import { csvColumns } from "./csv-columns.js";
import { insideAttributeValue } from "./attribute-values.js";
import { insideSqlDefinition } from "./sql-definitions.js";
import { insideWireHeader } from "./wire-headers.js";
import { isFrontMatterValue } from "./front-matter.js";
import { isCharacterReference } from "./character-references.js";
import { isClockTime } from "./clock-times.js";
import { axisTicks } from "./axis-ticks.js";
import { inLinePattern, isTagListItem } from "./tag-lists.js";
import { isAuthorYearPage, isDashedPageNumber } from "./page-numbers.js";
import { isWordless } from "./wordless-runs.js";
import { isStrippedText } from "./stripped-punctuation.js";
import type { Lexicon } from "./vocabulary.js";
import type { Tok, Toks } from "./tokenize.js";

/** The document as written: line starts and markup are read there (the analysis text joins lines). */
export interface RawSource {
  readonly raw: string;
  /** The document exactly as written, when `raw` is its lines read otherwise (a record's quotes made breaks). */
  readonly written?: string;
  /** Raw offset of an offset in the text the tokens index. */
  rawIndex(pos: number): number;
}

/**
 * Why a number read as a claim phrase is not a claim about the world, or undefined if it is.
 * `from` is where the span starts without its qualifier. `source`, when given, is read for line
 * starts and markup (tokens only know paragraph breaks).
 */
export function nonClaimReason(toks: Toks, claim: ClaimPhrase, lex: Lexicon, source?: RawSource): string | undefined {
  const first = toks.get(claim.from)!;
  // The first token's offset in the raw text, asked by many of the tests below: looked up once.
  const rawAt = source ? source.rawIndex(first.start) : -1;
  if (source && insideMarkup(source.raw, rawAt)) return "markup";
  if (source && insideAttributeValue(source.written ?? source.raw, rawAt, lex.lineReach.attributeLine)) return "markup";
  // A CSV row's cells run into its address cells with no space between (`Abello,45,pareja,,https://…`): a count cell is none of the address.
  if (source && insideWebAddress(source.raw, rawAt, rawAt + 1) && !(first.kind === "num" && csvColumns(source, source.written ?? source.raw, lex.csvColumns).counts.has(rawAt))) return "markup";
  if (source && insideCodeFence(source, source.raw, rawAt)) return "code";
  if (source && insideStyleElement(source, source.raw, rawAt)) return "code";
  // A data record's id, date, counter or key (core's data-records.ts); the prose of its string fields is read.
  if (source && insideRecordMachinery(source, source.written ?? source.raw, rawAt)) return "record field";
  // `<DOCID> 13561 </DOCID>`, `<LENGTH>⏎545 words`: an SGML wire's header elements are its machinery.
  if (source && insideWireHeader(source.written ?? source.raw, rawAt, lex.wireHeaders)) return "record field";
  // `issue_number: 3`, `session: 116`: a field's value in the page's YAML front matter.
  if (source && first.kind === "num" && isFrontMatterValue(source, source.raw, rawAt, source.rawIndex(toks.get(claim.to - 1)!.end - 1) + 1, lex.lineReach)) return "record field";
  if (source && isCharacterReference(source.written ?? source.raw, rawAt)) return "markup";
  if (source && insideSqlDefinition(source, source.raw, rawAt, lex.sqlDefinitions)) return "code";
  if (source && first.kind === "num" && isCodeValue(source.raw, rawAt, source.rawIndex(toks.get(claim.to - 1)!.end - 1) + 1, lex.codeSettings)) return "code";
  if (source && !claim.hasUnit && claim.numbers.length === 1 && first.kind === "num" && /^\d+$/.test(first.text) && isRowNumber(source.raw, rawAt, source.rawIndex(first.end - 1) + 1)) return "row number";
  if (source && first.kind === "num" && isPhoneNumber(source.raw, rawAt, lex)) return "phone number";
  if (source && !claim.hasUnit && isCsvRowKey(toks, claim, source, lex)) return "row number";
  // A CSV column of rising numbers (row numbers, ids, the pages a register cites) orders its rows.
  if (source && first.kind === "num" && csvColumns(source, source.written ?? source.raw, lex.csvColumns).ordering.has(rawAt)) return "row number";
  // `1.93A9.18 9.18 0 0 1 6 23.85`, `70000 35,0 60000 30,0`: a bare number with no word near it is one of a run of numbers and signs.
  if (source && !claim.hasUnit && (claim.rule === "digits" || claim.rule === "range") && first.kind === "num" && isWordlessNumber(toks, claim, source, lex)) return "wordless run";
  // `evento 42  cópia anexa`, `Inc  975 F 2d 81  90`: where the text lost its marks, a bare number in digits that counts nothing after it is a code, a citation or a list's number as likely as a count.
  if (source && !claim.hasUnit && (claim.rule === "digits" || claim.rule === "range") && first.kind === "num" && isStrippedText(source, source.written ?? source.raw, lex.strippedPunctuation) && countedNoun(toks, claim.to, lex) === undefined && !qualifierBefore(toks, claim.from, lex)) return "stripped punctuation";
  if (source && !claim.hasUnit && claim.numbers.length === 1 && first.kind === "num" && isBreadcrumbItem(source, first.start, toks.get(claim.to - 1)!.end, lex)) return "navigation";
  // `21<sup>st</sup> century`: an ordinal whose suffix markup sets above the line is read as `21st` is.
  if (source && first.kind === "num" && claim.to === claim.from + 1 && hasSuperscriptSuffix(source.written ?? source.raw, source.rawIndex(first.end - 1) + 1, lex)) return "ordinal";
  const prev = toks.get(claim.from - 1);
  const next = toks.get(claim.to);
  const bare = !claim.hasUnit;

  // Identifiers glued to letters: G-20, Task Force-4, O-3, COVID-19, 5G, 4D, 1970s, crime12.
  if (prev && !first.spaced && !first.breakBefore) {
    if (prev.kind === "word") return "identifier";
    if (prev.kind === "sym" && prev.text === "-" && !prev.spaced && toks.get(claim.from - 2)?.kind === "word") return "identifier";
    // In a CSV table a spelled number opens a cell (`homicidio,seis detenidos`; a footnote mark is written in digits) and a count column's number is a cell.
    const csv = source ? csvColumns(source, source.written ?? source.raw, lex.csvColumns) : undefined;
    const cell = csv?.table === true && (first.kind !== "num" || csv.counts.has(rawAt));
    if (prev.kind === "sym" && /^[.,;:"”’)]$/.test(prev.text) && !prev.spaced && afterWord(toks, claim.from - 2) && !isTableCell(toks, claim) && !cell) {
      return "footnote marker";
    }
  }
  if (next && next.kind === "word" && !next.spaced && !next.breakBefore) return "identifier";
  // `homicídios100 mil hab.`: a scale word read on its own right after a number (here one PDF text glued to the noun
  // before it, a denominator) is that number's tail; it counts nothing by itself.
  if (first.kind === "word" && lex.scales.has(first.key) && prev && (prev.kind === "num" || /\p{L}\d+$/u.test(prev.text)) && !first.breakBefore) return "identifier";
  // `Case%20study%20-%20Honduras`: a percent-encoded character of a path or address is no share.
  if (prev?.text === "%" && !prev.spaced && !first.spaced && toks.get(claim.from - 2)?.kind === "word") return "markup";
  // `"map_id":164051`, `map_id_164051`: a value of markup (a JSON key's, an HTML class's) is no quantity.
  if (prev && !first.spaced && !first.breakBefore && prev.kind === "sym" && !prev.spaced) {
    if (prev.text === "_") return "identifier";
    if (prev.text === ":" && toks.get(claim.from - 2)?.text === '"' && !toks.get(claim.from - 2)!.spaced) return "markup";
  }
  // `[Título IX]{#23}`: a number in Pandoc's attribute braces (after `{#`) is a heading's anchor.
  if (isAnchorId(toks, first.text === "#" ? claim.from : claim.from - 1)) return "markup";
  // `width="1432"`, `&ntb=1`: an attribute's value in a tag (one that runs over lines, which markup
  // bounds do not see) or a parameter's in an address is no quantity.
  if (isAssignedValue(toks, claim.from)) return "markup";
  if (isCaliber(toks, claim, lex)) return "caliber";
  if (isEventDate(toks, claim, lex)) return "date";
  if (isCoordinate(toks, claim, lex) || isDecimalCoordinate(toks, claim)) return "coordinate";
  if (isStreetNumber(toks, claim, lex) || isStreetNumberAfterName(toks, claim, lex)) return "address";
  if (isPostalCode(toks, claim, lex)) return "identifier";
  if (isTargetNumber(toks, claim, lex)) return "identifier";
  // `Carrera 9 # 16-21`, `Calle 26 #13-19`: after a numbered street (an identifier head and its number), `#` opens the house's number.
  if (prev?.text === "#" && toks.get(claim.from - 2)?.kind === "num" && !first.breakBefore && identifierHeadBefore(toks, claim.from - 2, lex)) return "address";
  // `"rowIndex": 63`: the value of a JSON key written as a code name is a record's field, not a quantity
  // (`"turn": -1` too: a minus sign glued to the number does not hide the key).
  const signed = (prev?.text === "-" || prev?.text === "\u2212") && !first.spaced ? 1 : 0;
  const colon = toks.get(claim.from - 1 - signed);
  if (colon?.text === ":" && !colon.spaced && isCodeKey(toks, claim.from - 2 - signed)) return "markup";
  // `"entityMap":{"0":{`, `{\"1\":`: a quoted number before a colon is a JSON object's key.
  if (source && bare && claim.numbers.length === 1 && isQuotedKey(source, first.start, toks.get(claim.to - 1)!.end)) return "markup";
  // `(1978)^2 _:`, `(^3) Idem`: a number glued after a caret (Pandoc's superscript, closed or not) is a note mark, unless a number
  // stands before the caret (`10^6`, a power).
  if (bare && claim.numbers.length === 1 && prev?.text === "^" && !first.spaced && !first.breakBefore && toks.get(claim.from - 2)?.kind !== "num") return "footnote marker";
  // `4379-2009-0`, `12-345-6`: three or more numbers chained by hyphens are a case or file number.
  if (hyphenChainLength(toks, claim.from) >= 3) return "identifier";
  // `52° sesión`, `4° SALA`: a number with an ordinal sign names an item of a series unless read as a rank (`2° lugar`).
  if (bare && claim.rule !== "rank" && isOrdinalSign(next, lex) && !next!.spaced && isNamedItem(toks.get(claim.to + 1), lex)) {
    return "identifier";
  }
  // `4°) Que …`, `5º.- Que …`, `2ª) A defesa …`: opening its line or sentence, a number with an ordinal sign and a closing
  // bracket or point numbers a ruling's considerando or a list's item, as `4)` does.
  if (bare && claim.numbers.length === 1 && isOrdinalSign(next, lex) && !next!.spaced && isOrdinalItemClose(toks.get(claim.to + 1)) && (first.breakBefore || startsSentence(toks, claim.from))) {
    return "list marker";
  }
  // `2° ) Que …`, `4 ° ) Que …`, `30 ) Que …` (a scan's `3°`): a scanned ruling spaces the sign and the bracket out; opening its
  // line, a bare number closed by a bracket that nothing before it opened numbers a considerando all the same.
  if (source && bare && claim.numbers.length === 1 && /^\d+$/.test(first.text) && opensLine(source.raw, rawAt) && !bracketOpen(toks, claim.from)) {
    const close = toks.get(isOrdinalSign(next, lex) ? claim.to + 1 : claim.to);
    if (close?.text === ")" && !close.breakBefore) return "list marker";
  }
  if (isBarcode(toks, claim, lex)) return "identifier";
  if (bare && isSqlRowId(toks, claim, lex)) return "markup";
  // `©2025`: the year of a copyright notice.
  if (prev?.text === "©") return "date";
  // `my '89 sedan`, `the '93 bombing`: a year written short, an apostrophe standing for its century (`'12'` is quoted).
  if (bare && prev && /^['’‘]$/.test(prev.text) && !first.spaced && (prev.spaced || prev.breakBefore) && /^\d{2}$/.test(first.text) && claim.to === claim.from + 1 && !(next && !next.spaced && /^['’]$/.test(next.text))) return "year";
  // `listas.[\\[3\\]](#_ftn3)`: a note mark whose brackets Markdown escapes.
  if (source && claim.numbers.length === 1 && !claim.hasUnit && isEscapedNoteMark(source, first.start, toks.get(claim.to - 1)!.end)) return "footnote marker";
  if (claim.numbers.length === 1 && !claim.hasUnit && isSuperscriptMark(toks, claim, lex)) return "footnote marker";
  // The same read in the text as written, where a web page's tags are blank in the analysis text (core's html-machinery.ts).
  if (source && claim.numbers.length === 1 && !claim.hasUnit && first.kind === "num" && isWrittenSuperscriptMark(source.written ?? source.raw, rawAt, source.rawIndex(toks.get(claim.to - 1)!.end - 1) + 1, lex)) return "footnote marker";
  // `Naval[1]`, `[[2]]`: a bare number in square brackets is a note or reference mark.
  if (prev?.text === "[" && next?.text === "]" && !first.spaced && !next.spaced && claim.numbers.length === 1 && !claim.hasUnit) return "footnote marker";
  // `EARESP 300.967/SP`, `Despacho n.º 1/SC-3`: a number with a slash and a capital-letter code written against it is a case's
  // or a document's number (its court's state, its office), not a count.
  if (next?.text === "/" && !next.spaced && /^\p{Lu}{2,}(?:-|$)/u.test(toks.get(claim.to + 1)?.text ?? "") && !toks.get(claim.to + 1)!.spaced) return "identifier";
  // `18-CR-2034`: a number hyphened to a capital-letter code is part of a case or file number.
  if (next?.text === "-" && !next.spaced && /^[A-Z]{2,}(?:-|$)/.test(toks.get(claim.to + 1)?.text ?? "") && !toks.get(claim.to + 1)!.spaced) return "identifier";
  // `Contas Correntes 10.492-2`, `código 213-5`, `AUTOR: 808-56`: a shorter number hyphened to a number of hundreds or more is
  // a check digit or an id's part (no range runs down from hundreds to fewer digits).
  if (bare && claim.numbers.length === 1 && first.kind === "num" && next?.text === "-" && !next.spaced && isCheckDigit(toks.get(claim.to + 1), first.text) && claim.numbers[0]!.value >= 100) return "identifier";
  // `2022-23` read from its second number: one part of a code or a span of years, not a count.
  if (prev && prev.text === "-" && !prev.spaced && !first.spaced && toks.get(claim.from - 2)?.kind === "num") return "identifier";
  // `(1979--90)`: the same after a dash typed as two hyphens.
  if (prev?.text === "-" && toks.get(claim.from - 2)?.text === "-" && !prev.spaced && !first.spaced && !toks.get(claim.from - 2)!.spaced && toks.get(claim.from - 3)?.kind === "num") return "identifier";
  // `706(1)`, `481(e)(2)`: a number with a glued subdivision cites a law's section.
  if (isCitation(toks, claim.to)) return "legal citation";
  // `50 U.S.C. 1703(b)`, `10 U.S. 332`: a code's title number, a reporter's volume and page.
  if (next && !next.breakBefore && lex.codeTitles.codes.matchAt(toks, claim.to)) return "legal citation";
  // `22 U.S.C. 2751`: the section number after a code's title and its title number.
  const code = first.breakBefore ? undefined : lex.codeTitles.codes.matchBefore(toks, claim.from);
  if (code && toks.get(code.from - 1)?.kind === "num" && !toks.get(code.from)!.breakBefore) return "legal citation";
  if (isCitedVolume(toks, claim.to, lex) || isCitedPageOfTitle(toks, claim.from, lex) || isPinCite(toks, claim.from, lex) || isShortFormPin(toks, claim.from, lex)) return "legal citation";
  if (bare && claim.numbers.length === 1 && first.kind === "num" && isDatedActNumber(toks, claim.to, lex)) return "legal citation";
  if (isCitedPage(toks, claim.from, lex)) return "page";
  if (next && next.kind === "num" && !next.spaced) return "identifier";
  // `3+1`, `G7+2`: numbers joined by a plus name a format, not a quantity.
  if (joinedByPlus(toks, claim.to - 1) || joinedByPlus(toks, claim.from - 2)) return "identifier";
  // `Section 2.1.3`, `versión 4.2.1`: numbers chained by points written against them number a section or a version.
  if (dottedChain(toks, claim.from, claim.to)) return "identifier";
  // `.50-caliber`, `.45`: a number written after a bare point is a designation.
  if (prev && prev.text === "." && !first.spaced && !first.breakBefore && (prev.spaced || prev.breakBefore || claim.from === 1)) return "designation";
  if (bare && claim.numbers.length === 1 && isServiceNumber(toks, claim, lex)) return "service number";
  // `3-dimensional`: the number is part of an adjective, not a quantity (`a 10-year plan` is, via its unit).
  if (bare && next?.text === "-" && !next.spaced) {
    const word = toks.get(claim.to + 1);
    if (word?.kind === "word" && !word.spaced && isAdjective(word.key, lex)) return "compound adjective";
  }

  // Resolution 1325, Executive Order (13773), Chapter 7, Phase One, Day Two, Joint Task Force 4.
  const headEnd = prev && (prev.text === "(" || prev.text === "#") ? claim.from - 1 : labelEnd(toks, claim.from);
  // A ratio (`día 8 de cada 10`, read as `8 de cada 10`) counts; a head before it names no identifier.
  const ratio = claim.rule === "percent" && claim.numbers.length === 2;
  if (!ratio && !spellsScale(toks, claim, lex) && identifierHeadBefore(toks, headEnd, lex)) return "identifier";
  // `Executive Order (E.O.) 14059`: the head's abbreviation in parentheses stands right before it.
  if (prev?.text === ")" && toks.get(claim.from - 3)?.text !== "(" && identifierHeadBefore(toks, claim.from - 1, lex)) return "identifier";
  if (bare && inCitationList(toks, claim, lex)) return "legal citation";
  // `las resoluciones 2065 (XX) y 3160 (XXVIII)`: a number with a session in Roman numerals after it names a resolution.
  if (bare && claim.numbers.length === 1 && first.kind === "num" && isSessionMark(toks, claim.to)) return "legal citation";
  // `Página 1 de 12`, `Part 2 of 5`: the total after an identifier's number counts its fellows, not the world.
  if (bare && isIdentifierTotal(toks, claim, lex)) return "identifier";

  // `MS-13 and 18 gangs`: a bare number joined to a coded name (capitals, hyphen, number) names the other one.
  if (bare && prev && (lex.rangeLinks.and.has(prev.key) || lex.rangeLinks.or.has(prev.key)) && isCodedName(toks, claim.from - 2)) return "identifier";
  // UNSCR 2250, CAFTA 2: a bare number right after an acronym names a document or a unit; not
  // when a line all in capitals comes before (a speaker's name: `LÓPEZ OBRADOR⏎Once mil.`; an
  // address's `Kihei, HI⏎96753` stays a code).
  const lineOpener = source !== undefined && opensLine(source.raw, rawAt);
  // (Digits only: `ARRESTAN CUATRO DOMINICANOS` is a headline in capitals, its number word a count.)
  if (bare && first.kind === "num" && prev?.kind === "word" && prev.text.length >= 2 && /^[A-Z]+$/.test(prev.text) && !lex.confidenceMarkers.matchBefore(toks, claim.from)) {
    if (!lineOpener || !capitalsLineBefore(source!.raw, rawAt)) return "identifier";
  }

  // A denominator or a rank's total, read on its own: per 100,000 / out of 140.
  if (lex.denominators.markers.matchBefore(toks, claim.from) || (prev?.text === "/" && !first.spaced)) return "denominator";
  if (isRoundBase(toks, claim, lex)) return "denominator";
  if (prev && prev.key === "of" && toks.get(claim.from - 2)?.key === "out") return "denominator";

  if (isDate(toks, claim, lex) || opensDayList(toks, claim, lex) || isDottedOrdinalDay(toks, claim, lex)) return "date";
  if (isDecade(toks, claim, lex)) return "year";
  if (isPageCount(toks, claim, lex, lineOpener)) return "page";
  if (isReadingTime(toks, claim, lex)) return "page furniture";
  if (source && first.kind === "num" && isTagListItem(source.raw, rawAt, lex)) return "page furniture";
  if (source && inLinePattern(source.raw, rawAt, lex.messageHeaderLines, lex.lineReach.tagLine)) return "message header";
  if (source && inLinePattern(source.raw, rawAt, lex.truncationMarks, lex.lineReach.tagLine)) return "record field";
  if (isBookSize(toks, claim, lex)) return "page";
  if (source && bare && first.kind === "num" && isDashedPageNumber(source.raw, rawAt, lex.pageNumbers.maxDashedLine)) return "page";
  if (bare && isAuthorYearPage(toks, claim, lex)) return "page";
  if (isLicenceVersion(toks, claim, lex) || isSoftwareVersion(toks, claim, lex)) return "identifier";
  if (isCodebookValue(toks, claim, lex)) return "code";
  if (inIdiom(toks, claim, lex)) return "idiom";
  if (isDiscourseOrdinal(toks, claim, lex)) return "discourse ordinal";
  if (bare && isYear(toks, claim, lex)) return "year";
  if (source && bare && claim.numbers.length === 1 && first.kind === "num" && isLetterSpacedYear(source.raw, rawAt, lex)) return "year";
  // `del año dos mil diecisiete`: a year spelled out after its noun.
  if (bare && claim.numbers.length === 1 && claim.numbers[0]!.form === "words" && lex.spelledYearNouns.has(prev?.key ?? "") && isYearValue(claim.numbers[0]!.value, lex)) return "year";
  if (bare && isShortYear(toks, claim, lex)) return "year";
  if (bare && isArticleNumber(toks, claim, lex)) return "name";
  if (source && bare && isLabelNumber(toks, claim, lex, source)) return "name";
  if (bare && isMarkedYear(toks, claim, lex)) return "year with a note mark";
  if (isListMarker(toks, claim, lex, source)) return "list marker";
  if (source && bare && claim.numbers.length === 1 && first.kind === "num" && isPugHeadingNumber(source.raw, rawAt, source.rawIndex(toks.get(claim.to - 1)!.end - 1) + 1, lex.lineReach.headingPrefix)) return "list marker";
  if (isCountedOffPoint(toks, claim, lex)) return "list marker";
  if (source && isSpacedNoteMark(toks, claim, lex, source)) return "footnote marker";
  if (isMarkBetweenSentences(toks, claim, lex)) return "footnote marker";
  if (source && bare && claim.numbers.length === 1 && first.kind === "num" && runningHeads(source, source.raw).at.has(rawAt)) return "page";
  if (source && claim.numbers.length === 1 && first.kind === "num" && codeColumnCells(source, source.raw, lex.codeColumns).has(rawAt)) return "code";
  if (source && claim.numbers.length === 1 && first.kind === "num" && axisTicks(source, source.raw, lex.axisTicks.minTicks).at.has(rawAt)) return "axis tick";
  if (source && bare && claim.numbers.length === 1 && first.kind === "num" && spacedNoteMarks(source, source.raw, lex).at.has(rawAt)) {
    return "footnote marker";
  }
  if (isLoneOne(toks, claim, lex)) return "lone one";
  if (isBareZero(toks, claim, lex)) return "bare zero";
  if (isConfidenceLevel(toks, claim, lex)) return "confidence level";
  if (bare && inCountingRun(toks, claim, lex)) return "counting";
  if (isNameWord(toks, claim, lex, lineOpener)) return "name";
  if (source && bare && isNamedByWord(toks, claim, lex, source)) return "name";
  if (bare && claim.numbers.length === 1 && isQuotedName(toks, claim, lex)) return "name";
  // `the 112 anniversary of the Revolution`: the number stands for its ordinal (`112th`) and names the occasion.
  if (bare && next && !next.breakBefore && lex.occasionNouns.has(next.key)) return "occasion";
  if (isLocatingPeriod(toks, claim, lex)) return "time-locating period";
  if (bare && claim.rule === "words" && prev && lex.referenceDeterminers.has(prev.key) && countedNoun(toks, claim.to, lex) === undefined) return "reference";
  // `2021 a year of transition`: a year, not a rate.
  if (claim.rule === "rate" && claim.numbers.length === 1 && claim.numbers[0]!.yearLike) return "year";
  const timed = claim.unit !== undefined && lex.timeUnits.has(claim.unit);
  // `the first 5 members`, `los últimos tres puntos` pick by place in a list; `the other 5`, `otras 572`, `the remaining 60,000` count (they are not selectors).
  if (prev && lex.selectors.has(prev.key) && claim.rule !== "rank" && claim.rule !== "money" && !timed) return "selection";
  return undefined;
}

/**
 * `3601171,"- Deputado …",NAME,PL`: ungrouped digits opening a line with a comma written against
 * them and a quoted or written cell after it (`,- Tem a palavra`, not `,-12`) are the row's key in a comma-separated file (a
 * speech's or record's id), not a count.
 */
function isCsvRowKey(toks: Toks, claim: ClaimPhrase, source: RawSource, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  const comma = toks.get(claim.to);
  const cell = toks.get(claim.to + 1);
  if (claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+$/.test(first.text)) return false;
  if (comma?.text !== "," || comma.spaced || !cell || cell.spaced || cell.breakBefore || !(cell.text === '"' || cell.kind === "word" || (cell.text === "-" && toks.get(claim.to + 2)?.kind === "word"))) return false;
  // A shorter key (`0,MP denuncia …`, `1,"Sanções …"`) opens a record whose next cell is quoted or starts with a capital:
  // a count opening a line is not written against a comma and a word.
  if (first.text.length < lex.csvColumns.rowKeyDigits && !(cell.text === '"' || (cell.kind === "word" && /^\p{Lu}/u.test(cell.text)))) return false;
  return opensLine(source.raw, source.rawIndex(first.start));
}

/** `"rowIndex"` ending at token `close`: a quoted key with no space in it, written as code (`rowIndex`, `map_id`). */
function isCodeKey(toks: Toks, close: number): boolean {
  const [open, key, end] = [toks.get(close - 2), toks.get(close - 1), toks.get(close)];
  return open?.text === '"' && end?.text === '"' && key?.kind === "word" && !key.spaced && !end.spaced && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key.text);
}

/** `310 W. Ka'ahumanu Avenue`, `1225 South Clark Street`: a bare number before a street's name is a building's number (numeric-non-claims.json addresses). */
function isStreetNumber(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+$/.test(first.text)) return false;
  const { blockLinks, streetWords, directions, maxNameWords } = lex.addresses;
  const capital = (t: Tok | undefined) => t !== undefined && !t.breakBefore && /^\p{Lu}/u.test(t.text);
  let k = claim.to;
  // `the 1400 block of Xenia Street`: a hundred block names the place, whatever its street word.
  const block = /00$/.test(first.text) ? blockLinks.matchAt(toks, k) : undefined;
  if (block) return capital(toks.get(block.to));
  const direction = directions.matchAt(toks, k);
  if (direction && capital(toks.get(k))) k = direction.to;
  for (let names = 0; names <= maxNameWords; names++) {
    const street = streetWords.matchAt(toks, k);
    // `40 Main Street shops` counts the shops.
    if (names > 0 && street && capital(toks.get(k))) return countedNoun(toks, street.to, lex) === undefined;
    if (toks.get(k)?.kind !== "word" || !capital(toks.get(k))) return false;
    k++;
    // `Ka’ahumanu`, `Wilkes-Barre`: a name's apostrophe or hyphen and its next part.
    while (toks.get(k)?.kind === "sym" && /^[’'-]$/.test(toks.get(k)!.text) && !toks.get(k)!.spaced && toks.get(k + 1)?.kind === "word" && !toks.get(k + 1)!.spaced) k += 2;
  }
  return false;
}

/** The superscript tags that may hold an ordinal's suffix. */
const SUPERSCRIPT = /^<sup>([^<]{1,3})<\/sup>/i;

/** `<sup>st</sup>`, `<sup>o</sup>`: an ordinal suffix (number-words.json ordinalSuffixes) set above the line right at `at` in the raw text. */
function hasSuperscriptSuffix(raw: string, at: number, lex: Lexicon): boolean {
  if (raw.charCodeAt(at) !== 60) return false; // "<"
  const m = SUPERSCRIPT.exec(raw.slice(at, at + 16));
  return m !== null && (lex.ordinalSuffixes.has(m[1]!.toLowerCase()) || lex.ordinalSigns.has(m[1]!));
}

/** Token `hash` is a `#` written against a `{` before it and the number after it (`{#23}`). */
function isAnchorId(toks: Toks, hash: number): boolean {
  const [open, mark, number] = [toks.get(hash - 1), toks.get(hash), toks.get(hash + 1)];
  return open?.text === "{" && mark?.text === "#" && !mark.spaced && !mark.breakBefore && number !== undefined && !number.spaced && !number.breakBefore;
}

/** Tokens from `at` are `(`, Roman numerals in capitals and `)`, the first written apart: `2065 (XX)`. */
function isSessionMark(toks: Toks, at: number): boolean {
  const [open, roman, close] = [toks.get(at), toks.get(at + 1), toks.get(at + 2)];
  return open?.text === "(" && open.spaced && !open.breakBefore && roman !== undefined && !roman.spaced && /^[IVXLC]+$/.test(roman.text) && close?.text === ")" && !close.spaced;
}

/** Quotes around an attribute's value. */
const VALUE_QUOTES = new Set(['"', "'"]);

/**
 * The number at `at` is written as a value assigned to a name, all without spaces: `width="1432"`
 * (a quoted attribute) or `&ntb=1`, `?page=2` (a parameter of an address).
 */
function isAssignedValue(toks: Toks, at: number): boolean {
  const glued = (k: number) => toks.get(k) !== undefined && !toks.get(k)!.spaced && !toks.get(k)!.breakBefore;
  if (!glued(at)) return false;
  let k = at - 1;
  const quoted = VALUE_QUOTES.has(toks.get(k)?.text ?? "");
  if (quoted) {
    if (!glued(k)) return false;
    k--;
  }
  if (toks.get(k)?.text !== "=" || !glued(k) || toks.get(k - 1)?.kind !== "word") return false;
  if (quoted) return true;
  const opener = toks.get(k - 2);
  return glued(k - 1) && (opener?.text === "&" || opener?.text === "?");
}

/** `2.1` `.` `3`: a number glued by a point to another number before or after it (`2.1.3` read in parts). */
function dottedChain(toks: Toks, from: number, to: number): boolean {
  const link = (k: number) => toks.is(k, ".") && !toks.spaced(k) && !toks.breakBefore(k) && toks.kind(k + 1) === "num" && !toks.spaced(k + 1) && toks.kind(k - 1) === "num";
  return (to === from + 1 && toks.kind(from) === "num" && (link(from - 1) || link(to)));
}

/** How many numbers a chain of numbers joined by unspaced hyphens holds around token `at`. */
function hyphenChainLength(toks: Toks, at: number): number {
  // Read from the window's columns: no token object made.
  const link = (k: number) => toks.is(k, "-") && !toks.spaced(k) && toks.kind(k + 1) === "num" && !toks.spaced(k + 1);
  let first = at;
  while (first >= 2 && toks.kind(first - 2) === "num" && link(first - 1)) first -= 2;
  let last = at;
  while (link(last + 1)) last += 2;
  return (last - first) / 2 + 1;
}

/** Token `at` is the number of a coded name written together (`MS-13`, `M-19`). */
function isCodedName(toks: Toks, at: number): boolean {
  const [name, dash, num] = [toks.get(at - 2), toks.get(at - 1), toks.get(at)];
  return num?.kind === "num" && !num.spaced && dash?.text === "-" && !dash.spaced && name?.kind === "word" && /^[A-Z]{1,4}$/.test(name.text);
}

/** `°`, `º`, `ª`: the signs of an ordinal written in digits (numeric-non-claims.json ordinalSigns). */
function isOrdinalSign(t: Tok | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.kind === "sym" && lex.ordinalSigns.has(t.text);
}

/** `)`, `.` or `-` glued to an ordinal's sign: the close of an item's number (`4°)`, `5º.-`). */
function isOrdinalItemClose(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === "sym" && !t.spaced && !t.breakBefore && (t.text === ")" || t.text === "." || t.text === "-");
}

/** The word after `52°` names the series' item (`sesión`), not a place in a ranking (`2° lugar`) nor a scale (`2°C`). */
function isNamedItem(t: Tok | undefined, lex: Lexicon): boolean {
  // Spaced from the sign: `2°C` glued is a temperature.
  return t !== undefined && t.kind === "word" && t.spaced && !t.breakBefore && !lex.rankNouns.has(t.key) && !lex.superlativeWords.has(t.key);
}

/** Quotes that may wrap a label or its value (`"No.": "36"` in JSON). */
const LABEL_QUOTES = new Set(['"', "“", "”", "'"]);

/**
 * Where the label before a number ends when a colon stands between them (`Documento: 1458312`,
 * `"No.": "36"`): the token index just after the label, or `from` when there is no colon.
 */
function labelEnd(toks: Toks, from: number): number {
  let k = from;
  while (k > 0 && LABEL_QUOTES.has(toks.get(k - 1)!.text)) k--;
  if (k === 0 || toks.get(k - 1)!.text !== ":" || toks.get(k)!.breakBefore) return from;
  k--;
  while (k > 0 && LABEL_QUOTES.has(toks.get(k - 1)!.text)) k--;
  return k;
}

/**
 * `Page 1 of 12`, `Página 1 de 12`: a bare number after `of`/`de` that follows the number of a
 * page, part or volume (not any identifier: `el pozo número 3 de 34` goes on to a depth).
 */
function isIdentifierTotal(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const of = toks.get(claim.from - 1);
  const own = toks.get(claim.from - 2);
  if (!of || !own || own.kind !== "num" || !lex.totalLinks.has(of.key) || toks.get(claim.from)!.breakBefore) return false;
  return lex.totalHeads.matchBefore(toks, claim.from - 2) !== undefined;
}

/** Telephone numbers and the spaces between them at the end of the text before a run (a list of numbers). */
const PHONE_TAIL = /[\d\s().+\-\u00a0]+$/;
/** A character of a telephone number besides its digits: a space, a parenthesis, a plus, a hyphen or a dot. */
const isPhoneChar = (c: number) => (c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46;

/**
 * `1-800-985-5990`, `(800) 659-2955`, `[+52 55 7200 0052]`, `al teléfono 800 900 2000`: the run of
 * digit groups around `at` is a telephone number when it has enough digits and opens with `+`, an
 * area code in parentheses or a toll-free `1-8xx-`, or closely follows a word that announces one
 * and ends in four digits. All-year groups (`1983-1988`) are a span of years; three-digit groups
 * (`1.234.567`) a number's thousands.
 */
function isPhoneNumber(raw: string, at: number, lex: Lexicon): boolean {
  let a = at;
  let b = at;
  while (a > 0 && at - a < lex.phones.reach && isPhoneChar(raw.charCodeAt(a - 1))) a--;
  while (b < raw.length && b - at < lex.phones.reach && isPhoneChar(raw.charCodeAt(b))) b++;
  // Most numbers have too few digits to be one: counted in place, they make no string.
  if (digitCount(raw, a, b) < lex.phones.minDigits) return false;
  const run = raw.slice(a, b).replace(/^[ .-]+/, "");
  const groups = run.match(/\d+/g) ?? [];
  if (groups.join("").length < lex.phones.minDigits) return false;
  if (groups.every((g) => g.length === 4 && Number(g) >= 1500 && Number(g) <= 2099)) return false;
  if (/^\+\d/.test(run)) return true;
  // `01 8000 911 670`, `0800 123 4567`: groups led by a zero (a trunk or toll-free prefix); no count is written so.
  if (groups.length >= 3 && groups[0]!.length >= 2 && groups[0]!.startsWith("0") && /^\d/.test(run)) return true;
  // The word may stand before another number of the same list (`Cel. 314-5952587 316-5307089`).
  // `Cel. 314-5952587`, `Conmutador(601) 369 20 00`: after a word that announces it, a run of enough digits
  // is a telephone number; a number written in thousands (`1.234.567`, `2 500 000`) stays a count
  // (tested first: the announcing words' regex, tried at each of 40 characters, is the dearer test).
  if (!/^\d{1,3}(?:[., ]\d{3})+$/.test(run.trim()) && lex.phones.announced.test(raw.slice(Math.max(0, a - lex.phones.wordReach), a).replace(PHONE_TAIL, ""))) return true;
  if (groups[groups.length - 1]!.length !== 4 || groups.some((g) => g.length > 4)) return false;
  return /^(?:\(\d{2,4}\)|1-8\d\d-)/.test(run);
}

/** ASCII digits in `text[a, b)` (what `\d` matches). */
function digitCount(text: string, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** `Instrument,2`, `(the Tracing Instrument),2`: a word, or a closing bracket or quote glued to one, at token `k`. */
function afterWord(toks: Toks, k: number): boolean {
  const t = toks.get(k);
  if (t?.kind === "word") return true;
  return !!t && t.kind === "sym" && /^[)”’]$/.test(t.text) && !t.spaced && toks.get(k - 1)?.kind === "word";
}

/** `VALUES (3, '1º', …)`, `…'), (4, …`: the number opening a SQL row, before its next field. */
function isSqlRowId(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (toks.get(claim.from - 1)?.text !== "(" || toks.get(claim.to)?.text !== "," || claim.to !== claim.from + 1) return false;
  const before = toks.get(claim.from - 2);
  if (!before) return false;
  return lex.sqlRowOpeners.has(before.text) || (before.text === "," && toks.get(claim.from - 3)?.text === ")");
}

/** `*2516742*`: a long run of digits between single asterisks is a printed document's barcode. */
function isBarcode(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  const open = toks.get(claim.from - 1);
  const close = toks.get(claim.to);
  if (claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+$/.test(first.text) || first.text.length < lex.barcodes.minDigits) return false;
  if (open?.text !== "*" || close?.text !== "*" || first.spaced || close.spaced) return false;
  const outer = toks.get(claim.from - 2);
  return !(outer?.text === "*" && !open.spaced) && toks.get(claim.to + 1)?.text !== "*";
}

/**
 * `Huánuco,748,"1,371"`: a number between a row label's comma and the next cell's is a cell of a
 * comma-separated table, not a footnote mark glued to a word.
 */
function isTableCell(toks: Toks, claim: ClaimPhrase): boolean {
  if (toks.get(claim.from - 1)?.text !== ",") return false;
  const comma = toks.get(claim.to);
  const cell = toks.get(claim.to + 1);
  return comma?.text === "," && !comma.spaced && cell !== undefined && !cell.spaced && (cell.kind === "num" || cell.text === '"' || cell.text === "-");
}

/**
 * `artículos 296, 297, 433 y 448 del Código Penal`, `10 B, 13 y 14 de la ley`: a number in a list
 * of article numbers that opens after an identifier head or closes on the law it cites.
 */
function inCitationList(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  // `até o dia 30, 12 presos`: a number set off by a comma with its counted noun right after it counts things; it cites nothing.
  if (toks.get(claim.from - 1)?.text === "," && toks.get(claim.to)?.kind === "word" && !isCitationListPart(toks.get(claim.to)!, lex) && countedNoun(toks, claim.to, lex) !== undefined && !lex.counted.partitives.has(toks.get(claim.to)!.key)) return false;
  let first = claim.from;
  for (let k = claim.from - 1; k >= 0 && !toks.get(k + 1)!.breakBefore && (isCitationListPart(toks.get(k)!, lex) || isListWordPoint(toks, k, lex) || isRepeatedArticle(toks, k, lex) || inSubdivision(toks, k)); k--) {
    if (toks.get(k)!.kind === "num") first = k;
  }
  if (first < claim.from) {
    const headEnd = toks.get(first - 1)?.text === "(" || toks.get(first - 1)?.text === "#" ? first - 1 : first;
    if (identifierHeadBefore(toks, headEnd, lex)) return true;
  }
  let end = claim.to;
  while (end < toks.length && !toks.get(end)!.breakBefore && (isCitationListPart(toks.get(end)!, lex) || isListWordPoint(toks, end, lex) || isRepeatedArticle(toks, end, lex))) end++;
  return end < toks.length && !toks.get(end)!.breakBefore && lex.citationTrailers.matchAt(toks, end) !== undefined;
}

/**
 * `la semana 44 y la 45`, `o trecho 6 e o 7`: an article between a conjunction and a number
 * repeats the head of the list's first number; elsewhere (`7 en los cinco estados`) it opens a
 * count of its own.
 */
function isRepeatedArticle(toks: Toks, k: number, lex: Lexicon): boolean {
  const link = toks.get(k - 1)?.key ?? "";
  return lex.articles.has(toks.get(k)!.key) && toks.get(k + 1)?.kind === "num" && (lex.rangeLinks.and.has(link) || lex.rangeLinks.or.has(link));
}

/** A number of the list, a word that may stand between them, or a lone capital letter (`10 B`). */
function isCitationListPart(t: Tok, lex: Lexicon): boolean {
  return t.kind === "num" || lex.citationListWords.has(t.key) || (t.kind === "word" && /^[A-Z]$/.test(t.text));
}

/** Token `k` is the point of an abbreviated list word (`fs. 462 vta. y 496`: the leaf's back). */
function isListWordPoint(toks: Toks, k: number, lex: Lexicon): boolean {
  const t = toks.get(k);
  const word = toks.get(k - 1);
  return t?.text === "." && !t.spaced && word?.kind === "word" && lex.citationListWords.has(word.key);
}

/** Token `k` belongs to a subdivision glued to a section's number (`841(a)(1)`, `952(a)`): `(`, its mark or `)`. */
const inSubdivision = (toks: Toks, k: number): boolean => isCitation(toks, k) || isCitation(toks, k - 1) || isCitation(toks, k - 2);

/**
 * `En primer lugar, desde 2019 …`, `y en segundo lugar, como …`: a rank after a preposition and
 * before a comma orders the speaker's points. It ranks a thing when the comma is followed by
 * that thing (an article, a capital or a number: `En quinto lugar, el Estado de México`) or by a
 * verb that places it there (`En segundo lugar, está Sonora`).
 */
function isDiscourseOrdinal(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.rule === "rank" && (lex.discourseIdioms.matchBefore(toks, claim.to)?.from ?? claim.from) < claim.from) return true;
  if (claim.rule !== "rank" || !lex.discoursePrepositions.has(toks.get(claim.from - 1)?.key ?? "")) return false;
  // `A integração física em primeiro lugar.`, `colocam o interesse público em primeiro lugar.`: closing its sentence
  // with nothing ranked after it and no verb that places a thing there before it (`Sonora queda en primer lugar.`), the rank puts first.
  const stop = toks.get(claim.to);
  if (stop !== undefined && /^[.;!?]$/.test(stop.text) && !lex.placingVerbs.matchBefore(toks, claim.from - 1)) return true;
  const comma = toks.get(claim.to);
  // `consistió en primer lugar en la revisión`, `a integração em primeiro lugar daí …`: mid-sentence, with no verb
  // that places a thing there right before the preposition or right after the rank (`está en primer lugar en robos`,
  // `y en tercer lugar está Baja California`), the rank orders points too.
  if (
    comma?.kind === "word" &&
    !comma.breakBefore &&
    comma.text.charAt(0) === comma.text.charAt(0).toLowerCase() &&
    !lex.placingVerbs.matchBefore(toks, claim.from - 1) &&
    !lex.placingVerbs.matchAt(toks, claim.to)
  ) {
    return true;
  }
  const after = toks.get(claim.to + 1);
  if (comma?.text !== "," || !after || after.breakBefore || after.kind !== "word") return false;
  return after.text.charAt(0) === after.text.charAt(0).toLowerCase() && !lex.articles.has(after.key) && !lex.placingVerbs.matchAt(toks, claim.to + 1);
}

/** `(1)`, `(e)`, `(iv)` glued to the token before `at`: a legal subdivision. */
function isCitation(toks: Toks, at: number): boolean {
  // Marks first, from the window's columns: only a cited letter or number's token is made.
  if (!toks.is(at, "(") || toks.spaced(at) || !toks.is(at + 2, ")") || toks.spaced(at + 2)) return false;
  const inner = toks.get(at + 1);
  return inner !== undefined && !inner.spaced && inner.text.length <= 4 && /^[a-z0-9]+$/i.test(inner.text);
}

function isDate(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const prev = toks.get(claim.from - 1);
  const next = toks.get(claim.to);
  // 12/05/2017 (9/⏎11 too) and 10:30 (`10:30 horas` too, whose `horas` reads as a unit); an hour's
  // minutes stand against the colon: in `Em 2020: 1295` a year labels a count.
  const timeOrDate = (sep: Tok, after: Tok) => !sep.spaced && (sep.text === "/" || (sep.text === ":" && !after.spaced));
  if (prev && toks.get(claim.from - 2)?.kind === "num" && timeOrDate(prev, toks.get(claim.from)!)) return true;
  if (next && toks.get(claim.to + 1)?.kind === "num" && timeOrDate(next, toks.get(claim.to + 1)!)) return true;
  // `At approximately 1100 hrs`, `siendo las 2130 horas`: the 24-hour clock's four digits before a word of hours (clock-times.ts).
  if (isClockTime(toks, claim, lex)) return true;
  if (claim.unit && claim.rule !== "range") return false;
  if (isHourAfterDate(toks, claim, lex)) return true;
  // `en junio cuatro mil 836 delitos`: no day, year or hour is written with a scale word.
  if (spellsScale(toks, claim, lex)) return false;
  if (lex.months.matchBefore(toks, claim.from) && !toks.get(claim.from)!.breakBefore) return true;
  if (next && !next.breakBefore && lex.months.matchAt(toks, claim.to)) return true;
  // `24-jun-82`, `18-jul`: a day joined by a hyphen to a month's short name.
  const month = toks.get(claim.to + 1);
  if (next?.text === "-" && !next.spaced && month && !month.spaced && lex.monthAbbreviations.has(month.key)) return true;
  // `el 30 y 31 de marzo`, `nos dias 28 e 29 de outubro`: the first of two days of one month.
  const other = toks.get(claim.to + 1);
  if (next && other?.kind === "num" && !other.breakBefore && isDayLink(next, lex) && isDay(other) && isDay(toks.get(claim.from)!) && lex.months.matchAt(toks, claim.to + 2)) return true;
  // `on July 10 and 11`, `April 22 or 23`: the second of two days after their month (nothing counted after it).
  const firstDay = toks.get(claim.from - 2);
  if (prev && firstDay && isDayLink(prev, lex) && isDay(firstDay) && isDay(toks.get(claim.from)!) && !toks.get(claim.from)!.breakBefore && !prev.breakBefore && lex.months.matchBefore(toks, claim.from - 2) && countedNoun(toks, claim.to, lex) === undefined) return true;
  if (next && lex.timeOfDay.matchAt(toks, claim.to) && !next.breakBefore) return true;
  // `na terça-feira, 24, o juiz`, `nesta quarta-feira, 5.`, `el día lunes 24,`: a day of the month
  // after a day name, ending its clause (`On Tuesday, 15 officers` is a count: a word goes on).
  const day = claim.numbers.length === 1 && claim.to === claim.from + 1 && toks.get(claim.from)!.kind === "num" ? claim.numbers[0]!.value : 0;
  const endsClause = next === undefined || next.breakBefore || (next.kind === "sym" && /^[,.;:)]$/.test(next.text));
  const dayLead = prev?.text === "," || prev?.text === "(" ? claim.from - 1 : claim.from;
  if (endsClause && Number.isInteger(day) && day >= 1 && day <= 31 && lex.weekdays.matchBefore(toks, dayLead)) return true;
  // `el martes seis, la periodista`: a day spelled out right after its day's name (no comma between), ending its clause.
  const spelled = claim.numbers.length === 1 && claim.numbers[0]!.form === "words" && !claim.hasUnit ? claim.numbers[0]!.value : 0;
  if (endsClause && Number.isInteger(spelled) && spelled >= 1 && spelled <= 31 && lex.weekdays.matchBefore(toks, claim.from) && !toks.get(claim.from)!.breakBefore) return true;
  // `publicada nesta segunda-feira 18 pelo jornal`: right after a day's name, a day of the month before a preposition or an
  // article (numeric-non-claims.json weekdayLinks; `on Friday 22 more` counts).
  if (Number.isInteger(day) && day >= 1 && day <= 31 && next?.kind === "word" && !next.breakBefore && lex.weekdayLinks.has(next.key) && lex.weekdays.matchBefore(toks, claim.from) && !toks.get(claim.from)!.breakBefore) return true;
  return false;
}

/**
 * The claim writes a scale word (`cuatro mil 836`, `3 million`): a quantity, never an identifier's
 * number, a day, a year or an hour (`de este número tres mil 710`, `desde las mil 424 jornadas`).
 */
function spellsScale(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  for (let k = claim.from; k < claim.to; k++) if (toks.get(k)!.kind === "word" && lex.scales.has(toks.get(k)!.key)) return true;
  return false;
}

/**
 * `'Mon, 22 May 2017 11:'`, `May 22, 2017 14:`: after a date's year, a number up to 24 with a colon written against
 * it is the hour of a time whose minutes the field cut (`On 22 May 2017 11 people died` has no colon).
 */
function isHourAfterDate(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const t = toks.get(claim.from)!;
  const [year, colon] = [toks.get(claim.from - 1), toks.get(claim.to)];
  if (claim.to !== claim.from + 1 || t.kind !== "num" || !/^\d{1,2}$/.test(t.text) || Number(t.text) > 24 || t.breakBefore) return false;
  if (colon?.text !== ":" || colon.spaced || year?.kind !== "num" || !/^\d{4}$/.test(year.text) || year.breakBefore) return false;
  const [lo, hi] = lex.yearRange;
  if (Number(year.text) < lo || Number(year.text) > hi) return false;
  return lex.months.matchBefore(toks, claim.from - 1) !== undefined || afterMonthDay(toks, claim.from - 1, lex);
}

/**
 * `Assine o 247.`, `entre el 19 y el 22,`, `del 7 al 21.`: a bare number right after a singular article (each of a range's
 * after its own), closing its clause with nothing counted after it, names a thing or a day: a count takes a plural article
 * or its noun, a share its unit; a hedge before it or a share said next keeps it a quantity (numeric-non-claims.json articleNumbers).
 */
function isArticleNumber(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (lex.articleNumbers.size === 0 || claim.numbers.length === 0 || claim.numbers.length > 2) return false;
  const t = toks.get(claim.from)!;
  if (t.kind !== "num" || t.breakBefore || !lex.articleNumbers.has(toks.get(claim.from - 1)?.key ?? "")) return false;
  if (claim.numbers.length === 2) {
    const last = claim.to - 1;
    if (toks.get(last)?.kind !== "num" || !lex.articleNumbers.has(toks.get(last - 1)?.key ?? "") || last - 1 <= claim.from) return false;
    // `la tasa pasó del 7 al 9.`: after a change word the two are a rate's ends, its unit left unsaid.
    if (changeBefore(toks, claim.from - 1, lex, 4)) return false;
  } else if (claim.to !== claim.from + 1) return false;
  const next = toks.get(claim.to);
  const closes =
    next === undefined || next.breakBefore || (next.kind === "sym" && /^[,.;:)!?\u2013\u2014-]$/.test(next.text)) || lex.rangeLinks.and.has(next.key) || lex.rangeLinks.or.has(next.key);
  return closes && !qualifierBefore(toks, claim.from, lex) && !shareFollows(toks, claim.to, lex);
}

/**
 * `na escola 88 de Izhevsk`, `do evento 42`, `(France 24)`, `para a Meta 3 de`, `Table of Contents 40`: one number in digits right
 * after a noun names the thing the noun names, where the number closes its clause (or a link to the noun's owner or place
 * follows it, or another such number: `Metas 1 e 5`) — a count stands before its noun or after a verb or preposition. The noun
 * is a capitalised word inside its sentence and line (where headlines are not written in title case), or a lower-case one a singular article opens (numeric-non-claims.json
 * labelNumbers), or any word that a bracket opens with the number closing it (`(foja 1)`, `(fs. 404)`); never a rank's noun
 * (`el lugar 107`), a selector or a number word.
 */
function isLabelNumber(toks: Toks, claim: ClaimPhrase, lex: Lexicon, source: RawSource): boolean {
  const number = toks.get(claim.from)!;
  if (claim.numbers.length !== 1 || claim.to !== claim.from + 1 || !/^\d+$/.test(number.text) || number.breakBefore) return false;
  // `(foja 1)`, `(fs. 404)`, `(p 9)`: a bracket that holds one word (abbreviated or not) and the number holds a reference.
  const pointed = toks.get(claim.from - 1)?.text === "." && !toks.get(claim.from - 1)!.spaced ? 1 : 0;
  const noun = toks.get(claim.from - 1 - pointed);
  const before = toks.get(claim.from - 2 - pointed);
  if (!noun || !before || noun.kind !== "word" || noun.breakBefore || !/^\p{L}+$/u.test(noun.text)) return false;
  // `al menos 3,`: a hedge's words are no noun.
  if (qualifierBefore(toks, claim.from, lex)) return false;
  const k = noun.key;
  if (lex.rankNouns.has(k) || lex.rankNumberWords.has(k) || lex.selectors.has(k) || lex.cardinals.has(k) || lex.scales.has(k) || lex.ordinals.has(k)) return false;
  // One space between them as written: a table's cells (`<td>Quito</td><td>12</td>`, a tab, spaced columns) are a label and its count.
  const gap = source.raw.slice(source.rawIndex(toks.get(claim.from - 1)!.end - 1) + 1, source.rawIndex(number.start));
  if (gap !== " " && gap !== "\u00a0") return false;
  if (before.text === "(" && toks.get(claim.to)?.text === ")") return true;
  if (pointed) return false;
  const titled = lex.labelNumbers.capitalised && /^\p{Lu}\p{Ll}+$/u.test(noun.text) && !startsSentence(toks, claim.from - 1) && !opensLine(source.raw, source.rawIndex(noun.start));
  const opened = /^\p{Ll}+$/u.test(noun.text) && lex.labelNumbers.articles.has(before.key);
  if (!titled && !opened) return false;
  const next = toks.get(claim.to);
  if (next === undefined || next.breakBefore || (next.kind === "sym" && /^[,.;:)!?\u2013\u2014]$/.test(next.text))) return true;
  const after = toks.get(claim.to + 1);
  if (!after || after.breakBefore) return false;
  // `Metas 1 e 5`: a list of such numbers.
  if ((lex.rangeLinks.and.has(next.key) || lex.rangeLinks.or.has(next.key)) && after.kind === "num") return true;
  // `de Izhevsk`, `da representação`, not a partitive (`a Francia 14 de estos`).
  return lex.labelNumbers.links.has(next.key) && !lex.labelNumbers.partitives.has(after.key);
}

/** A number that may be a day of the month. */
const isDay = (t: Tok) => /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;

/** The word or hyphen joining two days (`30 y 31`, `28 e 29`, `3 to 5`, `3-5`). */
const isDayLink = (t: Tok, lex: Lexicon) => t.text === "-" || lex.rangeLinks.and.has(t.key) || lex.rangeLinks.to.has(t.key);

/** Four digits in the year range, bare or as a range of years, unless a count follows. */
function isYear(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length === 0 || !claim.numbers.every((n) => n.yearLike)) return false;
  if (claim.numbers.length === 2) return true;
  // `Em 2021: 1552`: the value a year labels (a list or table row) is no second year.
  if (labelledByYear(toks, claim.from, lex)) return false;
  // `the November 3, 2023 Leaders' Summit`, `On September 11, 2001 terrorists`: after a month and its day, a year, whatever follows.
  if (claim.numbers.length === 1 && afterMonthDay(toks, claim.from, lex)) return true;
  // `2000 soldiers` is a count; `2016 alone`, `2012 meeting` are years.
  const next = toks.get(claim.to);
  // `2030 targets`, `several 2022 incidents`: a count as exact as a recent year's number is written
  // with its thousands grouped (`1,995 soldiers`); an ungrouped one names the year.
  const { from: yearsFrom, roundTo } = lex.ungroupedYears;
  const value = claim.numbers[0]!.value;
  const exactYear = claim.numbers.length === 1 && /^\d{4}$/.test(toks.get(claim.from)!.text) && value >= yearsFrom && value % roundTo !== 0;
  const counted = !exactYear && next !== undefined && next.kind === "word" && !next.breakBefore && next.key.endsWith("s") && next.key.length > 3;
  // `más de 1500 personas`: the preposition ends a longer qualifier, and with a count after it no
  // year is meant (`até 2018 todos` is a year: there the preposition is the whole qualifier).
  const preposition = lex.yearPrepositions.matchBefore(toks, claim.from);
  if (preposition) {
    const hedge = lex.hedges.matchBefore(toks, claim.from);
    return !(counted && hedge !== undefined && hedge.from < preposition.from);
  }
  return !counted;
}

/** Token `at` follows a year and its colon, a space apart (`2021: 1552`, not the time `20:15`). */
function afterYearColon(toks: Toks, at: number, lex: Lexicon): boolean {
  // Marks from the window's columns: only a year's token is made.
  if (!toks.is(at - 1, ":") || toks.spaced(at - 1) || !toks.spaced(at) || toks.breakBefore(at) || toks.kind(at - 2) !== "num") return false;
  const year = toks.get(at - 2)!;
  if (!/^\d{4}$/.test(year.text)) return false;
  const [lo, hi] = lex.yearRange;
  return Number(year.text) >= lo && Number(year.text) <= hi;
}

/** Token `at` follows a month, a day and a comma (`November 3, `). */
function afterMonthDay(toks: Toks, at: number, lex: Lexicon): boolean {
  const comma = toks.get(at - 1);
  const day = toks.get(at - 2);
  return comma?.text === "," && !toks.get(at)!.breakBefore && day !== undefined && isDay(day) && !comma.breakBefore && lex.months.matchBefore(toks, at - 2) !== undefined;
}

/** `(KISSINGER, 2014: 367)`: after an author, a comma and a year, the number is the page cited. */
const isCitedPage = (toks: Toks, at: number, lex: Lexicon) => toks.is(at - 3, ",") && afterYearColon(toks, at, lex);

/** `Em 2021: 1552`, `Concurso 2023: 15 vagas`: the value a year labels (a list or table row, a headline). */
const labelledByYear = (toks: Toks, at: number, lex: Lexicon) => !toks.is(at - 3, ",") && afterYearColon(toks, at, lex);

/**
 * `en el 23`, `a finales del 24`, `enero del 24`: two digits after a time preposition and its
 * article, or after a month and its link, say a year short (`el 11 lugar` is a rank: numeric-non-claims.json shortYears).
 */
function isShortYear(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const t = toks.get(claim.from)!;
  // `el año 64`, `del año 64 al 69`: after the year's noun, two digits (or a range of them) with nothing counted after them.
  const twoDigits = claim.numbers.length > 0 && claim.numbers.every((n) => n.to === n.from + 1 && toks.kind(n.from) === "num" && /^\d{2}$/.test(toks.get(n.from)!.text));
  if (twoDigits && !t.breakBefore && lex.shortYears.yearNouns.matchBefore(toks, claim.from) && countedNoun(toks, claim.to, lex) === undefined) return true;
  if (claim.numbers.length !== 1 || t.kind !== "num" || !/^\d{2}$/.test(t.text) || claim.to !== claim.from + 1) return false;
  const next = toks.get(claim.to);
  if (next && !next.breakBefore && lex.shortYears.notBefore.has(next.key)) return false;
  const { leads, monthLinks } = lex.shortYears;
  if (leads.matchBefore(toks, claim.from)) return true;
  const link = toks.get(claim.from - 1);
  // `el 20, el 21; el 22 empezaron`, `lo que va del 23`: after a bare article, with nothing counted after it.
  if (link && !t.breakBefore && lex.shortYears.articles.has(link.key) && countedNoun(toks, claim.to, lex) === undefined) {
    // A hedge (`alrededor del 20`) or a share said next (`del 16 al 8 por ciento`, `el 12, 10, ocho por ciento`) makes it a quantity.
    return !qualifierBefore(toks, claim.from, lex) && !shareFollows(toks, claim.to, lex);
  }
  return link !== undefined && monthLinks.has(link.key) && lex.months.matchBefore(toks, claim.from - 1) !== undefined;
}

/** The line before the one holding `at` has letters, all of them capitals (a speaker's name, a heading). */
function capitalsLineBefore(text: string, at: number): boolean {
  const end = text.lastIndexOf("\n", at - 1);
  if (end <= 0) return false;
  const line = text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** No word within reach of the number (wordless-runs.ts), outside a comma-separated table (whose cells csv-columns.ts reads). */
function isWordlessNumber(toks: Toks, claim: ClaimPhrase, source: RawSource, lex: Lexicon): boolean {
  // The document as written (`source.raw` blanks markup out; here its tags are words, so an HTML table's cells keep their row).
  const written = source.written ?? source.raw;
  const start = source.rawIndex(toks.get(claim.from)!.start);
  const end = source.rawIndex(toks.get(claim.to - 1)!.end - 1) + 1;
  if (!isWordless(written, start, end, lex.wordlessRuns.reach, lex.wordlessRuns.rowReach)) return false;
  return !csvColumns(source, written, lex.csvColumns).table;
}

/** `Home⏎1⏎/⏎News`: the number [start, end) stands alone on its raw line and the next line holds only a trail separator. */
function isBreadcrumbItem(source: RawSource, start: number, end: number, lex: Lexicon): boolean {
  const from = source.rawIndex(start);
  const to = source.rawIndex(end - 1) + 1;
  if (!opensLine(source.raw, from)) return false;
  const m = /^[ \t]*\r?\n[ \t]*(\S+)[ \t]*(?:\r?\n|$)/.exec(source.raw.slice(to, to + 40));
  return m !== null && lex.breadcrumbSeparators.has(m[1]!);
}

function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    // A form feed opens a page, and so a line.
    if (c === 10 || c === 12) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Only spaces and HTML tags stand between `at` and the start of its line (`<p><b>247 – </b>`). */
function opensLineAfterTags(text: string, at: number): boolean {
  let k = at - 1;
  for (let steps = 0; k >= 0 && steps < MAX_TAGS_BEFORE; steps++) {
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    if (k < 0 || text.charCodeAt(k) === 10) return true;
    if (text.charCodeAt(k) !== 62) return false;
    // The tag's `<` on the same line, at most MAX_TAG_LENGTH back (a bounded look: `a > 5` lines cost nothing more).
    let open = k - 1;
    const stop = Math.max(0, k - MAX_TAG_LENGTH);
    while (open >= stop && text.charCodeAt(open) !== 60 && text.charCodeAt(open) !== 10) open--;
    if (open < stop || text.charCodeAt(open) !== 60) return false;
    k = open - 1;
  }
  return k < 0;
}

/** How many tags a line may open with before a number that opens it. */
const MAX_TAGS_BEFORE = 6;
/** How long such a tag may be (`<p class="lead">`). */
const MAX_TAG_LENGTH = 200;

/** The raw line of the text span [start, end) holds nothing else but spaces. */
function aloneOnLine(source: RawSource, start: number, end: number): boolean {
  const { raw } = source;
  if (!opensLine(raw, source.rawIndex(start))) return false;
  for (let k = source.rawIndex(end); k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The line before `at`'s ends a sentence (a stop, perhaps with a note mark: `persons.8`) or is
 * blank: a number there opens something new, while `nominees to\n62.` ends a wrapped sentence.
 */
function afterLineEnd(source: RawSource, at: number): boolean {
  const { raw } = source;
  let k = source.rawIndex(at) - 1;
  while (k >= 0 && raw.charCodeAt(k) !== 10) k--;
  const before = raw.slice(Math.max(0, k - MAX_PREVIOUS_LINE), Math.max(0, k));
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return k < 0 || /(?:^\s*|[.:;!?]\d{0,3}\s*)$/.test(line);
}

/** How much of the line before is read for its end. */
const MAX_PREVIOUS_LINE = 200;

/** `⏎“4.2`: token `t` stands right after an opening quote that opens its line, and the line before ends with a colon. */
function opensQuotedSection(source: RawSource, t: Tok): boolean {
  const { raw } = source;
  const quote = source.rawIndex(t.start) - 1;
  if (quote < 1 || !/^["“«]$/.test(raw.charAt(quote)) || !opensLine(raw, quote)) return false;
  // opensLine walked back over spaces only: the line break is near.
  let k = quote - 1;
  while (k >= 0 && raw.charCodeAt(k) !== 10) k--;
  return k > 0 && /:\s*$/.test(raw.slice(Math.max(0, k - MAX_PREVIOUS_LINE), k));
}

/** `at` opens its raw line and the line before it is blank (spaces only). */
function afterBlankLine(source: RawSource, at: number): boolean {
  const { raw } = source;
  let k = source.rawIndex(at) - 1;
  while (k >= 0 && (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9)) k--;
  if (k < 0) return true;
  if (raw.charCodeAt(k) !== 10) return false;
  k--;
  if (k >= 0 && raw.charCodeAt(k) === 13) k--;
  while (k >= 0 && (raw.charCodeAt(k) === 32 || raw.charCodeAt(k) === 9)) k--;
  return k < 0 || raw.charCodeAt(k) === 10;
}

/** `## 1. Context`, `- [2. Actors](…)`: only Markdown marks stand before the number on its line. */
function opensLineAfterMarkup(toks: Toks, i: number, lex: Lexicon, source: RawSource | undefined): boolean {
  if (toks.get(i)!.breakBefore) return false;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks.get(k)!;
    if (t.kind !== "sym" || ![...t.text].every((c) => lex.lineMarkup.has(c))) return false;
    if (t.breakBefore || k === 0 || (source !== undefined && opensLine(source.raw, source.rawIndex(t.start)))) return true;
  }
  return false;
}

/** `1.` after a colon or at a sentence start, `(2)`, and a number alone at a paragraph's start. */
function isListMarker(toks: Toks, claim: ClaimPhrase, lex: Lexicon, source: RawSource | undefined): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit) return false;
  const n = claim.numbers[0]!;
  const t = toks.get(claim.from)!;
  if (n.form === "digits" && isSubsectionNumber(toks, claim, source)) return true;
  if (n.form !== "digits" || !/^\d+$/.test(t.text)) return false;
  const prev = toks.get(claim.from - 1);
  const next = toks.get(claim.to);
  // `247 – Embora o ministro …`, `"12 - A Procuradoria …`: opening its paragraph (or a quoted field), a bare number with a
  // spaced dash and a capital after it labels what follows (a news site's dateline, a list's item); a count goes on to its noun.
  const opensParagraph = t.breakBefore || (prev !== undefined && OPENING_QUOTES.has(prev.text) && prev.breakBefore) || (source !== undefined && opensLineAfterTags(source.raw, source.rawIndex(t.start)));
  const label = toks.get(claim.to + 1);
  if (opensParagraph && next?.text === "-" && next.spaced && label?.kind === "word" && label.spaced && isCapitalized(label)) return true;
  if (n.value > lex.paragraphNumberMax) return false;
  // A number opening a sentence with its own full stop is a paragraph's number, however far a
  // report numbers them (`239. On 5 July ...`); the other list shapes stop at listMarkerMax.
  if (next?.kind === "sym" && !next.spaced && next.text === "." && startsSentence(toks, claim.from)) return true;
  if (n.value > lex.listMarkerMax) return false;
  if (next && next.kind === "sym" && !next.spaced) {
    const opens = startsSentence(toks, claim.from) || opensLineAfterMarkup(toks, claim.from, lex, source);
    if (next.text === ")" && ((prev?.text === "(" && !isCountAfterName(toks, claim, lex)) || opens)) return true;
    // `…; e 3) combater`: a list item opened mid-line after a comma, semicolon, colon or conjunction, with no bracket open before it.
    if (next.text === ")" && prev !== undefined && lex.inlineListLeads.has(prev.key) && toks.get(claim.to + 1)?.kind === "word" && !bracketOpen(toks, claim.from)) return true;
    if (next.text === "." && opens) return true;
    // `6.` alone on its line (PDF text of a numbered resolution): a paragraph's number.
    if (next.text === "." && source && aloneOnLine(source, t.start, next.end) && afterLineEnd(source, t.start)) return true;
    // `...; and 5. rebel disarmament`: a sentence does not go on in lower case after a full stop.
    const after = toks.get(claim.to + 1);
    if (next.text === "." && after?.kind === "word" && after.text.charAt(0) !== after.text.toUpperCase().charAt(0)) return true;
  }
  // A page number or footnote number opening a paragraph: `12 The ...` (PDF text may write the
  // blank line before it with spaces, which the tokens do not read as a break).
  if (t.breakBefore || (source && afterBlankLine(source, t.start))) {
    if (!next || next.breakBefore) return true;
    if (next.kind === "word" && next.text.charAt(0) !== next.text.charAt(0).toLowerCase()) return true;
    // `… are all critically relevant⏎⏎11⏎matters to …`: alone on its line between the halves of a sentence (a running
    // paragraph with no stop before it, lower case on the next line), a page's number that PDF text left in the prose.
    if (source && next.kind === "word" && next.text.charAt(0) === next.key.charAt(0) && opensLine(source.raw, source.rawIndex(next.start)) && endsRunningProse(toks, claim.from - 1, lex)) return true;
  }
  return false;
}

/** Token `k` is a word ending a paragraph of running prose: no stop after it, and at least `lex.runningProseWords` words in it. */
function endsRunningProse(toks: Toks, k: number, lex: Lexicon): boolean {
  if (toks.get(k)?.kind !== "word") return false;
  let words = 0;
  for (let j = k; j >= 0 && words < lex.runningProseWords; j--) {
    if (toks.get(j)!.kind === "word") words++;
    if (toks.get(j)!.breakBefore) break;
  }
  return words >= lex.runningProseWords;
}

/**
 * `Nariño (29) y Valle (24).`, `Pará (11), Rondônia (10)`: a bare number in parentheses written
 * apart after a name (a capitalized word, not a list's lead, `And (2)`) and closing its clause (a comma, a
 * stop, `and`/`or` not followed by another `(`) gives the count of what the word names, not a
 * list's place (`(1) the first …` goes on into its item).
 */
function isCountAfterName(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const open = toks.get(claim.from - 1)!;
  const word = toks.get(claim.from - 2);
  if (!open.spaced || open.breakBefore || !word || !isCapitalized(word) || lex.inlineListLeads.has(word.key)) return false;
  const after = toks.get(claim.to + 1);
  if (!after || after.breakBefore) return true;
  if (after.kind === "sym") return /^[.,;]$/.test(after.text);
  const linked = lex.rangeLinks.and.has(after.key) || lex.rangeLinks.or.has(after.key);
  return linked && toks.get(claim.to + 2)?.text !== "(";
}

/**
 * `Dos, se habló con …`, `…; two, violations of law will be a felony; three, …`: a number word
 * opening a clause with a comma right after it counts off the speaker's points, as `(2)` does.
 */
function isCountedOffPoint(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit) return false;
  const n = claim.numbers[0]!;
  if (n.form !== "words" || n.value > lex.listMarkerMax) return false;
  const next = toks.get(claim.to);
  if (!(next?.kind === "sym" && next.text === "," && startsSentence(toks, claim.from))) return false;
  // `Three, perhaps four, suspects fled`: a second number right after the comma makes it an estimate.
  const isNumber = (t: Tok | undefined) => t !== undefined && (t.kind === "num" || lex.cardinals.has(t.key));
  return ![1, 2, 3].some((d) => isNumber(toks.get(claim.to + d)));
}

/**
 * `⏎12.1. Adentrando em nossa casa …`: a two-part number with its own full stop, opening a line
 * after a finished one and followed by a capital, numbers a subsection (a wrapped line that opens
 * with `42.5 homicides` goes on in lower case, with no stop after the number).
 */
function isSubsectionNumber(toks: Toks, claim: ClaimPhrase, source: RawSource | undefined): boolean {
  const t = toks.get(claim.from)!;
  const [stop, word] = [toks.get(claim.to), toks.get(claim.to + 1)];
  // `⏎4.2 Protecting Our Borders⏎`: with no stop, a two-part number opening a line whose rest is a title (capitalized words) numbers a section.
  if (source && /^\d{1,2}\.\d{1,2}$/.test(t.text) && !claim.hasUnit && claim.to === claim.from + 1 && opensLine(source.raw, source.rawIndex(t.start))) {
    const at = source.rawIndex(t.end - 1) + 1;
    const lineEnd = source.raw.indexOf("\n", at);
    if (SECTION_TITLE.test(source.raw.slice(at, lineEnd < 0 ? source.raw.length : lineEnd))) return true;
  }
  // `…quedará redactado como sigue:⏎“4.2 Para la toma …`: a section quoted whole after a colon (an act rewriting another's
  // text) opens with its number, a capital after it.
  if (source && /^\d{1,2}\.\d{1,2}$/.test(t.text) && !claim.hasUnit && claim.to === claim.from + 1 && stop?.kind === "word" && /^\p{Lu}/u.test(stop.text) && opensQuotedSection(source, t)) return true;
  if (!source || !/^\d{1,2}\.\d{1,2}$/.test(t.text) || stop?.text !== "." || stop.spaced) return false;
  if (word?.kind !== "word" || word.text.charAt(0) === word.text.charAt(0).toLowerCase()) return false;
  return opensLine(source.raw, source.rawIndex(t.start)) && afterLineEnd(source, t.start);
}

/** The rest of a section heading's line: two or more capitalized words (short lower-case links between them), no stop at its end. */
const SECTION_TITLE = /^[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Ll}{1,4})*(?:[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Ll}{1,4})*)+[ \t]*\r?$/u;

/** How far back a sentence is read for an open bracket. */
const MAX_BRACKET_LOOKBACK = 40;

/** An opening parenthesis not yet closed stands before token `at` in its paragraph. */
function bracketOpen(toks: Toks, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MAX_BRACKET_LOOKBACK; k--) {
    if (toks.get(k)!.text === ")") return false;
    if (toks.get(k)!.text === "(") return true;
    if (toks.get(k)!.breakBefore) return false;
  }
  return false;
}

/** The numbers that open a note's line (`\n5 United Nations, Treaty Series`), read once per document. */
const noteLineNumbers = new WeakMap<RawSource, ReadonlySet<string>>();
const NOTE_LINE = /(?:^|\n)[ \t]*(\d{1,2})[ \t]+(?=\p{Lu})/gu;

function notesOf(source: RawSource): ReadonlySet<string> {
  let notes = noteLineNumbers.get(source);
  if (!notes) {
    notes = new Set([...source.raw.matchAll(NOTE_LINE)].map((m) => m[1]!));
    noteLineNumbers.set(source, notes);
  }
  return notes;
}

/**
 * `the Convention against Transnational Organized Crime 5 and the Protocol`, `Refugees, 10 and`:
 * PDF text sets a note's mark apart with a space. A bare small number after a capitalized word
 * (or its comma), followed by no counted noun, is that mark when some line of the document opens
 * with the same number and a capital (the note itself).
 */
function isSpacedNoteMark(toks: Toks, claim: ClaimPhrase, lex: Lexicon, source: RawSource): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit || claim.numbers[0]!.form !== "digits") return false;
  const t = toks.get(claim.from)!;
  if (!/^\d{1,2}$/.test(t.text) || t.breakBefore || !notesOf(source).has(t.text)) return false;
  let k = claim.from - 1;
  if (toks.get(k)?.text === "," && !toks.get(k)!.spaced) k--;
  const word = toks.get(k);
  if (!word || word.kind !== "word" || !/^\p{Lu}/u.test(word.text) || startsSentence(toks, k)) return false;
  const next = toks.get(claim.to);
  if (next && !next.breakBefore && next.kind === "word" && /^\p{Lu}/u.test(next.text)) return false;
  return countedNoun(toks, claim.to, lex) === undefined;
}

/**
 * `la planeación forzada). 74 “Yo pienso …`, `on Chinese goods. 3⏎Apart from …`, `de los hechos” 250 . En una`: a bare
 * number of a few digits set apart between a sentence's close (its point, or a quote or bracket closing it) and the next
 * sentence's start (a capitalised word or an opening quote, after a point of its own or not) is a note's mark the text set
 * apart from its word: a count that opens a sentence names what it counts after it.
 */
function isMarkBetweenSentences(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit || claim.to !== claim.from + 1) return false;
  const t = toks.get(claim.from)!;
  if (t.kind !== "num" || !/^\d{1,3}$/.test(t.text) || t.breakBefore || !t.spaced) return false;
  const close = toks.get(claim.from - 1);
  if (!close || close.kind !== "sym" || !SENTENCE_CLOSES.has(close.text)) return false;
  let k = claim.to;
  const point = toks.get(k);
  if (point?.text === "." && point.spaced && !point.breakBefore) k++;
  const next = toks.get(k);
  if (!next || !(next.spaced || next.breakBefore)) return false;
  const opens = next.breakBefore || (next.kind === "word" && /^\p{Lu}/u.test(next.text)) || OPENING_QUOTES.has(next.text);
  return opens && countedNoun(toks, claim.to, lex) === undefined;
}

/** Marks that close a sentence, or close a quote or a bracket at its end. */
const SENTENCE_CLOSES = new Set([".", "!", "?", "”", '"', "’", ")", "»"]);

/**
 * `zero` on its own: `net zero`, `zero tolerance`, `cero impunidad`, `desmatamento zero`, `stuck at
 * zero` name an absence or a slogan, not a count; `zero casualties`, `cero homicidios` (a counted
 * noun after it) and `zero percent` (a unit) are claims.
 */
function isBareZero(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit || claim.to !== claim.from + 1) return false;
  const n = claim.numbers[0]!;
  return n.form === "words" && n.value === 0 && countedNoun(toks, claim.to, lex) === undefined && !isPredicatedZero(toks, claim, lex);
}

/** `the duty is zero,`, `Culpables: CERO.`: a zero stated as the value of something, after a copula or a colon, ending its clause. */
function isPredicatedZero(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const before = toks.get(claim.from - 1);
  if (!before || toks.get(claim.from)!.breakBefore) return false;
  const after = toks.get(claim.to);
  const endsClause = after === undefined || after.breakBefore || (after.kind === "sym" && /^[.,;:!?)]$/.test(after.text)) || lex.zeroPredicates.after.has(after.key);
  return endsClause && (before.text === ":" || lex.zeroPredicates.before.matchBefore(toks, claim.from) !== undefined);
}

/** `95% CI`, `IC 95%`, `95% confidence interval`: a percent beside a confidence interval's marker is the method's level. */
function isConfidenceLevel(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.unit !== "percent" || claim.numbers.length !== 1 || Array.isArray(claim.value)) return false;
  const next = toks.get(claim.to);
  const after = next !== undefined && !next.breakBefore && lex.confidenceMarkers.matchAt(toks, claim.to) !== undefined;
  return after || (!toks.get(claim.from)!.breakBefore && lex.confidenceMarkers.matchBefore(toks, claim.from) !== undefined);
}

/**
 * `tres, cuatro, cinco.`, `Una, dos, tres,`, `10, 11 y 12,`: bare numbers that go up one by one,
 * joined by commas or `and`, and end their clause count something off (a speaker's turns, a
 * list's places) and state no quantity: the number is one of a run of at least `lex.minCountingRun`.
 */
function inCountingRun(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.to !== claim.from + 1 || claim.numbers.length !== 1) return false;
  const value = countedOff(toks.get(claim.from), lex);
  if (value === undefined) return false;
  const joins = (t: Tok | undefined) => t !== undefined && !t.breakBefore && (t.text === "," || lex.rangeLinks.and.has(t.key));
  let run = 1;
  for (let k = claim.from, v = value; joins(toks.get(k - 1)) && countedOff(toks.get(k - 2), lex) === v - 1; k -= 2, v--) run++;
  let last = claim.from;
  for (let v = value; joins(toks.get(last + 1)) && countedOff(toks.get(last + 2), lex) === v + 1 && !toks.get(last + 2)!.breakBefore; last += 2, v++) run++;
  // The run ends its clause: `3, 4 and 5 tons`, `8, 9 y 10 por año` list quantities of what follows.
  const after = toks.get(last + 1);
  const endsClause = after === undefined || after.breakBefore || (after.kind === "sym" && /^[.,;:!?…)]$/.test(after.text));
  return endsClause && run >= lex.minCountingRun;
}

/** The value of a single-token number a speaker may count off with (`7`, `siete`, `una`). */
function countedOff(t: Tok | undefined, lex: Lexicon): number | undefined {
  if (!t) return undefined;
  if (t.kind === "num") return /^\d{1,3}$/.test(t.text) ? Number(t.text) : undefined;
  if (t.kind !== "word") return undefined;
  return lex.cardinals.get(t.key) ?? (lex.articlesOne.has(t.key) ? 1 : undefined);
}

/** `one` on its own (`one of the programs`, `One method`); `one million`, `one or two` are claims. */
function isLoneOne(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  if (claim.numbers.length !== 1 || claim.hasUnit) return false;
  const n = claim.numbers[0]!;
  return n.form === "words" && n.value === 1 && n.to - n.from === 1 && lex.cardinals.get(toks.get(n.from)!.key) === 1;
}

/**
 * A capitalized number word inside a name: `the Five Eyes`, `Group of Seven`, `el programa Diez`
 * (not at a sentence start; mid-sentence a count is written in lower case). `opensLine`: the
 * word opens a line of the raw text.
 */
function isNameWord(toks: Toks, claim: ClaimPhrase, lex: Lexicon, opensLine: boolean): boolean {
  const t = toks.get(claim.from)!;
  if (t.kind !== "word" || startsSentence(toks, claim.from)) return false;
  // Only a number word itself: a currency sign written in letters (`US$`, `J$`) is no name.
  const n = claim.numbers[0];
  if (n && (n.form !== "words" || n.from !== claim.from)) return false;
  if (t.text.charAt(0) === t.text.charAt(0).toLowerCase()) return false;
  const next = toks.get(claim.to);
  const prev = toks.get(claim.from - 1);
  // `ARRESTAN CUATRO DOMINICANOS`: in a headline set in capitals every word is; a count, not a name.
  if (inCapitals(t) && (inCapitals(prev) || inCapitals(next))) return false;
  const capital = (x: Tok | undefined) => !!x && x.kind === "word" && x.text.charAt(0) !== x.text.charAt(0).toLowerCase();
  if (capital(next) || (prev?.key === "of" && capital(toks.get(claim.from - 2)))) return true;
  // Capitalized right after a word, with nothing counted after it: a name (`el programa 90 Diez ha …`,
  // `Tolerancia Cero`), not `Diez personas` nor a list item's first word (`- Thirty-one small …`)
  // nor the first word of a line after a speaker's name (`LÓPEZ OBRADOR⏎Once mil.`).
  const afterWord = prev !== undefined && !t.breakBefore && !opensLine && (prev.kind === "word" || prev.kind === "num");
  return afterWord && !claim.hasUnit && claim.numbers.length === 1 && countedNoun(toks, claim.to, lex) === undefined;
}

/**
 * `Building 18 at Walter Reed`, `Teamsters Local 25`, `a Falcon 9 rocket`, `Lease 181 in the Gulf`:
 * bare digits right after a capitalized word in mid-sentence (not opening its sentence or line, not a
 * hedge, month or weekday) name the thing, as identifier heads do, when nothing counted follows and
 * the next word is not capitalized too (a title in Title Case: `Agency Adds 5 New Posts`). Digits
 * grouped in thousands are a quantity (`sent Iraq 185,000 rifles`): names are not written so.
 */
function isNamedByWord(toks: Toks, claim: ClaimPhrase, lex: Lexicon, source: RawSource): boolean {
  const first = toks.get(claim.from)!;
  if (claim.numbers.length !== 1 || claim.to !== claim.from + 1 || first.kind !== "num" || !/^\d+(?:\.\d+)?$/.test(first.text)) return false;
  const head = toks.get(claim.from - 1);
  if (!head || head.kind !== "word" || !first.spaced || first.breakBefore || head.text.length < 2 || !isCapitalized(head) || inCapitals(head)) return false;
  if (startsSentence(toks, claim.from - 1) || opensLine(source.raw, source.rawIndex(head.start))) return false;
  // `the Lucid Air’s 500+ mile range`: after a possessive the number counts something of the owner.
  if (/['’]s$/.test(head.text)) return false;
  // Inside running prose only: a word before the name, and the line going on after the number. A
  // label and its value in a table or a list of figures (`Men 20 Women 15`, `Total 35` closing a
  // line) state counts.
  const before = toks.get(claim.from - 2);
  if (!before || before.kind !== "word" || head.breakBefore) return false;
  if (closesLine(source.raw, source.rawIndex(first.end - 1) + 1)) return false;
  if (lex.months.matchBefore(toks, claim.from) || lex.weekdays.matchBefore(toks, claim.from) || qualifierBefore(toks, claim.from, lex)) return false;
  const next = toks.get(claim.to);
  if (next && next.kind === "word" && !next.breakBefore && isCapitalized(next)) return false;
  return countedNoun(toks, claim.to, lex) === undefined;
}

/** A percent closes the numbers that follow token `at` in its sentence, within `lex.sharedPercentReach` tokens. */
function shareFollows(toks: Toks, at: number, lex: Lexicon): boolean {
  for (let k = at; k < Math.min(toks.length, at + lex.sharedPercentReach); k++) {
    const t = toks.get(k)!;
    if (t.breakBefore || (t.kind === "sym" && /^[.!?;:]$/.test(t.text))) return false;
    if (lex.percent.matchAt(toks, k)) return k > at;
  }
  return false;
}

/**
 * True when only spaces stand between `at` and the end of its line (or of the text), and the next
 * line does not carry the sentence on in lower case (hard-wrapped prose: `Building 18⏎ at the base`).
 */
function closesLine(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return !/^[ \t]*\n?[ \t]*\p{Ll}/u.test(text.slice(k + 1, k + 41));
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const OPENING_QUOTES = new Set(['"', "“", "‘"]);
const CLOSING_QUOTES = new Set(['"', "”", "’"]);

/**
 * `“Fit for 55”`, `the “Sapporo 5” partnership`: a number closing a short quoted phrase whose words
 * are capitalized (short linking words aside), or digits alone in quotes after a determiner (`a “123” agreement`), are
 * part of the name the quotes set off, not a count.
 * `"The total was 5"` is a quoted sentence (`total` is lower case) and stays a claim.
 */
function isQuotedName(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const close = toks.get(claim.to);
  if (!close || close.spaced || !CLOSING_QUOTES.has(close.text)) return false;
  for (let k = claim.from - 1, words = 0; k >= 0 && words <= lex.quotedNameMaxWords; k--) {
    const t = toks.get(k)!;
    if (toks.get(k + 1)!.breakBefore) return false;
    // `a “123” agreement`, `las “232”`: digits alone in quotes after a determiner name the thing (an act's section, a tariff).
    if (OPENING_QUOTES.has(t.text) && words === 0) {
      return !toks.get(k + 1)!.spaced && /^\d+$/.test(toks.get(k + 1)!.text) && lex.quotedNameDeterminers.has(toks.get(k - 1)?.key ?? "");
    }
    if (OPENING_QUOTES.has(t.text)) return !toks.get(k + 1)!.spaced && isCapitalized(toks.get(k + 1)!);
    if (t.kind !== "word" || (!isCapitalized(t) && t.text.length > 3)) return false;
    words++;
  }
  return false;
}

const isCapitalized = (t: Tok) => t.kind === "word" && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();

/** The number at [start, end) of the text stands in Markdown's escaped brackets, `\\[3\\]`, in the raw text. */
/** `"0":`, `\\"12\\":` in the raw text: the number [start, end) is quoted (quotes escaped or not) and a colon follows. */
function isQuotedKey(source: RawSource, start: number, end: number): boolean {
  const from = source.rawIndex(start);
  const to = source.rawIndex(end - 1) + 1;
  return /\\?["']$/.test(source.raw.slice(Math.max(0, from - 2), from)) && /^\\?["']\s*:/.test(source.raw.slice(to, to + 4));
}

function isEscapedNoteMark(source: RawSource, start: number, end: number): boolean {
  const from = source.rawIndex(start);
  const to = source.rawIndex(end - 1) + 1;
  return source.raw.startsWith("\\[", from - 2) && source.raw.startsWith("\\]", to);
}

/**
 * An identifier head ending before token `end` that stands as a word of its own: `S. 1315` is a
 * Senate bill, but the `S.` that ends `U.S.` (`the U.S. 15 people`) is no head.
 */
function identifierHeadBefore(toks: Toks, end: number, lex: Lexicon): boolean {
  const hit = lex.identifierHeads.matchBefore(toks, end);
  if (!hit) return false;
  const first = toks.get(hit.from)!;
  const before = toks.get(hit.from - 1);
  return !(before?.text === "." && !first.spaced && !first.breakBefore);
}

/** A line holding only four digits set apart by single spaces (`2 0 1 6`): a cover's or a page's letter-spaced year. */
const LETTER_SPACED = /^[ \t]*(\d) (\d) (\d) (\d)[ \t]*\r?$/;

/** The digit at raw `at` belongs to a letter-spaced year alone on its line, a year of `yearRange` (`2 0 1 2`). */
function isLetterSpacedYear(raw: string, at: number, lex: Lexicon): boolean {
  const start = raw.lastIndexOf("\n", at - 1) + 1;
  if (at - start > 12) return false;
  const end = raw.indexOf("\n", at);
  const m = LETTER_SPACED.exec(raw.slice(start, end < 0 ? raw.length : end));
  if (!m) return false;
  return isYearValue(Number(m.slice(1, 5).join("")), lex);
}

/** A whole number of `yearRange`. */
const isYearValue = (n: number, lex: Lexicon) => Number.isInteger(n) && n >= lex.yearRange[0] && n <= lex.yearRange[1];

/** A single digit written against the hyphen before it, and not followed by more of a number. */
/** Token `t`, glued after a hyphen, is plain digits, fewer than those of `number` (as written). */
function isCheckDigit(t: Tok | undefined, number: string): boolean {
  return t !== undefined && t.kind === "num" && !t.spaced && !t.breakBefore && /^\d+$/.test(t.text) && t.text.length < digitCount(number, 0, number.length);
}

/** A word of two letters or more written all in capitals. */
const inCapitals = (t: Tok | undefined) => t !== undefined && t.kind === "word" && t.text.length > 1 && /^\p{Lu}+$/u.test(t.text);

/** `Há mais de ...`, `Não faz mais do que ...`: token `k` is one of `openingLocators` opening its sentence, alone or after a negation. */
function opensWithLocator(toks: Toks, k: number, lex: Lexicon): boolean {
  const t = toks.get(k);
  if (!t || !lex.openingLocators.words.has(t.key)) return false;
  if (startsSentence(toks, k)) return true;
  const negation = toks.get(k - 1);
  return !!negation && lex.openingLocators.negations.has(negation.key) && startsSentence(toks, k - 1);
}

/** `the past 12 months`, `the next two years`, `5 days ago`, `Ten years later`, `en los 15 días`; not `for the past 15 years`. */
function isLocatingPeriod(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  // `two weekends ago`: `ago` after the counted noun places a time whatever is counted.
  const afterNoun = toks.get(claim.to + 1);
  if (!claim.hasUnit && toks.get(claim.to)?.kind === "word" && afterNoun && !afterNoun.breakBefore && lex.pastMarkers.has(afterNoun.key)) return true;
  // `esses dois últimos anos`, `las tres últimas semanas`: a backward locator between the number and a time unit places the time, as `los últimos dos años` does.
  if (!claim.hasUnit && afterNoun && !afterNoun.breakBefore && lex.backwardLocators.has(toks.get(claim.to)?.key ?? "") && lex.units.matchAt(toks, claim.to + 1)?.value.kind === "time") return true;
  if (!claim.unit || !lex.timeUnits.has(claim.unit)) return false;
  const next = toks.get(claim.to);
  // `after three months the bloodshed grew`, `después de 14 días`; not `after 50 years of service`.
  const leadHedge = lex.hedges.matchBefore(toks, claim.from);
  // `the highest in 10 years`, `la más baja en cuatro años`: the span over which a record stands.
  if (isSuperlativeFrame(toks, leadHedge ? leadHedge.from : claim.from, lex)) return true;
  const sequence = lex.sequenceLocators.words.matchBefore(toks, leadHedge ? leadHedge.from : claim.from);
  if (sequence) {
    // `an election in 8 days.`: after `in`, only a period that closes its clause, with no count before it in
    // its sentence; `in 30 minutes or less` and `covered 4 in 20 minutes.` measure how long.
    if (lex.sequenceLocators.closing.has(toks.get(sequence.from)!.key)) {
      const closes = !next || next.breakBefore || (next.kind === "sym" && /^[.,;:!?)]$/.test(next.text));
      return closes && !countBefore(toks, sequence.from, lex);
    }
    if (!(next && !next.breakBefore && lex.sequenceLocators.durationLinks.has(next.key))) return true;
    // `after nine years of the new government`: a period of a definite tenure or state places the moment
    // (how long it has lasted so far); `after 50 years of service` measures what lasted.
    const determiner = toks.get(claim.to + 1);
    return determiner !== undefined && !determiner.breakBefore && lex.sequenceLocators.tenureDeterminers.has(determiner.key);
  }
  if (next && !next.breakBefore && lex.relativeTimeWords.matchAt(toks, claim.to)) return true;
  if (next && !next.breakBefore && lex.periodEnds.matchAt(toks, claim.to) && toks.get(claim.from - 1)?.key === "the") return true;
  // `en los 15 días`, `en este periodo de 15 días`: the report's own time frame.
  if (lex.periodFrames.matchBefore(toks, claim.from)) return true;
  // `a los 20 años de su muerte`, `a más de dos años de la firma`: the time since an event places the moment.
  if (isAnniversary(toks, claim, leadHedge ? leadHedge.from : claim.from, lex)) return true;
  // `hace más de dos años`: some locators may stand before the hedge (numeric-non-claims.json hedgedLocators).
  const at = leadHedge && (lex.hedgedLocators.has(toks.get(leadHedge.from - 1)?.key ?? "") || opensWithLocator(toks, leadHedge.from - 1, lex)) ? leadHedge.from : claim.from;
  const locator = toks.get(at - 1);
  if (!locator || !lex.periodLocators.has(locator.key)) return false;
  // Walk back over `the` and a hedge, and the commas around it: `for (at least) the past ...`,
  // `durante, al menos, los últimos`, `desde hace más de` make it a duration.
  const overComma = (at: number) => (toks.get(at)?.text === "," ? at - 1 : at);
  let k = at - 2;
  const article = lex.periodArticles.has(toks.get(k)?.key ?? "");
  if (article) k--;
  k = overComma(k);
  const hedge = lex.hedges.matchBefore(toks, k + 1);
  if (hedge) k = overComma(hedge.from - 1);
  if (!(toks.get(k) && lex.durationMarkers.has(toks.get(k)!.key))) return true;
  // `for the past nine years`, `durante los últimos 9 años`: up to now, the time is placed; a hedge
  // (`durante, al menos, los últimos`) or a forward locator (`for the next six days`) measures how long.
  return !hedge && article && lex.backwardLocators.has(locator.key);
}

/**
 * `a los 20 años de su muerte`, `a sólo dos semanas de la elección`, `a escasas seis horas- de la caída`: a period (its
 * hedge from `start`) after an anniversary lead, perhaps over an adverb that limits it, and before a link to the event
 * (a dash written against the period may close an aside first).
 */
function isAnniversary(toks: Toks, claim: ClaimPhrase, start: number, lex: Lexicon): boolean {
  const { leads, links, adverbs } = lex.anniversaries;
  const adverb = adverbs.matchBefore(toks, start);
  if (adverb && !toks.get(start)!.breakBefore) start = adverb.from;
  const lead = leads.matchBefore(toks, start);
  if (!lead || toks.get(lead.to)!.breakBefore) return false;
  let k = claim.to;
  const dash = toks.get(k);
  if (dash?.text === "-" && !dash.spaced && !dash.breakBefore) k++;
  const link = toks.get(k);
  return link !== undefined && !link.breakBefore && links.matchAt(toks, k) !== undefined;
}

/** Token `at` follows a superlative (`highest`, `más alto`, `highest level`) and a link (`in`, `en`, `em`): numeric-non-claims.json superlativeFrames. */
function isSuperlativeFrame(toks: Toks, at: number, lex: Lexicon): boolean {
  const link = toks.get(at - 1);
  const word = toks.get(at - 2);
  if (!link || !word || toks.get(at)!.breakBefore || link.breakBefore || word.kind !== "word" || !lex.superlativeFrames.links.has(link.key)) return false;
  if (isSuperlative(word.key, lex)) return true;
  // `most violent in`, `más alto en`; `highest level in` (a noun after the superlative).
  const degree = toks.get(at - 3);
  return degree !== undefined && !word.breakBefore && degree.kind === "word" && (lex.superlativeFrames.degrees.has(degree.key) || isSuperlative(degree.key, lex));
}

/** `calibre 9 mm`, `9 mm guns`, `una pistola 9 mm`: digits naming a caliber (numeric-non-claims.json calibers). */
function isCaliber(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const first = toks.get(claim.from)!;
  if (claim.numbers.length !== 1 || first.kind !== "num" || first.breakBefore) return false;
  const { heads, marks, weapons } = lex.calibers;
  if (heads.matchBefore(toks, claim.from)) return true;
  // `152-millimeter howitzers`: the mark may be hyphened to the number.
  const hyphen = toks.get(claim.from + 1)?.text === "-" && !toks.get(claim.from + 1)!.spaced ? 1 : 0;
  const mark = toks.get(claim.from + 1 + hyphen);
  if (!mark || mark.breakBefore || (hyphen === 1 && mark.spaced) || !marks.has(mark.key)) return false;
  const after = toks.get(claim.from + 2 + hyphen);
  // `crew-served weapons (7.62 mm MAGs)`: the weapon may stand before the bracket that holds the caliber.
  const before = toks.get(claim.from - (toks.get(claim.from - 1)?.text === "(" ? 2 : 1));
  return (after !== undefined && !after.breakBefore && weapons.has(after.key)) || (before !== undefined && weapons.has(before.key));
}

/** A number (digits or a cardinal word) stands before token `at` in its sentence. */
function countBefore(toks: Toks, at: number, lex: Lexicon): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = toks.get(k)!;
    if (t.kind === "sym" && /^[.!?;]$/.test(t.text)) return false;
    if (t.kind === "num" || lex.cardinals.has(t.key)) return true;
    if (t.breakBefore) return false;
  }
  return false;
}

/** `tasas por 100,000 habitantes`: after `por`, a round base followed by a population is a rate's base. */
function isRoundBase(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const { roundMarkers, populations } = lex.denominators;
  if (typeof claim.value !== "number" || claim.value < 100 || !Number.isInteger(Math.log10(claim.value))) return false;
  return roundMarkers.matchBefore(toks, claim.from) !== undefined && populations.matchAt(toks, claim.to) !== undefined;
}

function isAdjective(key: string, lex: Lexicon): boolean {
  return lex.counted.modifierSuffixes.some((s) => key.endsWith(s) && key.length > s.length + 2);
}

/** Tokens i, i+1, i+2 are a number, a plus sign and a number written together (`3+1`). */
function joinedByPlus(toks: Toks, i: number): boolean {
  // From the window's columns: no token object made.
  return toks.kind(i) === "num" && toks.is(i + 1, "+") && !toks.spaced(i + 1) && toks.kind(i + 2) === "num" && !toks.spaced(i + 2);
}

/** `call 911`, `the national emergency number, 911,`, `the 911 emergency line`. */
function isServiceNumber(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const { numbers, before, after } = lex.serviceNumbers;
  if (!numbers.has(toks.get(claim.from)!.text)) return false;
  let k = claim.from - 1;
  if (toks.get(k)?.text === ",") k--;
  if (toks.get(k) && lex.articles.has(toks.get(k)!.key)) k--;
  const next = toks.get(claim.to);
  return (toks.get(k) !== undefined && before.has(toks.get(k)!.key)) || (next !== undefined && !next.breakBefore && after.has(next.key));
}

/** `<sup>` or `<sup class="…">` ending right before a number, and the name it opens. */
const OPENING_TAG = /<([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?>$/;
/** `</sup>` right after a number. */
const CLOSING_TAG = /^<\/([A-Za-z][A-Za-z0-9]*)\s*>/;

/**
 * isSuperscriptMark read in the document as written (raw [start, end) the number): a bare number
 * that is the whole content of a superscript element, unless a number stands right before its tag
 * (`10<sup>6</sup>`, a power). A web page's tags read as blank in the analysis text, so its tokens no longer show them.
 */
function isWrittenSuperscriptMark(written: string, start: number, end: number, lex: Lexicon): boolean {
  if (written.charCodeAt(start - 1) !== 62 || written.charCodeAt(end) !== 60) return false; // `>` before, `<` after
  const open = OPENING_TAG.exec(written.slice(Math.max(0, start - 80), start));
  const close = CLOSING_TAG.exec(written.slice(end, end + 12));
  if (!open || !close || open[1]!.toLowerCase() !== close[1]!.toLowerCase() || !lex.superscriptTags.has(open[1]!.toLowerCase())) return false;
  return !/\d$/.test(written.slice(Math.max(0, start - open[0].length - 1), start - open[0].length));
}

/**
 * `<sup>1</sup>`: a bare number that is the whole content of a superscript element (numeric-non-claims.json
 * superscriptNoteMarks) marks a note; after a number (`10<sup>6</sup>`) it is a power.
 */
function isSuperscriptMark(toks: Toks, claim: ClaimPhrase, lex: Lexicon): boolean {
  const glued = (k: number) => toks.get(k) !== undefined && !toks.get(k)!.spaced && !toks.get(k)!.breakBefore;
  const [lt, tag, gt] = [toks.get(claim.from - 3), toks.get(claim.from - 2), toks.get(claim.from - 1)];
  if (lt?.text !== "<" || gt?.text !== ">" || !tag || !lex.superscriptTags.has(tag.key) || !glued(claim.from - 2) || !glued(claim.from - 1) || !glued(claim.from)) return false;
  const [open, slash, closeTag] = [toks.get(claim.to), toks.get(claim.to + 1), toks.get(claim.to + 2)];
  if (open?.text !== "<" || slash?.text !== "/" || closeTag?.key !== tag.key || !glued(claim.to) || !glued(claim.to + 1)) return false;
  return !(toks.get(claim.from - 4)?.kind === "num" && glued(claim.from - 3));
}
