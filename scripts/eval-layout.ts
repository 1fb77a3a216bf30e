/**
 * Score procmine's page and section reading on real PDF-extracted texts (built by
 * scripts/layout-corpus.ts): page accuracy of every record against the pages pdftotext's form
 * feeds give, and the section headings that look like page furniture or prose.
 *   npx tsx scripts/eval-layout.ts DIR [--show N] [--only VARIANT]
 * A heading is suspect when its title repeats on 3+ pages (a running head), holds a page number
 * or document number (a footer), or ends without punctuation and the next line goes on in lower
 * case (a line of prose, or a sentence cut at the line end).
 * A text without form feeds whose PDF prints no page numbers has no pages to recover (every record
 * on page 1 is all it can say): the tallies give page accuracy over the recoverable texts apart
 * (`recoverable`: form feeds, or page numbers printed at the edges of most pages, checked on the
 * truth's own pages, not by procmine).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { suspectSections } from "./layout-suspects.js";

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!dir) throw new Error("usage: eval-layout.ts DIR [--show N] [--only VARIANT]");
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = Number(option("--show") ?? 0);
const only = option("--only");

const pipeline = createPipeline({ extractors: defaultExtractors });

interface Tally {
  records: number;
  right: number;
  docs: number;
  pagesRight: number;
  sections: number;
  suspect: number;
  /** Records and right ones of the texts whose pages can be recovered. */
  recoverable: number;
  recoverableRight: number;
  recoverableDocs: number;
}
/** Index of the last element of a sorted array that is <= value (or -1). */
function floorIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
const blank = (): Tally => ({ records: 0, right: 0, docs: 0, pagesRight: 0, sections: 0, suspect: 0, recoverable: 0, recoverableRight: 0, recoverableDocs: 0 });

/**
 * Whether a text shows its pages: form feeds, or page numbers on at least half its pages. A page
 * carries its number n when a line of it is a page number alone (`12`, `- 3 -`, `IV-2`, `2/16`,
 * `Page 3`, `Página | 3`) or one of its first or last 3 text lines starts or ends with n (pdftotext may glue a
 * foot to the last word, `consis2`; not a section number over its title, a code listing's line
 * numbers or a footnote that starts with n and gives a web address), and n is its place in the PDF or its neighbour carries n ± 1
 * (chapter numbering, unnumbered covers).
 */
/** A section title: a few capitalized words, small words between them, no sentence end (`Data Collection & Dataset`). */
const SECTION_TITLE = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|&|and|of|the|for|in|on|to|a|an|de|del|la|y|e|do|da))*$/u;

function pagesRecoverable(raw: string, truth: readonly number[]): boolean {
  if (raw.includes("\f") || truth.length <= 1) return true;
  // (A sheet label too: `Hoja: 3 de 12`, `Fl. 3`.)
  const ALONE = /^(?:(?:p[aá]g(?:e|ina)?\.?|hoja|foja|folha|fls?\.)\s*:?\s*\|?\s*)?[-–—]?\s*(?:(?:[IVX]+|\d{1,2})-)?(\d{1,4})(?:\s*(?:\/|de|of)\s*\d{1,4})?\s*[-–—]?$/i;
  const numbers = truth.map((start, p) => {
    const lines = raw.slice(start, truth[p + 1] ?? raw.length).split("\n").map((l) => l.trim()).filter(Boolean);
    const found = new Set<number>();
    // A layout-preserving extraction sets a foot's parts far apart (`38/60      25-11358`).
    // eslint-disable-next-line no-control-regex -- a backspace after a foot (`2/16\b`) is extraction debris
    const parts = (l: string) => l.split(/\s{3,}|[\x00-\x1f]+/).map((x) => x.trim());
    lines.forEach((line, k) => {
      for (const part of parts(line)) {
        const m = ALONE.exec(part);
        if (!m) continue;
        const n = Number(m[1]);
        // A section number over its title (`2` over `Related Work`), or a code listing's line
        // numbers (`7` between `6` and `8`), is no page number.
        if (part === line && /^\d+$/.test(part) && SECTION_TITLE.test(lines[k + 1] ?? "")) continue;
        if (lines[k - 1] === String(n - 1) || lines[k + 1] === String(n + 1)) continue;
        found.add(n);
      }
    });
    for (const part of [...lines.slice(0, 3), ...lines.slice(-3)].flatMap(parts)) {
      // A footnote that gives a web address (`3 https://...`) climbs from page to page too.
      for (const m of [/^(\d{1,4})\s(?!\s*(?:https?:\/\/|www\.))/.exec(part), /(?<![\d.,])(\d{1,4})$/.exec(part)]) if (m) found.add(Number(m[1]));
    }
    return found;
  });
  let numbered = 0;
  for (let p = 0; p < truth.length; p++) {
    const has = (set: Set<number> | undefined, n: number) => set?.has(n) === true;
    if ([...numbers[p]!].some((n) => n === p + 1 || has(numbers[p - 1], n - 1) || has(numbers[p + 1], n + 1))) numbered++;
  }
  return numbered >= truth.length / 2;
}
const byVariant = new Map<string, Tally>();
const total = blank();
const fmt = (x: number, n: number) => (n ? (x / n).toFixed(4) : "  -   ");

