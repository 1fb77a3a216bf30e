/**
 * `procmine import-brat DIR -o records.jsonl`: brat standoff (`<doc>.ann` beside `<doc>.txt`,
 * as `--format brat` writes it or as annotators leave it) back into procmine's JSON Lines
 * records, documents in name order, records in text order: gold, or a dataset corrected in brat.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fromStandoff } from "./brat/standoff.js";
import { AtomicFile, commitAll } from "./outputs/atomic.js";

export class BratInputError extends Error {
  override readonly name = "BratInputError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** The records of the brat folder `dir` (relative to `cwd`); errors name files as `dir` gives them. */
export function readBratFolder(dir: string, cwd: string): Record<string, unknown>[] {
  let names: string[];
  try {
    names = readdirSync(resolve(cwd, dir)).filter((n) => n.endsWith(".ann")).sort();
  } catch (e) {
    throw new BratInputError(dir, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : `cannot read: ${(e as Error).message}`);
  }
  if (names.length === 0) throw new BratInputError(dir, "no .ann files in this folder");
  const out: Record<string, unknown>[] = [];
  for (const name of names) {
    const doc = basename(name, ".ann");
    const txt = join(dir, `${doc}.txt`);
    let raw: string;
    try {
      raw = readFileSync(resolve(cwd, txt), "utf8");
    } catch {
      throw new BratInputError(txt, "missing: brat offsets need the text beside the .ann file");
    }
    out.push(...fromStandoff(doc, raw, readFileSync(resolve(cwd, dir, name), "utf8"), join(dir, name)));
  }
  return out;
}

/** Write the records as JSON Lines (atomically); returns how many. */
export async function importBrat(dir: string, outFile: string, cwd: string): Promise<number> {
  const records = readBratFolder(dir, cwd);
  const out = resolve(cwd, outFile);
  const file = await AtomicFile.create(dirname(out), basename(out));
  await file.write(records.map((r) => JSON.stringify(r) + "\n").join(""));
  await commitAll([file]);
  return records.length;
}
