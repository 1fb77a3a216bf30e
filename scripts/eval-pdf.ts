/**
 * How well procmine reads PDFs, measured against poppler's pdftotext as an independent reader:
 *   (a) pages: the words of a record are on its PDF page (pdftotext -f p -l p);
 *   (b) boxes: the record's first box, cropped out of the page with pdftotext -x -y -W -H at
 *       72 dpi (so pixels are points; the box padded by 1 pt for rounding), holds its first word;
 *   (c) reading order: pdftotext's 5-word shingles of each page that occur in procmine's text of
 *       that page (words folded to lower-case letters and digits; a word cut at a line end
 *       joined, as pdftotext joins it).
 *   (d) reading order, rows or columns: the same, scored against whichever of pdftotext's two
 *       readings of the page agrees better: its default order (which follows a table's columns)
 *       or `-layout` (which follows its rows). A table read row by row keeps each row's cells
 *       together (a course with its students, place and cost), which is what a researcher needs;
 *       (c) alone counts that as wrong. Two-column prose is read by column in both.
 *
 *   npx tsx scripts/eval-pdf.ts DIR [--sample 150] [--show]   (--show: list the misses on stderr)
 *
 * (b) runs pdftotext once per record, on an evenly spaced sample of each document's records.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { createPipeline, type Annotation } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { annotatePdf } from "@procmine/pdf";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const sample = Number(args[args.indexOf("--sample") + 1] ?? 150) || 150;
const show = args.includes("--show");
if (!dir) {
  console.error("usage: npx tsx scripts/eval-pdf.ts DIR [--sample N]");
  process.exit(2);
}
try {
  execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
} catch {
  console.error("eval-pdf: pdftotext (poppler-utils) is not installed");
  process.exit(2);
}

const pipeline = createPipeline({ extractors: defaultExtractors });
const words = (s: string) => s.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const squash = (s: string) => words(s).join("");

function pdftotext(file: string, extra: string[]): string {
  return execFileSync("pdftotext", ["-q", "-enc", "UTF-8", ...extra, file, "-"], { encoding: "utf8", maxBuffer: 256 << 20 });
}

/**
 * Each page's CropBox origin in its MediaBox, top-left (points). procmine's boxes are drawn in the
 * page as viewers show it, the CropBox (as pdf.js and `pdftotext -cropbox -bbox` draw), while
 * pdftotext's -x/-y crop counts from the MediaBox's corner: the check shifts each box by this.
 */
function cropOrigins(file: string): Map<number, { dx: number; dy: number }> {
  const boxes = new Map<number, { media?: number[]; crop?: number[] }>();
  const info = execFileSync("pdfinfo", ["-box", "-f", "1", "-l", "100000", file], { encoding: "utf8", maxBuffer: 64 << 20 });
  for (const m of info.matchAll(/^Page\s+(\d+)\s+(MediaBox|CropBox):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/gm)) {
    const page = boxes.get(Number(m[1])) ?? {};
    page[m[2] === "MediaBox" ? "media" : "crop"] = [m[3], m[4], m[5], m[6]].map(Number);
    boxes.set(Number(m[1]), page);
  }
  const origins = new Map<number, { dx: number; dy: number }>();
  for (const [page, { media, crop }] of boxes) {
    if (media && crop) origins.set(page, { dx: Math.max(0, crop[0]! - media[0]!), dy: Math.max(0, media[3]! - crop[3]!) });
  }
  return origins;
}

