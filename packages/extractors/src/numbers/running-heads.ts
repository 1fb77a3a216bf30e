/**
 * A printed page's running head kept by PDF text: the page number opening a line and, after it,
 * the same title in capitals on every page (`520 PRESIDENTE FERNANDO HENRIQUE CARDOSO`, then
 * `522 PRESIDENTE …`). A headline in capitals that opens with a count (`35 MUERTOS EN ATAQUE`)
 * is written once; a running head's title recurs with another number. So a number opening a
 * line is a page number when the rest of its line, at least two words all in capitals, also
 * follows a different number at the start of another line of the document.
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
  return { at };
}
