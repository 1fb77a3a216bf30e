/**
 * Score procmine's page and section reading on real PDF-extracted texts (built by
 * scripts/layout-corpus.ts): page accuracy of every record against the pages pdftotext's form
 * feeds give, and the section headings that look like page furniture or prose.
 *   npx tsx scripts/eval-layout.ts DIR [--show N] [--only VARIANT]
 * A heading is suspect when its title repeats on 3+ pages (a running head), holds a page number
 * or document number (a footer), or ends without punctuation and the next line goes on in lower
 * case (a line of prose, or a sentence cut at the line end).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!dir) throw new Error("usage: eval-layout.ts DIR [--show N] [--only VARIANT]");
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = Number(option("--show") ?? 0);
const only = option("--only");

const pipeline = createPipeline({ extractors: defaultExtractors });
const PAGE_NUMBER = /(?:^|\s)(?:\d{1,4}\s*\/\s*\d{1,4}|page\s+\d+|-\s*\d+\s*-|\d{2}-\d{5}(?:\s*\(E\))?|\d{1,4})$|^\d{1,4}(?:\s|$)/i;

interface Tally {
  records: number;
  right: number;
  docs: number;
  pagesRight: number;
  sections: number;
  suspect: number;
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
const blank = (): Tally => ({ records: 0, right: 0, docs: 0, pagesRight: 0, sections: 0, suspect: 0 });
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
  const suspects = suspectSections(raw, document, truePage);
  const t = byVariant.get(variant) ?? blank();
  byVariant.set(variant, t);
  for (const x of [t, total]) {
    x.records += annotations.length;
    x.right += right;
    x.docs++;
    x.pagesRight += document.pageCount === truth.length ? 1 : 0;
    x.sections += document.sections.length;
    x.suspect += suspects.length;
  }
  const name = `${id}.${variant}`.padEnd(40);
  console.log(
    `${name} ${String(annotations.length).padStart(8)}  ${fmt(right, annotations.length)}  ${`${document.pageCount}/${truth.length}`.padStart(6)}  ${String(document.sections.length).padStart(8)}  ${String(suspects.length).padStart(7)}`,
  );
  for (const w of wrong) console.log(w);
  for (const s of suspects.slice(0, show)) console.log(`    suspect section (${s.why}): ${JSON.stringify(s.title)}`);
}
console.log("");
for (const [variant, t] of [...byVariant].sort()) {
  console.log(`${variant.padEnd(12)} docs ${t.docs}  records ${t.records}  page acc ${fmt(t.right, t.records)}  page count right ${t.pagesRight}/${t.docs}  sections ${t.sections}  suspect ${t.suspect}`);
}
console.log(`${"all".padEnd(12)} docs ${total.docs}  records ${total.records}  page acc ${fmt(total.right, total.records)}  page count right ${total.pagesRight}/${total.docs}  sections ${total.sections}  suspect ${total.suspect}`);

function suspectSections(
  raw: string,
  document: ReturnType<typeof pipeline.annotate>["document"],
  truePage: (offset: number) => number,
): { title: string; why: string }[] {
  const pagesOf = new Map<string, Set<number>>();
  const key = (title: string) => title.replace(/\d+/g, "#").toLowerCase();
  for (const s of document.sections) {
    const k = key(s.title);
    const set = pagesOf.get(k) ?? new Set<number>();
    set.add(truePage(s.rawStart));
    pagesOf.set(k, set);
  }
  const out: { title: string; why: string }[] = [];
  for (const s of document.sections) {
    const why: string[] = [];
    if ((pagesOf.get(key(s.title))?.size ?? 0) >= 3) why.push("repeats on pages");
    if (PAGE_NUMBER.test(s.title)) why.push("page number");
    if (!/[.!?:;)\]"”’']$/.test(s.title) && /^[ \t\f]*\n[ \t\f]*\p{Ll}/u.test(raw.slice(s.rawEnd))) why.push("runs on");
    if (why.length) out.push({ title: s.title, why: why.join(", ") });
  }
  return out;
}