interface Tally {
  n: number;
  ok: number;
}
const pct = (t: Tally) => (t.n ? ((100 * t.ok) / t.n).toFixed(1) : "—");
const totals = { a: { n: 0, ok: 0 }, b: { n: 0, ok: 0 }, c: { n: 0, ok: 0 }, d: { n: 0, ok: 0 } };
const rows: string[] = [];
let totalPages = 0;
let inexact = 0;
let totalGood = 0;
const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".pdf")).sort();
for (const f of files) {
  const path = join(dir, f);
  let result;
  try {
    result = await annotatePdf(pipeline, readFileSync(path), { docId: basename(f, ".pdf"), path });
  } catch (e) {
    rows.push(`| ${f} | — | — | error: ${(e as Error).message} | | | |`);
    continue;
  }
  const { text, annotations, pages } = result;
  // pdftotext joins every word cut at a line end; procmine's text keeps the hyphen and the break.
  const ours = text.replace(/(\p{L})-\n(?=\p{L})/gu, "$1").split("\f");
  const theirs = new Map<number, string>();
  const pageText = (p: number) => {
    if (!theirs.has(p)) theirs.set(p, pdftotext(path, ["-f", String(p), "-l", String(p)]));
    return theirs.get(p)!;
  };
  const t = { a: { n: 0, ok: 0 }, b: { n: 0, ok: 0 }, c: { n: 0, ok: 0 }, d: { n: 0, ok: 0 } };
  let goodPages = 0;
  // (a) every record; and the offsets' exactness, which must never fail
  for (const a of annotations) {
    const page = 1 + (text.slice(0, a.start).match(/\f/g)?.length ?? 0);
    if (text.slice(a.start, a.end) !== a.text || a.page !== page || a.boxes?.[0]?.page !== page) inexact++;
    const onPages = [...new Set((a.boxes ?? []).map((b) => b.page))];
    const hay = onPages.map((p) => squash(pageText(p))).join("");
    t.a.n++;
    if (words(a.text).every((w) => hay.includes(w))) t.a.ok++;
  }
  // (b) a sample of records
  const origins = cropOrigins(path);
  const step = Math.max(1, annotations.length / sample);
  for (let k = 0; k < annotations.length; k += step) {
    const a = annotations[Math.floor(k)] as Annotation;
    const first = words(a.text)[0];
    const box = a.boxes?.[0];
    if (!first || !box) continue;
    const pad = 1;
    const { dx, dy } = origins.get(box.page) ?? { dx: 0, dy: 0 };
    const crop = pdftotext(path, [
      "-r", "72", "-f", String(box.page), "-l", String(box.page),
      "-x", String(Math.floor(box.x0 + dx - pad)), "-y", String(Math.floor(box.y0 + dy - pad)),
      "-W", String(Math.ceil(box.x1 - box.x0 + 2 * pad)), "-H", String(Math.ceil(box.y1 - box.y0 + 2 * pad)),
    ]);
    t.b.n++;
    if (squash(crop).includes(first)) t.b.ok++;
    else if (show) console.error(`(b) ${f}: ${JSON.stringify(a.text)} box ${JSON.stringify(box)} crop ${JSON.stringify(crop.trim())}`);
  }
  // (c) and (d) every page
  for (let p = 1; p <= pages; p++) {
    const mine = words(ours[p - 1] ?? "");
    const shingles = new Set<string>();
    for (let i = 0; i + 5 <= mine.length; i++) shingles.add(mine.slice(i, i + 5).join(" "));
    const score = (reference: string): Tally => {
      const ref = words(reference);
      const s: Tally = { n: 0, ok: 0 };
      for (let i = 0; i + 5 <= ref.length; i++) {
        s.n++;
        if (shingles.has(ref.slice(i, i + 5).join(" "))) s.ok++;
      }
      return s;
    };
    const c = score(pageText(p));
    t.c.n += c.n;
    t.c.ok += c.ok;
    const rowsRef = score(pdftotext(path, ["-layout", "-f", String(p), "-l", String(p)]));
    const d = c.n === 0 || (rowsRef.n > 0 && rowsRef.ok / rowsRef.n > c.ok / c.n) ? rowsRef : c;
    t.d.n += d.n;
    t.d.ok += d.ok;
    if (c.ok >= 0.9 * c.n) goodPages++;
    else if (show) console.error(`(c) ${f} page ${p}: ${((100 * c.ok) / c.n).toFixed(1)}%, (d) ${((100 * d.ok) / d.n).toFixed(1)}%`);
  }
  for (const k of ["a", "b", "c", "d"] as const) {
    totals[k].n += t[k].n;
    totals[k].ok += t[k].ok;
  }
  totalPages += pages;
  totalGood += goodPages;
  rows.push(`| ${f} | ${pages} | ${annotations.length} | ${pct(t.a)} | ${pct(t.b)} (${t.b.n}) | ${pct(t.c)} | ${pct(t.d)} | ${goodPages}/${pages} |`);
}
console.log(`| document | pages | records | (a) words on their page % | (b) first box holds first word % (sampled) | (c) pdftotext 5-word shingles in procmine's page % | (d) the same, rows or columns % | pages with (c) ≥ 90% |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`);
for (const r of rows) console.log(r);
console.log(`| **all** | ${totalPages} | ${totals.a.n} | **${pct(totals.a)}** | **${pct(totals.b)}** (${totals.b.n}) | **${pct(totals.c)}** | **${pct(totals.d)}** | ${totalGood}/${totalPages} |`);
console.log(`\nrecords whose raw.slice(start, end), page or first box page is wrong: ${inexact}`);
