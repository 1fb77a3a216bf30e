// Time per MB of procmine end to end (four extractors, records validated) on four kinds of text,
// from 10 KB to 10 MB: a run without white space (a base64 image), a column of hyphenated line
// ends (`word-\n`, joined into one word by the hyphenation rule), prose (the seed fixtures), and
// that prose with every line break made a space, up to 2 MB on one line (where a rule that reads
// a whole line, or back to the line's start, for each match turns quadratic).
// Flat seconds per MB is linear time. Each figure is a fresh process reading one document whole
// (`annotate`, no windows), after a warm-up on a small text.
//
//   node bench/linearity.mjs              # 10 KB .. 10 MB
//   node bench/linearity.mjs --max 1      # up to 1 MB
//   node bench/linearity.mjs --stream     # through annotateStream (1 MB windows), as the CLI reads
//   node bench/linearity.mjs --kind "prose without line breaks"   # one kind alone
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SIZES_MB = [0.01, 0.1, 1, 10];
/** One line of 2 MB: the size a quadratic rule once hid in (a number's line scanned back to its start). */
const SIZES_BY_KIND = { "prose without line breaks": [0.1, 1, 2] };

/** A deterministic text of `size` characters of one kind. */
function makeText(kind, size) {
  if (kind === "no white space") {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let x = 12345;
    const out = new Array(size);
    for (let i = 0; i < size; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out[i] = alphabet[(x >>> 16) & 63];
    }
    return `data:image/png;base64,${out.join("")}`.slice(0, size);
  }
  if (kind === "hyphenated lines") return "word-\n".repeat(Math.ceil(size / 6)).slice(0, size);
  if (kind === "prose without line breaks") return makeText("prose", size).replace(/[\r\n\f]/g, " ");
  const dir = join(ROOT, "fixtures/seeds");
  const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  let text = "";
  for (let i = 0; text.length < size; i++) text += docs[i % docs.length] + "\n\n";
  return text.slice(0, size);
}

async function measureOne(kind, size, stream) {
  const { createPipeline } = await import(join(ROOT, "packages/core/dist/index.js"));
  const { defaultExtractors } = await import(join(ROOT, "packages/extractors/dist/index.js"));
  const pipeline = createPipeline({ extractors: defaultExtractors });
  pipeline.annotate(makeText("prose", 20_000), { docId: "warm-up" });
  const text = makeText(kind, size);
  const t0 = performance.now();
  let records = 0;
  if (stream) for (const w of pipeline.annotateStream(text, { docId: "bench" })) records += w.annotations.length;
  else records = pipeline.annotate(text, { docId: "bench" }).annotations.length;
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, records, rssMb: process.memoryUsage().rss / 1e6 };
}

const args = process.argv.slice(2);
if (args[0] === "--one") {
  const [, kind, size, stream] = args;
  process.stdout.write(JSON.stringify(await measureOne(kind, Number(size), stream === "stream")));
} else {
  const max = args.includes("--max") ? Number(args[args.indexOf("--max") + 1]) : 10;
  const stream = args.includes("--stream");
  console.log(`procmine end to end, one document read ${stream ? "through annotateStream" : "whole"}; Node ${process.version}`);
  console.log("| text | size | seconds | s per MB | records | peak RSS |");
  console.log("|---|---:|---:|---:|---:|---:|");
  const kinds = ["no white space", "hyphenated lines", "prose", "prose without line breaks"];
  for (const kind of args.includes("--kind") ? [args[args.indexOf("--kind") + 1]] : kinds) {
    for (const mb of (SIZES_BY_KIND[kind] ?? SIZES_MB).filter((s) => s <= max)) {
      const size = Math.round(mb * 1e6);
      const out = execFileSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--one", kind, String(size), stream ? "stream" : "whole"], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out);
      console.log(`| ${kind} | ${mb} MB | ${r.seconds.toFixed(2)} | ${(r.seconds / mb).toFixed(3)} | ${r.records} | ${Math.round(r.rssMb)} MB |`);
    }
  }
}
