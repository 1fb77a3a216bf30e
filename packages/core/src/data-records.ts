/**
 * Records of data written as text (issues #16, #18): a SQL dump's `INSERT … VALUES (…)` tuples, a
 * seed file's calls, a JavaScript data file's objects, a CSV file's rows. A record's machinery (row
 * ids, dates, foreign keys, counters, addresses, keys) states nothing; the prose stored in its
 * string fields is text like any other. Found once per document (data/data-records.json) as the
 * raw ranges of machinery, so every rule asks one question instead of guessing the record itself.
 */
import { z } from "./zod.js";
import { loadDataFile, once } from "./data-file.js";
import { floorIndex } from "./search.js";
import { htmlMachinery, type HtmlMachinery } from "./html-machinery.js";
import { quotedFieldEnd } from "./csv-fields.js";

const dataRecordsSchema = () =>
  z
    .object({
      $comment: z.string().optional(),
      // An opener given with `needs` (characters every match holds) is not run over a text without them.
      recordOpeners: z.array(z.union([z.string().min(1), z.object({ pattern: z.string().min(1), needs: z.string().min(1) }).strict()])).min(1),
      fieldValues: z.array(z.string().min(1)),
      fieldTokens: z.string().min(1),
      csvMachineryColumns: z.string().min(1),
      csvHeader: z.string().min(1),
      csvFirstRow: z.string().min(1),
      sqlComment: z.string().min(1),
      maxRecordChars: z.number().int().min(100),
      minBodyWords: z.number().int().min(1),
      csvRegularRows: z.number().min(0).max(1),
    })
    .strict();

interface Compiled {
  readonly openers: readonly { readonly re: RegExp; readonly needs: string }[];
  readonly values: readonly RegExp[];
  readonly tokens: RegExp;
  readonly machineryColumns: RegExp;
  readonly csvHeader: RegExp;
  readonly csvFirstRow: RegExp;
  readonly sqlComment: RegExp;
  readonly maxRecordChars: number;
  readonly minBodyWords: number;
  readonly csvRegularRows: number;
}

const data = once((): Compiled => {
  const d = loadDataFile(new URL("../data/data-records.json", import.meta.url), dataRecordsSchema).data;
  return {
    openers: d.recordOpeners.map((o) => (typeof o === "string" ? { re: new RegExp(o, "gmu"), needs: "" } : { re: new RegExp(o.pattern, "gmu"), needs: o.needs })),
    values: d.fieldValues.map((p) => new RegExp(p, "u")),
    tokens: new RegExp(d.fieldTokens, "u"),
    machineryColumns: new RegExp(d.csvMachineryColumns, "iu"),
    csvHeader: new RegExp(d.csvHeader, "u"),
    csvFirstRow: new RegExp(d.csvFirstRow, "u"),
    sqlComment: new RegExp(d.sqlComment, "gmu"),
    maxRecordChars: d.maxRecordChars,
    minBodyWords: d.minBodyWords,
    csvRegularRows: d.csvRegularRows,
  };
});

/** A field's content that is only a record's value (a date, an address, one word): machinery, not prose. */
function isFieldValue(content: string, values: readonly RegExp[]): boolean {
  return values.some((re) => re.test(content));
}

/** `: ` after a quoted string: the string is a key. */
const KEY_AFTER = /^\s?:/;
/** Where a key's value ends. */
const VALUE_STOP = /[,}\]\n]/;

/**
 * Reads one record from `from` (just after its opener) to where it closes: a SQL statement to its
 * `;`, anything else to the bracket that closes its opener. Pushes its machinery ranges to `out`
 * (flat [start, end) pairs), the record's string fields that hold prose left out. Returns its end.
 */
function readRecord(raw: string, start: number, from: number, sql: boolean, c: Compiled, out: number[], bodies: number[]): number {
  const limit = Math.min(raw.length, from + c.maxRecordChars);
  let depth = sql ? 0 : 1;
  let seg = start;
  let i = from;
  for (; i < limit; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 39 || ch === 34 || ch === 96) {
      // A string: ', " or `; a backslash escapes the next character, a doubled quote is one quote.
      let j = i + 1;
      for (; j < limit; j++) {
        const cj = raw.charCodeAt(j);
        if (cj === 92) j++;
        else if (cj === ch) {
          if (raw.charCodeAt(j + 1) === ch) j++;
          else break;
        }
      }
      const content = raw.slice(i + 1, j);
      const key = KEY_AFTER.exec(raw.slice(j + 1, j + 3));
      if (key && /\s/.test(content.trim())) {
        // `"Número de agresiones": 1`: a key written in words labels its value as prose does (a count
        // of a table), unlike a code name (`views: 12`): the key and its value are read as text.
        if (i + 1 > seg) out.push(seg, i + 1);
        let v = j + 1 + key[0].length;
        while (v < limit && !VALUE_STOP.test(raw.charAt(v))) v++;
        seg = v;
        i = v - 1;
        continue;
      }
      if (!isFieldValue(content, c.values) && !c.tokens.test(content)) {
        if (i + 1 > seg) out.push(seg, i + 1);
        if (!key && content.trim().split(/\s+/).length >= c.minBodyWords) bodies.push(i, j);
        seg = j;
      }
      i = j;
      continue;
    }
    if (ch === 40 || ch === 91 || ch === 123) depth++;
    else if (ch === 41 || ch === 93 || ch === 125) {
      depth--;
      if (!sql && depth === 0) {
        i++;
        break;
      }
    } else if (sql && ch === 59 && depth <= 0) {
      i++;
      break;
    }
  }
  const end = Math.min(i, raw.length);
  if (end > seg) out.push(seg, end);
  return end;
}