const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
console.log("document                                  records  page acc  pages  sections  suspect");
for (const file of files) {
  const [, id, variant] = /^(.*)\.([a-z-]+)\.txt$/.exec(file) ?? [];
  if (!id || !variant || (only && variant !== only)) continue;
  const raw = readFileSync(join(dir, file), "utf8");
  const truth = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".pages.json")), "utf8")) as number[];
  const { document, annotations } = pipeline.annotate(raw, { docId: id });
  const truePage = (offset: number) => floorIndex(truth, offset) + 1;
  let right = 0;
  const wrong: string[] = [];
  for (const a of annotations) {
    if (a.page === truePage(a.start)) right++;
    else if (wrong.length < show) wrong.push(`    page ${a.page} for ${truePage(a.start)}: ${JSON.stringify(a.text)} @${a.start}`);
  }
  const suspects = suspectSections(raw, document.sections, truePage);
  // Whether the document shows its pages, read on pdftotext's own text of it (the same for every variant).
  const recoverable = pagesRecoverable(readFileSync(join(dir, `${id}.ff.txt`), "utf8").replace(/\f/g, ""), JSON.parse(readFileSync(join(dir, `${id}.noff.pages.json`), "utf8")) as number[]) || raw.includes("\f");
  const t = byVariant.get(variant) ?? blank();
  byVariant.set(variant, t);
  for (const x of [t, total]) {
    x.records += annotations.length;
    x.right += right;
    x.docs++;
    x.pagesRight += document.pageCount === truth.length ? 1 : 0;
    x.sections += document.sections.length;
    x.suspect += suspects.length;
    if (recoverable) {
      x.recoverable += annotations.length;
      x.recoverableRight += right;
      x.recoverableDocs++;
    }
  }
  const name = `${id}.${variant}`.padEnd(40);
  console.log(
    `${name} ${String(annotations.length).padStart(8)}  ${fmt(right, annotations.length)}  ${`${document.pageCount}/${truth.length}`.padStart(6)}  ${String(document.sections.length).padStart(8)}  ${String(suspects.length).padStart(7)}${recoverable ? "" : "  (prints no page numbers)"}`,
  );
  for (const w of wrong) console.log(w);
  for (const s of suspects.slice(0, show)) console.log(`    suspect section (${s.why}): ${JSON.stringify(s.section.title)}`);
}
console.log("");
for (const [variant, t] of [...byVariant].sort()) {
  console.log(summary(variant, t));
}
console.log(summary("all", total));

function summary(name: string, t: Tally): string {
  const recoverable = `recoverable ${t.recoverableDocs}/${t.docs} page acc ${fmt(t.recoverableRight, t.recoverable)}`;
  return `${name.padEnd(12)} docs ${t.docs}  records ${t.records}  page acc ${fmt(t.right, t.records)}  ${recoverable}  page count right ${t.pagesRight}/${t.docs}  sections ${t.sections}  suspect ${t.suspect}`;
}
