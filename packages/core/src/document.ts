import { floorIndex } from "./search.js";
import { normalize } from "./normalize.js";
import { stringEscapeRegions, rawLines } from "./string-escapes.js";
import { readRecords, recordLines } from "./data-records.js";
import type { OffsetMap } from "./offset-map.js";
import { segmentSpan, type Sentence } from "./segment.js";
import { buildSections, pageAt, readStructure, type LayoutMark, type BlockKind, type RawBlock, type Section, type Structure } from "./structure.js";
import type { LineSpacing } from "./line-spacing.js";
import { TokenTable } from "./tokens.js";
import { decideLanguage, documentLanguage, scoreTokens, addScores, type Language, type LanguageScores } from "./language.js";
import { checkDocId, checkRawText } from "./usage.js";
import { countWriting, decideWriting, emptyCounts, NORMAL_WRITING, type WritingProfile } from "./writing.js";

/** A block of the analysis text (analysis offsets), with its raw counterpart. */
export interface Block {
  kind: BlockKind;
  heading?: RawBlock["heading"];
  /** A Markdown heading's own level, as in RawBlock. */
  level?: number;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
  firstLine: number;
  lastLine: number;
  /** The paragraph's own language when its stop words tell it; else the document's. */
  lang: Language;
  /** Whether the paragraph writes capitals and accents, when its words tell; else the document's (writing.ts). */
  writing: WritingProfile;
}

/** Where a raw offset sits in the document, for an annotation's provenance. */
export interface Location {
  page: number;
  /** 1-based line of the raw file. */
  line: number;
  /** 1-based character column within that line. */
  column: number;
  /** 0-based index of the sentence, or -1 outside sentences. */
  sentence: number;
  /** Section path, outermost first (empty before the first heading). */
  section: string[];
  /** The same, titles joined by ` > `. */
  sectionText: string;
}

export interface AnalyzeOptions {
  docId: string;
  /** When this text is one window of a longer document: where the window starts in it. */
  window?: WindowOrigin;
  /** Evidence shared by all windows of one document (an extractor's document-level findings). */
  shared?: Map<string, unknown>;
  /** Running heads and footnotes the layout already found (a PDF's), in this text's raw offsets. */
  marks?: readonly LayoutMark[];
}

/** Where a window of a long document starts in the whole: raw offset, line, page, sentence, open sections. */
export interface WindowOrigin {
  raw: number;
  /** 0-based line of the whole document at which the window starts. */
  line: number;
  /** 1-based page of the whole document on which the window starts. */
  page: number;
  /** Sentences in the windows before. */
  sentence: number;
  /** The sections open where the window starts, outermost first. */
  sections: Section[];
  /** Whether the whole document has form feeds, decided once for all its windows. */
  formFeeds?: boolean;
  /** Whether the document is HTML-escaped text (its character references decoded), decided once for the whole document. */
  htmlEscaped?: boolean;
  /** Whether the document is double-encoded text (`Ã­` for `í`), decided once for the whole document. */
  doubleEncoded?: boolean;
  /** Whether lines beginning with a space mark pages, decided once for the whole document. */
  spacesMarkPages?: boolean;
  /**
   * Characters of the line the window starts inside (a window of text with no line break near
   * its cut starts inside a line): its first line's columns go on from there. 0 or absent when
   * the window starts at a line start.
   */
  column?: number;
  /** Page starts (whole-document line indices) from page numbers, decided once for the whole document. */
  footerPages?: { starts: number[]; numberLines: number[] };
  /** The line spacing of the whole document (null: not double-spaced), decided once for all its windows. */
  lineSpacing?: LineSpacing | null;
}

/** One document read for analysis: the raw text, the analysis text, the map and the structure. */
export class AnalyzedDocument {
  readonly docId: string;
  readonly raw: string;
  /** `raw` as its lines are written: a quoted string's escaped line breaks made real ones, same offsets (string-escapes.ts). */
  readonly rawLines: string;
  readonly text: string;
  readonly map: OffsetMap;
  readonly structure: Structure;
  readonly blocks: Block[];
  readonly sections: Section[];
  readonly tokens: TokenTable;
  readonly sentences: Sentence[];
  /** Work an extractor keeps for this text (token indexes and offsets are valid here only). */
  readonly cache = new Map<string, unknown>();
  /**
   * Evidence an extractor carries from one window of a long document to the next (an acronym
   * defined earlier). Holds no offsets or token indexes: those change from window to window.
   */
  readonly shared: Map<string, unknown>;
  /** Where `raw` starts in the whole document (all zero unless this is a window of a long one). */
  readonly origin: WindowOrigin;
  /** The document's language (decided by the first window of a long document, shared by the rest). */
  readonly lang: Language;
  /** Stop-word hits per language in this text (LANGUAGES order), for a whole-document tally. */
  readonly languageScores: LanguageScores;
  /** Whether the document writes capitals and accents (decided by the first window of a long document, as `lang`). */
  readonly writing: WritingProfile;
  private readonly openAtEnd: Section[];
  private readonly sentenceStarts: Int32Array;
  private readonly blockStarts: Int32Array;
  private readonly sectionStarts: Int32Array;

