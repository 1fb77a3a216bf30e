/**
 * A web page saved as served (issues #16, #18): tags, comments, scripts, styles, SVG paths are
 * the page's machinery, not what its reader reads. Found in one linear pass when the document
 * shows HTML evidence (data/html-machinery.json), as the raw ranges the data-records layer
 * (data-records.ts) adds to its machinery: one concept, one question for every rule. A script's
 * string that holds prose (`"articleBody": "…"`) is left out, as a data record's prose field.
 */
import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import { floorIndex } from "./search.js";

const htmlSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      evidence: z.string().min(1),
      minTags: z.number().int().min(1),
      minTagsPer1000: z.number().min(0),
      rawElements: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1),
      blockElements: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)),
      lineElements: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)),
      inlineElements: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)),
      proseWords: z.number().int().min(1),
      codeMarks: z.string().min(1),
    })
    .strict();

interface Compiled {
  readonly evidence: RegExp;
  readonly minTags: number;
  readonly minTagsPer1000: number;
  readonly rawElements: ReadonlySet<string>;
  readonly blockElements: ReadonlySet<string>;
  readonly lineElements: ReadonlySet<string>;
  /** HTML's own elements: the tags counted as evidence. */
  readonly elements: ReadonlySet<string>;
  readonly proseWords: number;
  readonly codeMarks: RegExp;
}

const data = once((): Compiled => {
  const d = loadDataFile(new URL("../data/html-machinery.json", import.meta.url), htmlSchema).data;
  return {
    evidence: new RegExp(d.evidence, "iu"),
    minTags: d.minTags,
    minTagsPer1000: d.minTagsPer1000,
    rawElements: new Set(d.rawElements),
    blockElements: new Set(d.blockElements),
    lineElements: new Set(d.lineElements),
    elements: new Set([...d.blockElements, ...d.lineElements, ...d.inlineElements, ...d.rawElements]),
    proseWords: d.proseWords,
    codeMarks: new RegExp(d.codeMarks, "u"),
  };
});

/** A tag's opening: `<name`, `</name`, `<!` (a doctype, a CDATA), `<?` (a processing instruction). */
const TAG_OPEN = /<(?:(\/?)([A-Za-z][A-Za-z0-9-]*)|[!?])/y;
const ANY_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)[\s/>]/g;

/** Whether `raw` reads as an HTML page: a doctype, `<html`, `<head>`, `<body`, or tags throughout. */
export function isHtmlPage(raw: string): boolean {
  const c = data();
  if (c.evidence.test(raw)) return true;
  let tags = 0;
  ANY_TAG.lastIndex = 0;
  for (let m = ANY_TAG.exec(raw); m !== null; m = ANY_TAG.exec(raw)) if (c.elements.has(m[1]!.toLowerCase())) tags++;
  return tags >= c.minTags && (tags * 1000) / Math.max(1, raw.length) >= c.minTagsPer1000;
}

/** The HTML machinery of a page. */
export interface HtmlMachinery {
  /** Flat [start, end) raw ranges of machinery, in order. */
  readonly ranges: readonly number[];
  /** Flat [open, close) offsets of the quotes around a script's prose strings. */
  readonly bodies: readonly number[];
  /** Raw offsets of the `<` of tags that end a paragraph (block elements). */
  readonly breaks: readonly number[];
  /** Raw offsets of the `<` of tags that end a line (`<br>`). */
  readonly lineBreaks: readonly number[];
}

const NONE: HtmlMachinery = { ranges: [], bodies: [], breaks: [], lineBreaks: [] };

/** Where the tag opened at `at` ends (after its `>`): quoted attribute values may hold `>`. */
function tagEnd(raw: string, at: number): number {
  let quote = 0;
  for (let k = at + 1; k < raw.length; k++) {
    const ch = raw.charCodeAt(k);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if ((ch === 34 || ch === 39) && /[=\s]/.test(raw.charAt(k - 1))) quote = ch;
    else if (ch === 62) return k + 1;
  }
  return raw.length;
}

/**
 * A script's contents from `from` to `to`: machinery but for its prose strings (`proseWords`
 * words or more, not a key, no code), pushed to `bodies`. A '…' or "…" string ends at its line.
 */
