// PDF reading speed and memory: procmine (pdf.js + procmine's layout) beside poppler's pdftotext.
//   node bench/pdf.mjs [DIR ...]      (after pnpm build; DIRs of real PDFs are optional)
// Generated two-column PDFs of 100 and 1000 pages (pdf-lib, the seed proceedings' words, cached
// under .bench-tmp/) and any PDFs in DIR. Each file is read in its own process (one core), so
// peak RSS is its own; seconds are the median of 3 processes, each warmed up on a one-page PDF
// (pdf.js's modules compile once per process); "warm" is a short PDF's third read in its process,
// as a worker of a batch reads. pdftotext's time includes its start.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixtureDocs, TMP } from "./corpus.mjs";

const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === "--one") {
  // Child: read one PDF with procmine (and annotate it with --annotate), report time and peak RSS.
  const { readPdf, annotatePdfText } = await import("../packages/pdf/dist/index.js");
  const bytes = readFileSync(process.argv[3]);
  // Warm-up on a one-page PDF: pdf.js's modules are compiled once per process (a worker of the CLI).
  await readPdf(readFileSync(process.argv[4]));
  // The first read of a document also compiles pdf.js's font and content-stream code; a worker
  // that has read a few documents reads at the warm speed: a short document is read three times.
  // CPU seconds (user + system) of this process: on a shared machine, the time a core spent on it.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let t0 = performance.now();
  let c0 = cpu();
  let pdf = await readPdf(bytes);
  const cold = (performance.now() - t0) / 1000;
  let read = cold;
  let readCpu = cpu() - c0;
  if (pdf.pages < 200) {
    for (let k = 0; k < 2; k++) {
      t0 = performance.now();
      c0 = cpu();
      pdf = await readPdf(bytes);
      read = (performance.now() - t0) / 1000;
      readCpu = cpu() - c0;
    }
  }
  let annotate = 0;
  if (process.argv.includes("--annotate")) {
    const { createPipeline } = await import("../packages/core/dist/index.js");
    const { defaultExtractors } = await import("../packages/extractors/dist/index.js");
    const pipeline = createPipeline({ extractors: defaultExtractors });
    // The model and gazetteers load once per process (the CLI's start): not part of a document's time.
    pipeline.annotate("Delegates of Brazil and the OAS discussed drug trafficking in 2019.", { docId: "warm-up" });
    const t1 = performance.now();
    for (const r of annotatePdfText(pipeline, pdf, { docId: "bench" })) void r;
    annotate = (performance.now() - t1) / 1000;
  }
  console.log(JSON.stringify({ pages: pdf.pages, cold, read, readCpu, annotate, rssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

async function generated(pages) {
  const file = join(TMP, `columns-${pages}.pdf`);
  if (existsSync(file)) return file;
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const words = fixtureDocs().flatMap((d) => d.text.split(/\s+/)).filter((w) => /^[\x20-\x7e]+$/.test(w));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  let w = 0;
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText("Hemispheric Security Seminar Proceedings", { x: 72, y: 750, size: 9, font });
    for (const x of [72, 320]) {
      for (let y = 700; y > 80; y -= 12) {
        let line = "";
        while (font.widthOfTextAtSize(`${line} ${words[w % words.length]}`, 10) < 220) line += ` ${words[w++ % words.length]}`;
        page.drawText(line.trim(), { x, y, size: 10, font });
      }
    }
    page.drawText(String(p + 1), { x: 300, y: 40, size: 9, font });
  }
  mkdirSync(TMP, { recursive: true });
  writeFileSync(file, await doc.save());
  return file;
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function procmine(file, annotate) {
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [SELF, "--one", file, warmup, ...(annotate ? ["--annotate"] : [])], { encoding: "utf8" }).trim()));
  return { pages: runs[0].pages, cold: median(runs.map((r) => r.cold)), read: median(runs.map((r) => r.read)), readCpu: median(runs.map((r) => r.readCpu)), annotate: median(runs.map((r) => r.annotate)), rssMB: Math.max(...runs.map((r) => r.rssMB)) };
}
/** pdftotext's wall seconds and CPU seconds (user + system, from bash's time), medians of 3. */
function pdftotext(file) {
  const runs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    const r = spawnSync("bash", ["-c", 'TIMEFORMAT="%U %S"; time pdftotext -q "$1" /dev/null', "bash", file], { encoding: "utf8" });
    const wall = (performance.now() - t0) / 1000;
    const [u, sys] = r.stderr.trim().split(/\s+/).slice(-2).map(Number);
    return { wall, cpu: u + sys };
  });
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

let hasPoppler = true;
try {
  execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
} catch {
  hasPoppler = false;
}
const warmup = await generated(1);
const files = [await generated(100), await generated(1000)];
for (const dir of process.argv.slice(2)) for (const f of readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".pdf")).sort()) files.push(join(dir, f));

const f1 = (x) => x.toFixed(1);
console.log(`Node ${process.version}, one process per file (one core); median of 3; load average ${(await import("node:os")).loadavg()[0].toFixed(1)} on ${(await import("node:os")).cpus().length} cores.\n`);
console.log("| PDF | pages | procmine first read s | warm read s | pages/s | pages per CPU s | peak RSS | read + annotate pages/s | pdftotext s | pages/s | pages per CPU s |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const file of files) {
  const r = procmine(file, true);
  const p = hasPoppler ? pdftotext(file) : undefined;
  const poppler = p ? `${p.wall.toFixed(2)} | ${f1(r.pages / p.wall)} | ${f1(r.pages / p.cpu)}` : "— | — | —";
  console.log(`| ${basename(file)} | ${r.pages} | ${r.cold.toFixed(2)} | ${r.read.toFixed(2)} | ${f1(r.pages / r.read)} | ${f1(r.pages / r.readCpu)} | ${Math.round(r.rssMB)} MB | ${f1(r.pages / (r.read + r.annotate))} | ${poppler} |`);
}