/**
 * A CSV file's rows (RFC 4180: quoted fields, `""` a quote), from `from`: pushes its machinery fields
 * to `out` and its prose fields to `bodies` only when most rows have `fields` fields (the header's,
 * or the first row's when 0), so a text whose first line only looks like a header is left alone.
 */
function readCsv(raw: string, from: number, sep: number, fields: number, machineryColumns: ReadonlySet<number>, c: Compiled, out: number[], bodies: number[]): void {
  const headless = fields === 0;
  const found: number[] = [];
  const prose: number[] = [];
  let rows = 0;
  let regular = 0;
  let inRow = 0;
  let i = from;
  while (i < raw.length) {
    // One field.
    if (raw.charCodeAt(i) === 34) {
      const j = quotedFieldEnd(raw, i);
      const content = raw.slice(i + 1, j);
      // A headless row's leading number, quoted or not (`"1","12/28/1966 18:48",…`), is its id.
      const leading = inRow === 0 && headless && /^\d+$/.test(content);
      if (isFieldValue(content, c.values) || machineryColumns.has(inRow) || leading) found.push(i, Math.min(j + 1, raw.length));
      else if (content.trim().split(/\s+/).length >= c.minBodyWords) prose.push(i, j);
      i = j + 1;
    } else {
      let j = i;
      while (j < raw.length && raw.charCodeAt(j) !== sep && raw.charCodeAt(j) !== 10 && raw.charCodeAt(j) !== 13) j++;
      const field = raw.slice(i, j);
      // A date or an address, a machinery column's cell, a headless row's leading number; a table's count is a claim.
      const leading = inRow === 0 && headless && /^\d+$/.test(field);
      if (field !== "" && (isFieldValue(field, c.values) || machineryColumns.has(inRow) || leading)) found.push(i, j);
      i = j;
    }
    inRow++;
    // Its separator, or the row's end.
    while (i < raw.length && raw.charCodeAt(i) !== sep && raw.charCodeAt(i) !== 10) i++;
    if (i >= raw.length || raw.charCodeAt(i) === 10) {
      if (fields === 0) fields = inRow;
      rows++;
      if (inRow === fields) regular++;
      inRow = 0;
    }
    i++;
  }
  if (rows === 0 || regular < c.csvRegularRows * rows) return;
  for (const x of found) out.push(x);
  for (const x of prose) bodies.push(x);
}

/** The sorted, flat [start, end) raw ranges of data records' machinery in `raw`; empty when it holds no record. */
export function recordMachinery(raw: string): readonly number[] {
  return readRecords(raw).machinery;
}

/**
 * A text's data records: `machinery`, sorted flat [start, end) ranges; `bodies`, the [open, close)
 * offsets of the quotes around each string field that holds prose of `minBodyWords` words or more
 * (a key's name is none).
 */
export function readRecords(raw: string): Records {
  if (lastRecords?.raw !== raw) {
    const bodies: number[] = [];
    const machinery = readMachinery(raw, bodies);
    lastRecords = { raw, records: withPage(machinery, bodies, htmlMachinery(raw)) };
  }
  return lastRecords.records;
}

/** A text's data records and its page's machinery (readRecords). */
interface Records {
  readonly machinery: readonly number[];
  readonly bodies: readonly number[];
  readonly page: HtmlMachinery;
}

/** The last text's records: a document asks for them more than once (its lines, its paragraph breaks). */
let lastRecords: { raw: string; records: Records } | undefined;

/** A web page's machinery (html-machinery.ts) added to its records': tags, comments, scripts, styles. */
function withPage(machinery: number[], bodies: number[], page: HtmlMachinery): Records {
  if (page.ranges.length === 0) return { machinery, bodies, page };
  for (const x of page.bodies) bodies.push(x);
  return { machinery: merge([...machinery, ...page.ranges]), bodies, page };
}