function readScript(raw: string, from: number, to: number, c: Compiled, out: number[], bodies: number[]): void {
  let seg = from;
  for (let i = from; i < to; i++) {
    const ch = raw.charCodeAt(i);
    if (ch !== 34 && ch !== 39 && ch !== 96) continue;
    let j = i + 1;
    for (; j < to; j++) {
      const cj = raw.charCodeAt(j);
      if (cj === 92) j++;
      else if (cj === ch || (cj === 10 && ch !== 96)) break;
    }
    if (j >= to || raw.charCodeAt(j) !== ch) {
      i = j;
      continue;
    }
    const content = raw.slice(i + 1, j);
    const key = /^\s*:/.test(raw.slice(j + 1, j + 3));
    if (!key && !c.codeMarks.test(content) && content.trim().split(/\s+/).length >= c.proseWords && /\p{L}{2}/u.test(content)) {
      if (i + 1 > seg) out.push(seg, i + 1);
      bodies.push(i, j);
      seg = j;
    }
    i = j;
  }
  if (to > seg) out.push(seg, to);
}

let last: { raw: string; page: HtmlMachinery } | undefined;

/** A page's machinery (HtmlMachinery); empty when `raw` shows no HTML evidence. The last text's is kept (asked twice per text). */
export function htmlMachinery(raw: string): HtmlMachinery {
  if (last?.raw !== raw) last = { raw, page: readPage(raw) };
  return last.page;
}

function readPage(raw: string): HtmlMachinery {
  if (raw.indexOf("<") < 0 || !isHtmlPage(raw)) return NONE;
  const c = data();
  const ranges: number[] = [];
  const bodies: number[] = [];
  const breaks: number[] = [];
  const lineBreaks: number[] = [];
  let i = raw.indexOf("<");
  while (i >= 0 && i < raw.length) {
    if (raw.startsWith("<!--", i)) {
      const close = raw.indexOf("-->", i + 4);
      const end = close < 0 ? raw.length : close + 3;
      ranges.push(i, end);
      i = raw.indexOf("<", end);
      continue;
    }
    TAG_OPEN.lastIndex = i;
    const m = TAG_OPEN.exec(raw);
    if (!m) {
      i = raw.indexOf("<", i + 1);
      continue;
    }
    const end = tagEnd(raw, i);
    ranges.push(i, end);
    const name = m[2]?.toLowerCase();
    if (name !== undefined && c.blockElements.has(name)) breaks.push(i);
    else if (name !== undefined && c.lineElements.has(name)) {
      // `<br><br>` ends a paragraph as a block does; one `<br>` a line (unless a line break follows it).
      const next = raw.slice(end, end + 40);
      if (/^\s*<br\b/i.test(next)) breaks.push(i);
      else if (!/^[ \t]*(?:\r?\n|$)/.test(next)) lineBreaks.push(i);
    }
    if (name !== undefined && m[1] === "" && c.rawElements.has(name) && raw.charCodeAt(end - 2) !== 47 /* /> */) {
      // Its contents run to its closing tag.
      // Searched in `raw` itself, any case: a lower-cased copy can be longer (`İ`), and its offsets would not be raw's.
      const closing = new RegExp(`</${name}`, "gi");
      closing.lastIndex = end;
      const close = closing.exec(raw)?.index ?? -1;
      const stop = close < 0 ? raw.length : close;
      if (name === "script") readScript(raw, end, stop, c, ranges, bodies);
      else if (stop > end) ranges.push(end, stop);
      i = stop;
      continue;
    }
    i = raw.indexOf("<", end);
  }
  return { ranges, bodies, breaks, lineBreaks };
}

/**
 * The raw span [start, end) without a page's machinery: itself when it touches none, else its
 * longest stretch between tags (`The <i>New York Times</i>` reads `New York Times`), or
 * undefined when it lies in machinery. Whatever rule proposed it, a name is not read across a tag.
 */
export function outsidePageMachinery(raw: string, start: number, end: number): [number, number] | undefined {
  const r = htmlMachinery(raw).ranges;
  if (r.length === 0 || end <= start) return [start, end];
  let k = floorIndex(r, start);
  if (k >= 0 && k % 2 === 1 && r[k]! <= start) k++;
  else if (k < 0) k = 0;
  // k: the first range bound after `start` (an even k: a range that starts after it; odd: start lies inside).
  let best: [number, number] | undefined;
  let from = k % 2 === 0 ? start : r[k]!;
  if (k % 2 === 1) k++;
  for (; from < end; k += 2) {
    const to = Math.min(end, k < r.length ? r[k]! : end);
    if (to > from && (!best || to - from > best[1] - best[0])) best = [from, to];
    if (k + 1 >= r.length) break;
    from = r[k + 1]!;
  }
  return best;
}