  constructor(raw: string, options: AnalyzeOptions) {
    this.docId = options.docId;
    this.raw = raw;
    this.shared = options.shared ?? new Map();
    const continues = options.window !== undefined && options.window.raw > 0;
    const w = options.window;
    // A text saved as a quoted string's body breaks its lines with `\n` escapes: its lines, blocks
    // and analysis text are read from those breaks (same offsets), as from a text's own.
    // Or, in structured text (pretty-printed JSON, CSV), the lines of its strings (string-escapes.ts).
    const stringEscaped = stringEscapeRegions(raw) ?? false;
    // A data record's prose fields (data-records.ts) are paragraphs of their own.
    const lined = recordLines(raw, rawLines(raw, stringEscaped));
    this.rawLines = lined;
    this.structure = readStructure(lined, {
      continues,
      formFeeds: w?.formFeeds,
      spacesMarkPages: w?.spacesMarkPages,
      footerPages: w?.footerPages ? { firstLine: w.line, ...w.footerPages } : undefined,
      insideLine: (w?.column ?? 0) > 0,
      lineSpacing: w?.lineSpacing,
      marks: options.marks,
      // A web page's block tags end paragraphs (html-machinery.ts), and so do the quotes around a
      // record's prose field (data-records.ts): the blank lines they read as do not make the text double-spaced.
      hardBreaks: hardBreaks(raw),
    });
    this.origin = options.window ?? { raw: 0, line: 0, page: 1, sentence: 0, sections: [] };
    const { text, map } = normalize(lined, this.structure, w?.htmlEscaped, w?.doubleEncoded, stringEscaped);
    this.text = text;
    this.map = map;
    this.blocks = this.structure.blocks.map((b) => {
      const start = map.fromRaw(b.rawStart);
      // `{ ...b, start, end, lang, writing }` as one literal with every field, `heading` and `level` too
      // (undefined when the raw block has none): raw blocks come in three shapes, and copying them gave
      // blocks three hidden classes, so `blockAt` and its callers were deoptimized as each one turned up.
      // (A spread costs several microseconds an object on Node 20; a literal does not.)
      const block: Block = {
        kind: b.kind,
        heading: b.heading,
        level: b.level,
        rawStart: b.rawStart,
        rawEnd: b.rawEnd,
        firstLine: b.firstLine,
        lastLine: b.lastLine,
        start,
        end: Math.max(start, map.endOfRaw(b.rawEnd)),
        lang: "en",
        writing: NORMAL_WRITING,
      };
      return block;
    });
    const { sections, openAtEnd } = buildSections(this.structure.blocks, (b) => {
      const s = map.fromRaw(b.rawStart);
      return displayText(raw, text, map, s, map.endOfRaw(b.rawEnd));
    }, this.origin.sections);
    this.sections = sections;
    this.openAtEnd = openAtEnd;
    this.tokens = new TokenTable(text);
    this.sentences = [];
    // A heading is one unit (`II. Regional Cooperation` is not two sentences).
    for (const b of this.blocks) segmentSpan(text, b.start, b.end, this.tokens, this.sentences, b.kind === "heading");
    const { lang, scores } = this.readLanguages();
    this.lang = lang;
    this.languageScores = scores;
    this.writing = this.readWriting();
    this.sentenceStarts = Int32Array.from(this.sentences, (s) => s.start);
    this.blockStarts = Int32Array.from(this.blocks, (b) => b.start);
    this.sectionStarts = Int32Array.from(this.sections, (s) => s.rawStart);
  }

  /**
   * Each block's language from its stop words, and the document's from all of them: one pass
   * over the tokens. A block too short to tell (a heading, a table row) takes the document's.
   */
  private readLanguages(): { lang: Language; scores: LanguageScores } {
    const own: (Language | undefined)[] = [];
    let scores: LanguageScores = [0, 0, 0];
    for (const b of this.blocks) {
      const s = scoreTokens(this.tokens, this.tokens.firstFrom(b.start), this.tokens.firstFrom(b.end));
      own.push(decideLanguage(s));
      scores = addScores(scores, s);
    }
    const key = "core:language";
    const lang = (this.shared.get(key) as Language | undefined) ?? documentLanguage(scores);
    this.shared.set(key, lang);
    this.blocks.forEach((b, i) => (b.lang = own[i] ?? lang));
    return { lang, scores };
  }