function readMachinery(raw: string, bodies: number[]): number[] {
  const c = data();
  const out: number[] = [];
  const firstBreak = raw.indexOf("\n");
  const firstLine = firstBreak < 0 ? raw : raw.slice(0, firstBreak);
  if (c.csvHeader.test(firstLine)) {
    const [sepText, fields] = [",", ";", "\t"].map((s) => [s, firstLine.split(s).length] as const).sort((a, b) => b[1] - a[1])[0]!;
    const before = out.length;
    const names = firstLine.trim().split(sepText);
    const machinery = new Set(names.flatMap((name, k) => (c.machineryColumns.test(name.trim()) ? [k] : [])));
    readCsv(raw, firstBreak < 0 ? raw.length : firstBreak + 1, sepText.charCodeAt(0), fields, machinery, c, out, bodies);
    if (out.length > before) out.push(0, firstLine.length);
    return merge(out);
  }
  if (c.csvFirstRow.test(firstLine)) {
    readCsv(raw, 0, 44, 0, new Set(), c, out, bodies);
    return merge(out);
  }
  const starts: [number, number, boolean][] = [];
  c.openers.forEach(({ re, needs }, k) => {
    // A text without a character every match holds is not searched (most texts hold no record).
    for (const ch of needs) if (!raw.includes(ch)) return;
    re.lastIndex = 0;
    for (const m of raw.matchAll(re)) starts.push([m.index, m.index + m[0].length, k === 0]);
  });
  if (starts.length === 0) return out;
  starts.sort((a, b) => a[0] - b[0]);
  let sql = false;
  let end = 0;
  for (const [start, from, isSql] of starts) {
    if (start < end) continue;
    sql ||= isSql;
    end = readRecord(raw, start, from, isSql, c, out, bodies);
  }
  if (sql) {
    c.sqlComment.lastIndex = 0;
    for (const m of raw.matchAll(c.sqlComment)) out.push(m.index, m.index + m[0].length);
  }
  return merge(out);
}

/** Sorted and merged flat ranges. */
function merge(flat: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < flat.length; k += 2) pairs.push([flat[k]!, flat[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (out.length > 0 && s <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}

const cache = new WeakMap<object, readonly number[]>();

/** Raw offset `at` lies in a data record's machinery (recordMachinery). `key` caches the text's ranges. */
export function insideRecordMachinery(key: object, raw: string, at: number): boolean {
  let ranges = cache.get(key);
  if (!ranges) {
    ranges = recordMachinery(raw);
    cache.set(key, ranges);
  }
  return floorIndex(ranges, at) % 2 === 0;
}

/** Marks written around a string field in a record: the one before its opening quote, the one after its closing quote. */
const BEFORE_BODY = /[,([{:= \t]/;
const AFTER_BODY = /[,)\]};]/;

/**
 * `lined` (raw's lines, same length) with each prose string field of a record (`minBodyWords` words
 * or more) set apart as a paragraph of its own: the quote that opens it and the mark before it
 * (`,'`, `: "`) read as a blank line, and so the quote that closes it and the mark after it; its
 * first words open a line (a list's number, a heading, a note), its last sentence ends with it. A
 * mark written against a word (`Bulletin,"`: a CSV row's unquoted title) stays, so no name runs from
 * the title into the prose. `lined` itself when the text holds no record.
 */
export function recordLines(raw: string, lined: string): string {
  const { bodies, page } = readRecords(raw);
  if (bodies.length === 0 && page.ranges.length === 0) return lined;
  const chars = lined.split("");
  for (let k = 0; k < bodies.length; k += 2) {
    const open = bodies[k]!;
    const close = bodies[k + 1]!;
    if (open > 0 && BEFORE_BODY.test(lined.charAt(open - 1)) && !/[\p{L}\p{N}]/u.test(lined.charAt(open - 2))) chars[open - 1] = "\n";
    chars[open] = "\n";
    if (close < lined.length) {
      chars[close] = "\n";
      if (close + 1 < lined.length && AFTER_BODY.test(lined.charAt(close + 1))) chars[close + 1] = "\n";
    }
  }
  blankPage(page, chars);
  return chars.join("");
}

/**
 * A web page's machinery read as blank (its line breaks kept), so no rule finds a name or a
 * number in it; a block element's tag (a paragraph, a list item) as a blank line, so the prose on
 * each side is a paragraph of its own, and `<br>` as a line break. Offsets are unchanged.
 */
function blankPage(page: HtmlMachinery, chars: string[]): void {
  const r = page.ranges;
  for (let k = 0; k < r.length; k += 2) {
    for (let x = r[k]!; x < r[k + 1]! && x < chars.length; x++) if (chars[x] !== "\n") chars[x] = " ";
  }
  for (const at of page.breaks) {
    chars[at] = "\n";
    if (at + 1 < chars.length) chars[at + 1] = "\n";
  }
  for (const at of page.lineBreaks) chars[at] = "\n";
}
