/**
 * Every distinct section path of the real PDF-extracted texts (built by scripts/layout-corpus.ts)
 * with the number of records under it, flagging the paths any of whose titles looks like a footer,
 * a running head or a line of prose (scripts/layout-suspects.ts).
 *   npx tsx scripts/section-paths.ts DIR [DIR...] [--all] [--only VARIANT]
 * Prints the flagged paths (every path with --all), then per set: distinct paths, flagged paths,
 * records, and records under a flagged path.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { createPipeline, floorIndex } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { suspectSections } from "./layout-suspects.js";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--only");
if (dirs.length === 0) throw new Error("usage: section-paths.ts DIR [DIR...] [--all] [--only VARIANT]");
const all = args.includes("--all");
const only = option("--only");
const pipeline = createPipeline({ extractors: defaultExtractors });

const totals = { paths: 0, flagged: 0, records: 0, flaggedRecords: 0 };
for (const dir of dirs) {
  const set = { paths: 0, flagged: 0, records: 0, flaggedRecords: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const [, id, variant] = /^(.*)\.([a-z-]+)\.txt$/.exec(file) ?? [];
    if (!id || !variant || (only && variant !== only)) continue;
    const raw = readFileSync(join(dir, file), "utf8");
    const truth = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".pages.json")), "utf8")) as number[];
    const { document, annotations } = pipeline.annotate(raw, { docId: id });
    const suspects = suspectSections(raw, document.sections, (offset) => floorIndex(truth, offset) + 1);
    const whyOf = new Map<string, string>();
    for (const s of suspects) whyOf.set(s.section.title, s.why);
    const count = new Map<string, number>();
    for (const a of annotations) count.set(a.section, (count.get(a.section) ?? 0) + 1);
    for (const [path, n] of [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      const why = path === "" ? [] : path.split(" > ").flatMap((t) => (whyOf.has(t) ? [`${whyOf.get(t)}: ${JSON.stringify(t)}`] : []));
      set.paths++;
      set.records += n;
      if (why.length) {
        set.flagged++;
        set.flaggedRecords += n;
      }
      if (why.length || all) console.log(`${basename(dir)}/${id}.${variant}\t${n}\t${JSON.stringify(path)}${why.length ? `\tFLAG ${why.join("; ")}` : ""}`);
    }
  }
  console.log(`== ${basename(dir)}: paths ${set.paths}, flagged ${set.flagged}; records ${set.records}, under a flagged path ${set.flaggedRecords}`);
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += set[k];
}
if (dirs.length > 1) console.log(`== all: paths ${totals.paths}, flagged ${totals.flagged}; records ${totals.records}, under a flagged path ${totals.flaggedRecords}`);
