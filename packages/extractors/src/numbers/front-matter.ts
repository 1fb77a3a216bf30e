/**
 * `---⏎issue_number: 3⏎reading_time: 6⏎session: 116⏎---`: a page's YAML front matter (a static
 * site's post, a Markdown note) sets the page's fields; a number that is a key's whole value there
 * counts nothing. A number in a field's prose (`title: 12 killed in …`) is read as text.
 */

/** The front matter's opening line: `---` first in the document (after a byte-order mark). */
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
/** The line that closes it: `---` or `...` alone. */
const CLOSING = /\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/;
/** A field's line up to its value: a key written as a name (`issue_number`, `- session`), its colon. */
const KEY_BEFORE = /\n[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:[ \t]*-?$/;
/** After the value, nothing but the line's end. */
const LINE_END = /^[ \t]*\r?(?:\n|$)/;

const ends = new WeakMap<object, number>();

/** Where the front matter of `raw` ends (0 if it has none), looked for within `maxChars` of the start; `key` caches it. */
function frontMatterEnd(key: object, raw: string, maxChars: number): number {
  let end = ends.get(key);
  if (end === undefined) {
    const open = OPENING.exec(raw);
    const close = open ? CLOSING.exec(raw.slice(open[0].length - 1, maxChars)) : null;
    end = open && close ? open[0].length - 1 + close.index : 0;
    ends.set(key, end);
  }
  return end;
}

/** How far the front matter's end and a field's key are looked for (numeric-non-claims.json lineReach). */
export interface FrontMatterReach {
  readonly frontMatter: number;
  readonly fieldKey: number;
}

/** The number at raw [start, end) is the whole value of a field of the document's front matter. */
export function isFrontMatterValue(key: object, raw: string, start: number, end: number, reach: FrontMatterReach): boolean {
  if (start >= frontMatterEnd(key, raw, reach.frontMatter)) return false;
  // The key stands on the value's own line.
  // (The line's start is a line break; the document's own start counts as one.)
  const from = Math.max(0, start - reach.fieldKey);
  const before = (from === 0 ? "\n" : "") + raw.slice(from, start);
  return KEY_BEFORE.test(before) && LINE_END.test(raw.slice(end, end + 4));
}
