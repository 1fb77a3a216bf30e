/**
 * A printed page's running head kept by PDF text: the page number opening a line and, after it,
 * the same title in capitals on every page (`520 PRESIDENTE FERNANDO HENRIQUE CARDOSO`, then
 * `522 PRESIDENTE …`). A headline in capitals that opens with a count (`35 MUERTOS EN ATAQUE`)
 * is written once; a running head's title recurs with another number. So a number opening a
 * line is a page number when the rest of its line, at least two words all in capitals, also
 * follows a different number at the start of another line of the document.
 *
 * A law report's head may stack its parts on lines of their own: the page, the title, the volume
 * (`981⏎DE JUSTICIA DE LA NACIÓN⏎341`, `341⏎982⏎FALLOS DE LA CORTE SUPREMA`). Three lines alone
 * between prose, two bare numbers and one title in capitals, are such a head, on a page seen once
 * too; a table's column has more numbers, or a header over them.
 */

/** Raw offsets where a running head's page number starts. */
export interface RunningHeads {
  readonly at: ReadonlySet<number>;
}

/** A line: optional indent, a page number, then only words in capitals (and their stops and hyphens). */
const HEAD_LINE = /^[ \t]*(\d{1,4})[ \t]+(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*)+)[ \t]*\r?$/gmu;

const cache = new WeakMap<object, RunningHeads>();

/** The running heads' page numbers of a document's raw text, read once per document. */
export function runningHeads(owner: object, raw: string): RunningHeads {
  let heads = cache.get(owner);
  if (!heads) cache.set(owner, (heads = findHeads(raw)));
  return heads;
}

function findHeads(raw: string): RunningHeads {
  const byTitle = new Map<string, { at: number; n: string }[]>();
  for (const m of raw.matchAll(HEAD_LINE)) {
    const title = m[2]!.replace(/\s+/g, " ");
    const list = byTitle.get(title) ?? [];
    list.push({ at: m.index + m[0].indexOf(m[1]!), n: m[1]! });
    byTitle.set(title, list);
  }
  const at = new Set<number>();
  for (const list of byTitle.values()) {
    if (new Set(list.map((x) => x.n)).size < 2) continue;
    for (const x of list) at.add(x.at);
  }
  for (const x of stackedHeads(raw)) at.add(x);
  return { at };
}

/** A line that is only a page or volume number. */
const NUMBER_LINE = /^[ \t]*(\d{1,4})[ \t]*\r?$/u;
/** A line that is only words in capitals, at least two. */
const TITLE_LINE = /^[ \t]*\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*)+[ \t]*\r?$/u;

/** Where the numbers of stacked heads start: one pass over the lines, three lines in view. */
function stackedHeads(raw: string): number[] {
  const out: number[] = [];
  // Each line's kind: "n" a bare number, "t" a title in capitals, "p" anything else (prose, blank).
  const kinds: string[] = [];
  const starts: number[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const line = raw.slice(start, end);
    const n = NUMBER_LINE.exec(line);
    kinds.push(n ? "n" : TITLE_LINE.test(line) ? "t" : "p");
    starts.push(n ? start + line.indexOf(n[1]!) : start);
    start = end + 1;
  }
  for (let i = 0; i + 2 < kinds.length; i++) {
    const three = kinds[i]! + kinds[i + 1]! + kinds[i + 2]!;
    if (three !== "ntn" && three !== "nnt" && three !== "tnn") continue;
    if ((i > 0 && kinds[i - 1] !== "p") || (i + 3 < kinds.length && kinds[i + 3] !== "p")) continue;
    for (let k = i; k < i + 3; k++) if (kinds[k] === "n") out.push(starts[k]!);
  }
  return out;
}
