import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";

// Built only when the file is validated (loadDataFile), not at import.
function layoutSchema() {
  const comment = { $comment: z.string().optional() };
  const WordList = z.object({ ...comment, words: z.array(z.string()) }).strict();
  /** A regular expression written in the data file; it must compile. */
  const Pattern = z.string().refine((s) => {
    try {
      new RegExp(s, "iu");
      return true;
    } catch {
      return false;
    }
  }, "not a valid regular expression");
  const share = z.number().min(0).max(1);
  const count = z.number().int().min(0);
  return z
    .object({
      ...comment,
      hyphenPrefixes: WordList,
      sentenceStarters: WordList,
      sentenceFinalAbbreviations: WordList,
      leadInLabels: z.object({ ...comment, phrases: z.array(z.string()) }).strict(),
      dayWords: WordList,
      headingFunctionWords: WordList,
      headingStart: z.object({ ...comment, pattern: Pattern }).strict(),
      contentsEntry: z.object({ ...comment, pattern: Pattern }).strict(),
      pageFurniture: z
        .object({
          ...comment,
          numbered: z.array(z.object({ pattern: Pattern, anywhere: z.boolean(), series: z.string().min(1).optional() }).strict()),
          unnumbered: z.array(Pattern),
          footnoteRule: Pattern,
          edgeLines: count,
          maxLength: count,
          repeat: z.object({ ...comment, minPages: count, share }).strict(),
          titledNumberTitleCase: share,
        })
        .strict(),
      tableCells: z.object({ ...comment, maxLength: count, minRun: count }).strict(),
      headingRepeat: z.object({ ...comment, maxPages: count, minLinesApart: count }).strict(),
      pageEvidence: z
        .object({
          ...comment,
          footerRun: z
            .object({ minLength: count, minLengthWithCount: count, maxStep: count, minLinesApart: count, maxMissingLead: count, leadAgreement: share, openerMinPages: count })
            .strict(),
          spaceLed: z.object({ maxShare: share, minMedianGap: count }).strict(),
          lineNumbers: z.object({ ...comment, minChain: count, maxLinesBetween: count }).strict(),
          heads: z.object({ ...comment, maxLeadShortOfPage: share, minTail: share, maxShortStepShare: share, minHeadAfterShare: share, minTitleNextShare: share }).strict(),
          sectionNumbers: z.object({ ...comment, minShare: share, maxTitleLength: count, ownNumber: Pattern }).strict(),
          cover: z.object({ ...comment, minBlockLines: count, maxLineLength: count, pages: count, minTitleLength: count }).strict(),
          banner: z.object({ ...comment, minShare: share }).strict(),
          coverHead: z.object({ ...comment, minCoverLetters: count }).strict(),
          contentsPage: z.object({ ...comment, titles: z.array(z.string().min(1)).min(1), maxHeadLines: count, maxGapLines: count, minLeadPages: z.number().positive() }).strict(),
          footLines: z.object({ ...comment, minShare: share, maxElsewhereAbove: share }).strict(),
          columnFoot: z.object({ ...comment, minShare: share, maxRest: share, minCloserShare: share }).strict(),
          splitFoot: z.object({ ...comment, minFeet: count, minShare: share }).strict(),
          runningLine: z.object({ ...comment, minPages: count, minGapShare: share, maxSpread: z.number().positive(), maxShare: share, maxNumberedShare: share, minPairedShare: share, minOrderShare: share }).strict(),
        })
        .strict(),
      lineSpacing: z.object({ ...comment, minLines: count, maxBlankLines: z.number().int().min(1), minSpacedShare: share, minWidth: count, maxWidth: count, minFullShare: share, minRunOnShare: share, shortLine: share }).strict(),
      markdown: z
        .object({ ...comment, atxHeading: Pattern, underlineMinLength: count, codeIndent: count, bulletItem: Pattern, orderedItem: Pattern, tableRow: Pattern })
        .strict(),
    })
    .strict();
}