  /**
   * Each block's writing profile from its words, and the document's from all of them: a block
   * too short to tell takes the document's.
   */
  private readWriting(): WritingProfile {
    const own = this.blocks.map((b) => countWriting(this.text, this.tokens, this.tokens.firstFrom(b.start), this.tokens.firstFrom(b.end), b.lang, emptyCounts()));
    const total = emptyCounts();
    for (const c of own) {
      total.sentences += c.sentences;
      total.words += c.words;
      total.capitalized += c.capitalized;
      total.upper += c.upper;
      total.evidence += c.evidence;
      total.accented += c.accented;
    }
    const key = "core:writing";
    const writing = (this.shared.get(key) as WritingProfile | undefined) ?? decideWriting(total, NORMAL_WRITING);
    this.shared.set(key, writing);
    this.blocks.forEach((b, i) => (b.writing = decideWriting(own[i]!, writing)));
    return writing;
  }

  /** The writing profile at analysis offset `pos`: its block's, or the document's between blocks. */
  writingAt(pos: number): WritingProfile {
    return this.blockAt(pos)?.writing ?? this.writing;
  }

  /** The language at analysis offset `pos`: its block's, or the document's between blocks. */
  langAt(pos: number): Language {
    return this.blockAt(pos)?.lang ?? this.lang;
  }

  /** Raw span of an analysis span: `raw.slice(start, end)` is exactly the original characters. */
  toRaw(start: number, end: number): { start: number; end: number } {
    return this.map.toRaw(start, end);
  }

  /** The raw characters behind an analysis span. */
  rawText(start: number, end: number): string {
    const r = this.map.toRaw(start, end);
    return this.raw.slice(r.start, r.end);
  }

  blockAt(pos: number): Block | undefined {
    const i = floorIndex(this.blockStarts, pos);
    const b = i >= 0 ? this.blocks[i] : undefined;
    return b && pos < b.end ? b : undefined;
  }

  /** Index of the sentence that holds analysis offset `pos`, or -1. */
  sentenceIndexAt(pos: number): number {
    const i = floorIndex(this.sentenceStarts, pos);
    return i >= 0 && pos < this.sentences[i]!.end ? i : -1;
  }

  sentenceAt(pos: number): Sentence | undefined {
    const i = this.sentenceIndexAt(pos);
    return i >= 0 ? this.sentences[i] : undefined;
  }

  /** Index of the token that holds analysis offset `pos`, or -1. */
  tokenAt(pos: number): number {
    return this.tokens.at(pos);
  }

  /** Section of a raw offset (the last heading at or before it). */
  sectionAt(raw: number): Section | undefined {
    const i = floorIndex(this.sectionStarts, raw);
    return i >= 0 ? this.sections[i] : this.origin.sections[this.origin.sections.length - 1];
  }

  /** Characters of this text's last line, from the start of that line in the whole document. */
  lastLineColumns(): number {
    const { lines } = this.structure;
    const last = lines.count - 1;
    return this.raw.length - lines.starts[last]! + (last === 0 ? (this.origin.column ?? 0) : 0);
  }

  /** The sections still open at the end of this text, outermost first (for the next window). */
  openSectionsAtEnd(): Section[] {
    return this.openAtEnd;
  }

  /**
   * Page, line, column, sentence and section of a raw offset of this text, in the numbering of
   * the whole document.
   */
  locate(raw: number, analysisPos?: number): Location {
    const { lines } = this.structure;
    const li = Math.max(0, floorIndex(lines.starts, raw));
    const pos = analysisPos ?? this.map.fromRaw(raw);
    const sentence = this.sentenceIndexAt(pos);
    const section = this.sectionAt(raw);
    return {
      page: pageAt(this.structure, raw) + this.origin.page - 1,
      line: li + 1 + this.origin.line,
      column: raw - lines.starts[li]! + 1 + (li === 0 ? (this.origin.column ?? 0) : 0),
      sentence: sentence < 0 ? -1 : sentence + this.origin.sentence,
      section: section?.path ?? [],
      sectionText: section?.pathText ?? "",
    };
  }

  get pageCount(): number {
    return this.structure.pageStarts.length;
  }
}

/** Read a document for analysis. */
export function analyze(raw: string, options: AnalyzeOptions): AnalyzedDocument {
  checkRawText("analyze", raw);
  checkDocId("analyze", options);
  return new AnalyzedDocument(raw, options);
}

/**
 * Analysis text for people: layout undone (joined lines, cut words) but the original
 * characters kept (curly quotes, em dashes), white space collapsed.
 */
function displayText(raw: string, text: string, map: OffsetMap, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    // A decoded reference shows as the character it stands for, not as its `&`.
    out += c === "\n" ? " " : map.isWide(i) ? c : raw[map.rawIndex(i)]!;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Raw offsets that end a paragraph whatever the line spacing: a page's block tags, the quotes around a record's prose fields. */
function hardBreaks(raw: string): readonly number[] {
  const { bodies, page } = readRecords(raw);
  if (bodies.length === 0) return page.breaks;
  return [...page.breaks, ...bodies].sort((a, b) => a - b);
}