type Data = z.infer<ReturnType<typeof layoutSchema>>;

export interface NumberedFurniture {
  pattern: RegExp;
  anywhere: boolean;
  /** Patterns that number the same pages share a series (a mirrored foot); else each is its own. */
  series?: string | undefined;
}

export interface Layout {
  path: string;
  sha256: string;
  hyphenPrefixes: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  sentenceFinalAbbreviations: ReadonlySet<string>;
  /** Lead-in labels, longest first so `Q&A Session` wins over `Q&A`. */
  leadInLabels: readonly string[];
  dayWords: ReadonlySet<string>;
  headingFunctionWords: ReadonlySet<string>;
  /** The first characters a heading's title may open with. */
  headingStart: RegExp;
  /** A table of contents' line: its page number set apart at its end. */
  contentsEntry: RegExp;
  /**
   * `contentsEntry` ends with a page number in figures or roman numerals (`PAGE_NUMBER_END`), so
   * a line whose last character is neither a digit nor a roman numeral's letter is none.
   */
  contentsEntryEndsInNumber: boolean;
  pageFurniture: Omit<Data["pageFurniture"], "numbered" | "unnumbered" | "footnoteRule"> & {
    numbered: readonly NumberedFurniture[];
    unnumbered: readonly RegExp[];
    footnoteRule: RegExp;
  };
  tableCells: Data["tableCells"];
  headingRepeat: Data["headingRepeat"];
  pageEvidence: Data["pageEvidence"];
  lineSpacing: Data["lineSpacing"];
  markdown: { atxHeading: RegExp; underlineMinLength: number; codeIndent: number; bulletItem: RegExp; orderedItem: RegExp; tableRow: RegExp };
}

/** How `contentsEntry`'s pattern ends (as layout.json writes it): a page number, then the line's end. */
export const PAGE_NUMBER_END = "(?:[1-9]\\d{0,3}|[ivxlc]{1,6})$";

export const layout = once((): Layout => {
  const file = loadDataFile(new URL("../data/layout.json", import.meta.url), layoutSchema);
  const d = file.data;
  return {
    path: file.path,
    sha256: file.sha256,
    hyphenPrefixes: new Set(d.hyphenPrefixes.words),
    sentenceStarters: new Set(d.sentenceStarters.words),
    sentenceFinalAbbreviations: new Set(d.sentenceFinalAbbreviations.words),
    leadInLabels: [...d.leadInLabels.phrases].sort((a, b) => b.length - a.length),
    dayWords: new Set(d.dayWords.words),
    headingFunctionWords: new Set(d.headingFunctionWords.words),
    headingStart: new RegExp(d.headingStart.pattern, "u"),
    contentsEntry: new RegExp(d.contentsEntry.pattern, "iu"),
    contentsEntryEndsInNumber: d.contentsEntry.pattern.endsWith(PAGE_NUMBER_END),
    pageFurniture: {
      ...d.pageFurniture,
      numbered: d.pageFurniture.numbered.map((n) => ({ pattern: new RegExp(n.pattern, "iu"), anywhere: n.anywhere, series: n.series })),
      unnumbered: d.pageFurniture.unnumbered.map((p) => new RegExp(p, "u")),
      footnoteRule: new RegExp(d.pageFurniture.footnoteRule, "u"),
    },
    tableCells: d.tableCells,
    headingRepeat: d.headingRepeat,
    pageEvidence: d.pageEvidence,
    lineSpacing: d.lineSpacing,
    markdown: {
      atxHeading: new RegExp(d.markdown.atxHeading, "u"),
      underlineMinLength: d.markdown.underlineMinLength,
      codeIndent: d.markdown.codeIndent,
      bulletItem: new RegExp(d.markdown.bulletItem, "u"),
      orderedItem: new RegExp(d.markdown.orderedItem, "u"),
      tableRow: new RegExp(d.markdown.tableRow, "u"),
    },
  };
});
